import { inspect } from 'node:util';
import { clearCaches } from '@aws-lambda-powertools/parameters';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHasher } from '../../../functions/store/secrets.ts';
import { withSecrets } from '../../../functions/store/secrets-manager.ts';
import { httpApiEvent } from '../../fixtures/api-gateway-v2-event.ts';
import { exampleApplication } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';

// Secrets Manager cannot run here: its client is replaced by aws-sdk-client-mock, which
// answers every GetSecretValue the functions' Powertools provider sends.
const secretsManager = mockClient(SecretsManagerClient);
const arn = 'arn:aws-cn:secretsmanager:cn-north-1:111111111111:secret:IdHashKey-abc';
const tencentArn = 'arn:aws-cn:secretsmanager:cn-north-1:111111111111:secret:TencentSms-def';
const hashKey = 'key-from-secrets-manager-0123456789abcdef';
const tencentSecret = '{"secretId":"AKIDtencent","secretKey":"tencent-secret-key"}';

const secretCalls = () =>
  secretsManager.commandCalls(GetSecretValueCommand).map((call) => call.args[0].input);

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestDatabase();
});
afterAll(() => database.close());
beforeEach(() => {
  // Each test is a fresh cold start: no value kept from the one before.
  clearCaches();
  vi.resetModules();
  secretsManager.reset();
  secretsManager.on(GetSecretValueCommand, { SecretId: arn }).resolves({ SecretString: hashKey });
  secretsManager
    .on(GetSecretValueCommand, { SecretId: tencentArn })
    .resolves({ SecretString: tencentSecret });
  vi.stubEnv('AWS_REGION', 'cn-north-1');
  vi.stubEnv('TABLE_NAME', database.tableName);
  vi.stubEnv('DYNAMODB_ENDPOINT', database.engine.endpoint);
});
afterEach(() => vi.unstubAllEnvs());

const lambdaContext = {
  functionName: 'puning-portal-api',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

type ApiHandler = (
  event: unknown,
  context: Context,
) => Promise<{ statusCode: number; body: string }>;

describe('reading secrets at cold start', () => {
  it('fills each named secret from its ARN, a pinned version when given, and leaves given values alone', async () => {
    const env = await withSecrets(
      {
        ID_HASH_KEY_ARN: arn,
        TENCENT_SMS_SECRET_ARN: tencentArn,
        TENCENT_SMS_SECRET_VERSION: 'v2',
        OTHER: 'kept',
      },
      ['ID_HASH_KEY', 'TENCENT_SMS_SECRET', 'NOT_CONFIGURED'],
    );
    expect(env).toMatchObject({
      ID_HASH_KEY: hashKey,
      TENCENT_SMS_SECRET: tencentSecret,
      OTHER: 'kept',
    });
    expect(env.NOT_CONFIGURED).toBeUndefined();
    expect(secretCalls()).toEqual(
      expect.arrayContaining([{ SecretId: arn }, { SecretId: tencentArn, VersionId: 'v2' }]),
    );

    secretsManager.resetHistory();
    clearCaches();
    const local = await withSecrets({ ID_HASH_KEY: 'given', ID_HASH_KEY_ARN: arn }, [
      'ID_HASH_KEY',
    ]);
    expect(local.ID_HASH_KEY).toBe('given');
    expect(secretCalls()).toEqual([]);
  });

  it('gives the public function the hash key from Secrets Manager, fetched once per cold start', async () => {
    vi.stubEnv('ID_HASH_KEY', undefined);
    vi.stubEnv('ID_HASH_KEY_ARN', arn);
    vi.stubEnv('DOCUMENTS_BUCKET', 'puning-documents-test');
    const { handler } = (await import('../../../functions/handlers/public-api.ts')) as unknown as {
      handler: ApiHandler;
    };
    const application = exampleApplication();
    const submitted = await handler(
      httpApiEvent('POST', '/api/applications', {
        body: JSON.stringify(application),
        headers: { 'content-type': 'application/json', 'idempotency-key': 'secrets-test-01' },
      }),
      lambdaContext,
    );
    expect(submitted.statusCode).toBe(201);
    expect((await handler(httpApiEvent('GET', '/api/health'), lambdaContext)).statusCode).toBe(200);
    expect(secretCalls()).toEqual([{ SecretId: arn }]);

    // The person's claim is keyed by the HMAC under that very key.
    const claims = await database.db.send(
      new ScanCommand({
        TableName: database.tableName,
        FilterExpression: 'begins_with(PK, :per)',
        ExpressionAttributeValues: { ':per': 'PER#' },
      }),
    );
    const personHash = createHasher(hashKey).personHash(application.applicant.idNumber);
    expect(claims.Items?.map((item) => item.PK)).toContain(`PER#${personHash}`);
  });

  it("gives the notifier Tencent's key at the pinned version, fetched once per cold start", async () => {
    vi.stubEnv('NOTIFY_SMS_PROVIDER', 'tencent');
    vi.stubEnv('NOTIFY_SITE_ORIGIN', 'https://dibao.puning.gov.cn');
    vi.stubEnv('TENCENT_SMS_APP_ID', '1400000000');
    vi.stubEnv('TENCENT_SMS_SIGN_NAME', '普宁民政');
    vi.stubEnv('TENCENT_SMS_TEMPLATE_IDS', '{"received":"100001"}');
    vi.stubEnv('TENCENT_SMS_SECRET', undefined);
    vi.stubEnv('TENCENT_SMS_SECRET_ARN', tencentArn);
    vi.stubEnv('TENCENT_SMS_SECRET_VERSION', 'v2');
    const { handler } = await import('../../../functions/handlers/notifier-sweep.ts');
    await handler();
    await handler();
    expect(secretCalls()).toEqual([{ SecretId: tencentArn, VersionId: 'v2' }]);
  });

  it('keeps a secret for the life of the environment: an hour later it is not read again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const first = await withSecrets({ ID_HASH_KEY_ARN: arn }, ['ID_HASH_KEY']);
      vi.setSystemTime(Date.now() + 60 * 60 * 1000);
      const later = await withSecrets({ ID_HASH_KEY_ARN: arn }, ['ID_HASH_KEY']);
      expect(later.ID_HASH_KEY).toBe(first.ID_HASH_KEY);
      expect(secretCalls()).toEqual([{ SecretId: arn }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails the cold start naming the variable and the error type, never the secret name or value', async () => {
    // An access denial's message quotes the secret's ARN.
    const denied = Object.assign(
      new Error(
        `User: arn:aws-cn:sts::111111111111:assumed-role/api is not authorized to perform: secretsmanager:GetSecretValue on resource: ${arn}`,
      ),
      { name: 'AccessDeniedException' },
    );
    secretsManager.on(GetSecretValueCommand, { SecretId: arn }).rejects(denied);
    vi.stubEnv('ID_HASH_KEY', undefined);
    vi.stubEnv('ID_HASH_KEY_ARN', arn);
    vi.stubEnv('DOCUMENTS_BUCKET', 'puning-documents-test');
    const failure = await import('../../../functions/handlers/public-api.ts').then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(
      'Secrets Manager refused ID_HASH_KEY_ARN (AccessDeniedException)',
    );
    // What the init log would show, cause and stack included.
    expect(inspect(failure, { depth: 5 })).not.toMatch(/IdHashKey|111111111111/);
  });

  it('refuses a secret that holds no text, without printing it', async () => {
    secretsManager
      .on(GetSecretValueCommand, { SecretId: arn })
      .resolves({ SecretBinary: new TextEncoder().encode(hashKey) });
    const failure = withSecrets({ ID_HASH_KEY_ARN: arn }, ['ID_HASH_KEY']);
    await expect(failure).rejects.toThrow('Secrets Manager holds no text for ID_HASH_KEY_ARN');
    await expect(failure).rejects.not.toThrow(/key-from-secrets-manager/);
  });
});
