import { addDays, type IsoDate } from '../dates.ts';
import type { ParametersAsOf } from '../policy/parameters.ts';
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

export type Stage = 'acceptance' | 'investigation' | 'city-confirmation' | 'closed';

/** The stage a state belongs to, its limit in working days, and what the limit is. */
export function currentStage(
  state: ApplicationState,
  isTekun: boolean,
  p: ParametersAsOf,
): { stage: Stage; workingDays: number } | null {
  switch (state) {
    case 'submitted':
      return {
        stage: 'acceptance',
        workingDays: isTekun
          ? p.tekunInvestigationWorkingDays.value
          : p.dibaoCheckStartWorkingDays.value,
      };
    case 'in_review':
    case 'needs_info':
    case 'emergency_aid_granted':
      return {
        stage: 'investigation',
        workingDays: isTekun
          ? p.tekunInvestigationWorkingDays.value
          : p.dibaoOverallWorkingDays.value,
      };
    case 'township_approved':
      return {
        stage: 'city-confirmation',
        workingDays: isTekun
          ? p.tekunCountyReviewWorkingDays.value
          : p.dibaoCityConfirmationWorkingDays.value,
      };
    default:
      return null;
  }
}
