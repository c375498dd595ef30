import { cpus } from 'node:os';
import { costFigures, costRows, printCost } from './cost.ts';
import { dashboardScaleFigures, dashboardScaleRows } from './dashboard-scale.ts';
import { exportScaleFigures, exportScaleRows } from './export-scale.ts';
import { functionRows } from './functions.ts';
import { lighthouseFigures, lighthouseRows, printFailingAudits } from './lighthouse.ts';
import { loadFigures } from './load.ts';
import { pageWeight } from './portal-weight.ts';
import { printTable, type Row, writeResults } from './report.ts';
import { rulesThroughput } from './rules-engine.ts';
import { scaleFigures } from './scale.ts';
import { round } from './stats.ts';

// `npm run bench`: measures side by side in one run and prints every figure with its
// budget. Figures, not assertions: the tests never time anything.
const rows: Row[] = [];

rows.push(...(await functionRows()));

console.log('Weighing the built portal pages…');
const kbRow = (bytes: number) => round(bytes / 1024, 1);
for (const page of ['', 'programmes/dibao', 'check', 'en/check', 'apply', 'status', 'figures']) {
  const w = await pageWeight(page);
  const name = `/${page}${page ? '/' : ''}`;
  const isIsland = ['check', 'en/check', 'apply', 'status', 'figures'].includes(page);
  rows.push({ section: 'portal', name: `${name} HTML gzip`, value: kbRow(w.htmlGzip), unit: 'KB' });
  rows.push({
    section: 'portal',
    name: `${name} CSS gzip`,
    value: kbRow(w.cssGzip),
    unit: 'KB',
    budget: '≤ 20 KB',
    pass: w.cssGzip <= 20 * 1024,
  });
  rows.push({
    section: 'portal',
    name: `${name} JS gzip`,
    value: kbRow(w.jsGzip),
    unit: 'KB',
    budget: isIsland ? '≤ 30 KB (island)' : '≤ 2 KB (switches only)',
    pass: w.jsGzip <= (isIsland ? 30 : 2) * 1024,
  });
}

console.log('Lighthouse, mobile, on the portal pages (Debian Chromium, 127.0.0.1)…');
const lighthouse = await lighthouseFigures();
rows.push(...lighthouseRows(lighthouse));

console.log('Running the rules engine on one core…');
const engine1 = rulesThroughput();
rows.push({
  section: 'rules',
  name: 'households evaluated per second (Node, 1 core)',
  value: engine1.perSecond,
  unit: '/s',
  note: `${engine1.households} evaluations`,
});

console.log('Walking one application through the API to count what it costs…');
const cost = await costFigures();
rows.push(...costRows(cost));

console.log(
  `Loading the local API beside its bare floors (127.0.0.1, ${process.env.BENCH_LOAD_ROUNDS ?? 5} alternating rounds of ${process.env.BENCH_LOAD_SECONDS ?? 3} s)…`,
);
const load = await loadFigures();
const byName = new Map(load.map((f) => [f.name, f]));
const budgets: Record<string, { floor: string; share: number }> = {
  'status lookup': { floor: 'status floor', share: 0.75 },
  'staff queue': { floor: 'queue floor', share: 0.75 },
  submit: { floor: 'submit floor', share: 0.6 },
};
for (const f of load) {
  const budget = budgets[f.name];
  const floorFigures = budget ? byName.get(budget.floor) : undefined;
  const share = floorFigures ? f.requestsPerSecond / floorFigures.requestsPerSecond : undefined;
  rows.push({
    section: 'load',
    name: `${f.name} req/s (p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, ${f.errors} errors)`,
    value: f.requestsPerSecond,
    unit: '/s',
    ...(budget && share !== undefined
      ? {
          budget: `≥ ${budget.share * 100} % of floor, 0 errors`,
          pass: share >= budget.share && f.errors === 0,
          note: `${Math.round(share * 100)} % of floor`,
        }
      : {}),
  });
}

console.log(
  'Growing the table to 1k, 10k and 100k applications (several minutes; BENCH_SCALE shortens it)…',
);
const scale = await scaleFigures();
const smallest = scale[0];
for (const f of scale) {
  for (const [what, p50, p99] of [
    ['status lookup', f.statusP50Ms, f.statusP99Ms],
    ['staff queue', f.queueP50Ms, f.queueP99Ms],
  ] as const) {
    const base = what === 'status lookup' ? smallest?.statusP50Ms : smallest?.queueP50Ms;
    const ratio = base ? p50 / base : Number.NaN;
    const largest = f === scale.at(-1) && f !== smallest;
    rows.push({
      section: 'scale',
      name: `${what} p50 at ${f.applications} applications (p99 ${round(p99)} ms)`,
      value: round(p50),
      unit: 'ms',
      ...(largest
        ? {
            budget: `≤ 1.25 × p50 at ${smallest?.applications}`,
            pass: ratio <= 1.25,
            note: `${round(ratio, 2)} ×`,
          }
        : {}),
    });
  }
}

console.log('Exporting 100k rows as the CSV worker does (BENCH_EXPORT_ROWS changes it)…');
rows.push(...exportScaleRows(await exportScaleFigures()));
console.log(
  'The city dashboard at 1k, 100k and 1M applications (counters; a few minutes; BENCH_DASHBOARD_SCALE shortens it)…',
);
rows.push(...dashboardScaleRows(await dashboardScaleFigures()));

printTable(rows);
printFailingAudits(lighthouse);
printCost(cost);
const file = await writeResults(rows, {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
});
console.log(`\nWritten to ${file}`);
