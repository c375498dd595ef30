import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { httpApiEvent } from '../../fixtures/api-gateway-v2-event.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';

let database: TestDatabase;
type Handler = (
  event: unknown,
  context: Context,
) => Promise<{
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}>;
let handler: Handler;
let staffHandler: Handler;

const lambdaContext = {
  functionName: 'puning-portal-api',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

beforeAll(async () => {
  database = await startTestDatabase();
  // The real handler module reads its configuration from the environment at cold start.
  vi.stubEnv('TABLE_NAME', database.tableName);
  vi.stubEnv('DYNAMODB_ENDPOINT', database.engine.endpoint);
  vi.stubEnv('AWS_REGION', 'cn-north-1');
  vi.stubEnv('ID_HASH_KEY', 'test-key-for-keyed-hashes-0123456789');
  vi.stubEnv('DOCUMENTS_BUCKET', 'puning-documents-test');
  ({ handler } = (await import('../../../functions/handlers/public-api.ts')) as unknown as {
    handler: Handler;
  });
  ({ handler: staffHandler } = (await import(
    '../../../functions/handlers/staff-api.ts'
  )) as unknown as { handler: Handler });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.close();
});

describe('the public Lambda handler behind API Gateway (HTTP API, payload v2)', () => {
  it('answers GET /api/health from the real table', async () => {
    const result = await handler(httpApiEvent('GET', '/api/health'), lambdaContext);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ status: 'ok' });
  });

  it('passes the query string and Accept-Language through', async () => {
    const result = await handler(
      httpApiEvent('GET', '/api/townships/445281000000', { headers: { 'accept-language': 'en' } }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(404);
    expect(result.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(result.body)).toMatchObject({ title: 'We could not find that' });

    const withVillages = await handler(
      httpApiEvent('GET', '/api/townships', { query: 'include=villages' }),
      lambdaContext,
    );
    const body = JSON.parse(withVillages.body) as { townships: { villages: unknown[] }[] };
    expect(body.townships[0]?.villages.length).toBeGreaterThan(0);
  });

  it('does not serve the staff routes, which API Gateway sends to the staff function', async () => {
    const result = await handler(httpApiEvent('GET', '/api/staff/me'), lambdaContext);
    expect(result.statusCode).toBe(404);
  });
});

describe('the staff Lambda handler', () => {
  it('answers 401 on every staff route when no staff issuer is configured', async () => {
    for (const path of ['/api/staff/me', '/api/staff/queue', '/api/staff/dashboard']) {
      const result = await staffHandler(httpApiEvent('GET', path), lambdaContext);
      expect(result.statusCode).toBe(401);
      expect(result.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('serves only the staff routes', async () => {
    const result = await staffHandler(httpApiEvent('GET', '/api/health'), lambdaContext);
    expect(result.statusCode).toBe(404);
  });
});
