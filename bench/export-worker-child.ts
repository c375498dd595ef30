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
import { createLocalExportStorage, type ExportStorage } from '../functions/store/export-storage.ts';
import { createS3ExportWriter } from '../functions/store/s3-export-writer.ts';

/**
 * One export in a process of its own, as the worker Lambda runs it, so its memory is
 * the export's alone (the table lives in the parent): `stream` runs the job's worker
 * writing a local file; `s3` runs it through the S3 writer (lib-storage's `Upload`)
 * with S3's answers given in process by aws-sdk-client-mock — S3 cannot run here, so
 * the figure is the worker's own time and memory with the upload's part buffers, no
 * network; `whole` builds the file in memory as the old synchronous route did, for comparison.
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

/** S3 answered in process; counts the bytes the upload hands to S3. */
async function s3StandIn(): Promise<ExportStorage> {
  const s3 = await import('@aws-sdk/client-s3');
  const { mockClient } = await import('aws-sdk-client-mock');
  const mock = mockClient(s3.S3Client);
  mock.on(s3.CreateMultipartUploadCommand).resolves({ UploadId: 'bench' });
  mock.on(s3.UploadPartCommand).callsFake((input: { PartNumber: number; Body: Buffer }) => {
    bytes += input.Body.length;
    return { ETag: `"${input.PartNumber}"` };
  });
  mock.on(s3.PutObjectCommand).callsFake((input: { Body: Buffer }) => {
    bytes += input.Body.length;
    return {};
  });
  mock.on(s3.CompleteMultipartUploadCommand).resolves({});
  return createS3ExportWriter({
    bucket: 'puning-bench-exports',
    region: 'cn-north-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
}
if (mode === 'whole') {
  const summaries = (await Promise.all(townships.map((t) => repo.allSummaries(t.code)))).flat();
  const csv = applicationsCsv(summaries, new Date());
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  rows = csv.split('\r\n').length - 2;
  bytes = Buffer.byteLength(csv);
} else {
  const jobs = createExportJobStore(db, tableName);
  const storage =
    mode === 's3' ? await s3StandIn() : createLocalExportStorage({ folder, secret: 'bench' });
  const state = await runExport(
    { repo, jobs, storage, now: () => new Date(), logger: createLogger() },
    jobId,
  );
  if (state !== 'done') throw new Error(`export ended ${state}`);
  const job = await jobs.get(jobId);
  rows = job?.rows ?? 0;
  if (mode !== 's3') bytes = (await stat(join(folder, `${jobId}.csv`))).size;
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
