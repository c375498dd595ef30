/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Rules take dates as arguments and never
 * read the clock, so a check gives the same answer in the browser, on the server and in
 * tests. Arithmetic is done in UTC so the host's time zone cannot shift a day.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of a real calendar date (2023-02-29 is not one), or null. */
export function parseIsoDate(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function partsOf(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(date)}`);
  return parts;
}

// China Standard Time is UTC+8 all year and has had no daylight saving since 1991, so
// the civil day in Puning is the UTC day eight hours on. (Not Intl.DateTimeFormat: it
// gives the same days, but building one with a time zone costs ~30 ms of every Lambda
// cold start; a unit test checks the two agree.)
const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in Asia/Shanghai at the given instant (the caller reads the clock). */
export function todayInShanghai(instant: Date | number): IsoDate {
  const shifted = new Date(
    (typeof instant === 'number' ? instant : instant.getTime()) + CHINA_STANDARD_TIME_OFFSET_MS,
  );
  return formatIsoDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return formatIsoDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that
 * month's last day (2024-01-31 + 1 month = 2024-02-29), as people count months.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** -1, 0 or 1, like a sort comparator. ISO dates order as strings once validated. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  partsOf(a);
  partsOf(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Age in completed years on `onDate`. Someone born on 29 February turns a year older on
 * 1 March in common years.
 */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const birth = partsOf(birthDate);
  const on = partsOf(onDate);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
