import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordEvidence } from '../support/summary.ts';

/** The built site (`npm run build` runs before this project). */
const dist = resolve(import.meta.dirname, '../../web/dist');

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const files = htmlFiles(dist);
const pages = files.map((file) => ({
  name: file.slice(dist.length),
  html: readFileSync(file, 'utf8'),
}));

/** Where a site path is served from in the built site, if anywhere. */
function served(path: string): boolean {
  const clean = path.split(/[?#]/)[0] ?? '';
  return (
    existsSync(join(dist, clean)) &&
    (clean.endsWith('/') ? existsSync(join(dist, clean, 'index.html')) : true)
  );
}

describe('the built pages', () => {
  it('are one document each: nothing after </html>, one <html>, one <body>', () => {
    expect(pages.length).toBeGreaterThan(20);
    const broken = pages.filter(
      ({ html }) =>
        !html.trimEnd().endsWith('</html>') ||
        html.split('<html').length !== 2 ||
        html.split('<body').length !== 2,
    );
    expect(broken.map((p) => p.name)).toEqual([]);
  });

  it('link only to pages and files the site has (the API and dev routes aside)', () => {
    const missing: string[] = [];
    for (const { name, html } of pages) {
      for (const match of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
        const target = match[1] ?? '';
        if (target.startsWith('/api/') || target.startsWith('/dev/')) continue;
        if (!served(target)) missing.push(`${name} → ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/** The Nu Html Checker's jar from npm `vnu-jar`, run with Debian's Java (not its downloader). */
const vnuJar = join(
  dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

interface VnuMessage {
  readonly type: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
}

describe('the Nu Html Checker', () => {
  it('finds 0 errors on every built page', () => {
    // One Java start for all pages: the checker takes about 2 s for the whole site.
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'java must be installed (openjdk-17-jre-headless)').toBeUndefined();
    // The report goes to stderr; the exit code is 1 when there are errors.
    const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map(
        (m) => `${(m.url ?? '').replace(/^.*\/web\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`,
      );
    recordEvidence('Nu Html Checker', { pagesChecked: files.length, errors: errors.length });
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  }, 120_000);
});

describe('the API contract built with the site', () => {
  it('is the document the API builds from the one source, and its page links to it', async () => {
    const { buildContract } = await import('../../functions/api/contract.ts');
    const packageJson = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as { version: string };
    const built = readFileSync(join(dist, 'api/openapi.json'), 'utf8');
    expect(JSON.parse(built)).toEqual(buildContract(packageJson.version));
    const page = readFileSync(join(dist, 'api/docs/index.html'), 'utf8');
    expect(page).toContain('href="/api/openapi.json"');
    expect(page).toContain('href="/api/docs.css"');
    expect(existsSync(join(dist, 'api/docs.css'))).toBe(true);
  });
});
