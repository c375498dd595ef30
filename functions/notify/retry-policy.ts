/**
 * Retries with exponential backoff and full jitter (AWS Architecture Blog, "Exponential
 * Backoff and Jitter"): attempt n waits a random time in [0, min(cap, base · 2^n)).
 * After `maxAttempts` the message is marked failed for people to see and redrive.
 */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseMs: number;
  readonly capMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 8,
  baseMs: 2_000,
  capMs: 15 * 60_000,
};

/** The wait before the next try after `attempts` failed attempts (≥ 1). */
export function backoffMs(attempts: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.floor(random() * ceiling);
}

/** The largest wait the policy allows after `attempts` failures: the envelope tests check. */
export function backoffCeilingMs(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
}
