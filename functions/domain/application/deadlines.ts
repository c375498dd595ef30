import { type IsoDate, todayInShanghai } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import type { ParametersAsOf } from '../policy/parameters.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import { addWorkingDays, holidayCalendarNote, workingDaysBetween } from '../working-days.ts';
import type { LineFacts, ProgrammeLine } from './lines.ts';
import type { ApplicationRecord } from './record.ts';
import { gradualExitLastMonth } from './reviews.ts';
import type { ApplicationState } from './states.ts';

/**
 * Statutory due dates, counted in China's working days (public holidays out, 调休
 * make-up days in: working-days.ts). Re-exported here for the procedure's callers.
 */
export { addWorkingDays, workingDaysBetween };

export type Stage =
  | 'acceptance'
  | 'investigation'
  | 'public-notice'
  | 'emergency-paperwork'
  | 'city-confirmation'
  | 'gradual-exit'
  | 'review'
  | 'closed';

/** The stage a state belongs to. */
export function stageOf(state: ApplicationState): Stage {
  switch (state) {
    case 'submitted':
      return 'acceptance';
    case 'in_review':
    case 'needs_info':
    case 'investigated':
    case 'notice_ended':
      return 'investigation';
    case 'public_notice':
    case 'termination_notice':
      return 'public-notice';
    case 'under_review':
      return 'review';
    case 'change_proposed':
      return 'city-confirmation';
    case 'emergency_aid_granted':
      return 'emergency-paperwork';
    case 'township_approved':
      return 'city-confirmation';
    case 'gradual_exit':
      return 'gradual-exit';
    default:
      return 'closed';
  }
}

/**
 * Whose time limits a programme follows: 特困 (tekun) its own (民发〔2021〕43号); every
 * other programme the dibao procedure's (民发〔2021〕57号), which the township also
 * applies to edge households and to temporary assistance that goes the full way.
 */
export type Procedure = 'dibao' | 'tekun';

export function procedureOf(programme: ProgrammeId): Procedure {
  return programme === 'tekun' ? 'tekun' : 'dibao';
}

/** What the due date of a state depends on. */
export type DueDateBasis = Pick<
  ApplicationRecord,
  'status' | 'programmes' | 'submittedAt' | 'procedure'
> &
  Partial<Pick<ApplicationRecord, 'history'>> & { readonly dueAt?: string };

/**
 * The day tekun's current investigation round began: acceptance, or the last time the
 * case was sent back to be checked again — an objection during the notice (43号 第十五条:
 * re-investigated within 15 working days and published again), or the city returning it.
 */
function tekunRoundStart(record: DueDateBasis, accepted: IsoDate): IsoDate {
  const restart = record.history?.findLast(
    (e) => e.action === 'noticeObjection' || e.action === 'returnToTownship',
  );
  return restart ? todayInShanghai(new Date(restart.at)) : accepted;
}

/** One procedure's due date for the record's current stage. */
function dueDateOfProcedure(
  procedure: Procedure,
  record: DueDateBasis,
  today: IsoDate,
  p: ParametersAsOf,
): IsoDate {
  const accepted = todayInShanghai(new Date(record.submittedAt));
  const facts = record.procedure ?? {};
  const isTekun = procedure === 'tekun';
  switch (stageOf(record.status)) {
    case 'acceptance':
      // 57号 第十五条: the household check starts within 3 working days of acceptance;
      // 43号 第十三条: tekun's investigation and first opinion within 15.
      return addWorkingDays(
        accepted,
        isTekun ? p.tekunInvestigationWorkingDays.value : p.dibaoCheckStartWorkingDays.value,
      );
    case 'investigation':
      if (!isTekun)
        // 57号 第二十二条: the whole procedure in 30 working days from acceptance (45 extended).
        return addWorkingDays(
          accepted,
          facts.deadlineExtended
            ? p.dibaoOverallExtendedWorkingDays.value
            : p.dibaoOverallWorkingDays.value,
        );
      // 43号 第十五条, 第十六条: a notice with no objection sends the file to the city,
      // whose 15 working days run from then — a new clock, not the investigation's.
      if (record.status === 'notice_ended' && facts.publicNotice)
        return addWorkingDays(facts.publicNotice.endsOn, p.tekunCountyReviewWorkingDays.value);
      return addWorkingDays(
        tekunRoundStart(record, accepted),
        p.tekunInvestigationWorkingDays.value,
      );
    case 'public-notice':
      if (record.status === 'termination_notice')
        return (facts as LineFacts).termination?.noticeEndsOn ?? today;
      return facts.publicNotice?.endsOn ?? today;
    case 'review':
      return (facts as LineFacts).review?.open?.dueOn ?? today;
    case 'emergency-paperwork':
      return facts.emergencyAid?.paperworkDueOn ?? today;
    case 'city-confirmation':
      // 57号 第二十条: 10 working days; 43号 第十六条: 15.
      return addWorkingDays(
        today,
        isTekun ? p.tekunCountyReviewWorkingDays.value : p.dibaoCityConfirmationWorkingDays.value,
      );
    case 'gradual-exit': {
      // Staff are reminded from the first day of the last month paid.
      const exit = (facts as LineFacts).gradualExit;
      return exit ? `${gradualExitLastMonth(exit)}-01` : today;
    }
    case 'closed':
      // Closed applications are ordered by the day they were closed.
      return today;
  }
}

/** The procedures the record's programmes follow, dibao first. */
export function proceduresOf(programmes: readonly ProgrammeId[]): Procedure[] {
  const used = new Set(programmes.map(procedureOf));
  return (['dibao', 'tekun'] as const).filter((procedure) => used.has(procedure));
}

/**
 * The statutory due date of the record's current stage, for the queue's order and the
 * applicant's countdown: the earliest of the limits of the procedures its programmes
 * follow (an application for dibao and tekun must start its household check within
 * dibao's 3 working days). `today` is the day of the action that entered the stage.
 */
export function dueDateFor(record: DueDateBasis, today: IsoDate, p: ParametersAsOf): IsoDate {
  const dates = proceduresOf(record.programmes).map((procedure) =>
    dueDateOfProcedure(procedure, record, today, p),
  );
  // ISO dates order as strings.
  return [...dates].sort()[0] ?? today;
}

/**
 * One programme's line's due date in its (new) state: its procedure's limit, with the
 * case's facts (acceptance, an extension) beside the line's own (its notice, its aid).
 * `history` is the case's, the event that moved the line included.
 */
export function lineDueDate(
  record: Pick<ApplicationRecord, 'submittedAt' | 'procedure'>,
  line: Pick<ProgrammeLine, 'programme' | 'state' | 'facts'>,
  today: IsoDate,
  p: ParametersAsOf,
  history: ApplicationRecord['history'],
): IsoDate {
  return dueDateFor(
    {
      status: line.state,
      programmes: [line.programme],
      submittedAt: record.submittedAt,
      procedure: { ...record.procedure, ...line.facts } as ApplicationRecord['procedure'],
      history,
    },
    today,
    p,
  );
}

/** A procedure's first limit after submission, as the confirmation promises it. */
export interface FirstLimit {
  readonly procedure: Procedure;
  /** The programmes applied for that follow this procedure. */
  readonly programmes: readonly ProgrammeId[];
  readonly workingDays: number;
  readonly dueDate: IsoDate;
  /** The clause the limit comes from, e.g. "民发〔2021〕57号 第十五条". */
  readonly clause: string;
  /** Set when the count ran through a year whose holidays are not published yet. */
  readonly calendarNote: LocalizedText | null;
}

/**
 * Each procedure's first limit for an application submitted at `submittedAt`: dibao's
 * household check starts within 3 working days (57号 第十五条); tekun's investigation
 * ends within 15 (43号 第十三条). The date and the number always come from the same rule.
 */
export function firstLimits(
  programmes: readonly ProgrammeId[],
  submittedAt: string,
  p: ParametersAsOf,
): FirstLimit[] {
  const accepted = todayInShanghai(new Date(submittedAt));
  return proceduresOf(programmes).map((procedure) => {
    const parameter =
      procedure === 'tekun' ? p.tekunInvestigationWorkingDays : p.dibaoCheckStartWorkingDays;
    const dueDate = addWorkingDays(accepted, parameter.value);
    return {
      procedure,
      programmes: programmes.filter((programme) => procedureOf(programme) === procedure),
      workingDays: parameter.value,
      dueDate,
      clause: [parameter.source.document, parameter.source.clause].filter(Boolean).join(' '),
      calendarNote: holidayCalendarNote(accepted, dueDate),
    };
  });
}
