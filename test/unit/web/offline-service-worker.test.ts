import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  offlineAssets,
  offlinePages,
  writeServiceWorker,
} from '../../../web/src/lib/service-worker-build.ts';

const template = await readFile(new URL('../../../web/public/sw.js', import.meta.url), 'utf8');

let site: string;
const put = async (path: string, content: string) => {
  await mkdir(dirname(join(site, path)), { recursive: true });
  await writeFile(join(site, path), content);
};

/** A built site in miniature: the four pages, their entries and chunks, and other pages. */
async function buildSite() {
  for (const page of offlinePages) {
    const entry = page.startsWith('/en/') ? 'entry-en' : 'entry-zh';
    await put(
      `${page}index.html`,
      `<html><head><link rel="icon" href="/favicon.svg"><script src="/prefs.js"></script><link rel="stylesheet" href="/_astro/Base.css"><link rel="alternate" href="/en/check/"></head><body><script type="module" src="/_astro/${entry}.js"></script></body></html>`,
    );
  }
  await put(
    '_astro/entry-en.js',
    'const __vite__mapDeps=(m=["_astro/result-en.js"]);import{t}from"./mount.js";()=>import(`./result-en.js`)',
  );
  await put('_astro/entry-zh.js', 'import{t}from"./mount.js";');
  await put('_astro/mount.js', 'import{h}from"./preact.js";');
  await put('_astro/preact.js', 'export const h=1;');
  await put('_astro/result-en.js', 'import{h}from"./preact.js";export const r=2;');
  await put('_astro/Base.css', 'body{}');
  await put('_astro/staff-console.js', 'export const s=3;');
  await put('prefs.js', '');
  await put('favicon.svg', '<svg/>');
  await put('sw.js', template);
}

beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), 'puning-sw-'));
  await buildSite();
});
afterEach(() => rm(site, { recursive: true, force: true }));

describe('the service worker the build writes', () => {
  it('stores every file the check and application pages load, through static and dynamic imports, and nothing else', async () => {
    expect(await offlineAssets(site, offlinePages)).toEqual([
      '/_astro/Base.css',
      '/_astro/entry-en.js',
      '/_astro/entry-zh.js',
      '/_astro/mount.js',
      '/_astro/preact.js',
      '/_astro/result-en.js',
      '/prefs.js',
    ]);
  });

  it('carries its list and a version into sw.js; any change to a stored file is a new version', async () => {
    const first = await writeServiceWorker(site);
    const written = await readFile(join(site, 'sw.js'), 'utf8');
    expect(written).toContain(`const build = {"version":"${first.version}"`);
    expect(written).toContain('"/_astro/result-en.js"');
    expect(written).not.toContain('staff-console');

    await put('sw.js', template);
    expect((await writeServiceWorker(site)).version).toBe(first.version);

    await put('_astro/result-en.js', 'export const r=3;');
    await put('sw.js', template);
    expect((await writeServiceWorker(site)).version).not.toBe(first.version);
  });
});
