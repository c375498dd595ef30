import type { ApplicationRecord } from './record.ts';
import { type ApplicationState, actions, applicationStates } from './states.ts';

/**
 * How long a closed application (and its supporting documents) is kept before it is
 * deleted: the one source of truth of the default, its bounds and its basis. The API
 * writes `expiresAt` (the table's TTL attribute) in the same conditional write that
 * closes an application; DynamoDB deletes the item after that second, and the
 * document-expiry function then deletes its documents (docs/decisions.md §13).
 *
 * Basis (to be confirmed by the bureau, like the other policy choices in decisions §7):
 * - The Puning notice (普民〔2021〕77号) and the policy facts say nothing about how long
 *   case files are kept.
 * - The national notice of the Ministry of Civil Affairs and the National Archives
 *   Administration on 最低生活保障档案 (关于加强最低生活保障档案管理的通知, its
 *   document number not verified here) keeps the approval files (审批类: application,
 *   household investigation, ID copies, income proofs) for at least 3 years after the
 *   household stops receiving assistance (停保), and the day-to-day files (日常管理类)
 *   for at least 5 years. Nothing was found for refused or withdrawn applications.
 * - Five years is also the longest time in which a decision can still be brought
 *   before a court when the person was not told of it (行政诉讼法 art. 46, para. 2).
 *
 * So the default is five years for every closed kind: the longer of the two national
 * minimums, applied to refusals and withdrawals too. 1827 days = 5 × 365 + 2, at
 * least five calendar years whatever the leap years. The floor is the national
 * minimum for approval files (3 × 365 + 1 days); the ceiling only catches typos.
 * The portal is not the bureau's archive: files the archive must keep are filed
 * there (paper or the archive system) before the portal deletes its copy.
 */
export const closedApplicationRetention = {
  defaultDays: 1827,
  minimumDays: 1096,
  maximumDays: 36_525,
  /** The CDK context key that changes it (`-c closedApplicationRetentionDays=…`). */
  contextKey: 'closedApplicationRetentionDays',
  /** The variable the API functions read it from (functions/shared/config.ts). */
  environmentVariable: 'CLOSED_APPLICATION_RETENTION_DAYS',
} as const;

const secondsPerDay = 86_400;

/**
 * The states no action leaves, derived from the state machine: not confirmed,
 * rejected, withdrawn and exited. An event that changes no state (a referral, which
 * may come after the decision) does not leave it. `confirmed` is not one — it is an ongoing recipient's case (a 渐退期 can
 * still start from it), so it never expires. Should an action ever reopen a closed
 * state, that state stops being terminal here and its applications stop expiring.
 */
export const terminalStates: readonly ApplicationState[] = applicationStates.filter(
  (state) =>
    !Object.values(actions).some(
      (rule) => rule.to !== null && (rule.from as readonly string[]).includes(state),
    ),
);

export function isTerminal(state: ApplicationState): boolean {
  return terminalStates.includes(state);
}

/** Whether `value` is a retention in whole days within the bounds. */
export function isValidRetentionDays(value: number): boolean {
  return (
    Number.isInteger(value) &&
    value >= closedApplicationRetention.minimumDays &&
    value <= closedApplicationRetention.maximumDays
  );
}

/**
 * A retention given as text or a number (CDK context, an environment variable): whole
 * days within the bounds, or an error that says what is allowed. Undefined or empty
 * gives the default.
 */
export function parseRetentionDays(value: unknown, name: string): number {
  if (value === undefined || value === null || value === '')
    return closedApplicationRetention.defaultDays;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const days = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!isValidRetentionDays(days)) {
    const { minimumDays, maximumDays, defaultDays } = closedApplicationRetention;
    throw new Error(
      `${name} must be a whole number of days from ${minimumDays} to ${maximumDays} ` +
        `(default ${defaultDays}, five years); got ${JSON.stringify(value)}`,
    );
  }
  return days;
}

/**
 * When the application closed: the instant of the last history event that moved a line
 * (or the whole case) into a terminal state — the last of its programmes to be decided
 * (later events, if any, do not move it). Null while not terminal.
 */
export function closedAt(record: Pick<ApplicationRecord, 'status' | 'history' | 'submittedAt'>) {
  if (!isTerminal(record.status)) return null;
  for (let i = record.history.length - 1; i >= 0; i--) {
    const event = record.history[i];
    if (event && isTerminal(event.to) && event.from !== event.to) return event.at;
  }
  // A closed record without its closing event cannot be written by this code; keep
  // it from the latest thing known rather than never expiring.
  return record.history.at(-1)?.at ?? record.submittedAt;
}

/**
 * The TTL (epoch seconds) the stored application carries: the second it closed plus
 * the retention, or undefined for an application that is not closed — one that never
 * was, one that is `confirmed`, one that was reopened.
 */
export function retentionExpiresAt(
  record: Pick<ApplicationRecord, 'status' | 'history' | 'submittedAt'>,
  retentionDays: number,
): number | undefined {
  if (!isValidRetentionDays(retentionDays))
    throw new Error(`Invalid retention: ${retentionDays} days`);
  const at = closedAt(record);
  if (at === null) return undefined;
  const seconds = Math.floor(Date.parse(at) / 1000);
  if (!Number.isFinite(seconds)) throw new Error(`Invalid closing time: ${at}`);
  return seconds + retentionDays * secondsPerDay;
}
