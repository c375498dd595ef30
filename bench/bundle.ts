import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleAsDeployed } from '../infra/lib/bundling.ts';
import { requireBanner } from '../infra/lib/lambda-function.ts';

export const root = resolve(import.meta.dirname, '..');
const bundleDir = join(root, 'bench/.bundles');

export interface BundleFigures {
  readonly name: string;
  /** The module Lambda loads: the whole function's code. */
  readonly file: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
}

/**
 * Bundles an entry exactly as the CDK stack does (a PortalFunction's asset) and sizes
 * it. `withRequire` adds the `require` banner, for a floor built on CommonJS SDKs.
 */
export async function bundleEntry(
  name: string,
  entry: string,
  { withRequire = false } = {},
): Promise<BundleFigures> {
  const outdir = join(bundleDir, name);
  await rm(outdir, { recursive: true, force: true });
  const { file } = bundleAsDeployed(entry, {
    outdir,
    ...(withRequire ? { banner: requireBanner } : {}),
  });
  const bytes = await readFile(file);
  return {
    name,
    file,
    minifiedBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
  };
}
