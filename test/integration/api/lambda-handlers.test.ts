import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Context } from 'aws-lambda';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleAsDeployed } from '../../../infra/lib/bundling.ts';
import { httpApiEvent } from '../../fixtures/api-gateway-v2-event.ts';
import { exampleApplication } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';

// The two API functions' Lambda handlers against the embedded table, from their source
// and as they are deployed: bundled by the stack's own PortalFunction (minified, no
// kept names, the environment-only credential provider). What the
// unbundled tests cannot show: that the bundles run, and that errors still match after
// minification.

type Handler = (
  event: unknown,
  context: Context,
) => Promise<{
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}>;

const outDir = mkdtempSync(join(tmpdir(), 'puning-bundles-'));
const lambdaContext = {
  functionName: 'puning-portal-api',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

function bundle(name: string, entry: string): { file: string; meta: Metafile } {
  const { file, metafile } = bundleAsDeployed(entry, { outdir: join(outDir, name) });
  return { file, meta: metafile };
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

  it('gzips a large answer for a client that accepts it, base64-encoded for API Gateway', async () => {
    const result = await handlers().publicApi(
      httpApiEvent('GET', '/api/townships', {
        query: 'include=villages',
        headers: { 'accept-encoding': 'gzip, deflate, br' },
      }),
      lambdaContext,
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-encoding']).toBe('gzip');
    expect(result.isBase64Encoded).toBe(true);
    const body = JSON.parse(gunzipSync(Buffer.from(result.body, 'base64')).toString('utf8'));
    expect(body).toMatchObject({ count: 33 });
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
  it('needs no `require` banner: no CommonJS module in them requires a Node built-in', () => {
    for (const { meta } of [publicBundle, staffBundle]) {
      const requires = Object.entries(meta.inputs).flatMap(([path, input]) =>
        input.imports
          .filter((imported) => imported.kind === 'require-call' && imported.external)
          .map((imported) => `${path} requires ${imported.path}`),
      );
      expect(requires).toEqual([]);
    }
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
