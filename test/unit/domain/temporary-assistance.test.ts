import { describe, expect, it } from 'vitest';
import {
  check,
  checkWith,
  codes,
  exampleCheckInput,
  exampleMember,
  HONGYANG,
  monthlyIncome,
  outcomeOf,
  programme,
  withParameter,
} from './helpers.ts';

const ZHANLONG = '445281109000';

describe('临时救助（急难型）: where it happened, no hukou condition (普民〔2021〕77号 二(六))', () => {
  const worker = exampleCheckInput({
    situation: { need: 'sudden-emergency', townshipCode: HONGYANG },
    residence: { townshipCode: ZHANLONG, area: 'urban' },
    registration: { hukou: 'outside-guangdong', residencePermit: { held: false } },
    members: [exampleMember({ age: 30 })],
    income: monthlyIncome(4000),
    support: { legalSupporter: { status: 'able' } },
  });

  it('routes an out-of-province worker with no permit to the township where it happened', () => {
    const result = programme(check(worker), 'temporary-emergency');
    expect(result).toMatchObject({
      outcome: 'likely',
      applyAt: { townshipCode: HONGYANG, basis: 'emergency-location' },
      estimatedMonthlyAmount: null,
    });
    expect(codes(result)).toEqual(
      expect.arrayContaining(['emergency-where-it-happened', 'emergency-aid-first']),
    );
    expect(
      codes(result).some((code) => code.startsWith('hukou') || code.startsWith('residence')),
    ).toBe(false);
  });

  it('cites 先行救助 (民发〔2018〕23号)', () => {
    const result = programme(check(worker), 'temporary-emergency');
    expect(result.reasons.map((r) => r.citation.document)).toContain('民发〔2018〕23号');
  });

  it('is unlikely only when no emergency was reported, and still gives the hotlines', () => {
    const result = programme(check(exampleCheckInput()), 'temporary-emergency');
    expect(result.outcome).toBe('unlikely');
    expect(codes(result)).toContain('emergency-hotline');
  });

  it('leaves dibao for the same worker unlikely (hukou), so only emergency help is offered', () => {
    expect(outcomeOf(worker, 'dibao')).toBe('unlikely');
  });
});

describe('临时救助（支出型） (粤府办〔2022〕3号; 民发〔2018〕23号)', () => {
  // 1,000 a month counted → 12,000 a year; 60 % = 7,200.
  const household = (
    rigidSpendingLast12Months: number,
    hukou: 'puning' | 'guangdong-other' = 'puning',
  ) =>
    exampleCheckInput({
      situation: { need: 'large-expenses' },
      registration:
        hukou === 'puning'
          ? { hukou }
          : { hukou, residencePermit: { held: true, lastEndorsedOn: '2026-06-01' } },
      members: [exampleMember(), exampleMember({ age: 12 })],
      income: monthlyIncome(1000),
      expenses: { rigidSpendingLast12Months },
    });
  const withIncomeFigure = withParameter('priorYearDisposableIncomePerPerson', 30_000);

  it.each([
    ['exactly 60 % of a year’s income', 7200, 'likely'],
    ['one yuan less', 7199, 'unlikely'],
    ['none', 0, 'unlikely'],
  ] as const)(
    'rigid spending %s → %s (with the income figure set)',
    (_name, spending, expected) => {
      expect(
        programme(checkWith(household(spending), withIncomeFigure), 'temporary-expense').outcome,
      ).toBe(expected);
    },
  );

  it('is only possible while last year’s disposable income is not verified', () => {
    const result = programme(check(household(20_000)), 'temporary-expense');
    expect(result.outcome).toBe('possible');
    expect(codes(result)).toContain('expense-disposable-income-not-verified');
  });

  it('needs income per person below last year’s disposable income', () => {
    // 1,000 a month for 2 people = 6,000 a year each.
    const at = withParameter('priorYearDisposableIncomePerPerson', 6000);
    const above = withParameter('priorYearDisposableIncomePerPerson', 6001);
    expect(programme(checkWith(household(20_000), at), 'temporary-expense').outcome).toBe(
      'unlikely',
    );
    expect(programme(checkWith(household(20_000), above), 'temporary-expense').outcome).toBe(
      'likely',
    );
  });

  it('needs at least one member with Puning hukou (FACTS §4a)', () => {
    const result = programme(
      checkWith(household(20_000, 'guangdong-other'), withIncomeFigure),
      'temporary-expense',
    );
    expect(result.outcome).toBe('unlikely');
    expect(codes(result)).toContain('expense-no-local-hukou');
  });
});
