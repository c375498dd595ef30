import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleLambda, lambdaEntryFile, reachableOutputs } from '../infra/lib/bundling.ts';

export const root = resolve(import.meta.dirname, '..');
export const bundleDir = join(root, 'bench/.bundles');

export interface BundleFigures {
  readonly name: string;
  /** The entry Lambda loads. */
  readonly file: string;
  /** Every file of the function's code (entry and chunks, not source maps). */
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** What a cold start reads: the entry and the chunks it imports statically. */
  readonly startMinifiedBytes: number;
  readonly startGzipBytes: number;
}

/**
 * Bundles an entry exactly as the CDK stack does (bundleLambda) and sizes it. Each file
 * is compressed on its own, as in the deployment zip.
 */
export async function bundleEntry(name: string, entry: string): Promise<BundleFigures> {
  const outdir = join(bundleDir, name);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const metafile = bundleLambda(join(root, entry), outdir);
  const entryOutput = relative(root, join(outdir, lambdaEntryFile));
  const sizes = async (outputs: Iterable<string>) => {
    let minified = 0;
    let gzip = 0;
    for (const output of outputs) {
      if (!output.endsWith('.mjs')) continue;
      const bytes = await readFile(join(root, output));
      minified += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { minified, gzip };
  };
  const all = await sizes(Object.keys(metafile.outputs));
  const start = await sizes(reachableOutputs(metafile, entryOutput, ['import-statement']));
  return {
    name,
    file: join(outdir, lambdaEntryFile),
    minifiedBytes: all.minified,
    gzipBytes: all.gzip,
    startMinifiedBytes: start.minified,
    startGzipBytes: start.gzip,
  };
}
