import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './bundle.ts';

export interface PageWeight {
  readonly page: string;
  readonly htmlGzip: number;
  readonly cssGzip: number;
  readonly jsGzip: number;
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** What a phone downloads for one page of the built site: HTML, CSS and JS, gzipped. */
export async function pageWeight(page: string): Promise<PageWeight> {
  const dist = join(root, 'web/dist');
  const html = await readFile(join(dist, page, 'index.html'), 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = assets(/<script[^>]+src="([^"]+)"/g);
  // Module scripts import shared chunks: follow their static imports too.
  const seen = new Set<string>();
  let jsBytes = 0;
  const queue = [...js];
  while (queue.length > 0) {
    const src = queue.shift() ?? '';
    if (seen.has(src)) continue;
    seen.add(src);
    const code = await readFile(join(dist, src));
    jsBytes += gz(code);
    for (const m of code
      .toString()
      .matchAll(/from\s*"(\.\/[^"]+\.js)"|import\s*"(\.\/[^"]+\.js)"/g)) {
      const rel = m[1] ?? m[2] ?? '';
      queue.push(join(src, '..', rel));
    }
  }
  let cssBytes = 0;
  for (const href of css) cssBytes += gz(await readFile(join(dist, href)));
  return { page, htmlGzip: gz(html), cssGzip: cssBytes, jsGzip: jsBytes };
}
