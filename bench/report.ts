import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './bundle.ts';

/** One measured figure beside its budget. */
export interface Row {
  readonly section: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Human-readable budget, e.g. "≤ 160 KB gzip". */
  readonly budget?: string;
  readonly pass?: boolean;
  readonly note?: string;
}

export function printTable(rows: readonly Row[]): void {
  const lines = rows.map((r) => [
    r.section,
    r.name,
    `${r.value} ${r.unit}`,
    r.budget ?? '',
    r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL',
    r.note ?? '',
  ]);
  const header = ['section', 'figure', 'value', 'budget', 'result', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}

export async function writeResults(rows: readonly Row[], context: Record<string, unknown>) {
  const file = join(root, 'bench/results.json');
  await writeFile(file, `${JSON.stringify({ ...context, rows }, null, 2)}\n`);
  return file;
}
