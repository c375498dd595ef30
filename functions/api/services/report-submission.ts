import { createHash } from 'node:crypto';
import type { SubmissionPlan } from '../../domain/application/claims.ts';
import { submissionLeaseSeconds } from '../../domain/application/claims.ts';
import type { ApplicationRepository } from '../../store/application-repository.ts';

/**
 * Idempotency and the per-client limit for the two public report routes (leads and
 * complaints). Keys live beside the applications' (`IDEM#`) under their own prefix,
 * so a key reused across kinds never meets the other's record.
 */
export const reportLimit = { perClientPerHour: 10 } as const;

export const hashReportBody = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url');

export type ReportStart =
  | { kind: 'started'; plan: SubmissionPlan }
  | { kind: 'done'; status: number; body: unknown }
  | { kind: 'reused' }
  | { kind: 'busy'; retryAfterSeconds: number };

/**
 * Starts a report under its key or finds what an earlier request left: its answer, a
 * request still within its lease (busy), or a dead one's plan, taken over.
 */
export async function startReport(
  repo: ApplicationRepository,
  key: string,
  requestHash: string,
  fresh: SubmissionPlan,
  now: Date,
): Promise<ReportStart> {
  const begun = await repo.idempotency.begin(key, requestHash, fresh, now);
  if (begun.started) return { kind: 'started', plan: fresh };
  const found = begun.record;
  if (found.requestHash !== requestHash) return { kind: 'reused' };
  if (found.state === 'done')
    return { kind: 'done', status: found.status ?? 201, body: found.body };
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (found.leaseUntil !== undefined && found.leaseUntil >= nowSeconds)
    return { kind: 'busy', retryAfterSeconds: Math.max(1, found.leaseUntil - nowSeconds) };
  const plan = await repo.idempotency.takeOver(key, found, fresh, now);
  return plan
    ? { kind: 'started', plan }
    : { kind: 'busy', retryAfterSeconds: submissionLeaseSeconds };
}

/** Whether the client may send another report this hour; counts it when it may. */
export async function withinReportLimit(
  repo: ApplicationRepository,
  client: string,
  now: Date,
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const hourMs = 3_600_000;
  const window = `report-${Math.floor(now.getTime() / hourMs)}`;
  const endsAt = Math.floor(((Math.floor(now.getTime() / hourMs) + 1) * hourMs) / 1000);
  const scope = `report#${client}`;
  const sent = await repo.rateLimit.count(scope, window, now.getTime() / 1000);
  if (sent >= reportLimit.perClientPerHour)
    return { ok: false, retryAfterSeconds: Math.max(1, endsAt - Math.floor(now.getTime() / 1000)) };
  await repo.rateLimit.add(scope, window, endsAt);
  return { ok: true };
}
