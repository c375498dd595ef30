import { cpus } from 'node:os';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startEmbeddedDynamo } from '../functions/local/embedded-dynamo.ts';
import { ensureTable } from '../functions/store/ensure-table.ts';
import { bundleEntry } from './bundle.ts';
import { floorEvent, healthEvent, measureColdStarts, staffMeEvent } from './cold-start.ts';
import { costFigures, costRows, printCost } from './cost.ts';
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
const kb = (bytes: number) => round(bytes / 1024, 1);

console.log('Bundling the Lambda functions as the CDK stack does…');
const publicApi = await bundleEntry('public-api', 'functions/handlers/public-api.ts');
const staffApi = await bundleEntry('staff-api', 'functions/handlers/staff-api.ts');
const floor = await bundleEntry('floor-stack', 'bench/floor/floor-handler.ts');
const empty = await bundleEntry('empty', 'bench/floor/empty-handler.ts');
const notifier = await bundleEntry('notifier', 'functions/handlers/notifier-stream.ts');
const notifierFloor = await bundleEntry('notifier-floor', 'bench/floor/notifier-floor-handler.ts');
for (const b of [publicApi, staffApi, floor, notifier, notifierFloor, empty]) {
  rows.push({
    section: 'bundle',
    name: `${b.name} minified (all files)`,
    value: kb(b.minifiedBytes),
    unit: 'KB',
  });
  rows.push({
    section: 'bundle',
    name: `${b.name} gzip (all files)`,
    value: kb(b.gzipBytes),
    unit: 'KB',
    ...(b === publicApi || b === staffApi
      ? { budget: '≤ 160 KB', pass: b.gzipBytes <= 160 * 1024 }
      : {}),
    ...(b.name === 'notifier'
      ? {
          budget: '≤ 1.10 × notifier floor',
          pass: b.gzipBytes <= 1.1 * notifierFloor.gzipBytes,
          note: `${round(b.gzipBytes / notifierFloor.gzipBytes, 2)} × floor`,
        }
      : {}),
  });
  rows.push({
    section: 'bundle',
    name: `${b.name} gzip read at cold start (entry + static chunks)`,
    value: kb(b.startGzipBytes),
    unit: 'KB',
  });
}

console.log('Measuring cold starts (fresh process per run)…');
const engine = await startEmbeddedDynamo();
await ensureTable(
  new DynamoDBClient({
    region: 'cn-north-1',
    endpoint: engine.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
  'bench',
);
const runs = Number(process.env.BENCH_COLD_RUNS ?? 30);
const cold = await measureColdStarts(
  [
    { name: 'empty', file: empty.file, event: healthEvent },
    { name: 'floor-stack', file: floor.file, event: floorEvent },
    { name: 'public-api', file: publicApi.file, event: healthEvent },
    // Staff sign-in configured (the issuer is never reached: no token, so 401 at once).
    {
      name: 'staff-api',
      file: staffApi.file,
      event: staffMeEvent,
      env: {
        STAFF_ISSUER: 'https://issuer.bench.invalid',
        STAFF_JWKS_URL: 'https://issuer.bench.invalid/jwks.json',
        STAFF_AUDIENCE: 'bench',
      },
    },
    { name: 'notifier', file: notifier.file, event: { Records: [] } },
    // The AWS China configuration: Tencent Cloud SMS, no email.
    {
      name: 'notifier-china',
      file: notifier.file,
      event: { Records: [] },
      env: {
        NOTIFY_SMS_PROVIDER: 'tencent',
        TENCENT_SMS_APP_ID: '1400000000',
        TENCENT_SMS_SIGN_NAME: 'bench',
        TENCENT_SMS_TEMPLATE_IDS: '{"received":"100001"}',
        TENCENT_SMS_SECRET: '{"secretId":"bench","secretKey":"bench"}',
      },
    },
    { name: 'notifier-floor', file: notifierFloor.file, event: { Records: [] } },
  ],
  runs,
  {
    TABLE_NAME: 'bench',
    DYNAMODB_ENDPOINT: engine.endpoint,
    AWS_REGION: 'cn-north-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    ID_HASH_KEY: 'bench-key-for-keyed-hashes-0123456789',
    DOCUMENTS_BUCKET: 'puning-documents-bench',
    NOTIFY_SMS_PROVIDER: 'sns',
  },
);
await engine.close();
const floorCold = cold.find((c) => c.name === 'floor-stack');
const floorReady = floorCold?.readyMs ?? Number.NaN;
const floorColdRequest = (floorCold?.readyMs ?? Number.NaN) + (floorCold?.firstRequestMs ?? 0);
for (const c of cold) {
  const ratio = c.readyMs / floorReady;
  const budgeted = ['public-api', 'staff-api', 'notifier', 'notifier-china'].includes(c.name);
  rows.push({
    section: 'cold start',
    name: `${c.name} ready (median of ${c.runs})`,
    value: round(c.readyMs),
    unit: 'ms',
    ...(budgeted
      ? { budget: '≤ 1.15 × floor stack', pass: ratio <= 1.15, note: `${round(ratio, 2)} × floor` }
      : {}),
  });
  rows.push({
    section: 'cold start',
    name: `${c.name} first request`,
    value: round(c.firstRequestMs),
    unit: 'ms',
  });
  // What the first caller after a cold start waits for; work a function defers to its
  // first request (loading a route's chunk, the SDK's first call) shows here.
  rows.push({
    section: 'cold start',
    name: `${c.name} ready + first request`,
    value: round(c.readyMs + c.firstRequestMs),
    unit: 'ms',
    ...(['public-api', 'staff-api'].includes(c.name)
      ? { note: `${round((c.readyMs + c.firstRequestMs) / floorColdRequest, 2)} × floor's` }
      : {}),
  });
}

console.log('Weighing the built portal pages…');
const kbRow = (bytes: number) => round(bytes / 1024, 1);
for (const page of ['', 'programmes/dibao', 'check', 'en/check', 'apply', 'status']) {
  const w = await pageWeight(page);
  const name = `/${page}${page ? '/' : ''}`;
  const isIsland = ['check', 'en/check', 'apply', 'status'].includes(page);
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
