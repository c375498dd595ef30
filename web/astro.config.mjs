// @ts-check
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

// Static output. No inline scripts or styles anywhere (external files only), so the
// pages run under a strict Content-Security-Policy of 'self' with no hashes.
// Islands are mounted by bundled module scripts, not by <astro-island> (whose
// loader is an inline script).
export default defineConfig({
  output: 'static',
  integrations: [preact()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  server: { port: 4321 },
});
