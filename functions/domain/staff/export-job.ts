import type { StaffPrincipal } from './principal.ts';

/**
 * The CSV export as a job: the console asks for one, a worker writes the file to
 * storage row by row, and the console polls until it can hand over a short-lived link.
 * A job belongs to the person who asked for it: no one else — not a colleague, not
 * another township — may see it or its file.
 */
export type ExportJobState = 'queued' | 'running' | 'done' | 'failed';

export interface ExportJob {
  readonly id: string;
  /** A township code, or `all` for the whole city. */
  readonly scope: string;
  /** The staff member who asked (their token's subject). */
  readonly requestedBy: string;
  readonly state: ExportJobState;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Rows written so far (one per programme line). */
  readonly rows: number;
  /** Where the file is, once done. */
  readonly objectKey: string;
  readonly fileName: string;
}

/** How long a job and its file are kept: the day's work, then gone (storage expiry too). */
export const exportKeepHours = 24;
/** How long a download link works. */
export const exportLinkSeconds = 5 * 60;

/** A new job for the scope, waiting for its worker. */
export function newExportJob(
  id: string,
  scope: string,
  principal: Pick<StaffPrincipal, 'id'>,
  now: Date,
): ExportJob {
  const at = now.toISOString();
  const day = at.slice(0, 10).replaceAll('-', '');
  return {
    id,
    scope,
    requestedBy: principal.id,
    state: 'queued',
    createdAt: at,
    updatedAt: at,
    rows: 0,
    objectKey: `exports/${id}.csv`,
    fileName: `applications-${scope === 'all' ? 'city' : scope}-${day}.csv`,
  };
}

/** Only the person who asked may follow a job and fetch its file. */
export const mayReadExport = (principal: Pick<StaffPrincipal, 'id'>, job: ExportJob) =>
  job.requestedBy === principal.id;

/** Seconds since the epoch when the job's item may be deleted (the table's TTL). */
export const exportExpiresAt = (job: Pick<ExportJob, 'createdAt'>) =>
  Math.floor(new Date(job.createdAt).getTime() / 1000) + exportKeepHours * 3600;

/** A job still queued or running long after its worker's limit has failed silently. */
export function isStalled(job: ExportJob, now: Date): boolean {
  const workerLimitMs = 20 * 60 * 1000;
  return (
    (job.state === 'queued' || job.state === 'running') &&
    now.getTime() - new Date(job.updatedAt).getTime() > workerLimitMs
  );
}

/** What the console sees of a job (a stalled one as failed, to be asked for again). */
export function exportJobView(job: ExportJob, now: Date) {
  return {
    id: job.id,
    scope: job.scope,
    state: isStalled(job, now) ? ('failed' as const) : job.state,
    rows: job.rows,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    fileName: job.fileName,
  };
}

export type ExportJobView = ReturnType<typeof exportJobView>;
