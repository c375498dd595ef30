import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, Stage } from 'aws-cdk-lib';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import type { Metafile } from 'esbuild';
import { PortalFunction } from './lambda-function.ts';

export interface DeployedBundle {
  /** The directory Lambda would get: `index.mjs` and its source map. */
  readonly dir: string;
  /** The module Lambda loads (`index.handler`). */
  readonly file: string;
  /** esbuild's metafile, paths relative to the repository root. */
  readonly metafile: Metafile;
}

/**
 * Bundles `entry` (relative to the repository root) exactly as the stack deploys it:
 * a PortalFunction in a throwaway app, whose asset is the bundle. For the benchmark,
 * which weighs and starts what is deployed, and the tests that run the bundles.
 */
export function bundleAsDeployed(
  entry: string,
  options: {
    /** Where the throwaway app's assembly goes; a new temporary directory by default. */
    readonly outdir?: string;
    readonly banner?: string;
  } = {},
): DeployedBundle {
  const { outdir = mkdtempSync(join(tmpdir(), 'puning-bundle-')), banner } = options;
  const app = new App({ outdir });
  const stack = new Stack(app, 'Bundle');
  const fn = new PortalFunction(stack, 'Function', {
    entry,
    serviceName: 'bundle',
    bundling: { ...(banner ? { banner } : {}), metafile: true },
  });
  const asset = fn.node.findChild('Code') as Asset;
  const dir = join(Stage.of(stack)?.outdir ?? app.outdir, asset.assetPath);
  return {
    dir,
    file: join(dir, 'index.mjs'),
    metafile: JSON.parse(readFileSync(join(dir, 'index.meta.json'), 'utf8')) as Metafile,
  };
}
