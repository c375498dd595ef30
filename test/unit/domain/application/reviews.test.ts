import { describe, expect, it } from 'vitest';
import {
  amountWithoutMemberShare,
  careReassessmentDue,
  firstReviewDue,
  gradualExitOver,
  gradualExitPeriod,
  memberShare,
  nextReviewDue,
} from '../../../../functions/domain/application/reviews.ts';
import { parametersAsOf } from '../../../../functions/domain/policy/parameters.ts';

const p = parametersAsOf('2026-12-03');

describe('periodic review dates (57号 第三十一条)', () => {
  it('falls due a year, or half a year, after the first paid month, across the year end', () => {
    expect(firstReviewDue('2027-01', 'yearly', p)).toBe('2028-01-01');
    expect(firstReviewDue('2026-09', 'half-yearly', p)).toBe('2027-03-01');
    expect(firstReviewDue('2026-12', 'half-yearly', p)).toBe('2027-06-01');
  });

  it('dates the next review from the day one concluded, clamped to a shorter month', () => {
    // 31 August + 6 months: February has no 31st (28 days in 2027, 29 in 2028).
    expect(nextReviewDue('2026-08-31', 'half-yearly', p)).toBe('2027-02-28');
    expect(nextReviewDue('2027-08-31', 'half-yearly', p)).toBe('2028-02-29');
    expect(nextReviewDue('2026-10-31', 'half-yearly', p)).toBe('2027-04-30');
    expect(nextReviewDue('2026-12-15', 'yearly', p)).toBe('2027-12-15');
  });
});

describe('a 特困 re-assessment after self-care changed (43号 第二十三条)', () => {
  it('is due within 10 working days, the Mid-Autumn and National Day holidays not counted', () => {
    // Reported Wednesday 23 September 2026. Working days: 24, 28, 29, 30 September;
    // 8, 9, 10 (a Saturday worked in place of a holiday), 12, 13, 14 October.
    expect(careReassessmentDue('2026-09-23', p)).toBe('2026-10-14');
  });

  it('is 10 plain working days in an ordinary fortnight', () => {
    // Monday 9 November 2026 → Monday 23 November.
    expect(careReassessmentDue('2026-11-09', p)).toBe('2026-11-23');
  });
});

describe('the 渐退期 (77号 二(一)): six months paid from the next month', () => {
  it('runs across the year end and ends after its last month', () => {
    const period = gradualExitPeriod('2027-08-10', p);
    expect(period).toMatchObject({
      firstMonth: '2027-09',
      endMonth: '2028-02',
      endsOn: '2028-03-01',
      remindOn: '2028-02-01',
    });
    expect(gradualExitOver('2028-02', '2028-02-29')).toBe(false);
    expect(gradualExitOver('2028-02', '2028-03-01')).toBe(true);
  });

  it('started on the last day of a month still pays six whole months', () => {
    expect(gradualExitPeriod('2027-01-31', p)).toMatchObject({
      firstMonth: '2027-02',
      endMonth: '2027-07',
    });
  });
});

describe('a member who refused suitable work 3 times loses only his or her own share (57号 第三十四条)', () => {
  it('splits the household amount per member in fen, the odd fen staying with the household', () => {
    expect(memberShare(1000, 4)).toEqual({ shareYuan: 250, remainderYuan: 750 });
    // 1000 yuan for 3: 333.33 each; the household keeps 666.67.
    expect(memberShare(1000, 3)).toEqual({ shareYuan: 333.33, remainderYuan: 666.67 });
  });

  it('stops the share (nothing kept) or reduces it to what is kept, never beyond the share', () => {
    expect(amountWithoutMemberShare(1000, 3)).toBe(666.67);
    expect(amountWithoutMemberShare(1000, 4, 100)).toBe(850);
    expect(amountWithoutMemberShare(1000, 4, 999)).toBe(1000);
    // A one-person household: stopping the share stops the benefit.
    expect(amountWithoutMemberShare(480, 1)).toBe(0);
  });

  it('refuses a household of no one or a negative amount', () => {
    expect(() => memberShare(1000, 0)).toThrow(RangeError);
    expect(() => memberShare(-1, 2)).toThrow(RangeError);
  });
});
