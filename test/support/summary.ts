import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const summaryDir = resolve(import.meta.dirname, '../../test-artifacts/summary');

/** Records figures a test measured, for the summary printed at the end of `npm test`. */
export function recordEvidence(name: string, figures: Record<string, number | string>): void {
  mkdirSync(summaryDir, { recursive: true });
  const file = `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`;
  writeFileSync(join(summaryDir, file), JSON.stringify({ name, figures }));
}
