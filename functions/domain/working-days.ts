/**
 * China's working days: Monday to Friday, less the public holidays, plus the weekend
 * days worked in their place (调休), as the State Council's yearly notice
 * (国务院办公厅关于部分节假日安排的通知) sets them. The calendar is the `chinese-days`
 * package's data, kept current by its maintainers from those notices; only its JSON is
 * imported (server side: the islands show dates the API computed).
 *
 * A year the data does not cover yet (its notice is not out, or the package is not
 * updated) is counted Monday to Friday, and every answer that used such a year says so,
 * so a date is never presented as exact when it is not.
 */
import calendar from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, type IsoDate } from './dates.ts';
import type { LocalizedText } from './locale.ts';

interface Calendar {
  readonly holidays: ReadonlySet<IsoDate>;
  readonly makeUpWorkingDays: ReadonlySet<IsoDate>;
  /** Calendar years whose holiday arrangement the data holds, ascending. */
  readonly years: readonly number[];
}

// Built on first use, not at load: the staff console's island imports a module that
// imports this one without counting days, and a module with no work at load lets the
// bundler leave the calendar out of that island.
let built: Calendar | undefined;
function chinaCalendar(): Calendar {
  built ??= {
    holidays: new Set(Object.keys(calendar.holidays)),
    makeUpWorkingDays: new Set(Object.keys(calendar.workdays)),
    years: [
      ...new Set(Object.keys(calendar.holidays).map((date) => Number(date.slice(0, 4)))),
    ].sort((a, b) => a - b),
  };
  return built;
}

/** Calendar years whose holiday arrangement the data holds, ascending. */
export function coveredYears(): readonly number[] {
  return chinaCalendar().years;
}

function isCovered(year: number): boolean {
  return chinaCalendar().years.includes(year);
}

function isWeekend(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** A working day by the State Council calendar; Monday to Friday in a year not covered. */
export function isWorkingDay(date: IsoDate): boolean {
  const { holidays, makeUpWorkingDays } = chinaCalendar();
  if (holidays.has(date)) return false;
  if (makeUpWorkingDays.has(date)) return true;
  return !isWeekend(date);
}

/** The day `days` working days after `from` (which itself does not count). */
export function addWorkingDays(from: IsoDate, days: number): IsoDate {
  let date = from;
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left--;
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
    if (isWorkingDay(date)) count += forward ? 1 : -1;
  }
  return count;
}

/**
 * True when counting from `from` to `to` (either order) passes through a year the
 * holiday data does not cover, so the count there was Monday to Friday.
 */
export function countedWithoutHolidayCalendar(from: IsoDate, to: IsoDate): boolean {
  const [first, last] = from <= to ? [from, to] : [to, from];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++)
    if (!isCovered(year)) return true;
  return false;
}

/** Shown wherever a date was counted without the holiday calendar. */
export const holidayCalendarMissingNote: LocalizedText = {
  'zh-CN': '节假日安排尚未公布，按周一至周五计算',
  en: 'Holiday calendar not yet published; counted Monday to Friday',
};

/** The note for a span, or null when the calendar covered it all. */
export function holidayCalendarNote(from: IsoDate, to: IsoDate): LocalizedText | null {
  return countedWithoutHolidayCalendar(from, to) ? holidayCalendarMissingNote : null;
}
