import type { BuildOptions } from 'esbuild';
import { fromRepoRoot } from './paths.ts';

/**
 * esbuild settings of every Lambda bundle, shared by PortalFunction and the bundle-size
 * benchmark (bench/bundle.ts), so the benchmark measures what is deployed.
 */
export const lambdaBundling = {
  target: 'node24',
  mainFields: ['module', 'main'],
  minify: true,
  // Off: every error class we and the SDKs match on sets its `name` explicitly (and we
  // match with instanceof), so keeping function names bought nothing but ~8 KB gzip
  // per bundle of `name` wrappers. Source maps still name frames in stack traces.
  keepNames: false,
  sourceMap: true,
  sourcesContent: false,
  // Lambda's credentials are in the environment: the SDK's provider chain is replaced
  // by the environment provider alone (functions/shared/lambda-credentials.ts).
  alias: {
    '@aws-sdk/credential-provider-node': fromRepoRoot('functions/shared/lambda-credentials.ts'),
  },
  // An ESM bundle has no `require`; CommonJS dependencies that require Node built-ins
  // (the SMS providers' SDKs, for instance) need one.
  esmBanner:
    "import { createRequire as topLevelCreateRequire } from 'node:module'; const require = topLevelCreateRequire(import.meta.url);",
} as const;

/**
 * The same settings as esbuild options, for what bundles a function outside CDK: the
 * benchmark and the tests that run the deployed bundles.
 */
export function lambdaBuildOptions(entry: string, outfile: string) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: lambdaBundling.target,
    mainFields: [...lambdaBundling.mainFields],
    minify: lambdaBundling.minify,
    keepNames: lambdaBundling.keepNames,
    alias: { ...lambdaBundling.alias },
    banner: { js: lambdaBundling.esmBanner },
    logLevel: 'error',
  } satisfies BuildOptions;
}
