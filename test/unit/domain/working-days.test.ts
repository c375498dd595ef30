import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  countedWithoutHolidayCalendar,
  coveredYears,
  holidayCalendarNote,
  isWorkingDay,
  workingDaysBetween,
} from '../../../functions/domain/working-days.ts';

// The State Council's arrangements (国务院办公厅关于2025年/2026年部分节假日安排的通知), as the
// chinese-days data holds them. 2027's was not in the data when this was written: the
// tests in "a year the data does not cover" change when it is (docs/decisions.md).

describe('China’s working days (国务院办公厅 节假日安排)', () => {
  it('skips the 2026 Spring Festival (2-15 to 2-23) and works its make-up Saturdays (2-14, 2-28)', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true); // Saturday, worked
    expect(isWorkingDay('2026-02-16')).toBe(false); // Monday, holiday
    expect(isWorkingDay('2026-02-23')).toBe(false); // Monday, holiday
    expect(isWorkingDay('2026-02-28')).toBe(true); // Saturday, worked
    // Thursday 2-12 + 3: Friday 2-13, Saturday 2-14, then Tuesday 2-24.
    expect(addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    // After Friday 2-13: Saturday 2-14, then Tuesday 2-24 to Saturday 2-28.
    expect(workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
  });

  it('skips 中秋 and National Day 2026 (9-25 to 9-27, 10-1 to 10-7) and works Sunday 9-20 and Saturday 10-10', () => {
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20'); // Friday → the make-up Sunday
    // Wednesday 9-30 + 3: Thursday 10-8, Friday 10-9, Saturday 10-10.
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-24', 1)).toBe('2026-09-28'); // over 中秋 and a weekend
    expect(workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(workingDaysBetween('2026-10-10', '2026-09-30')).toBe(-3);
  });

  it('skips the 2025 Spring Festival (1-28 to 2-4) and works Sunday 1-26 and Saturday 2-8', () => {
    expect(isWorkingDay('2025-01-26')).toBe(true);
    expect(isWorkingDay('2025-02-03')).toBe(false);
    expect(addWorkingDays('2025-01-24', 2)).toBe('2025-01-27'); // Fri → Sun 1-26, Mon 1-27
    expect(addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
  });

  it('covers every year from 2004 to 2026', () => {
    const years = coveredYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2025);
    expect(years).toContain(2026);
    // No gap: every year between the first and the last is there.
    expect(years).toHaveLength((years.at(-1) ?? 0) - 2004 + 1);
  });
});

describe('a year the holiday data does not cover: Monday to Friday, with a note', () => {
  it('counts over the 2026/2027 year end Monday to Friday from 1 January and says so', () => {
    // Wednesday 12-30 + 3: Thursday 12-31, Friday 2027-01-01 (not known to be a holiday), Monday 1-4.
    expect(addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
    expect(countedWithoutHolidayCalendar('2026-12-30', '2027-01-04')).toBe(true);
    expect(holidayCalendarNote('2026-12-30', '2027-01-04')).toEqual({
      'zh-CN': '节假日安排尚未公布，按周一至周五计算',
      en: 'Holiday calendar not yet published; counted Monday to Friday',
    });
  });

  it('counts through the 2027 Spring Festival (from 2-6) as ordinary weeks', () => {
    // Thursday 2-4 + 3: Friday 2-5, Monday 2-8, Tuesday 2-9.
    expect(addWorkingDays('2027-02-04', 3)).toBe('2027-02-09');
    expect(workingDaysBetween('2027-02-04', '2027-02-09')).toBe(3);
    expect(countedWithoutHolidayCalendar('2027-02-09', '2027-02-04')).toBe(true);
  });

  it('counts Monday to Friday in a year far beyond the data', () => {
    expect(isWorkingDay('2099-01-01')).toBe(true); // a Thursday
    expect(isWorkingDay('2099-01-03')).toBe(false); // a Saturday
    expect(addWorkingDays('2099-01-02', 1)).toBe('2099-01-05');
  });

  it('has no note when every day counted lies in a covered year', () => {
    expect(holidayCalendarNote('2026-02-12', '2026-02-24')).toBeNull();
    expect(countedWithoutHolidayCalendar('2025-12-29', '2026-01-05')).toBe(false);
  });
});
