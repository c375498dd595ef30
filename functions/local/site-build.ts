import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Newest modification time of any file below these paths (0 when none exist). */
async function newestChange(paths: readonly string[]): Promise<number> {
  let newest = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    if (info.isFile()) {
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = await stat(join(entry.parentPath, entry.name));
      newest = Math.max(newest, file.mtimeMs);
    }
  }
  return newest;
}

/**
 * Builds the Astro site when web/dist is missing or older than its sources (the
 * pages, and the domain code and data they render figures from).
 */
export async function buildSiteIfStale(root: string): Promise<'fresh' | 'built'> {
  const built = await stat(join(root, 'web/dist/index.html')).catch(() => undefined);
  const sources = await newestChange([
    join(root, 'web/src'),
    join(root, 'web/public'),
    join(root, 'web/astro.config.mjs'),
    join(root, 'functions/domain'),
  ]);
  if (built && built.mtimeMs >= sources) return 'fresh';
  console.info('Building the portal (astro build)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/astro'), ['build', '--root', 'web'], {
      cwd: root,
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}`)),
    );
  });
  return 'built';
}
