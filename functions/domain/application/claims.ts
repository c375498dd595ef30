import type { ApplicationState } from './states.ts';
import { isOpen } from './states.ts';

/**
 * Submission writes two kinds of item besides the application: a claim per (person,
 * programme), so nobody has two open applications for one programme, and an
 * idempotency record, so a retried request returns the first result. The process can
 * die between any two of those writes (a Lambda timeout, out of memory, a throttled
 * write), so each first write records when it was made and what it waits for, and a
 * later request decides from that whether it is still being worked on or was
 * abandoned (ARCHITECTURE §3).
 */

/**
 * How long a submission may take before its unfinished writes count as abandoned:
 * well beyond the API function's timeout (10 s), so whoever wrote them is dead.
 */
export const submissionLeaseSeconds = 60;

/**
 * A pending claim expires by itself after this long (TTL), so one whose application
 * never appeared does not stay for ever; a held claim carries no TTL. A claim left
 * pending beside a written application is marked held by the next request that meets
 * it (a retry, or a new application by the same person) well before that.
 */
export const pendingClaimTtlSeconds = 30 * 24 * 60 * 60;

/**
 * What one submission will write, fixed by its first attempt and kept with its
 * idempotency record, so an attempt that takes over after a crash writes the same
 * application (same reference, access code and time) rather than a second one.
 */
export interface SubmissionPlan {
  readonly reference: string;
  readonly accessCode: string;
  readonly submittedAt: string;
}

/** A claim as stored. Claims written before leases existed have no `claimedAt`. */
export interface StoredClaim {
  readonly reference: string;
  readonly claimedAt?: string;
  /** `pending` until its application is written, then `held`. */
  readonly state?: 'pending' | 'held';
}

/** A person keeps the claim while the application is open or the benefit is paid. */
export function holdsClaims(status: ApplicationState): boolean {
  return isOpen(status) || status === 'confirmed';
}

export type ClaimStanding =
  /** Its application is open: the new request is a duplicate. */
  | 'active'
  /** Its application closed, or never appeared and its writer is gone: take it over. */
  | 'stale'
  /** Its application may still be being written: ask the person to try again shortly. */
  | 'in-flight';

/** What a claim found in the way means, given its application (null when absent). */
export function claimStanding(
  claim: StoredClaim,
  holder: { readonly status: ApplicationState } | null,
  now: Date,
): ClaimStanding {
  if (holder) return holdsClaims(holder.status) ? 'active' : 'stale';
  const claimedAt = claim.claimedAt ? Date.parse(claim.claimedAt) : Number.NaN;
  // A claim from before leases carries no time: its writer is long gone.
  if (Number.isNaN(claimedAt)) return 'stale';
  return now.getTime() - claimedAt > submissionLeaseSeconds * 1000 ? 'stale' : 'in-flight';
}

/** Seconds until an unfinished write made at `since` counts as abandoned (at least 1). */
export function secondsUntilAbandoned(since: string, now: Date): number {
  const left = Date.parse(since) + submissionLeaseSeconds * 1000 - now.getTime();
  return Math.max(1, Math.ceil(left / 1000));
}
