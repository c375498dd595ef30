import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createBaseApp } from '../../../functions/api/app-base.ts';
import type { LocaleVariables } from '../../../functions/api/middleware/locale.ts';
import { capturedLogger } from '../../support/captured-logger.ts';

// What every route module gets from the base app it is mounted on (app.route): the
// negotiated locale, the outer headers, the error handler and one log line.
function appWithThings() {
  const { logger, lines } = capturedLogger();
  const things = new Hono<{ Variables: LocaleVariables }>()
    .get('/items/:id', (c) => c.json({ id: c.req.param('id'), locale: c.get('locale') }))
    .get('/broken', () => {
      throw new Error('applicant 445281198001011234 broke it');
    });
  const app = createBaseApp({ logger });
  app.route('/api/things', things);
  return { app, lines };
}

describe('routes mounted on the base app', () => {
  it('get the negotiated locale and answer with the outer headers', async () => {
    const { app } = appWithThings();
    const response = await app.request('/api/things/items/1', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    expect(await response.json()).toEqual({ id: '1', locale: 'en' });
    expect(response.headers.get('Content-Language')).toBe('en');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answer an unknown path under the mount with the not-found problem', async () => {
    const { app } = appWithThings();
    const response = await app.request('/api/things/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  });

  it('hand what they throw to the error handler, which logs no personal data', async () => {
    const { app, lines } = appWithThings();
    const response = await app.request('/api/things/broken');
    expect(response.status).toBe(500);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    const logged = lines.join('\n');
    expect(logged).toContain('unhandled error');
    expect(logged).not.toContain('445281198001011234');
  });

  it('are logged by the pattern that answered, never the raw path', async () => {
    const { app, lines } = appWithThings();
    await app.request('/api/things/items/42');
    const line = JSON.parse(lines.find((l) => l.includes('"request"')) ?? '{}');
    expect(line.route).toBe('/api/things/items/:id');
  });
});
