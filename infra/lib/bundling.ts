/**
 * esbuild settings of every Lambda bundle, shared by PortalFunction and the bundle-size
 * benchmark (bench/bundle.ts), so the benchmark measures what is deployed.
 */
export const lambdaBundling = {
  target: 'node24',
  mainFields: ['module', 'main'],
  minify: true,
  // Error names survive minification, so the error mapper can match on them.
  keepNames: true,
  sourceMap: true,
  sourcesContent: false,
  // An ESM bundle has no `require`; CommonJS dependencies that require Node built-ins
  // (the SMS providers' SDKs, for instance) need one.
  esmBanner:
    "import { createRequire as topLevelCreateRequire } from 'node:module'; const require = topLevelCreateRequire(import.meta.url);",
} as const;
