import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleLambda, lambdaEntryFile } from '../../../infra/lib/bundling.ts';
import { httpApiEvent } from '../../fixtures/api-gateway-v2-event.ts';
import { exampleApplication } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';

// The two API functions' Lambda handlers against the embedded table, from their source
// and as they are deployed: bundled by esbuild with the stack's own settings
// (minified, no kept names, the environment-only credential provider). What the
// unbundled tests cannot show: that the bundles run, and that errors still match after
// minification.

type Handler = (
  event: unknown,
  context: Context,
) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

const root = resolve(import.meta.dirname, '../../..');
const outDir = mkdtempSync(join(tmpdir(), 'puning-bundles-'));
const lambdaContext = {
  functionName: 'puning-portal-api',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

function bundle(name: string, entry: string): { file: string; meta: Metafile } {
  const dir = join(outDir, name);
  return { file: join(dir, lambdaEntryFile), meta: bundleLambda(join(root, entry), dir) };
}

let database: TestDatabase;
let publicBundle: { file: string; meta: Metafile };
let staffBundle: { file: string; meta: Metafile };
let publicHandler: Handler;
let staffHandler: Handler;
let publicSource: Handler;
let staffSource: Handler;

beforeAll(async () => {
  database = await startTestDatabase();
  vi.stubEnv('TABLE_NAME', database.tableName);
  vi.stubEnv('DYNAMODB_ENDPOINT', database.engine.endpoint);
  vi.stubEnv('AWS_REGION', database.region);
  vi.stubEnv('ID_HASH_KEY', 'test-key-for-keyed-hashes-0123456789');
  vi.stubEnv('DOCUMENTS_BUCKET', 'puning-documents-test');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
  // Lambda gives each function its role's credentials here; document URLs are signed
  // with them.
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAEXAMPLE');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'example-secret');
  vi.stubEnv('AWS_SESSION_TOKEN', 'example-session');
  publicBundle = bundle('public-api', 'functions/handlers/public-api.ts');
  staffBundle = bundle('staff-api', 'functions/handlers/staff-api.ts');
  ({ handler: publicHandler } = (await import(pathToFileURL(publicBundle.file).href)) as {
    handler: Handler;
  });
  ({ handler: staffHandler } = (await import(pathToFileURL(staffBundle.file).href)) as {
    handler: Handler;
  });
  ({ handler: publicSource } = (await import(
    '../../../functions/handlers/public-api.ts'
  )) as unknown as { handler: Handler });
  ({ handler: staffSource } = (await import(
    '../../../functions/handlers/staff-api.ts'
  )) as unknown as { handler: Handler });
}, 120_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await database.close();
  rmSync(outDir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  httpApiEvent('POST', path, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });

// The handler modules read their configuration from the environment at cold start.
describe.each([
  ['source', () => ({ publicApi: publicSource, staffApi: staffSource })],
  ['bundle', () => ({ publicApi: publicHandler, staffApi: staffHandler })],
])('the Lambda handlers behind API Gateway (HTTP API, payload v2), from the %s', (_, handlers) => {
  it('answers GET /api/health from the real table', async () => {
    const result = await handlers().publicApi(httpApiEvent('GET', '/api/health'), lambdaContext);
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ status: 'ok' });
  });

  it('passes the query string and Accept-Language through', async () => {
    const { publicApi } = handlers();
    const result = await publicApi(
      httpApiEvent('GET', '/api/townships/445281000000', { headers: { 'accept-language': 'en' } }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(404);
    expect(result.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(result.body)).toMatchObject({ title: 'We could not find that' });
    const withVillages = await publicApi(
      httpApiEvent('GET', '/api/townships', { query: 'include=villages' }),
      lambdaContext,
    );
    const body = JSON.parse(withVillages.body) as { townships: { villages: unknown[] }[] };
    expect(body.townships[0]?.villages.length).toBeGreaterThan(0);
  });

  it('leaves the staff routes to the staff function, which answers 401 without staff settings', async () => {
    const { publicApi, staffApi } = handlers();
    expect((await publicApi(httpApiEvent('GET', '/api/staff/me'), lambdaContext)).statusCode).toBe(
      404,
    );
    for (const path of ['/api/staff/me', '/api/staff/queue', '/api/staff/dashboard']) {
      const result = await staffApi(httpApiEvent('GET', path), lambdaContext);
      expect(result.statusCode).toBe(401);
      expect(result.headers['content-type']).toContain('application/problem+json');
    }
    expect((await staffApi(httpApiEvent('GET', '/api/health'), lambdaContext)).statusCode).toBe(
      404,
    );
  });
});

describe('the bundled public function', () => {
  it('takes an application, refuses the same person again and shows its status', async () => {
    const application = exampleApplication();
    const submitted = await publicHandler(
      post('/api/applications', application, { 'idempotency-key': 'bundle-test-0001' }),
      lambdaContext,
    );
    expect(submitted.statusCode).toBe(201);
    const { reference, accessCode } = JSON.parse(submitted.body) as {
      reference: string;
      accessCode: string;
    };

    // The duplicate check rests on a conditional write failing: the SDK's error must
    // still be recognised in minified code.
    const again = await publicHandler(
      post('/api/applications', application, { 'idempotency-key': 'bundle-test-0002' }),
      lambdaContext,
    );
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain(reference);

    const status = await publicHandler(
      post('/api/status', { reference, accessCode }),
      lambdaContext,
    );
    expect(status.statusCode).toBe(200);
    expect(JSON.parse(status.body)).toMatchObject({ reference, status: 'submitted' });

    const upload = await publicHandler(
      post('/api/status/documents', {
        reference,
        accessCode,
        type: 'id-card',
        contentType: 'image/jpeg',
        size: 1024,
      }),
      lambdaContext,
    );
    expect(upload.statusCode).toBe(201);
    const url = new URL((JSON.parse(upload.body) as { upload: { url: string } }).upload.url);
    expect(url.hostname).toBe('puning-documents-test.s3.cn-north-1.amazonaws.com.cn');
    expect(url.pathname).toMatch(new RegExp(`^/applications/${reference}/`));
  });

  it('answers a wrong field with the field named, in Chinese', async () => {
    const result = await publicHandler(
      post('/api/eligibility', { household: 'not a household' }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(400);
    expect(result.headers['content-type']).toContain('application/problem+json');
    expect(result.headers['content-language']).toBe('zh-CN');
  });
});

describe('what the bundles carry', () => {
  const inputs = (meta: Metafile) => Object.keys(meta.inputs).join('\n');
  /** The modules in the entry file itself: what every cold start parses. */
  const entryInputs = (meta: Metafile) =>
    Object.entries(meta.outputs)
      .filter(([path]) => path.endsWith(`/${lambdaEntryFile}`))
      .flatMap(([, output]) => Object.keys(output.inputs))
      .join('\n');

  it('starts with the shared core only: each route module is a chunk read on its first request', () => {
    expect(entryInputs(publicBundle.meta)).toContain('functions/api/app-base.ts');
    for (const module of [
      'functions/api/routes/eligibility.ts',
      'functions/api/routes/applications.ts',
      'functions/api/routes/status.ts',
      'functions/domain/policy/evaluate.ts',
      'functions/domain/data/puning-divisions.json',
      'functions/api/openapi.ts',
    ]) {
      expect(inputs(publicBundle.meta)).toContain(module);
      expect(entryInputs(publicBundle.meta)).not.toContain(module);
    }
    expect(inputs(staffBundle.meta)).toContain('functions/api/routes/staff.ts');
    expect(entryInputs(staffBundle.meta)).not.toContain('functions/api/routes/staff.ts');
  });

  it("uses only Lambda's environment credentials, not the SDK's whole provider chain", () => {
    for (const { meta } of [publicBundle, staffBundle]) {
      expect(inputs(meta)).toContain('functions/shared/lambda-credentials.ts');
      expect(inputs(meta)).not.toMatch(
        /credential-provider-(node|ini|sso|process|web-identity)|nested-clients/,
      );
    }
  });

  it('keeps the staff code out of the public function', () => {
    expect(inputs(publicBundle.meta)).not.toMatch(/node_modules\/jose|routes\/staff\.ts/);
    expect(inputs(staffBundle.meta)).not.toMatch(
      /routes\/applications\.ts|routes\/eligibility\.ts/,
    );
  });
});
