import { clearCaches } from '@aws-lambda-powertools/parameters';
import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { originVerifyHeader } from '../../../functions/api/middleware/origin-lock.ts';
import { withPreviousSecret, withSecrets } from '../../../functions/store/secrets-manager.ts';
import { httpApiEvent } from '../../fixtures/api-gateway-v2-event.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';

// The origin lock's secret as the API functions read it at cold start: the current value
// and the one before the last rotation (stage AWSPREVIOUS). Secrets Manager is replaced
// by aws-sdk-client-mock.
const secretsManager = mockClient(SecretsManagerClient);
const originArn = 'arn:aws-cn:secretsmanager:cn-north-1:111111111111:secret:OriginSecret-abc';
const hashArn = 'arn:aws-cn:secretsmanager:cn-north-1:111111111111:secret:IdHashKey-abc';
const current = 'current-origin-value-0123456789abcdefghijklmnopqrstuvwxyz';
const previous = 'previous-origin-value-0123456789abcdefghijklmnopqrstuvwxy';

const secretCalls = () =>
  secretsManager.commandCalls(GetSecretValueCommand).map((call) => call.args[0].input);

const notFound = () =>
  new ResourceNotFoundException({
    message: `Secrets Manager can't find the specified secret value for staging label: AWSPREVIOUS (${originArn})`,
    $metadata: {},
  });

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestDatabase();
});
afterAll(() => database.close());
beforeEach(() => {
  clearCaches();
  vi.resetModules();
  secretsManager.reset();
  secretsManager
    .on(GetSecretValueCommand, { SecretId: originArn })
    .resolves({ SecretString: current });
  secretsManager
    .on(GetSecretValueCommand, { SecretId: originArn, VersionStage: 'AWSPREVIOUS' })
    .resolves({ SecretString: previous });
  secretsManager
    .on(GetSecretValueCommand, { SecretId: hashArn })
    .resolves({ SecretString: 'key-from-secrets-manager-0123456789abcdef' });
  vi.stubEnv('AWS_REGION', 'cn-north-1');
  vi.stubEnv('TABLE_NAME', database.tableName);
  vi.stubEnv('DYNAMODB_ENDPOINT', database.engine.endpoint);
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
});
afterEach(() => vi.unstubAllEnvs());

describe('reading the origin secret', () => {
  it('reads the previous value apart from the current one, neither shadowing the other', async () => {
    const env = { ORIGIN_VERIFY_SECRET_ARN: originArn };
    const [withCurrent, withPrevious] = await Promise.all([
      withSecrets(env, ['ORIGIN_VERIFY_SECRET']),
      withPreviousSecret(env, 'ORIGIN_VERIFY_SECRET'),
    ]);
    expect(withCurrent.ORIGIN_VERIFY_SECRET).toBe(current);
    expect(withPrevious.ORIGIN_VERIFY_SECRET_PREVIOUS).toBe(previous);
    // Asked again in the same environment: each from its own cache.
    expect((await withSecrets(env, ['ORIGIN_VERIFY_SECRET'])).ORIGIN_VERIFY_SECRET).toBe(current);
    expect(secretCalls()).toEqual([
      { SecretId: originArn },
      { SecretId: originArn, VersionStage: 'AWSPREVIOUS' },
    ]);
  });

  it('has no previous value before the first rotation', async () => {
    secretsManager
      .on(GetSecretValueCommand, { SecretId: originArn, VersionStage: 'AWSPREVIOUS' })
      .rejects(notFound());
    const env = await withPreviousSecret(
      { ORIGIN_VERIFY_SECRET_ARN: originArn },
      'ORIGIN_VERIFY_SECRET',
    );
    expect(env.ORIGIN_VERIFY_SECRET_PREVIOUS).toBeUndefined();
  });

  it('fails the cold start on any other error, naming the variable, never the ARN', async () => {
    secretsManager
      .on(GetSecretValueCommand, { SecretId: originArn, VersionStage: 'AWSPREVIOUS' })
      .rejects(
        Object.assign(new Error(`User is not authorized on ${originArn}`), {
          name: 'AccessDeniedException',
        }),
      );
    const failure = withPreviousSecret(
      { ORIGIN_VERIFY_SECRET_ARN: originArn },
      'ORIGIN_VERIFY_SECRET',
    );
    await expect(failure).rejects.toThrow(
      'Secrets Manager refused ORIGIN_VERIFY_SECRET_ARN (AccessDeniedException)',
    );
    await expect(failure).rejects.not.toThrow(/arn:/);
  });

  it('leaves given values alone and reads nothing without an ARN (npm start, tests)', async () => {
    const env = await withPreviousSecret({ ORIGIN_VERIFY_SECRET: current }, 'ORIGIN_VERIFY_SECRET');
    expect(env).toEqual({ ORIGIN_VERIFY_SECRET: current });
    expect(secretCalls()).toEqual([]);
  });
});

describe('the public function behind the origin lock', () => {
  it('answers only requests carrying the current or the previous value', async () => {
    vi.stubEnv('ID_HASH_KEY', undefined);
    vi.stubEnv('ID_HASH_KEY_ARN', hashArn);
    vi.stubEnv('ORIGIN_VERIFY_SECRET_ARN', originArn);
    vi.stubEnv('DOCUMENTS_BUCKET', 'puning-documents-test');
    const { handler } = (await import('../../../functions/handlers/public-api.ts')) as unknown as {
      handler: (event: unknown, context: Context) => Promise<{ statusCode: number }>;
    };
    const context = { functionName: 'puning-portal-api', awsRequestId: 'r' } as unknown as Context;
    const health = (headers: Record<string, string> = {}) =>
      handler(httpApiEvent('GET', '/api/health', { headers }), context);
    expect((await health()).statusCode).toBe(403);
    expect((await health({ [originVerifyHeader]: 'guessed' })).statusCode).toBe(403);
    expect((await health({ [originVerifyHeader]: current })).statusCode).toBe(200);
    expect((await health({ [originVerifyHeader]: previous })).statusCode).toBe(200);
  });
});
