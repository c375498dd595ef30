import { parseIsoDate } from '../dates.ts';
import type { Locale } from '../locale.ts';

/**
 * Dates as a text message says them: 12月24日 / 24 December, and months as 2027年1月 /
 * January 2027. A message is about the weeks ahead, so a day leaves its year out.
 */
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2026-12-24` → 12月24日 / 24 December; anything else unchanged. */
export function messageDay(value: string, locale: Locale): string {
  const date = parseIsoDate(value);
  if (!date) return value;
  return locale === 'en'
    ? `${date.day} ${monthNames[date.month - 1]}`
    : `${date.month}月${date.day}日`;
}

/** `2027-01` → 2027年1月 / January 2027; anything else unchanged. */
export function messageMonth(value: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return value;
  return locale === 'en' ? `${monthNames[month - 1]} ${match[1]}` : `${match[1]}年${month}月`;
}
