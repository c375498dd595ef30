import type { ConsentWay } from '../application/application-input.ts';
import { dueDateFor } from '../application/deadlines.ts';
import { type LineFacts, linesOf, type ProgrammeLine } from '../application/lines.ts';
import type { ApplicationRecord, HistoryEvent, StaffSubmitter } from '../application/record.ts';
import { type ExitReason, gradualExitLastMonth } from '../application/reviews.ts';
import { type ApplicationState, beingPaid } from '../application/states.ts';
import { type IsoDate, todayInShanghai } from '../dates.ts';
import { maskIdNumber } from '../id-number.ts';
import { parametersAsOf } from '../policy/parameters.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import type { DepartmentId } from '../referrals/departments.ts';

/**
 * One programme's line as the dashboard and the CSV export need it: its state and due
 * date, what it pays and when it was decided. A few dozen bytes per line.
 */
export interface LineSummary {
  readonly programme: ProgrammeId;
  readonly state: ApplicationState;
  /** The due date of the line's current stage; the closing day once it is closed. */
  readonly dueAt: IsoDate;
  /** The monthly benefit confirmed (monthly lines). */
  readonly monthlyAmountYuan?: number;
  /** Paid so far (temporary lines): the advance, one-off, staged and follow-up payments. */
  readonly paidYuan?: number;
  /** When the line was decided: confirmed, not confirmed or refused. */
  readonly decidedAt?: string;
  /** Decided after the due date of the stage it was decided in. */
  readonly late?: true;
  /** When the next periodic review falls due (a line being paid, 57号 第三十一条). */
  readonly nextReviewDue?: IsoDate;
  /** The last month of a 渐退期 (YYYY-MM). */
  readonly gradualExitEndMonth?: string;
  /** Why and when a line that was paid ended. */
  readonly exitReason?: ExitReason;
  readonly exitedOn?: IsoDate;
}

/**
 * The few fields the queue, the dashboard and the CSV export need, stored beside the
 * full record so listing a township reads a few hundred bytes per application.
 * The ID number is kept masked (first and last four characters only).
 */
export interface ApplicationSummary {
  readonly reference: string;
  readonly status: ApplicationState;
  readonly townshipCode: string;
  /** Where the person applied, when another township is responsible (代收转办). */
  readonly receivingTownshipCode?: string;
  readonly priority: 'emergency' | 'normal';
  readonly programmes: readonly ProgrammeId[];
  readonly submittedAt: string;
  readonly dueAt: string;
  readonly applicantName: string;
  readonly idNumberMasked: string;
  readonly villageCode: string;
  readonly assignee?: string;
  /** When the township decided (approved or refused), if it has. */
  readonly decidedAt?: string;
  /** The applicant answered a request for information since staff last acted. */
  readonly answered?: boolean;
  readonly version: number;
  /** Someone applied for the person: an agent on the public form, or staff from the console. */
  readonly onBehalf?: 'agent' | 'staff';
  /** The staff member who applied for the person (their own list of submissions). */
  readonly submittedById?: string;
  /** The role of the staff member who applied for the person (the dashboard counts them). */
  readonly submittedByRole?: StaffSubmitter['role'];
  /** How the person's consent was given when staff applied for them. */
  readonly consentWay?: ConsentWay;
  /** The departments the case was referred to, one entry per referral, oldest first. */
  readonly referredTo?: readonly DepartmentId[];
  /** A relative of township staff or village cadres (57号 第十一条): the city confirms. */
  readonly staffRelative?: true;
  /** One per programme; absent from summaries stored before lines (read them with `summaryLines`). */
  readonly lines?: readonly LineSummary[];
}

const decisions = new Set(['approve', 'reject']);

export function summarise(record: ApplicationRecord): ApplicationSummary {
  const decided = record.history.find((e) => decisions.has(e.action));
  const last = record.history.at(-1);
  return {
    reference: record.reference,
    status: record.status,
    townshipCode: record.townshipCode,
    ...(record.receivingTownshipCode
      ? { receivingTownshipCode: record.receivingTownshipCode }
      : {}),
    priority: record.priority,
    programmes: record.programmes,
    submittedAt: record.submittedAt,
    dueAt: record.dueAt,
    applicantName: record.application.applicant.name,
    idNumberMasked: maskIdNumber(record.application.applicant.idNumber),
    villageCode: record.application.residence.villageCode,
    ...(record.procedure?.assignee ? { assignee: record.procedure.assignee.name } : {}),
    ...(decided ? { decidedAt: decided.at } : {}),
    ...(last?.action === 'answer' ? { answered: true } : {}),
    version: record.version,
    ...(record.submittedBy
      ? {
          onBehalf: 'staff' as const,
          submittedById: record.submittedBy.staffId,
          submittedByRole: record.submittedBy.role,
          ...(record.consentRecord ? { consentWay: record.consentRecord.way } : {}),
        }
      : record.application.agent
        ? { onBehalf: 'agent' as const }
        : {}),
    ...(record.procedure?.referrals?.length
      ? { referredTo: record.procedure.referrals.map((r) => r.department) }
      : {}),
    ...(record.staffRelative ? { staffRelative: true as const } : {}),
    lines: linesOf(record).map((line) => summariseLine(record, line)),
  };
}

/** The states a decision leaves a line in. */
const decidedStates: ReadonlySet<ApplicationState> = new Set([
  'confirmed',
  'not_confirmed',
  'rejected',
]);

/** The actions that decide a line; stored without a programme they predate lines and decided every line. */
const decidingActions = new Set([
  'reject',
  'confirm',
  'notConfirm',
  'approveTemporary',
  'confirmTemporary',
]);

function concerns(event: HistoryEvent, programme: ProgrammeId): boolean {
  return (event.programme ?? programme) === programme;
}

function paidOf(facts: LineFacts): number | undefined {
  if (facts.payments && facts.payments.length > 0)
    return facts.payments.reduce((sum, p) => sum + p.amountYuan, 0);
  // Stored before payments were recorded: the advance was the only payment.
  return facts.emergencyAid?.amountYuan;
}

export function summariseLine(record: ApplicationRecord, line: ProgrammeLine): LineSummary {
  const at = record.history.findIndex(
    (e) => decidingActions.has(e.action) && decidedStates.has(e.to) && concerns(e, line.programme),
  );
  const decision = at >= 0 ? record.history[at] : undefined;
  const paid = paidOf(line.facts);
  const monthly = line.facts.confirmation?.monthlyAmountYuan;
  return {
    programme: line.programme,
    state: line.state,
    dueAt: line.dueAt,
    ...(monthly !== undefined ? { monthlyAmountYuan: monthly } : {}),
    ...(paid !== undefined ? { paidYuan: paid } : {}),
    ...(decision ? { decidedAt: decision.at } : {}),
    ...(decision && decidedLate(record, line, at) ? { late: true as const } : {}),
    ...(line.facts.review && beingPaid.has(line.state)
      ? { nextReviewDue: line.facts.review.nextDueOn }
      : {}),
    ...(line.facts.gradualExit && line.state === 'gradual_exit'
      ? { gradualExitEndMonth: gradualExitLastMonth(line.facts.gradualExit) }
      : {}),
    ...exitOf(line),
  };
}

/** How a paid line ended: recorded since reviews, or read from older facts. */
function exitOf(line: ProgrammeLine): { exitReason?: ExitReason; exitedOn?: IsoDate } {
  if (line.state !== 'exited') return {};
  if (line.facts.exit) return { exitReason: line.facts.exit.reason, exitedOn: line.facts.exit.on };
  if (line.facts.supersededBy) return { exitReason: 'superseded', exitedOn: line.dueAt };
  return { exitReason: 'gradual-exit', exitedOn: line.dueAt };
}

/**
 * Whether the decision at `history[at]` came after the due date the line had then: the
 * due date of the stage it was decided from, counted from the day the line entered
 * that stage, as the queue showed it (a closed line's own due date is its closing day).
 */
function decidedLate(record: ApplicationRecord, line: ProgrammeLine, at: number): boolean {
  const decision = record.history[at];
  if (!decision?.from) return false;
  const before = record.history.slice(0, at);
  const entered = before.findLast((e) => e.to === decision.from && concerns(e, line.programme));
  const enteredOn = todayInShanghai(new Date(entered?.at ?? decision.at));
  const limit = dueDateFor(
    {
      status: decision.from,
      programmes: [line.programme],
      submittedAt: record.submittedAt,
      procedure: { ...record.procedure, ...line.facts } as ApplicationRecord['procedure'],
      history: before,
    },
    enteredOn,
    parametersAsOf(enteredOn),
  );
  return todayInShanghai(new Date(decision.at)) > limit;
}

/**
 * The summary's lines; a summary stored before lines existed is read as one line per
 * programme in the application's state and due date (amounts and decision dates were
 * not summarised then, so its decided lines count as neither within nor past the limit).
 */
export function summaryLines(summary: ApplicationSummary): readonly LineSummary[] {
  if (summary.lines && summary.lines.length > 0) return summary.lines;
  return summary.programmes.map((programme) => ({
    programme,
    state: summary.status,
    dueAt: summary.dueAt,
  }));
}

/** Whether the current stage's due date has passed (Asia/Shanghai). */
export function isOverdue(
  summary: Pick<ApplicationSummary, 'status' | 'dueAt'>,
  now: Date,
  closed: readonly ApplicationState[],
): boolean {
  return !closed.includes(summary.status) && summary.dueAt < todayInShanghai(now);
}
