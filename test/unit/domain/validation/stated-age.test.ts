import { describe, expect, it } from 'vitest';
import { statedAgeAgrees } from '../../../../functions/domain/validation/stated-age.ts';

// Age in whole years (周岁) on today, or this year minus the birth year before the birthday.
describe('a stated age against the birth date in an ID number', () => {
  const today = '2026-11-28';

  it('accepts the age in whole years', () => {
    expect(statedAgeAgrees(70, '1956-03-08', today)).toBe(true);
  });

  it('accepts one year more before this year’s birthday (this year minus the birth year)', () => {
    expect(statedAgeAgrees(69, '1956-12-20', today)).toBe(true);
    expect(statedAgeAgrees(70, '1956-12-20', today)).toBe(true);
  });

  it('refuses one year more once the birthday has passed (a 虚岁)', () => {
    expect(statedAgeAgrees(71, '1956-03-08', today)).toBe(false);
  });

  it('refuses one year less than the age in whole years', () => {
    expect(statedAgeAgrees(69, '1956-03-08', today)).toBe(false);
  });

  it('on the birthday itself accepts only the new age', () => {
    expect(statedAgeAgrees(70, '1956-11-28', today)).toBe(true);
    expect(statedAgeAgrees(69, '1956-11-28', today)).toBe(false);
  });

  it('accepts 0 for a baby born today', () => {
    expect(statedAgeAgrees(0, today, today)).toBe(true);
  });

  it('refuses an age that is decades off', () => {
    expect(statedAgeAgrees(70, '2027-01-01', today)).toBe(false);
    expect(statedAgeAgrees(70, '1988-05-01', today)).toBe(false);
  });

  it('counts someone born on 29 February a year older on 1 March in a common year', () => {
    expect(statedAgeAgrees(26, '2000-02-29', '2027-02-28')).toBe(true);
    expect(statedAgeAgrees(27, '2000-02-29', '2027-02-28')).toBe(true);
    expect(statedAgeAgrees(26, '2000-02-29', '2027-03-01')).toBe(false);
  });
});
