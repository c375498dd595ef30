import { describe, expect, it } from 'vitest';
import { disclaimer, evaluate } from '../../../functions/domain/policy/evaluate.ts';
import { rulesVersion } from '../../../functions/domain/policy/parameters.ts';
import { programmeIds } from '../../../functions/domain/policy/programmes.ts';
import {
  AS_OF,
  check,
  exampleCheckInput,
  exampleMember,
  HONGYANG,
  LIUSHA_NORTH,
  monthlyIncome,
  programme,
} from './helpers.ts';

const outcomes = (input: Parameters<typeof check>[0]) =>
  Object.fromEntries(check(input).programmes.map((p) => [p.programme, p.outcome]));

describe('evaluate: the three reference scenarios', () => {
  it('an older rural resident living alone on 300 元 a month: dibao and tekun likely', () => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 72, ableToWork: false })],
      income: monthlyIncome(300),
    });
    expect(outcomes(input)).toEqual({
      dibao: 'likely',
      'single-person-dibao': 'unlikely',
      tekun: 'likely',
      'dibao-edge': 'unlikely',
      'temporary-emergency': 'unlikely',
      'temporary-expense': 'unlikely',
      'gradual-exit': 'unlikely',
    });
    const result = check(input);
    expect(programme(result, 'dibao')).toMatchObject({ estimatedMonthlyAmount: 345 });
    // 1.6 × 645 = 1,032 basic + 2 % × 1,750 = 35 care (fully self-caring).
    expect(programme(result, 'tekun')).toMatchObject({ estimatedMonthlyAmount: 1067 });
  });

  it('a family of 3 from elsewhere in Guangdong with a valid permit, 1,500 元 a month: dibao possible where they live, the inferred permit switch to be confirmed', () => {
    const input = exampleCheckInput({
      residence: { townshipCode: LIUSHA_NORTH, area: 'urban' },
      registration: {
        hukou: 'guangdong-other',
        residencePermit: { held: true, lastEndorsedOn: '2026-03-01' },
      },
      members: [
        exampleMember({ age: 38 }),
        exampleMember({ age: 36 }),
        exampleMember({ age: 9, ableToWork: false }),
      ],
      income: { wages: 1500 * 6 },
      support: { legalSupporter: { status: 'able' } },
    });
    const result = check(input);
    expect(programme(result, 'dibao')).toMatchObject({
      outcome: 'possible',
      estimatedMonthlyAmount: 3 * 860 - 1500,
      applyAt: { townshipCode: LIUSHA_NORTH, basis: 'residence' },
    });
    expect(programme(result, 'temporary-expense').outcome).toBe('unlikely');
  });

  it('an emergency in 洪阳镇 for a worker from outside Guangdong: emergency help likely there, nothing else', () => {
    const input = exampleCheckInput({
      situation: { need: 'sudden-emergency', townshipCode: HONGYANG },
      residence: { townshipCode: '445281109000', area: 'urban' },
      registration: { hukou: 'outside-guangdong', residencePermit: { held: false } },
      members: [exampleMember({ age: 30 })],
      income: { wages: 4000 * 6 },
      support: { legalSupporter: { status: 'able' } },
    });
    const result = check(input);
    expect(
      result.programmes.filter((p) => p.outcome !== 'unlikely').map((p) => p.programme),
    ).toEqual(['temporary-emergency']);
    expect(programme(result, 'temporary-emergency')).toMatchObject({
      applyAt: { townshipCode: HONGYANG, basis: 'emergency-location' },
    });
  });
});

describe('evaluate: what every result carries', () => {
  const result = evaluate(exampleCheckInput({ income: monthlyIncome(300) }), AS_OF);

  it('states the day, the rules version and that it is advice, not a decision (PIPL art. 24)', () => {
    expect(result.asOf).toBe(AS_OF);
    expect(result.rulesVersion).toBe(rulesVersion);
    expect(result.disclaimer).toBe(disclaimer);
    expect(result.disclaimer['zh-CN']).toContain('不是审批决定');
  });

  it('answers for every programme, in the published order', () => {
    expect(result.programmes.map((p) => p.programme)).toEqual([...programmeIds]);
  });

  it('summarises the household and the standard used', () => {
    expect(result.household).toMatchObject({
      members: 1,
      area: 'rural',
      standard: { monthly: 645, parameter: 'dibaoStandardRural' },
      countedMonthlyIncome: 300,
      countedMonthlyIncomePerPerson: 300,
    });
  });

  it('lists the figures it used, each with its date, source and verified flag', () => {
    const used = Object.fromEntries(result.parameters.map((p) => [p.id, p]));
    expect(used.dibaoStandardRural).toMatchObject({
      value: 645,
      effectiveFrom: '2024-07-01',
      verified: false,
      kind: 'provincial-floor',
    });
    expect(used.minimumWageMonthly).toMatchObject({ value: 1750, effectiveFrom: '2025-03-01' });
    for (const parameter of result.parameters) expect(parameter.source.document).toBeTruthy();
  });

  it('lists only figures it read: no emergency amount, no switch for a Puning household', () => {
    const ids = result.parameters.map((p) => p.id);
    expect(ids).not.toContain('outOfProvincePermitHoldersMayApply');
    expect(ids).not.toContain('residencePermitEndorsementMonths');
  });

  it('warns that the standard is the provincial minimum and may be out of date', () => {
    expect(result.notices.map((n) => [n.code, n.parameter])).toEqual(
      expect.arrayContaining([
        ['provincial-floor', 'dibaoStandardRural'],
        ['may-be-outdated', 'dibaoStandardRural'],
        ['not-verified', 'priorYearDisposableIncomePerPerson'],
      ]),
    );
  });

  it('shows the work-cost deduction as not found wherever it applies', () => {
    const withCosts = evaluate(
      exampleCheckInput({ income: { wages: 6000, employmentCosts: 600 } }),
      AS_OF,
    );
    expect(withCosts.household.employmentCosts.allowanceVerified).toBe(false);
    expect(withCosts.household.incomeReasons.map((r) => r.code)).toContain('employment-costs');
    expect(withCosts.notices.map((n) => n.parameter)).toContain('employmentCostDeductionMonthly');
  });

  it('marks figures used before their first known date', () => {
    const early = evaluate(exampleCheckInput(), '2018-06-01');
    expect(early.notices).toContainEqual(
      expect.objectContaining({ code: 'before-first-value', parameter: 'dibaoStandardRural' }),
    );
  });

  it('rejects a day that is not a calendar date', () => {
    expect(() => evaluate(exampleCheckInput(), '2026-02-30')).toThrow(RangeError);
  });
});
