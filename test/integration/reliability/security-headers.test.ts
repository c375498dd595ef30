import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSystem } from '../../../functions/local/local-system.ts';
import { buildSiteIfStale } from '../../../functions/local/site-build.ts';
import { securityHeaders } from '../../../functions/shared/security-headers.ts';
import { startTestSystem } from '../../support/local-system.ts';
import { recordEvidence } from '../../support/summary.ts';

const root = resolve(import.meta.dirname, '../../..');
const siteDir = join(root, 'web/dist');
let system: LocalSystem;

beforeAll(async () => {
  await buildSiteIfStale(root);
  system = await startTestSystem({ port: 0, siteDir });
}, 120_000);
afterAll(() => system.close());

/** Every page of the built site, as the URL a browser asks for. */
async function builtPages(): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(siteDir, e.parentPath)}/`.replace(/\/+/g, '/'));
}

const apiRoutes: { method: string; path: string; body?: string }[] = [
  { method: 'GET', path: '/api/health' },
  { method: 'GET', path: '/api/townships' },
  { method: 'GET', path: '/api/townships/445281104000' },
  { method: 'GET', path: '/api/openapi.json' },
  { method: 'GET', path: '/api/docs' },
  { method: 'POST', path: '/api/eligibility', body: '{}' },
  { method: 'GET', path: '/api/no-such-route' },
];

describe('security headers on every route of the local server', () => {
  it('every built page carries the headers the CDK stack sets', async () => {
    const pages = await builtPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const res = await fetch(`${system.url}${page}`);
      expect(res.status, page).toBe(200);
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(res.headers.get(name), `${name} on ${page}`).toBe(value);
      }
    }
    recordEvidence('security headers', { pages: pages.length, apiRoutes: apiRoutes.length });
  });

  it('every API route carries them too, and no-store unless the data is public', async () => {
    for (const route of apiRoutes) {
      const res = await fetch(`${system.url}${route.path}`, {
        method: route.method,
        ...(route.body
          ? { body: route.body, headers: { 'Content-Type': 'application/json' } }
          : {}),
      });
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(res.headers.get(name), `${name} on ${route.method} ${route.path}`).toBe(value);
      }
      const cache = res.headers.get('cache-control') ?? '';
      expect(cache === 'no-store' || cache.startsWith('public'), `${route.path}: ${cache}`).toBe(
        true,
      );
    }
  });
});
