import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  compareIsoDates,
  isIsoDate,
  todayInShanghai,
} from '../../../functions/domain/dates.ts';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['20250101', false],
    ['2025-01-01T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('todayInShanghai', () => {
  it('is already the next day in Puning at 16:00 UTC (UTC+8 midnight)', () => {
    expect(todayInShanghai(Date.parse('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
    expect(todayInShanghai(new Date('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
  });

  it('gives the same day as the Asia/Shanghai time-zone database at any instant since 1992', () => {
    const reference = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('1992-01-01T00:00:00Z'),
          max: Date.parse('2100-12-31T00:00:00Z'),
        }),
        (instant) => {
          expect(todayInShanghai(instant)).toBe(reference.format(instant));
        },
      ),
      { numRuns: 5000, seed: 20261129 },
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-06-15', 12, '2026-06-15'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('%s + %i months = %s (clamped to the month end)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('rejects a date that does not exist', () => {
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('addDays and compareIsoDates', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('orders dates', () => {
    expect(compareIsoDates('2024-07-01', '2024-06-30')).toBe(1);
    expect(compareIsoDates('2024-07-01', '2024-07-01')).toBe(0);
    expect(compareIsoDates('2023-12-31', '2024-01-01')).toBe(-1);
  });
});

describe('ageOn', () => {
  it.each([
    ['1966-11-28', '2026-11-28', 60],
    ['1966-11-29', '2026-11-28', 59],
    ['2010-11-28', '2026-11-28', 16],
    ['2010-11-29', '2026-11-28', 15],
    // Born on 29 February: a year older on 1 March in a common year.
    ['2008-02-29', '2025-02-28', 16],
    ['2008-02-29', '2025-03-01', 17],
  ])('born %s is %i on %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});
