import { mkdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { lambdaBuildOptions } from '../infra/lib/bundling.ts';

export const root = resolve(import.meta.dirname, '..');
export const bundleDir = join(root, 'bench/.bundles');

export interface BundleFigures {
  readonly name: string;
  readonly file: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
}

/** Bundles an entry exactly as the CDK stack does (same esbuild settings) and sizes it. */
export async function bundleEntry(name: string, entry: string): Promise<BundleFigures> {
  await mkdir(bundleDir, { recursive: true });
  const file = join(bundleDir, `${name}.mjs`);
  await build({
    ...lambdaBuildOptions(join(root, entry), file),
    sourcemap: 'external',
    sourcesContent: false,
  });
  const code = await readFile(file);
  return {
    name,
    file,
    minifiedBytes: (await stat(file)).size,
    gzipBytes: gzipSync(code, { level: 9 }).length,
  };
}
