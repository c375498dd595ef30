import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startEmbeddedDynamo } from '../functions/local/embedded-dynamo.ts';
import { ensureTable } from '../functions/store/ensure-table.ts';
import { bundleEntry } from './bundle.ts';
import { floorEvent, healthEvent, measureColdStarts, staffMeEvent } from './cold-start.ts';
import { printTable, type Row } from './report.ts';
import { round } from './stats.ts';

const kb = (bytes: number) => round(bytes / 1024, 1);

/**
 * The functions' figures: each bundle's size beside its floor's, then cold starts (a
 * fresh process per run, interleaved). A section of `npm run bench`; alone with
 * `npx tsx bench/functions.ts` (about two minutes).
 */
export async function functionRows(): Promise<Row[]> {
  const rows: Row[] = [];
  console.log('Bundling the Lambda functions as the CDK stack does…');
  const publicApi = await bundleEntry('public-api', 'functions/handlers/public-api.ts');
  const staffApi = await bundleEntry('staff-api', 'functions/handlers/staff-api.ts');
  const floor = await bundleEntry('floor-stack', 'bench/floor/floor-handler.ts');
  const empty = await bundleEntry('empty', 'bench/floor/empty-handler.ts');
  const notifier = await bundleEntry('notifier', 'functions/handlers/notifier-stream.ts');
  const notifierFloor = await bundleEntry(
    'notifier-floor',
    'bench/floor/notifier-floor-handler.ts',
    // Tencent's SDK is CommonJS and requires Node's built-ins.
    { withRequire: true },
  );
  for (const b of [publicApi, staffApi, floor, notifier, notifierFloor, empty]) {
    rows.push({
      section: 'bundle',
      name: `${b.name} minified`,
      value: kb(b.minifiedBytes),
      unit: 'KB',
    });
    rows.push({
      section: 'bundle',
      name: `${b.name} gzip`,
      value: kb(b.gzipBytes),
      unit: 'KB',
      ...(b === publicApi || b === staffApi
        ? { budget: '≤ 250 KB (§17)', pass: b.gzipBytes <= 250 * 1024 }
        : {}),
      ...(b.name === 'notifier'
        ? {
            budget: '≤ 1.10 × notifier floor',
            pass: b.gzipBytes <= 1.1 * notifierFloor.gzipBytes,
            note: `${round(b.gzipBytes / notifierFloor.gzipBytes, 2)} × floor`,
          }
        : {}),
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
  // Restated in decisions §17 with the figures: the libraries for secrets (every
  // function) and presigning, plain Hono routes loaded at init (§16) and the response
  // schemas of the contract (§22) cost init time; what the first caller waits for
  // (ready + first request) stays below the floor's.
  const readyBudgets: Record<string, number> = {
    'public-api': 2.0,
    'staff-api': 2.0,
    notifier: 1.35,
    'notifier-china': 1.35,
  };
  for (const c of cold) {
    const ratio = c.readyMs / floorReady;
    const budget = readyBudgets[c.name];
    rows.push({
      section: 'cold start',
      name: `${c.name} ready (median of ${c.runs})`,
      value: round(c.readyMs),
      unit: 'ms',
      ...(budget
        ? {
            budget: `≤ ${budget} × floor stack`,
            pass: ratio <= budget,
            note: `${round(ratio, 2)} × floor`,
          }
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
        ? {
            budget: "≤ 1.00 × the floor's",
            pass: c.readyMs + c.firstRequestMs <= floorColdRequest,
            note: `${round((c.readyMs + c.firstRequestMs) / floorColdRequest, 2)} × floor's`,
          }
        : {}),
    });
  }
  return rows;
}

if (import.meta.main) printTable(await functionRows());
