import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The pages that must work offline once visited: the check and the application. */
export const offlinePages = ['/check/', '/en/check/', '/apply/', '/en/apply/'];

// A page's own scripts and styles (`src="/prefs.js"`, `href="/_astro/Base.css"`; not the
// icon, which the browser fetches on its own and the page works without), and a chunk's
// imports (`"./mount.js"`, `"_astro/result-en.js"` in the preload map, `import(...)`).
const pageFile = /(?:src|href)="(\/[\w./-]+\.(?:js|css))"/g;
const chunkFile = /["'`](?:\.\/|\/?_astro\/)([\w.-]+\.(?:js|css))["'`]/g;

/**
 * Every file the pages load, directly or through their chunks' static and dynamic
 * imports (the check's result, the application's later screens), as site paths.
 */
export async function offlineAssets(siteDir: string, pages: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (path: string) => {
    if (found.has(path)) return;
    found.add(path);
    if (path.startsWith('/_astro/') && path.endsWith('.js')) queue.push(path);
  };
  for (const page of pages) {
    const html = await readFile(join(siteDir, page, 'index.html'), 'utf8');
    for (const [, path = ''] of html.matchAll(pageFile)) add(path);
  }
  while (queue.length > 0) {
    const chunk = await readFile(join(siteDir, String(queue.pop())), 'utf8');
    for (const [, name = ''] of chunk.matchAll(chunkFile)) add(`/_astro/${name}`);
  }
  return [...found].sort();
}

/**
 * Writes into the built sw.js the pages and files it stores and a version made from
 * their content: any change to any of them is a new service worker, whose install
 * replaces the old store (web/public/sw.js).
 */
export async function writeServiceWorker(
  siteDir: string,
): Promise<{ version: string; assets: string[] }> {
  const assets = await offlineAssets(siteDir, offlinePages);
  const hash = createHash('sha256');
  for (const path of [...offlinePages.map((p) => `${p}index.html`), ...assets]) {
    hash.update(path).update(await readFile(join(siteDir, path)));
  }
  const version = hash.digest('hex').slice(0, 16);
  const file = join(siteDir, 'sw.js');
  const source = await readFile(file, 'utf8');
  const placeholder = "const build = { version: 'development', pages: [], assets: [] };";
  if (!source.includes(placeholder)) throw new Error('sw.js: the build placeholder is missing');
  const build = JSON.stringify({ version, pages: offlinePages, assets });
  await writeFile(file, source.replace(placeholder, `const build = ${build};`));
  return { version, assets };
}

/** The Astro integration: runs once the site is built. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'puning-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { version, assets } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`sw.js ${version}: ${offlinePages.length} pages, ${assets.length} files`);
      },
    },
  };
}
