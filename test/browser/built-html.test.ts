import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built site (`npm run build` runs before this project). */
const dist = resolve(import.meta.dirname, '../../web/dist');

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(dist).map((file) => ({
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
