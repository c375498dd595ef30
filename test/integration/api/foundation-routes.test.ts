import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../../functions/api/app.ts';
import { securityHeaders } from '../../../functions/shared/security-headers.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { createTestApp } from '../../support/test-app.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

describe('GET /api/health', () => {
  it('reports ok when the table answers', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', checks: { database: 'ok' } });
  });

  it('reports degraded with 503 when the table cannot be reached', async () => {
    const broken = createTestApp({ ...database, tableName: 'no-such-table' });
    const res = await broken.request('/api/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: 'degraded',
      checks: { database: 'unreachable' },
    });
  });
});

describe('GET /api/townships', () => {
  it('lists all 33 township-level units without villages by default', async () => {
    const res = await app.request('/api/townships');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { count: number; townships: { villages?: unknown }[] };
    expect(body.count).toBe(33);
    expect(body.townships).toHaveLength(33);
    expect(body.townships.every((t) => t.villages === undefined)).toBe(true);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('includes the 580 villages and communities on request', async () => {
    const res = await app.request('/api/townships?include=villages');
    const body = (await res.json()) as { townships: { villages: unknown[] }[] };
    expect(body.townships.reduce((sum, t) => sum + t.villages.length, 0)).toBe(580);
  });

  it('returns one unit with its villages', async () => {
    const res = await app.request('/api/townships/445281104000');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      name: '洪阳镇',
      nameEn: 'Hongyang Town',
      villageCount: 34,
    });
  });

  it('answers an unknown code with problem+json in Chinese, or English when asked', async () => {
    const zh = await app.request('/api/townships/445281999000');
    expect(zh.status).toBe(404);
    expect(zh.headers.get('content-type')).toContain('application/problem+json');
    expect(await zh.json()).toMatchObject({ status: 404, title: '找不到您要的内容' });
    const en = await app.request('/api/townships/445281999000', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    expect(en.headers.get('content-language')).toBe('en');
    expect(await en.json()).toMatchObject({ title: 'We could not find that' });
  });
});

describe('GET /api/openapi.json and the reference page', () => {
  it('documents every public route from the zod schemas', async () => {
    const res = await app.request('/api/openapi.json');
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/townships', '/api/townships/{code}']),
    );
    const list = doc.paths['/api/townships']?.get as {
      responses: Record<string, { content: Record<string, { schema: { properties: object } }> }>;
    };
    expect(list.responses['200']?.content['application/json']?.schema.properties).toHaveProperty(
      'townships',
    );
  });

  it('renders a readable HTML reference that lists the operations', async () => {
    const res = await app.request('/api/docs');
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('GET /api/townships/{code}');
    expect(page).toContain('/api/openapi.json');
  });
});

describe('every API response', () => {
  it('carries the security headers the CDK stack sets, and no-store unless public', async () => {
    const res = await app.request('/api/health');
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(res.headers.get(name)).toBe(value);
    }
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a body over the limit with 413 before reading it', async () => {
    const res = await app.request('/api/health', {
      method: 'POST',
      body: 'x'.repeat(maxBodyBytes + 1),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ status: 413, title: '提交的内容太大' });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
