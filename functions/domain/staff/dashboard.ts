import {
  type ApplicationState,
  beingPaid,
  closedStates,
  lineFamily,
} from '../application/states.ts';
import { addDays, type IsoDate, todayInShanghai } from '../dates.ts';
import { type ProgrammeId, programmeIds } from '../policy/programmes.ts';
import { type AfterApprovalFigures, afterApprovalFigures } from './after-approval.ts';
import { type SubmissionFigures, submissionFiguresOf } from './submission-figures.ts';
import { type ApplicationSummary, isOverdue, type LineSummary, summaryLines } from './summary.ts';

/**
 * A township's (or the whole city's) figures: what is open, by status; how many are
 * past their statutory due date; the median days from submission to the township's
 * decision; emergencies received in the last 30 days; and, line by line, each
 * programme's counts, amounts and standing against the statutory limit, also by
 * township. Pure: the caller lists the summaries through the township queue index.
 */
export interface Dashboard {
  readonly openByStatus: Partial<Record<ApplicationState, number>>;
  readonly open: number;
  readonly overdue: number;
  readonly decided: number;
  readonly medianDaysToDecision: number | null;
  readonly emergenciesLast30Days: number;
  readonly byTownship: readonly {
    readonly townshipCode: string;
    readonly open: number;
    readonly overdue: number;
  }[];
  /** Lines by programme, over the whole scope. */
  readonly byProgramme: readonly ProgrammeFigures[];
  /** Lines by township and programme (rows with no line left out). */
  readonly byTownshipAndProgramme: readonly (ProgrammeFigures & {
    readonly townshipCode: string;
  })[];
  /** After approval: recipients, reviews due and overdue, exits by reason. */
  readonly afterApproval: AfterApprovalFigures;
  /** Applications an agent or staff submitted for the person, and how consent is on record. */
  readonly submittedForOthers: SubmissionFigures['submittedForOthers'];
  /** Referrals made to other departments (一门受理、协同办理), by department. */
  readonly referrals: SubmissionFigures['referrals'];
}

/**
 * Where a line stands: still being decided; approved (confirmed, being phased out, or
 * ended after it was paid); not approved (refused by the township or not confirmed by
 * the bureau); withdrawn.
 */
export type LineGroup = 'inProgress' | 'approved' | 'notApproved' | 'withdrawn';

export function lineGroup(state: ApplicationState): LineGroup {
  switch (state) {
    case 'confirmed':
    case 'gradual_exit':
    case 'under_review':
    case 'change_proposed':
    case 'termination_notice':
    case 'exited':
      return 'approved';
    case 'rejected':
    case 'not_confirmed':
      return 'notApproved';
    case 'withdrawn':
      return 'withdrawn';
    default:
      return 'inProgress';
  }
}

/**
 * Within or past the statutory limit: a decided line by whether it was decided after
 * its due date, an open one by whether its due date has passed. A withdrawn line, or
 * one closed before summaries had lines, has no standing.
 */
export function limitStanding(line: LineSummary, today: IsoDate): 'within' | 'past' | null {
  if (line.decidedAt) return line.late ? 'past' : 'within';
  if (closedStates.includes(line.state)) return null;
  return line.dueAt < today ? 'past' : 'within';
}

export interface ProgrammeFigures extends Record<LineGroup, number> {
  readonly programme: ProgrammeId;
  /** Monthly benefits being paid: the sum of their monthly amounts (monthly programmes). */
  readonly monthlyTotalYuan: number;
  /** Temporary assistance paid, in total (temporary programmes). */
  readonly paidTotalYuan: number;
  readonly withinLimit: number;
  readonly pastLimit: number;
}

export type Tally = { -readonly [K in keyof ProgrammeFigures]: ProgrammeFigures[K] };

export function emptyTally(programme: ProgrammeId): Tally {
  return {
    programme,
    inProgress: 0,
    approved: 0,
    notApproved: 0,
    withdrawn: 0,
    monthlyTotalYuan: 0,
    paidTotalYuan: 0,
    withinLimit: 0,
    pastLimit: 0,
  };
}

function count(tally: Tally, line: LineSummary, today: IsoDate): void {
  tally[lineGroup(line.state)]++;
  if (lineFamily(line.programme) === 'monthly') {
    if (beingPaid.has(line.state)) tally.monthlyTotalYuan += line.monthlyAmountYuan ?? 0;
  } else tally.paidTotalYuan += line.paidYuan ?? 0;
  const standing = limitStanding(line, today);
  if (standing === 'within') tally.withinLimit++;
  else if (standing === 'past') tally.pastLimit++;
}

export const programmeOrder = (a: { programme: ProgrammeId }, b: { programme: ProgrammeId }) =>
  programmeIds.indexOf(a.programme) - programmeIds.indexOf(b.programme);

/** Each line counted once, under its programme and under its township and programme. */
export function lineFigures(
  summaries: readonly ApplicationSummary[],
  now: Date,
): Pick<Dashboard, 'byProgramme' | 'byTownshipAndProgramme'> {
  const today = todayInShanghai(now);
  const byProgramme = new Map<ProgrammeId, Tally>();
  const byTownship = new Map<string, Tally & { townshipCode: string }>();
  for (const summary of summaries)
    for (const line of summaryLines(summary)) {
      const total = byProgramme.get(line.programme) ?? emptyTally(line.programme);
      byProgramme.set(line.programme, total);
      const key = `${summary.townshipCode} ${line.programme}`;
      const local = byTownship.get(key) ?? {
        townshipCode: summary.townshipCode,
        ...emptyTally(line.programme),
      };
      byTownship.set(key, local);
      count(total, line, today);
      count(local, line, today);
    }
  // Sums of yuan amounts to the cent, as the counters keep them (in fen).
  const cents = <T extends Tally>(t: T): T => ({
    ...t,
    monthlyTotalYuan: Math.round(t.monthlyTotalYuan * 100) / 100,
    paidTotalYuan: Math.round(t.paidTotalYuan * 100) / 100,
  });
  return {
    byProgramme: [...byProgramme.values()].map(cents).sort(programmeOrder),
    byTownshipAndProgramme: [...byTownship.values()]
      .map(cents)
      .sort((a, b) => a.townshipCode.localeCompare(b.townshipCode) || programmeOrder(a, b)),
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

const dayMs = 86_400_000;

/** Calendar days between two instants, counted on Asia/Shanghai dates. */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${todayInShanghai(new Date(from))}T00:00:00Z`);
  const b = Date.parse(`${todayInShanghai(new Date(to))}T00:00:00Z`);
  return Math.round((b - a) / dayMs);
}

export function buildDashboard(summaries: readonly ApplicationSummary[], now: Date): Dashboard {
  const openByStatus: Partial<Record<ApplicationState, number>> = {};
  const townships = new Map<string, { open: number; overdue: number }>();
  const since = addDays(todayInShanghai(now), -30);
  let open = 0;
  let overdue = 0;
  let emergencies = 0;
  const decisionDays: number[] = [];
  for (const s of summaries) {
    const township = townships.get(s.townshipCode) ?? { open: 0, overdue: 0 };
    townships.set(s.townshipCode, township);
    if (!closedStates.includes(s.status)) {
      open++;
      township.open++;
      openByStatus[s.status] = (openByStatus[s.status] ?? 0) + 1;
    }
    if (isOverdue(s, now, closedStates)) {
      overdue++;
      township.overdue++;
    }
    if (s.decidedAt) decisionDays.push(daysBetween(s.submittedAt, s.decidedAt));
    if (s.priority === 'emergency' && todayInShanghai(new Date(s.submittedAt)) > since)
      emergencies++;
  }
  return {
    openByStatus,
    open,
    overdue,
    decided: decisionDays.length,
    medianDaysToDecision: median(decisionDays),
    emergenciesLast30Days: emergencies,
    byTownship: [...townships]
      .map(([townshipCode, t]) => ({ townshipCode, ...t }))
      .sort((a, b) => a.townshipCode.localeCompare(b.townshipCode)),
    ...lineFigures(summaries, now),
    afterApproval: afterApprovalFigures(summaries, now),
    ...submissionFiguresOf(summaries),
  };
}
