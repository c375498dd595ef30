import { defineConfig } from 'vitest/config';

// One runner, four layers. Each layer is a project so it can run alone:
//   npx vitest run --project unit
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/quiet-logs.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          setupFiles: ['test/support/quiet-logs.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium, one local server: browser files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
