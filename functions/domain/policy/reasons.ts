import type { LocalizedText } from '../locale.ts';
import type { Citation } from './citations.ts';

/** A pre-check answer. It is advice, never a decision (PIPL art. 24). */
export const outcomes = ['unlikely', 'possible', 'likely'] as const;
export type Outcome = (typeof outcomes)[number];

/** unlikely < possible < likely, for comparisons. */
export function outcomeRank(outcome: Outcome): number {
  return outcomes.indexOf(outcome);
}

/**
 * How a reason bears on the outcome: a condition met, a condition that cannot be
 * settled from the answers (or rests on an unverified figure), a condition not met, or
 * plain information (amounts, next steps) that does not change the outcome.
 */
export type ReasonStatus = 'meets' | 'uncertain' | 'fails' | 'info';

export interface Reason {
  readonly code: string;
  readonly status: ReasonStatus;
  readonly text: LocalizedText;
  readonly citation: Citation;
}

export function reason(
  code: string,
  status: ReasonStatus,
  text: LocalizedText,
  citation: Citation,
): Reason {
  return { code, status, text, citation };
}

/** The outcome follows from the reasons alone, so the two can never disagree. */
export function outcomeOf(reasons: readonly Reason[]): Outcome {
  if (reasons.some((r) => r.status === 'fails')) return 'unlikely';
  if (reasons.some((r) => r.status === 'uncertain')) return 'possible';
  return 'likely';
}

/** Status for a yes/maybe/no test. */
export function statusOf(match: 'yes' | 'maybe' | 'no'): ReasonStatus {
  return match === 'yes' ? 'meets' : match === 'maybe' ? 'uncertain' : 'fails';
}
