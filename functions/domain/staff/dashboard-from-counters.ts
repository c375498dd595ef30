import type { ExitReason } from '../application/reviews.ts';
import { type ApplicationState, applicationStates, closedStates } from '../application/states.ts';
import { addDays, todayInShanghai } from '../dates.ts';
import { type ProgrammeId, programmeIds } from '../policy/programmes.ts';
import {
  type AfterApprovalFigures,
  beingPaid,
  reviewNoticeDays,
  reviewQueue,
} from './after-approval.ts';
import type { Dashboard, LineGroup, ProgrammeFigures, Tally } from './dashboard.ts';
import { emptyTally, lineGroup, programmeOrder } from './dashboard.ts';
import { submissionFigures } from './submission-figures.ts';
import { type ApplicationSummary, isOverdue, summaryLines } from './summary.ts';

/** A stock counter item as read: one township's figures now. */
export interface StockRow {
  readonly townshipCode: string;
  readonly figures: Readonly<Record<string, number>>;
}

/** A flow counter item as read: one township's figures in one month (Asia/Shanghai). */
export interface FlowRow {
  readonly month: string;
  readonly townshipCode: string;
  readonly figures: Readonly<Record<string, number>>;
}

export interface CounterDashboardInput {
  readonly stock: readonly StockRow[];
  /** The flows of the months the last 30 days touch (for emergencies received). */
  readonly flows: readonly FlowRow[];
  /**
   * The open applications in scope: what changes with time alone (overdue now, an open
   * line's standing against its due date) cannot be a counter, so it is read from the
   * open queue, whose size is today's workload, not the history.
   */
  readonly openSummaries: readonly ApplicationSummary[];
  readonly now: Date;
}

/** The months (YYYY-MM) the dashboard's flows are read for: those of the last 30 days. */
export function dashboardFlowMonths(now: Date): { fromMonth: string; toMonth: string } {
  const today = todayInShanghai(now);
  return { fromMonth: addDays(today, -29).slice(0, 7), toMonth: today.slice(0, 7) };
}

const states = new Set<string>(applicationStates);
const programmes = new Set<string>(programmeIds);

/** The median of a histogram of whole days, as `median` gives for the list (one decimal). */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const sorted = [...histogram.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const nth = (index: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (index < seen) return value;
    }
    return 0;
  };
  const middle = Math.floor(total / 2);
  const value = total % 2 === 1 ? nth(middle) : (nth(middle - 1) + nth(middle)) / 2;
  return Math.round(value * 10) / 10;
}

/** One township's line figures from its stock counters (decided lines' standing included). */
function townshipLines(figures: Readonly<Record<string, number>>): Map<ProgrammeId, Tally> {
  const byProgramme = new Map<ProgrammeId, Tally>();
  const tallyOf = (programme: ProgrammeId) => {
    const tally = byProgramme.get(programme) ?? emptyTally(programme);
    byProgramme.set(programme, tally);
    return tally;
  };
  for (const [attribute, amount] of Object.entries(figures)) {
    const [head, tail] = attribute.split('#');
    if (!head || !tail || !programmes.has(head) || amount === 0) continue;
    const programme = head as ProgrammeId;
    if (states.has(tail)) {
      const group: LineGroup = lineGroup(tail as ApplicationState);
      tallyOf(programme)[group] += amount;
    }
  }
  // Amounts and standing only where the programme has lines (rows with none are left out).
  for (const [programme, tally] of byProgramme) {
    tally.monthlyTotalYuan = (figures[`${programme}#monthlyFen`] ?? 0) / 100;
    tally.paidTotalYuan = (figures[`${programme}#paidFen`] ?? 0) / 100;
    tally.withinLimit = figures[`${programme}#decidedInTime`] ?? 0;
    tally.pastLimit = figures[`${programme}#decidedLate`] ?? 0;
  }
  for (const [programme, tally] of byProgramme)
    if (Object.values(lineGroupCounts(tally)).every((n) => n === 0)) byProgramme.delete(programme);
  return byProgramme;
}

const lineGroupCounts = (t: Tally): Record<LineGroup, number> => ({
  inProgress: t.inProgress,
  approved: t.approved,
  notApproved: t.notApproved,
  withdrawn: t.withdrawn,
});

function addInto(total: Tally, part: Tally): void {
  for (const key of Object.keys(part) as (keyof Tally)[])
    if (key !== 'programme') total[key] += part[key];
}

/**
 * The dashboard from counters and the open queue: the same figures `buildDashboard`
 * gives from every summary in scope (the integration tests compare the two), read in
 * a number of items that does not grow with closed cases.
 */
export function dashboardFromCounters(input: CounterDashboardInput): Dashboard {
  const { now } = input;
  const today = todayInShanghai(now);
  const openByStatus: Partial<Record<ApplicationState, number>> = {};
  const townships = new Map<string, { open: number; overdue: number }>();
  const decisionDays = new Map<number, number>();
  let decided = 0;
  const lineRows = new Map<string, Map<ProgrammeId, Tally>>();

  for (const row of input.stock) {
    let any = false;
    let open = 0;
    for (const [attribute, amount] of Object.entries(row.figures)) {
      if (!attribute.startsWith('application#') || amount === 0) continue;
      const [, what, days] = attribute.split('#');
      if (what === 'decided') decided += amount;
      else if (what === 'decisionDays')
        decisionDays.set(Number(days), (decisionDays.get(Number(days)) ?? 0) + amount);
      else if (what && states.has(what)) {
        any = true;
        const status = what as ApplicationState;
        if (!closedStates.includes(status)) {
          open += amount;
          openByStatus[status] = (openByStatus[status] ?? 0) + amount;
        }
      }
    }
    if (any) townships.set(row.townshipCode, { open, overdue: 0 });
    lineRows.set(row.townshipCode, townshipLines(row.figures));
  }

  let overdue = 0;
  for (const summary of input.openSummaries) {
    if (isOverdue(summary, now, closedStates)) {
      overdue++;
      const township = townships.get(summary.townshipCode);
      if (township) township.overdue++;
    }
    // An undecided open line stands by its due date, which moves past today on its own.
    const lines = lineRows.get(summary.townshipCode);
    for (const line of summaryLines(summary)) {
      if (line.decidedAt || closedStates.includes(line.state)) continue;
      const tally = lines?.get(line.programme);
      if (!tally) continue;
      if (line.dueAt < today) tally.pastLimit++;
      else tally.withinLimit++;
    }
  }

  const since = addDays(today, -30);
  let emergencies = 0;
  for (const row of input.flows)
    for (const [attribute, amount] of Object.entries(row.figures)) {
      if (!attribute.startsWith('application#emergency#')) continue;
      if (`${row.month}-${attribute.slice('application#emergency#'.length)}` > since)
        emergencies += amount;
    }

  const byProgramme = new Map<ProgrammeId, Tally>();
  const byTownshipAndProgramme: (ProgrammeFigures & { townshipCode: string })[] = [];
  for (const [townshipCode, lines] of lineRows)
    for (const tally of lines.values()) {
      const total = byProgramme.get(tally.programme) ?? emptyTally(tally.programme);
      byProgramme.set(tally.programme, total);
      addInto(total, tally);
      byTownshipAndProgramme.push({ townshipCode, ...tally });
    }
  const cents = (t: Tally): Tally => ({
    ...t,
    monthlyTotalYuan: Math.round(t.monthlyTotalYuan * 100) / 100,
    paidTotalYuan: Math.round(t.paidTotalYuan * 100) / 100,
  });

  return {
    openByStatus,
    open: [...townships.values()].reduce((sum, t) => sum + t.open, 0),
    overdue,
    decided,
    medianDaysToDecision: histogramMedian(decisionDays),
    emergenciesLast30Days: emergencies,
    byTownship: [...townships]
      .map(([townshipCode, t]) => ({ townshipCode, ...t }))
      .sort((a, b) => a.townshipCode.localeCompare(b.townshipCode)),
    byProgramme: [...byProgramme.values()].map(cents).sort(programmeOrder),
    byTownshipAndProgramme: byTownshipAndProgramme
      .map((row) => ({ ...cents(row), townshipCode: row.townshipCode }))
      .sort((a, b) => a.townshipCode.localeCompare(b.townshipCode) || programmeOrder(a, b)),
    afterApproval: afterApprovalFromCounters(input),
    ...submissionFigures(input.stock.map((row) => row.figures)),
  };
}

/**
 * Recipients, exits and periodic reviews falling due from the stock counters; reviews
 * under way (open lines) from the open queue, exactly. A recipient's next review is
 * counted by its month, so "overdue" here means the review's month has passed and "due"
 * that it falls in a month up to the one 30 days ahead; the review queue lists the days.
 */
export function afterApprovalFromCounters(input: CounterDashboardInput): AfterApprovalFigures {
  const today = todayInShanghai(input.now);
  const thisMonth = today.slice(0, 7);
  const horizonMonth = addDays(today, reviewNoticeDays).slice(0, 7);
  const recipients: { townshipCode: string; programme: ProgrammeId; count: number }[] = [];
  const exitsByReason: Partial<Record<ExitReason, number>> = {};
  let reviewsDue = 0;
  let reviewsOverdue = 0;
  for (const row of input.stock) {
    const paid = new Map<ProgrammeId, number>();
    for (const [attribute, amount] of Object.entries(row.figures)) {
      if (amount === 0) continue;
      const [programme, kind, detail] = attribute.split('#') as [ProgrammeId, string, string?];
      if (!programmeIds.includes(programme)) continue;
      if (!detail && beingPaid.has(kind as ApplicationState))
        paid.set(programme, (paid.get(programme) ?? 0) + amount);
      else if (kind === 'exit' && detail)
        exitsByReason[detail as ExitReason] = (exitsByReason[detail as ExitReason] ?? 0) + amount;
      else if (kind === 'reviewDue' && detail && detail <= horizonMonth) {
        reviewsDue += amount;
        if (detail < thisMonth) reviewsOverdue += amount;
      }
    }
    for (const programme of programmeIds) {
      const count = paid.get(programme);
      if (count) recipients.push({ townshipCode: row.townshipCode, programme, count });
    }
  }
  let reviewsOpen = 0;
  for (const row of reviewQueue(input.openSummaries, input.now)) {
    if (row.task === 'review-due' || row.task === 'gradual-exit-ending') continue;
    reviewsOpen++;
    if (row.overdue) reviewsOverdue++;
  }
  recipients.sort((a, b) => a.townshipCode.localeCompare(b.townshipCode));
  return { recipients, reviewsDue, reviewsOverdue, reviewsOpen, exitsByReason };
}
