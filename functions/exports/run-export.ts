import type { DynamoDBRecord } from 'aws-lambda';
import { todayInShanghai } from '../domain/dates.ts';
import { townships } from '../domain/divisions.ts';
import { applicationCsvRows, csvHeaderLine } from '../domain/staff/csv.ts';
import type { ExportJobState } from '../domain/staff/export-job.ts';
import type { Logger } from '../shared/logger.ts';
import type { ApplicationRepository } from '../store/application-repository.ts';
import type { ExportJobStore } from '../store/export-jobs.ts';
import type { ExportStorage } from '../store/export-storage.ts';

export interface ExportWorkerDeps {
  readonly repo: Pick<ApplicationRepository, 'queue'>;
  readonly jobs: ExportJobStore;
  readonly storage: Pick<ExportStorage, 'open'>;
  readonly now: () => Date;
  readonly logger: Pick<Logger, 'info' | 'error'>;
}

/** Summaries read per query; the job's progress is written every this many pages. */
const pageSize = 500;
const progressEveryPages = 10;

/**
 * Writes one job's file: the header, then each township's applications (open, then
 * closed), page by page, each page's rows written before the next is read — memory
 * holds one page and the storage's few parts, whatever the number of applications. The job
 * item says how far it got; `done` once the file is complete, `failed` (and no file)
 * if anything went wrong, for the console to offer a new export.
 */
export async function runExport(
  deps: ExportWorkerDeps,
  id: string,
): Promise<ExportJobState | null> {
  const job = await deps.jobs.get(id);
  if (!job || job.state === 'done' || job.state === 'failed') return job?.state ?? null;
  if (!(await deps.jobs.advance(id, { state: 'running', rows: 0 }, deps.now()))) return null;
  const started = deps.now().getTime();
  const today = todayInShanghai(deps.now());
  const codes = job.scope === 'all' ? townships.map((t) => t.code) : [job.scope];
  const writer = await deps.storage.open(job.objectKey);
  let rows = 0;
  try {
    await writer.write(csvHeaderLine);
    let pages = 0;
    for (const townshipCode of codes)
      for (const open of [true, false]) {
        let cursor: string | undefined;
        do {
          const page = await deps.repo.queue({ townshipCode, open, limit: pageSize, cursor });
          const lines = page.items.flatMap((summary) => applicationCsvRows(summary, today));
          if (lines.length > 0) await writer.write(lines.join(''));
          rows += lines.length;
          cursor = page.cursor;
          if (++pages % progressEveryPages === 0)
            await deps.jobs.advance(id, { state: 'running', rows }, deps.now());
        } while (cursor);
      }
    await writer.finish();
  } catch (error) {
    await writer.abort().catch(() => undefined);
    await deps.jobs.advance(id, { state: 'failed', rows }, deps.now());
    deps.logger.error('export failed', {
      exportId: id,
      errorName: error instanceof Error ? error.name : 'UnknownError',
    });
    return 'failed';
  }
  await deps.jobs.advance(id, { state: 'done', rows }, deps.now());
  deps.logger.info('export written', {
    exportId: id,
    scope: job.scope,
    rows,
    ms: deps.now().getTime() - started,
  });
  return 'done';
}

/** The job a stream record announces: a new `EXPORT#<id>` item; null for anything else. */
export function newExportJobId(record: DynamoDBRecord): string | null {
  if (record.eventName !== 'INSERT') return null;
  const pk = record.dynamodb?.Keys?.PK?.S;
  if (record.dynamodb?.Keys?.SK?.S !== 'EXPORT' || !pk?.startsWith('EXPORT#')) return null;
  const id = pk.slice('EXPORT#'.length);
  return /^[0-9a-f-]{36}$/.test(id) ? id : null;
}
