// @ts-check
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { serviceWorker } from './src/lib/service-worker-build.ts';

// Static output. No inline scripts or styles anywhere (external files only), so the
// pages run under a strict Content-Security-Policy of 'self' with no hashes.
// Islands are mounted by bundled module scripts, not by <astro-island> (whose
// loader is an inline script). Each island has one entry script per language, which
// imports that language's content modules only (docs/decisions.md §8).
export default defineConfig({
  output: 'static',
  integrations: [preact(), serviceWorker()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          // Preact (with its hooks and JSX runtime) and zod each in one file: every island
          // loads all of either, and one file compresses better than three.
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  server: { port: 4321 },
});
