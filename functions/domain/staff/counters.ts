import { type ApplicationState, lineFamily } from '../application/states.ts';
import { type IsoDate, todayInShanghai } from '../dates.ts';
import { beingPaid } from './after-approval.ts';
import { daysBetween, lineGroup } from './dashboard.ts';
import { submissionAttributes } from './submission-figures.ts';
import { type ApplicationSummary, type LineSummary, summaryLines } from './summary.ts';

/**
 * What one application adds to the dashboard's counters, derived from its stored
 * summary alone, so the same function gives the counters' deltas (after minus before),
 * the reconcile job's totals and the tests' expectations.
 *
 * Counter items live in the single table under PK `COUNTERS`:
 * - `STOCK#<township>`: what stands now, by township — `<programme>#<state>` (lines),
 *   `<programme>#monthlyFen` (monthly benefits being paid), `<programme>#paidFen`
 *   (temporary assistance paid), `<programme>#decidedInTime` / `#decidedLate` (decided
 *   lines by the statutory limit), `application#<status>` (applications),
 *   `application#decided` and `application#decisionDays#<n>` (a histogram, for the median),
 *   `application#submittedBy#<agent|village-assistant|township-reviewer>` (applications
 *   someone else submitted), `application#consent#<way>` (how the person's consent is on
 *   record when someone else applied: `written-authorisation` for an agent's 委托书, or the
 *   way staff recorded) and `application#referral#<department>` (referrals made);
 * - `FLOW#<yyyy-mm>#<township>`: what happened in a month (Asia/Shanghai) —
 *   `<programme>#received` (submitted), `#decided`, `#decidedInTime`, `#approved` (by the
 *   month of the line's decision), `#exited` (by its closing day), and
 *   `application#emergency#<dd>` (emergencies submitted that day).
 *
 * Every figure is a count or an amount in fen (integers, so sums stay exact). Lines are
 * counted by their `state` and programme, whatever they are: a state or programme added
 * later counts without a change here.
 */
export type CounterKey = string;
/** Counter key → attribute → amount. */
export type CounterContribution = Readonly<Record<CounterKey, Readonly<Record<string, number>>>>;

export const counterPartition = 'COUNTERS';
export const stockKey = (townshipCode: string) => `STOCK#${townshipCode}`;
export const flowKey = (month: string, townshipCode: string) => `FLOW#${month}#${townshipCode}`;

/** An instant's month in Asia/Shanghai (YYYY-MM). */
export const monthOf = (instant: string) => todayInShanghai(new Date(instant)).slice(0, 7);

/** Whole fen, so sums of yuan amounts stay exact. */
export const toFen = (yuan: number) => Math.round(yuan * 100);

/** States in which a confirmed monthly benefit is being paid (one source: after-approval.ts). */
export const payingStates: readonly ApplicationState[] = [...beingPaid];

class Tally {
  readonly figures: Record<CounterKey, Record<string, number>> = {};
  add(key: CounterKey, attribute: string, amount = 1): void {
    if (amount === 0) return;
    const item = this.figures[key] ?? {};
    this.figures[key] = item;
    item[attribute] = (item[attribute] ?? 0) + amount;
  }
}

function countLine(tally: Tally, summary: ApplicationSummary, line: LineSummary): void {
  const stock = stockKey(summary.townshipCode);
  const p = line.programme;
  tally.add(stock, `${p}#${line.state}`);
  if (lineFamily(p) === 'monthly') {
    if (payingStates.includes(line.state) && line.monthlyAmountYuan !== undefined)
      tally.add(stock, `${p}#monthlyFen`, toFen(line.monthlyAmountYuan));
  } else if (line.paidYuan !== undefined) tally.add(stock, `${p}#paidFen`, toFen(line.paidYuan));
  tally.add(flowKey(monthOf(summary.submittedAt), summary.townshipCode), `${p}#received`);
  if (line.decidedAt) {
    tally.add(stock, `${p}#${line.late ? 'decidedLate' : 'decidedInTime'}`);
    const flow = flowKey(monthOf(line.decidedAt), summary.townshipCode);
    tally.add(flow, `${p}#decided`);
    if (!line.late) tally.add(flow, `${p}#decidedInTime`);
    if (lineGroup(line.state) === 'approved') tally.add(flow, `${p}#approved`);
  }
  // A closed line's due date is its closing day.
  if (line.state === 'exited')
    tally.add(flowKey(line.dueAt.slice(0, 7), summary.townshipCode), `${p}#exited`);
  if (line.exitReason) tally.add(stock, `${p}#exit#${line.exitReason}`);
  // A recipient's next periodic review, by month: what falls due moves with time alone,
  // so the dashboard counts due and overdue reviews from these without reading recipients.
  if (line.state === 'confirmed' && line.nextReviewDue)
    tally.add(stock, `${p}#reviewDue#${line.nextReviewDue.slice(0, 7)}`);
}

/** One application's part in every counter it touches. */
export function contributionOf(summary: ApplicationSummary): CounterContribution {
  const tally = new Tally();
  const stock = stockKey(summary.townshipCode);
  tally.add(stock, `application#${summary.status}`);
  if (summary.decidedAt) {
    tally.add(stock, 'application#decided');
    tally.add(
      stock,
      `application#decisionDays#${daysBetween(summary.submittedAt, summary.decidedAt)}`,
    );
  }
  if (summary.priority === 'emergency') {
    const day: IsoDate = todayInShanghai(new Date(summary.submittedAt));
    tally.add(
      flowKey(day.slice(0, 7), summary.townshipCode),
      `application#emergency#${day.slice(8)}`,
    );
  }
  for (const attribute of submissionAttributes(summary)) tally.add(stock, attribute);
  for (const line of summaryLines(summary)) countLine(tally, summary, line);
  return tally.figures;
}

/** What the counters must add to go from `before` (absent: nothing counted) to `after`. */
export function counterDelta(
  before: CounterContribution | undefined,
  after: CounterContribution,
): CounterContribution {
  const tally = new Tally();
  for (const [key, figures] of Object.entries(after))
    for (const [attribute, amount] of Object.entries(figures)) tally.add(key, attribute, amount);
  for (const [key, figures] of Object.entries(before ?? {}))
    for (const [attribute, amount] of Object.entries(figures)) tally.add(key, attribute, -amount);
  // Drop what cancelled out, and items left with nothing.
  const delta: Record<CounterKey, Record<string, number>> = {};
  for (const [key, figures] of Object.entries(tally.figures)) {
    const moved = Object.entries(figures).filter(([, amount]) => amount !== 0);
    if (moved.length > 0) delta[key] = Object.fromEntries(moved);
  }
  return delta;
}

export const isEmptyDelta = (delta: CounterContribution) => Object.keys(delta).length === 0;

/** Whether the counters still lack part of this application (its counted part differs). */
export const hasPendingCounts = (
  counted: CounterContribution | undefined,
  summary: ApplicationSummary,
) => !isEmptyDelta(counterDelta(counted, contributionOf(summary)));

/** The sum of many contributions (the reconcile job's totals). */
export function sumContributions(parts: Iterable<CounterContribution>): CounterContribution {
  const tally = new Tally();
  for (const part of parts)
    for (const [key, figures] of Object.entries(part))
      for (const [attribute, amount] of Object.entries(figures)) tally.add(key, attribute, amount);
  return tally.figures;
}
