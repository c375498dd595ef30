import { ageOn, type IsoDate } from '../dates.ts';

/**
 * Whether an age someone stated agrees with a birth date. Forms ask for the age in
 * whole years (周岁) as of today; many people instead count this year minus the year of
 * birth, which is one more until their birthday comes round. Both are accepted, nothing
 * else: a 虚岁 (one or two more again) or a typing error is refused (docs/decisions.md).
 */
export function statedAgeAgrees(statedAge: number, birthDate: IsoDate, today: IsoDate): boolean {
  const completedYears = ageOn(birthDate, today);
  const byCalendarYear = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return statedAge === completedYears || statedAge === byCalendarYear;
}
