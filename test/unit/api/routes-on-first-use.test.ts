import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createBaseApp } from '../../../functions/api/app-base.ts';
import type { LocaleVariables } from '../../../functions/api/middleware/locale.ts';
import { mountOnFirstUse } from '../../../functions/api/routes-on-first-use.ts';
import { capturedLogger } from '../../support/captured-logger.ts';

function routes() {
  return new Hono<{ Variables: LocaleVariables }>()
    .get('/items/:id', (c) => c.json({ id: c.req.param('id'), locale: c.get('locale') }))
    .post('/echo', async (c) => c.json(await c.req.json()))
    .get('/broken', () => {
      throw new Error('applicant 445281198001011234 broke it');
    });
}

function appWith(load: () => Promise<ReturnType<typeof routes>>) {
  const { logger, lines } = capturedLogger();
  const app = createBaseApp({ logger });
  let imports = 0;
  mountOnFirstUse(app, '/api/things', () => {
    imports += 1;
    return load();
  });
  return { app, lines, imports: () => imports };
}

describe('routes imported on first use', () => {
  it('imports the routes once, on the first request under their path, not when mounted', async () => {
    const { app, imports } = appWith(async () => routes());
    expect(imports()).toBe(0);
    await app.request('/api/health-unrelated');
    expect(imports()).toBe(0);
    const first = await app.request('/api/things/items/7');
    const second = await app.request('/api/things/items/8');
    expect(await first.json()).toMatchObject({ id: '7' });
    expect(await second.json()).toMatchObject({ id: '8' });
    expect(imports()).toBe(1);
  });

  it('gives the routes the negotiated locale and keeps the outer headers', async () => {
    const { app } = appWith(async () => routes());
    const response = await app.request('/api/things/items/1', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    expect(await response.json()).toEqual({ id: '1', locale: 'en' });
    expect(response.headers.get('Content-Language')).toBe('en');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('passes the request body through untouched', async () => {
    const { app } = appWith(async () => routes());
    const response = await app.request('/api/things/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ a: [1, 2] }),
    });
    expect(await response.json()).toEqual({ a: [1, 2] });
  });

  it('answers an unknown path under the mount with the not-found problem', async () => {
    const { app } = appWith(async () => routes());
    const response = await app.request('/api/things/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  });

  it('hands what the routes throw to the outer error handler, which logs no personal data', async () => {
    const { app, lines } = appWith(async () => routes());
    const response = await app.request('/api/things/broken');
    expect(response.status).toBe(500);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    const logged = lines.join('\n');
    expect(logged).toContain('unhandled error');
    expect(logged).not.toContain('445281198001011234');
  });

  it('logs the pattern of the route that answered, not the mount', async () => {
    const { app, lines } = appWith(async () => routes());
    await app.request('/api/things/items/42');
    const line = JSON.parse(lines.find((l) => l.includes('"request"')) ?? '{}');
    expect(line.route).toBe('/api/things/items/:id');
  });

  it('tries a failed import again on the next request', async () => {
    let attempt = 0;
    const { app, imports } = appWith(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('chunk not readable');
      return routes();
    });
    expect((await app.request('/api/things/items/1')).status).toBe(500);
    expect((await app.request('/api/things/items/1')).status).toBe(200);
    expect(imports()).toBe(2);
  });
});
