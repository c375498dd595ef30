import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createBaseApp, maxBodyBytes } from '../../../functions/api/app-base.ts';
import { originVerifyHeader } from '../../../functions/api/middleware/origin-lock.ts';
import { capturedLogger } from '../../support/captured-logger.ts';

const current = 'current-origin-secret-0123456789abcdefghijklmnopqrstuv';
const previous = 'previous-origin-secret-0123456789abcdefghijklmnopqrst';

/** The base app every API function is built on, with one route and the given secrets. */
function lockedApp(originSecrets?: readonly string[]) {
  const { logger, lines } = capturedLogger();
  const app = createBaseApp({ logger, originSecrets });
  app.route(
    '/api/things',
    new Hono().get('/', (c) => c.json({ ok: true })).post('/', (c) => c.json({ ok: true })),
  );
  return { app, lines };
}

const withSecret = (value: string, headers: Record<string, string> = {}) => ({
  headers: { [originVerifyHeader]: value, ...headers },
});

describe('the origin lock', () => {
  it('refuses a request without the origin secret with 403 problem+json, in Chinese by default', async () => {
    const { app } = lockedApp([current]);
    const response = await app.request('/api/things');
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    const problem = (await response.json()) as { type: string; detail: string };
    expect(problem.type).toBe('urn:puning-portal:problem:forbidden');
    expect(problem.detail).toContain('请通过');
  });

  it('explains itself in English to an English-speaking caller', async () => {
    const { app } = lockedApp([current]);
    const response = await app.request('/api/things', {
      headers: { 'Accept-Language': 'en', [originVerifyHeader]: 'guessed' },
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/portal’s own address/);
  });

  it('lets through the current value and, during a rotation, the previous one', async () => {
    const { app } = lockedApp([current, previous]);
    expect((await app.request('/api/things', withSecret(current))).status).toBe(200);
    expect((await app.request('/api/things', withSecret(previous))).status).toBe(200);
    expect((await app.request('/api/things', withSecret(`${current}x`))).status).toBe(403);
    expect((await app.request('/api/things', withSecret(current.slice(0, -1)))).status).toBe(403);
  });

  it('comes before everything else: unknown paths and oversized bodies are refused as 403 too', async () => {
    const { app, lines } = lockedApp([current]);
    expect((await app.request('/api/nothing-here')).status).toBe(403);
    const big = await app.request('/api/things', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': `${maxBodyBytes + 1}` },
      body: 'x'.repeat(maxBodyBytes + 1),
    });
    expect(big.status).toBe(403);
    // Not even the request log ran.
    expect(lines).toEqual([]);
  });

  it('is off without secrets (npm start and tests): no header is asked for', async () => {
    const { app } = lockedApp();
    expect((await app.request('/api/things')).status).toBe(200);
    expect((await lockedApp([]).app.request('/api/things')).status).toBe(200);
  });
});
