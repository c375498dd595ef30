import { join } from 'node:path';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApplicationState } from '../functions/domain/application/states.ts';
import { addDays, todayInShanghai } from '../functions/domain/dates.ts';
import { townships } from '../functions/domain/divisions.ts';
import type { ProgrammeId } from '../functions/domain/policy/programmes.ts';
import { contributionOf, sumContributions } from '../functions/domain/staff/counters.ts';
import type { ApplicationSummary, LineSummary } from '../functions/domain/staff/summary.ts';
import { devIdToken } from '../functions/local/dev-sign-in.ts';
import { type LocalSystem, startLocalSystem } from '../functions/local/local-system.ts';
import { createCounterStore } from '../functions/store/counter-store.ts';
import { createDocumentClient } from '../functions/store/dynamo-client.ts';
import { root } from './bundle.ts';
import type { Row } from './report.ts';
import { percentile, round } from './stats.ts';

/**
 * The city dashboard (every township, the heaviest scope) at 1k, 100k and 1M
 * applications. The dashboard reads the counter items (one per township, plus the
 * flows of the last 30 days' months) and the open queue; it never reads a closed
 * application. So each size gets:
 * - counters summed from that many synthetic summaries (`contributionOf`, the drain's
 *   own function), written as the drain would have left them;
 * - an open workload of the same size at every scale (20 open applications per
 *   township): open cases are today's work, not the history;
 * - the closed applications themselves as real items in the township index, up to
 *   `BENCH_DASHBOARD_ITEMS` (default 20,000, so the run stays within minutes): beyond it
 *   they are summed into the counters but not written — dynalite in memory cannot hold
 *   and seed a million items in a few minutes on 2 cores. Nothing the dashboard reads
 *   grows with closed items (docs/performance.md; raise the limit to see it).
 * One local system per size, then interleaved rounds as in scale.ts.
 */
export interface DashboardScaleFigures {
  readonly applications: number;
  /** Application items actually in the table (open + closed written). */
  readonly itemsInTable: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly seedSeconds: number;
}

const rounds = 5;
const requestsPerRound = 40;
const openPerTownship = 20;
const now = new Date();
const today = todayInShanghai(now);

const outcomes: readonly ApplicationState[] = [
  'confirmed',
  'confirmed',
  'confirmed',
  'confirmed',
  'rejected',
  'not_confirmed',
  'withdrawn',
  'exited',
  'confirmed',
  'rejected',
];
const mixes: readonly (readonly ProgrammeId[])[] = [
  ['dibao'],
  ['dibao', 'tekun'],
  ['temporary-expense'],
  ['tekun'],
  ['dibao-edge'],
  ['temporary-emergency'],
  ['single-person-dibao'],
];
const openStates: readonly ApplicationState[] = [
  'submitted',
  'in_review',
  'needs_info',
  'investigated',
  'public_notice',
  'township_approved',
];

const isoDay = (day: string, hour = 2) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** The i-th closed application of the history: five years, every township and programme. */
function closedSummary(i: number): ApplicationSummary {
  const townshipCode = townships[i % townships.length]?.code ?? '445281001000';
  const submittedOn = addDays(today, -(40 + (i % 1800)));
  const decidedOn = addDays(submittedOn, 5 + (i % 40));
  const status = outcomes[i % outcomes.length] ?? 'confirmed';
  const programmes = mixes[i % mixes.length] ?? ['dibao'];
  const withdrawn = status === 'withdrawn';
  const lines: LineSummary[] = programmes.map((programme) => {
    const temporary = programme.startsWith('temporary');
    return {
      programme,
      state: status,
      dueAt: status === 'exited' ? addDays(decidedOn, 180) : decidedOn,
      ...(status === 'confirmed' && !temporary ? { monthlyAmountYuan: 300 + (i % 500) } : {}),
      ...(temporary && status === 'confirmed' ? { paidYuan: 500 + (i % 2000) } : {}),
      ...(withdrawn ? {} : { decidedAt: isoDay(decidedOn) }),
      ...(!withdrawn && i % 7 === 0 ? { late: true as const } : {}),
    };
  });
  return {
    reference: `PN-BNCH-C${String(i).padStart(7, '0')}`,
    status,
    townshipCode,
    priority: i % 13 === 0 ? 'emergency' : 'normal',
    programmes,
    submittedAt: isoDay(submittedOn),
    dueAt: lines[0]?.dueAt ?? decidedOn,
    applicantName: '基准',
    idNumberMasked: '4452**********0000',
    villageCode: `${townshipCode.slice(0, 9)}201`,
    ...(withdrawn ? {} : { decidedAt: isoDay(decidedOn) }),
    version: 3,
    lines,
  };
}

/** The j-th open application: submitted in the last 40 days, some past their due date. */
function openSummary(j: number): ApplicationSummary {
  const townshipCode = townships[j % townships.length]?.code ?? '445281001000';
  const status = openStates[j % openStates.length] ?? 'submitted';
  const dueAt = addDays(today, (j % 20) - 5);
  const programmes = mixes[j % mixes.length] ?? ['dibao'];
  return {
    reference: `PN-BNCH-O${String(j).padStart(7, '0')}`,
    status,
    townshipCode,
    priority: j % 15 === 0 ? 'emergency' : 'normal',
    programmes,
    submittedAt: isoDay(addDays(today, -(j % 40))),
    dueAt,
    applicantName: '基准',
    idNumberMasked: '4452**********0000',
    villageCode: `${townshipCode.slice(0, 9)}201`,
    version: 2,
    lines: programmes.map((programme) => ({ programme, state: status, dueAt })),
  };
}

/** The item the dashboard's queries see (the rest of a real item is never read by it). */
function itemOf(summary: ApplicationSummary, open: boolean) {
  return {
    PK: `APP#${summary.reference}`,
    SK: 'APP',
    GSI1PK: `TWP#${summary.townshipCode}#${open ? 'open' : 'closed'}`,
    GSI1SK: `${summary.priority === 'emergency' ? '0' : '1'}#${summary.dueAt}#${summary.reference}`,
    summary,
    version: summary.version,
  };
}

async function writeItems(
  db: DynamoDBDocumentClient,
  tableName: string,
  items: Iterable<Record<string, unknown>>,
) {
  const batches: Record<string, unknown>[][] = [[]];
  for (const item of items) {
    const last = batches.at(-1) as Record<string, unknown>[];
    if (last.length === 25) batches.push([item]);
    else last.push(item);
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let batch = batches[next++]; batch && batch.length > 0; batch = batches[next++]) {
        let pending = batch.map((Item) => ({ PutRequest: { Item } }));
        while (pending.length > 0) {
          const result = await db.send(
            new BatchWriteCommand({ RequestItems: { [tableName]: pending } }),
          );
          pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
        }
      }
    }),
  );
}

interface SeededDashboard {
  readonly size: number;
  readonly system: LocalSystem;
  readonly itemsInTable: number;
  readonly seedSeconds: number;
  readonly dashboard: () => Promise<Response>;
}

async function seeded(size: number, itemLimit: number): Promise<SeededDashboard> {
  const system = await startLocalSystem({
    port: 0,
    siteDir: join(root, 'web/dist'),
    notifyEveryMs: 0,
  });
  const db = createDocumentClient({ region: system.region, endpoint: system.dynamoEndpoint });
  const started = performance.now();
  console.log(`  seeding ${size} applications…`);
  const open = Array.from({ length: openPerTownship * townships.length }, (_, j) => openSummary(j));
  const closedCount = size - open.length;
  // Summed in slices, so a million contributions never sit in memory at once.
  let totals = sumContributions(open.map(contributionOf));
  for (let from = 0; from < closedCount; from += 50_000) {
    const slice = Array.from({ length: Math.min(50_000, closedCount - from) }, (_, k) =>
      contributionOf(closedSummary(from + k)),
    );
    totals = sumContributions([totals, ...slice]);
  }
  const counters = createCounterStore(db, system.tableName);
  for (const [key, figures] of Object.entries(totals))
    await counters.replace(key, figures, undefined, now);
  const written = Math.min(closedCount, Math.max(0, itemLimit - open.length));
  await writeItems(db, system.tableName, [
    ...open.map((s) => itemOf(s, true)),
    ...(function* () {
      for (let i = 0; i < written; i++) yield itemOf(closedSummary(i), false);
    })(),
  ]);
  db.destroy();
  const seedSeconds = (performance.now() - started) / 1000;
  const token = await devIdToken(system.url, 'dev-city');
  return {
    size,
    system,
    itemsInTable: open.length + written,
    seedSeconds,
    dashboard: () =>
      fetch(`${system.url}/api/staff/dashboard`, { headers: { Authorization: `Bearer ${token}` } }),
  };
}

async function timeRequests(count: number, send: () => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const startedAt = performance.now();
    const response = await send();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`dashboard request failed: ${response.status}`);
    times.push(performance.now() - startedAt);
  }
  return times;
}

export async function dashboardScaleFigures(
  sizes: readonly number[] = (process.env.BENCH_DASHBOARD_SCALE ?? '1000,100000,1000000')
    .split(',')
    .map(Number),
  itemLimit = Number(process.env.BENCH_DASHBOARD_ITEMS ?? 20_000),
): Promise<DashboardScaleFigures[]> {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const systems: SeededDashboard[] = [];
  try {
    for (const size of sizes) systems.push(await seeded(size, itemLimit));
    for (const s of systems) await timeRequests(requestsPerRound, s.dashboard);
    const times = new Map(systems.map((s) => [s.size, [] as number[]]));
    for (let round = 0; round < rounds; round++)
      for (const s of systems)
        times.get(s.size)?.push(...(await timeRequests(requestsPerRound, s.dashboard)));
    return systems.map((s) => ({
      applications: s.size,
      itemsInTable: s.itemsInTable,
      p50Ms: percentile(times.get(s.size) ?? [], 50),
      p99Ms: percentile(times.get(s.size) ?? [], 99),
      seedSeconds: Math.round(s.seedSeconds),
    }));
  } finally {
    for (const s of systems) await s.system.close();
  }
}

/** The figures as report rows: the largest size's p50 against its budget (≤ 1.25 × the smallest's). */
export function dashboardScaleRows(figures: readonly DashboardScaleFigures[]): Row[] {
  const smallest = figures[0];
  return figures.map((f) => {
    const ratio = smallest ? f.p50Ms / smallest.p50Ms : Number.NaN;
    const largest = f === figures.at(-1) && f !== smallest;
    return {
      section: 'scale',
      name: `city dashboard p50 at ${f.applications} applications (p99 ${round(f.p99Ms)} ms; ${f.itemsInTable} items in the table; seeded in ${f.seedSeconds} s)`,
      value: round(f.p50Ms),
      unit: 'ms',
      ...(largest
        ? {
            budget: `≤ 1.25 × p50 at ${smallest?.applications}`,
            pass: ratio <= 1.25,
            note: `${round(ratio, 2)} ×`,
          }
        : {}),
    };
  });
}
