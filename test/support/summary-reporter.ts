import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { summaryDir } from './summary.ts';

/**
 * Prints, after every run, the figures the reliability tests recorded (fuzz counts,
 * isolation matrix, concurrency, …) and one plain closing line `N passed, N failed`.
 */
export default class SummaryReporter implements Reporter {
  onInit() {
    rmSync(summaryDir, { recursive: true, force: true });
    mkdirSync(summaryDir, { recursive: true });
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && module.children.size === 0) failed++;
    }
    const files = readdirSync(summaryDir, { withFileTypes: true }).filter((f) => f.isFile());
    if (files.length > 0) {
      console.info('\nEvidence recorded by the tests:');
      for (const file of files.sort((a, b) => a.name.localeCompare(b.name))) {
        const record = JSON.parse(readFileSync(join(summaryDir, file.name), 'utf8')) as {
          name: string;
          figures: Record<string, unknown>;
        };
        const figures = Object.entries(record.figures)
          .map(([key, value]) => `${key}=${String(value)}`)
          .join(', ');
        console.info(`  ${record.name}: ${figures}`);
      }
    }
    console.info(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
