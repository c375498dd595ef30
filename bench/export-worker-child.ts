import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { townships } from '../functions/domain/divisions.ts';
import { applicationsCsv } from '../functions/domain/staff/csv.ts';
import { runExport } from '../functions/exports/run-export.ts';
import { createLogger } from '../functions/shared/logger.ts';
import { createApplicationRepository } from '../functions/store/application-repository.ts';
import { createDocumentClient } from '../functions/store/dynamo-client.ts';
import { createExportJobStore } from '../functions/store/export-jobs.ts';
import { createLocalExportStorage } from '../functions/store/export-storage.ts';

/**
 * One export in a process of its own, as the worker Lambda runs it, so its memory is
 * the export's alone (the table lives in the parent): `stream` runs the job's worker;
 * `whole` builds the file in memory as the old synchronous route did, for comparison.
 * Prints one JSON line: time, rows, bytes, peak resident set and peak heap.
 */
const [endpoint = '', tableName = '', jobId = '', mode = 'stream'] = process.argv.slice(2);
const db = createDocumentClient({ region: 'cn-north-1', endpoint });
const repo = createApplicationRepository(db, tableName);
const folder = await mkdtemp(join(tmpdir(), 'puning-bench-export-'));

let heapPeak = 0;
const sampler = setInterval(() => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}, 20);
const started = performance.now();
let rows = 0;
let bytes = 0;
if (mode === 'whole') {
  const summaries = (await Promise.all(townships.map((t) => repo.allSummaries(t.code)))).flat();
  const csv = applicationsCsv(summaries, new Date());
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  rows = csv.split('\r\n').length - 2;
  bytes = Buffer.byteLength(csv);
} else {
  const jobs = createExportJobStore(db, tableName);
  const storage = createLocalExportStorage({ folder, secret: 'bench' });
  const state = await runExport(
    { repo, jobs, storage, now: () => new Date(), logger: createLogger() },
    jobId,
  );
  if (state !== 'done') throw new Error(`export ended ${state}`);
  const job = await jobs.get(jobId);
  rows = job?.rows ?? 0;
  bytes = (await stat(join(folder, `${jobId}.csv`))).size;
}
const ms = performance.now() - started;
clearInterval(sampler);
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
await rm(folder, { recursive: true, force: true });
console.log(
  JSON.stringify({
    ms,
    rows,
    bytes,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapPeakMb: heapPeak / 1024 / 1024,
  }),
);
db.destroy();
