import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../functions/domain/policy/check-input.ts';
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
  statusOf,
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

describe('临时救助（支出型） (民发〔2018〕23号; 普民〔2021〕77号 二(六))', () => {
  // 1,000 a month counted for 2 people → 6,000 a year each.
  const household = (
    rigidSpendingLast12Months: number,
    registration: CheckInput['registration'] = { hukou: 'puning' },
    assets: Partial<CheckInput['assets']> = {},
  ) =>
    exampleCheckInput({
      situation: { need: 'large-expenses' },
      registration,
      members: [exampleMember(), exampleMember({ age: 12 })],
      income: monthlyIncome(1000),
      assets,
      expenses: { rigidSpendingLast12Months },
    });
  const withIncomeFigure = withParameter('priorYearDisposableIncomePerPerson', 30_000);

  it.each([
    ['a large medical bill', 7200, 'possible'],
    ['a small one (no share of income is required)', 500, 'possible'],
    ['none', 0, 'unlikely'],
  ] as const)(
    'rigid spending: %s → %s (with the income figure set)',
    (_name, spending, expected) => {
      expect(
        programme(checkWith(household(spending), withIncomeFigure), 'temporary-expense').outcome,
      ).toBe(expected);
    },
  );

  it('leaves whether the spending is beyond what the household can bear to the township (民发〔2018〕23号)', () => {
    const result = programme(checkWith(household(20_000), withIncomeFigure), 'temporary-expense');
    expect(statusOf(result, 'expense-burden-assessed')).toBe('uncertain');
    expect(codes(result)).not.toContain('assets-vehicle');
  });

  it('is only possible while last year’s disposable income is not verified', () => {
    const result = programme(check(household(20_000)), 'temporary-expense');
    expect(result.outcome).toBe('possible');
    expect(codes(result)).toContain('expense-disposable-income-not-verified');
  });

  it('needs income per person below last year’s disposable income (民发〔2018〕23号)', () => {
    const at = withParameter('priorYearDisposableIncomePerPerson', 6000);
    const above = withParameter('priorYearDisposableIncomePerPerson', 6001);
    expect(programme(checkWith(household(20_000), at), 'temporary-expense').outcome).toBe(
      'unlikely',
    );
    expect(programme(checkWith(household(20_000), above), 'temporary-expense').outcome).toBe(
      'possible',
    );
  });

  it.each([
    [
      'outside Guangdong, no residence permit',
      { hukou: 'outside-guangdong', residencePermit: { held: false } },
    ],
    [
      'elsewhere in Guangdong, lapsed permit',
      { hukou: 'guangdong-other', residencePermit: { held: true, lastEndorsedOn: '2020-01-01' } },
    ],
  ] as const)(
    'has no hukou condition: a migrant family (%s) with large medical bills may apply where it lives (普民〔2021〕77号 二(六) 取消户籍地、居住地申请限制)',
    (_name, registration) => {
      const result = programme(
        checkWith(household(20_000, registration), withIncomeFigure),
        'temporary-expense',
      );
      expect(result.outcome).toBe('possible');
      expect(statusOf(result, 'expense-no-hukou-condition')).toBe('meets');
      expect(result.outcome !== 'unlikely' && result.applyAt.townshipCode).toBe(HONGYANG);
      expect(result.reasons.some((r) => r.status === 'fails')).toBe(false);
      expect(JSON.stringify(result.reasons)).not.toContain('户口所在地申请');
    },
  );

  it('uses neither the 60 % spending share nor the 户籍 rule of Guangdong’s 支出型困难家庭 (粤府办〔2022〕3号)', () => {
    const result = programme(check(household(20_000)), 'temporary-expense');
    expect(result.reasons.map((r) => r.citation.document)).not.toContain('粤府办〔2022〕3号');
    expect(check(household(20_000)).parameters.map((p) => p.id)).not.toContain(
      'expenseRigidSpendingShare',
    );
  });
});
