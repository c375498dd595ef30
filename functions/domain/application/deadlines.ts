import { addDays, type IsoDate, todayInShanghai } from '../dates.ts';
import type { ParametersAsOf } from '../policy/parameters.ts';
import type { ApplicationRecord } from './record.ts';
import type { ApplicationState } from './states.ts';

/**
 * Statutory due dates in working days (Mon–Fri). Public holidays and the adjusted
 * working weekends of the State Council calendar are not modelled yet, so a due date
 * can fall up to a few days early around holidays — early, never late.
 */
function isWeekend(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export function addWorkingDays(from: IsoDate, days: number): IsoDate {
  let date = from;
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (!isWeekend(date)) left--;
  }
  return date;
}

/** Working days from `today` (exclusive) to `due` (inclusive); negative when overdue. */
export function workingDaysBetween(today: IsoDate, due: IsoDate): number {
  if (due === today) return 0;
  const forward = due > today;
  let count = 0;
  let date = today;
  while (date !== due) {
    date = addDays(date, forward ? 1 : -1);
    if (!isWeekend(date)) count += forward ? 1 : -1;
  }
  return count;
}

export type Stage =
  | 'acceptance'
  | 'investigation'
  | 'public-notice'
  | 'emergency-paperwork'
  | 'city-confirmation'
  | 'gradual-exit'
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
      return 'public-notice';
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

/** What the due date of a state depends on. */
export type DueDateBasis = Pick<
  ApplicationRecord,
  'status' | 'programmes' | 'submittedAt' | 'procedure'
> & { readonly dueAt?: string };

/**
 * The statutory due date of the record's current stage, for the queue's order and the
 * applicant's countdown. `today` is the day of the action that entered the stage.
 * 特困 (tekun) has its own limits: 15 working days to investigate, 15 for the city.
 */
export function dueDateFor(record: DueDateBasis, today: IsoDate, p: ParametersAsOf): IsoDate {
  const isTekun = record.programmes.includes('tekun');
  const accepted = todayInShanghai(new Date(record.submittedAt));
  const facts = record.procedure ?? {};
  switch (stageOf(record.status)) {
    case 'acceptance':
      return addWorkingDays(
        accepted,
        isTekun ? p.tekunInvestigationWorkingDays.value : p.dibaoCheckStartWorkingDays.value,
      );
    case 'investigation':
      return addWorkingDays(
        accepted,
        isTekun
          ? p.tekunInvestigationWorkingDays.value
          : facts.deadlineExtended
            ? p.dibaoOverallExtendedWorkingDays.value
            : p.dibaoOverallWorkingDays.value,
      );
    case 'public-notice':
      return facts.publicNotice?.endsOn ?? today;
    case 'emergency-paperwork':
      return facts.emergencyAid?.paperworkDueOn ?? today;
    case 'city-confirmation':
      return addWorkingDays(
        today,
        isTekun ? p.tekunCountyReviewWorkingDays.value : p.dibaoCityConfirmationWorkingDays.value,
      );
    case 'gradual-exit':
      return facts.gradualExit?.endsOn ?? today;
    case 'closed':
      // Closed applications are ordered by the day they were closed.
      return today;
  }
}
