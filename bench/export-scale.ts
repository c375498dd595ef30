import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addDays, todayInShanghai } from '../functions/domain/dates.ts';
import { townships } from '../functions/domain/divisions.ts';
import { newExportJob } from '../functions/domain/staff/export-job.ts';
import type { ApplicationSummary } from '../functions/domain/staff/summary.ts';
import { ensureTableOn, openDynamoEngine } from '../functions/local/dynamo-engine.ts';
import { createDocumentClient } from '../functions/store/dynamo-client.ts';
import { createExportJobStore } from '../functions/store/export-jobs.ts';
import { root } from './bundle.ts';
import type { Row } from './report.ts';
import { round } from './stats.ts';

/**
 * The city's CSV export of 100k rows (BENCH_EXPORT_ROWS), as the worker writes it: the
 * table seeded with half as many closed applications for 低保 and 临时救助 (two lines,
 * so two rows, each) over the 33 townships — summary items as the township index holds
 * them; seeding a row per item took dynalite six minutes on 2 cores — then the export run in a
 * child process (bench/export-worker-child.ts) so its time and peak memory are the
 * worker's alone — once to a local file, once through the S3 writer (lib-storage's
 * `Upload`, S3's answers mocked in process). Budget: within one Lambda — 15 minutes and the worker's 1,024 MB.
 * For comparison the same rows built in memory, as the synchronous route did.
 */
export interface ExportScaleFigures {
  readonly mode: 'stream' | 's3' | 'whole';
  readonly rows: number;
  readonly seconds: number;
  readonly megabytes: number;
  readonly maxRssMb: number;
  readonly heapPeakMb: number;
}

const workerMemoryMb = 1024;
const workerSeconds = 15 * 60;
const today = todayInShanghai(new Date());

function summaryOf(i: number): ApplicationSummary {
  const townshipCode = townships[i % townships.length]?.code ?? '445281001000';
  const submitted = addDays(today, -(40 + (i % 1800)));
  const decided = addDays(submitted, 5 + (i % 40));
  return {
    reference: `PN-BNCH-E${String(i).padStart(7, '0')}`,
    status: 'confirmed',
    townshipCode,
    priority: 'normal',
    programmes: ['dibao', 'temporary-expense'],
    submittedAt: `${submitted}T02:00:00.000Z`,
    dueAt: decided,
    applicantName: '基准测试',
    idNumberMasked: '4452**********0000',
    villageCode: `${townshipCode.slice(0, 9)}201`,
    decidedAt: `${decided}T02:00:00.000Z`,
    version: 3,
    lines: [
      {
        programme: 'dibao',
        state: 'confirmed',
        dueAt: decided,
        monthlyAmountYuan: 300 + (i % 500),
        decidedAt: `${decided}T02:00:00.000Z`,
      },
      {
        programme: 'temporary-expense',
        state: 'confirmed',
        dueAt: decided,
        paidYuan: 500 + (i % 2000),
        decidedAt: `${decided}T02:00:00.000Z`,
      },
    ],
  };
}

async function seed(db: DynamoDBDocumentClient, tableName: string, count: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (;;) {
        const from = next;
        next += 25;
        if (from >= count) return;
        let pending = Array.from({ length: Math.min(25, count - from) }, (_, k) => {
          const summary = summaryOf(from + k);
          return {
            PutRequest: {
              Item: {
                PK: `APP#${summary.reference}`,
                SK: 'APP',
                GSI1PK: `TWP#${summary.townshipCode}#closed`,
                GSI1SK: `1#${summary.dueAt}#${summary.reference}`,
                summary,
              },
            },
          };
        });
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

const run = promisify(execFile);

export async function exportScaleFigures(
  rows = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000),
): Promise<ExportScaleFigures[]> {
  const engine = await openDynamoEngine({});
  const region = 'cn-north-1';
  const tableName = 'puning-bench-export';
  await ensureTableOn(engine, region, tableName);
  const db = createDocumentClient({ region, endpoint: engine.endpoint });
  try {
    const started = performance.now();
    const applications = Math.ceil(rows / 2);
    await seed(db, tableName, applications);
    console.log(
      `  seeded ${applications} applications in ${round((performance.now() - started) / 1000)} s`,
    );
    const figures: ExportScaleFigures[] = [];
    for (const mode of ['stream', 's3', 'whole'] as const) {
      const job = newExportJob(crypto.randomUUID(), 'all', { id: 'bench' }, new Date());
      await createExportJobStore(db, tableName).create(job);
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          join(root, 'bench/export-worker-child.ts'),
          engine.endpoint,
          tableName,
          job.id,
          mode,
        ],
        {
          cwd: root,
          env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT' },
          maxBuffer: 1024 * 1024,
        },
      );
      const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
        ms: number;
        rows: number;
        bytes: number;
        maxRssMb: number;
        heapPeakMb: number;
      };
      figures.push({
        mode,
        rows: result.rows,
        seconds: result.ms / 1000,
        megabytes: result.bytes / 1024 / 1024,
        maxRssMb: result.maxRssMb,
        heapPeakMb: result.heapPeakMb,
      });
    }
    return figures;
  } finally {
    db.destroy();
    await engine.close();
  }
}

export function exportScaleRows(figures: readonly ExportScaleFigures[]): Row[] {
  return figures.flatMap((f) => {
    const label = {
      stream: 'CSV export job (streamed to a file)',
      s3: 'CSV export job (lib-storage Upload, S3 answered in process)',
      whole: 'CSV built in memory (the old route)',
    }[f.mode];
    const within = f.mode !== 'whole';
    return [
      {
        section: 'export',
        name: `${label}: ${f.rows} rows, ${round(f.megabytes, 1)} MB — time`,
        value: round(f.seconds, 1),
        unit: 's',
        ...(within
          ? { budget: `≤ ${workerSeconds} s (Lambda limit)`, pass: f.seconds <= workerSeconds }
          : {}),
      },
      {
        section: 'export',
        name: `${label}: peak memory (heap peak ${round(f.heapPeakMb)} MB)`,
        value: round(f.maxRssMb),
        unit: 'MB RSS',
        ...(within
          ? { budget: `≤ ${workerMemoryMb} MB (worker)`, pass: f.maxRssMb <= workerMemoryMb }
          : {}),
      },
    ];
  });
}
