import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSecretString, withSecrets } from '../../../functions/store/secrets-manager.ts';

// A stand-in for Secrets Manager's JSON protocol on 127.0.0.1, recording what arrives.
const received: { target?: string; authorization?: string; body: unknown }[] = [];
let server: Server;
let endpoint: string;

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => resolve(text));
  });

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request)) as { SecretId: string; VersionId?: string };
    received.push({
      target: request.headers['x-amz-target'] as string | undefined,
      authorization: request.headers.authorization,
      body,
    });
    response.setHeader('content-type', 'application/x-amz-json-1.1');
    if (body.SecretId.endsWith(':missing')) {
      response.statusCode = 400;
      response.end(JSON.stringify({ __type: 'ResourceNotFoundException', message: 'x' }));
      return;
    }
    response.end(
      JSON.stringify({
        ARN: body.SecretId,
        SecretString: `value-of-${body.VersionId ?? 'current'}`,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const access = () => ({
  region: 'cn-north-1',
  endpoint,
  credentials: async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }),
});
const arn = 'arn:aws-cn:secretsmanager:cn-north-1:111111111111:secret:IdHashKey-abc';

describe('reading secrets at cold start', () => {
  it('asks Secrets Manager for the secret with a signed GetSecretValue call', async () => {
    received.length = 0;
    await expect(readSecretString(arn, access())).resolves.toBe('value-of-current');
    expect(received[0]).toMatchObject({
      target: 'secretsmanager.GetSecretValue',
      body: { SecretId: arn },
    });
    expect(received[0]?.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/cn-north-1\/secretsmanager\/aws4_request, SignedHeaders=.*x-amz-target.*, Signature=[0-9a-f]{64}$/,
    );
  });

  it('fills each named secret from its ARN, a pinned version when given, and leaves given values alone', async () => {
    const env = await withSecrets(
      {
        ID_HASH_KEY_ARN: arn,
        TENCENT_SMS_SECRET_ARN: `${arn}-tencent`,
        TENCENT_SMS_SECRET_VERSION: 'v2',
        OTHER: 'kept',
      },
      ['ID_HASH_KEY', 'TENCENT_SMS_SECRET', 'NOT_CONFIGURED'],
      access(),
    );
    expect(env).toMatchObject({
      ID_HASH_KEY: 'value-of-current',
      TENCENT_SMS_SECRET: 'value-of-v2',
      OTHER: 'kept',
    });
    expect(env.NOT_CONFIGURED).toBeUndefined();

    received.length = 0;
    const local = await withSecrets(
      { ID_HASH_KEY: 'given', ID_HASH_KEY_ARN: arn },
      ['ID_HASH_KEY'],
      access(),
    );
    expect(local.ID_HASH_KEY).toBe('given');
    expect(received).toEqual([]);
  });

  it('fails the cold start with the error type only, never the secret name', async () => {
    const failure = readSecretString(`${arn}:missing`, access());
    await expect(failure).rejects.toThrow(/ResourceNotFoundException/);
    await expect(failure).rejects.not.toThrow(/IdHashKey/);
  });
});
