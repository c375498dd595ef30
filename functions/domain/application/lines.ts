import type { IsoDate } from '../dates.ts';
import { parametersAsOf } from '../policy/parameters.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import type { DecisionNotice } from './notices.ts';
import {
  type ExitReason,
  firstReviewDue,
  type Referral,
  type ReviewClass,
  type ReviewReason,
  type TerminationGround,
} from './reviews.ts';
import type { ApplicationState } from './states.ts';
import { isOpen, lineFamily } from './states.ts';

/**
 * One line per programme asked for (ARCHITECTURE §5): its own state, facts, due date,
 * the notices of its decisions and a version that moves only when the line does, so
 * decisions on different lines of one application never stand in each other's way.
 */

/** How temporary assistance is given (民发〔2018〕23号: cash, or in kind). */
export type AidForm = 'cash' | 'in-kind';

/** A temporary-assistance payment: 先行救助, one-off, a stage (分阶段) or follow-up (跟进). */
export interface Payment {
  readonly paidOn: IsoDate;
  readonly amountYuan: number;
  readonly form: AidForm;
  readonly kind: 'advance' | 'one-off' | 'staged' | 'follow-up';
  readonly by: 'township' | 'city';
}

/** 特困's self-care assessment (43号 第二十条 to 第二十二条) and form of support. */
export type CareLevel = 'self-care' | 'partly-lost' | 'fully-lost';
export type SupportForm = 'dispersed' | 'centralised';

export interface LineFacts {
  readonly publicNotice?: { readonly startsOn: IsoDate; readonly endsOn: IsoDate };
  readonly emergencyAid?: {
    readonly amountYuan: number;
    readonly grantedOn: IsoDate;
    readonly paperworkDueOn: IsoDate;
    readonly form?: AidForm;
  };
  /** The township's opinion after the notice (monthly lines). */
  readonly approval?: {
    readonly monthlyAmountYuan: number;
    readonly opinion: string;
    readonly careLevel?: CareLevel;
    readonly supportForm?: SupportForm;
  };
  /** What the bureau (or a delegated township) confirmed: a monthly benefit. */
  readonly confirmation?: {
    readonly monthlyAmountYuan: number;
    readonly startMonth: string;
    readonly careLevel?: CareLevel;
    readonly supportForm?: SupportForm;
    readonly by?: 'township' | 'city';
    readonly confirmedOn?: IsoDate;
  };
  /** Temporary assistance approved: the total, how, and by whom. */
  readonly temporaryApproval?: {
    readonly amountYuan: number;
    readonly form: AidForm;
    readonly plan: 'one-off' | 'staged';
    readonly opinion: string;
    readonly approvedBy?: 'township' | 'city';
    readonly approvedOn?: IsoDate;
  };
  readonly payments?: readonly Payment[];
  readonly rejection?: {
    readonly codes: readonly string[];
    readonly text: string;
    readonly by?: 'township' | 'city';
  };
  /**
   * The 渐退期: `endMonth` (YYYY-MM) is the last month paid; absent on lines stored
   * before it was recorded, whose last month paid is the one containing `endsOn`
   * (read both through `gradualExitLastMonth`).
   */
  readonly gradualExit?: {
    readonly startsOn: IsoDate;
    readonly endsOn: IsoDate;
    readonly endMonth?: string;
    /** The day the household was reminded that the last month had begun. */
    readonly remindedOn?: IsoDate;
  };
  /** Periodic review (57号 第三十一条): the class, the next due date, the open review. */
  readonly review?: LineReview;
  /** A change the township proposed to the bureau (增发 / 减发 / 停发, 第三十二条、第三十四条). */
  readonly proposal?: ChangeProposal;
  /** A 特困 termination under way or decided (43号 第二十四条 to 第二十七条). */
  readonly termination?: Termination;
  /** How and when the line ended after it was paid. */
  readonly exit?: {
    readonly reason: ExitReason;
    readonly on: IsoDate;
    /** The last month paid. */
    readonly lastMonth: string;
  };
  /** 特困 and 低保 are alternatives: the programme that applies instead of this line. */
  readonly supersededBy?: ProgrammeId;
}

export interface LineReview {
  readonly class: ReviewClass;
  /** When the next periodic review falls due (YYYY-MM-DD). */
  readonly nextDueOn: IsoDate;
  readonly lastConcludedOn?: IsoDate;
  /** The review under way (the line is `under_review`, or a change came of it). */
  readonly open?: {
    readonly reason: ReviewReason;
    readonly openedOn: IsoDate;
    readonly dueOn: IsoDate;
    /** The reported change that opened it. */
    readonly changeId?: string;
    readonly visit?: {
      readonly visitedOn: IsoDate;
      readonly findings: string;
      readonly monthlyIncomeYuan?: number;
    };
  };
}

export type ChangeKind = 'increase' | 'decrease' | 'stop' | 'member-share';

export interface ChangeProposal {
  readonly kind: ChangeKind;
  /** The household's new monthly amount (0 for a stop). */
  readonly monthlyAmountYuan: number;
  /** The first month at the new amount (or the first month not paid, for a stop). */
  readonly fromMonth: string;
  readonly reason: string;
  readonly proposedOn: IsoDate;
  /** A member who refused suitable work 3 times: his or her share only (第三十四条). */
  readonly member?: {
    readonly name: string;
    readonly refusals: number;
    readonly householdMembers: number;
    readonly shareYuan: number;
    readonly keptShareYuan: number;
  };
}

export interface Termination {
  readonly grounds: readonly TerminationGround[];
  readonly findings: string;
  readonly noticeStartsOn: IsoDate;
  readonly noticeEndsOn: IsoDate;
  readonly referral: Referral;
}

export interface ProgrammeLine {
  readonly programme: ProgrammeId;
  readonly state: ApplicationState;
  readonly version: number;
  /** The statutory due date of the line's current stage (YYYY-MM-DD, Asia/Shanghai). */
  readonly dueAt: IsoDate;
  readonly facts: LineFacts;
  /** Every decision's notice to the applicant, oldest first. */
  readonly notices: readonly DecisionNotice[];
}

/** What an application looked like before lines: one state and one set of facts. */
export interface SingleStateShape {
  readonly status: ApplicationState;
  readonly version: number;
  readonly dueAt: string;
  readonly programmes: readonly ProgrammeId[];
  readonly procedure?: object;
  readonly lines?: readonly ProgrammeLine[];
}

const lineFactKeys = [
  'publicNotice',
  'emergencyAid',
  'approval',
  'confirmation',
  'rejection',
  'gradualExit',
] as const;

/**
 * The record's lines — read-time upgrade of an application stored before lines
 * existed: each programme gets a line in the application's state with the facts the
 * application had recorded (the 渐退期 only on dibao lines, emergency aid only on the
 * emergency line when there is one), at the application's version. Nothing is lost:
 * the history and the case's facts stay where they were.
 */
export function linesOf(record: SingleStateShape): readonly ProgrammeLine[] {
  if (record.lines && record.lines.length > 0) return record.lines.map(withReviewDate);
  return storedBeforeLines(record).map(withReviewDate);
}

const monthlyPaid = new Set(['confirmed', 'gradual_exit']);

/**
 * A monthly line confirmed before reviews were recorded gets its first review date at
 * read time: a year after its first paid month (the yearly class; staff change it at
 * the first review).
 */
function withReviewDate(line: ProgrammeLine): ProgrammeLine {
  const confirmation = line.facts.confirmation;
  if (line.facts.review || !confirmation || !monthlyPaid.has(line.state)) return line;
  if (lineFamily(line.programme) !== 'monthly') return line;
  const p = parametersAsOf(`${confirmation.startMonth}-01`);
  return {
    ...line,
    facts: {
      ...line.facts,
      review: {
        class: 'yearly',
        nextDueOn: firstReviewDue(confirmation.startMonth, 'yearly', p),
      },
    },
  };
}

function storedBeforeLines(record: SingleStateShape): readonly ProgrammeLine[] {
  const procedure = (record.procedure ?? {}) as Record<string, unknown>;
  const hasEmergencyLine = record.programmes.includes('temporary-emergency');
  return record.programmes.map((programme) => {
    const facts: Record<string, unknown> = {};
    for (const key of lineFactKeys) if (procedure[key] !== undefined) facts[key] = procedure[key];
    if (programme !== 'dibao' && programme !== 'single-person-dibao') delete facts.gradualExit;
    if (hasEmergencyLine && programme !== 'temporary-emergency') delete facts.emergencyAid;
    return {
      programme,
      state: record.status,
      version: record.version,
      dueAt: record.dueAt,
      facts: facts as LineFacts,
      notices: [],
    };
  });
}

/**
 * The open states in the order a case is said to be in them: the applicant's task
 * first, then the least advanced line (a case is as far as its slowest line).
 */
const openPrecedence: readonly ApplicationState[] = [
  'needs_info',
  'submitted',
  'in_review',
  'emergency_aid_granted',
  'investigated',
  'public_notice',
  'notice_ended',
  'township_approved',
  'termination_notice',
  'change_proposed',
  'under_review',
  'gradual_exit',
];
const closedPrecedence: readonly ApplicationState[] = [
  'confirmed',
  'exited',
  'not_confirmed',
  'rejected',
  'withdrawn',
];

/**
 * The application's one-word state for its queue, index and claims: the state of its
 * open line that most needs attention, or — all lines decided — the best outcome.
 */
export function caseState(lines: readonly ProgrammeLine[]): ApplicationState {
  const states = new Set(lines.map((l) => l.state));
  for (const state of [...openPrecedence, ...closedPrecedence]) if (states.has(state)) return state;
  return lines[0]?.state ?? 'submitted';
}

/** The earliest due date among open lines; `fallback` (the closing day) when none is open. */
export function caseDueAt(lines: readonly ProgrammeLine[], fallback: IsoDate): IsoDate {
  const open = lines.filter((l) => isOpen(l.state)).map((l) => l.dueAt);
  return open.length > 0 ? ([...open].sort()[0] ?? fallback) : fallback;
}

export function findLine(
  lines: readonly ProgrammeLine[],
  programme: ProgrammeId,
): ProgrammeLine | undefined {
  return lines.find((l) => l.programme === programme);
}
