import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type BuildOptions, buildSync, type Metafile } from 'esbuild';
import { fromRepoRoot, repoRoot } from './paths.ts';

/** The file Lambda loads (`index.handler`); chunks sit beside it in chunks/. */
export const lambdaEntryFile = 'index.mjs';

/**
 * How every Lambda function is bundled: by PortalFunction for the stack, and by the
 * benchmark and the tests that run the deployed bundles, so they measure and run what
 * is deployed.
 *
 * An ES module entry plus chunks (`splitting`): what a function imports with `import()`
 * — route modules on their first request, the SDK's rarely used parts — is a file of
 * its own, read and parsed only when first needed rather than at every cold start.
 */
function lambdaBuildOptions(entry: string, outdir: string) {
  return {
    entryPoints: { index: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // ES module builds of the SDK and Powertools tree-shake; their CommonJS builds don't.
    mainFields: ['module', 'main'],
    minify: true,
    // Off: every error class we and the SDKs match on sets its `name` explicitly (and we
    // match with instanceof), so keeping function names bought nothing but ~8 KB gzip
    // per bundle of `name` wrappers. Source maps still name frames in stack traces.
    keepNames: false,
    sourcemap: true,
    sourcesContent: false,
    // Lambda's credentials are in the environment: the SDK's provider chain is replaced
    // by the environment provider alone (functions/shared/lambda-credentials.ts).
    alias: {
      '@aws-sdk/credential-provider-node': fromRepoRoot('functions/shared/lambda-credentials.ts'),
    },
    logLevel: 'error',
  } satisfies BuildOptions;
}

// An ES module has no `require`; CommonJS dependencies that require Node built-ins need
// one (none of the functions' today; the benchmark's notifier floor, for Tencent's SDK).
// esbuild puts the banner atop every file.
const requireBanner = {
  js: "import { createRequire as topLevelCreateRequire } from 'node:module'; const require = topLevelCreateRequire(import.meta.url);",
};

/** Whether some CommonJS module of the bundle calls `require` on a Node built-in. */
function requiresNodeBuiltins(metafile: Metafile): boolean {
  return Object.values(metafile.inputs).some((input) =>
    input.imports.some((imported) => imported.kind === 'require-call' && imported.external),
  );
}

/**
 * Bundles one function into `outdir` (what PortalFunction deploys, what the benchmark
 * weighs and the bundle tests run) and returns esbuild's metafile, paths relative to
 * the repository root.
 *
 * esbuild makes a chunk for every `import()` it finds, even in code it then drops as
 * unused (the SDK's browser user-agent parser, for one); no file can ever load such a
 * chunk, so it is not written. The `require` banner is added only to functions whose
 * CommonJS dependencies need it.
 */
export function bundleLambda(entry: string, outdir: string): Metafile {
  const options = {
    ...lambdaBuildOptions(entry, outdir),
    absWorkingDir: repoRoot,
    metafile: true,
    write: false,
  } as const;
  let result = buildSync(options);
  if (requiresNodeBuiltins(result.metafile))
    result = buildSync({ ...options, banner: requireBanner });
  const { metafile } = result;
  const entryOutput = relative(repoRoot, join(outdir, lambdaEntryFile));
  const reachable = reachableOutputs(metafile, entryOutput);
  for (const output of Object.keys(metafile.outputs))
    if (!reachable.has(output.replace(/\.map$/, ''))) delete metafile.outputs[output];
  for (const file of result.outputFiles) {
    if (!(relative(repoRoot, file.path) in metafile.outputs)) continue;
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
  }
  return metafile;
}

/** The entry's output and every output it can load, statically or with `import()`. */
export function reachableOutputs(
  metafile: Metafile,
  from: string,
  kinds: readonly string[] = ['import-statement', 'dynamic-import'],
): Set<string> {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? [])
      if (!imported.external && kinds.includes(imported.kind)) visit(imported.path);
  };
  visit(from);
  return seen;
}
