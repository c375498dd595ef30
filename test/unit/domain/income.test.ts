import { describe, expect, it } from 'vitest';
import { householdIncome } from '../../../functions/domain/policy/income.ts';
import { parametersAsOf } from '../../../functions/domain/policy/parameters.ts';
import { AS_OF, exampleCheckInput, exampleMember, MINIMUM_WAGE } from './helpers.ts';

const p = parametersAsOf(AS_OF);
const income = (overrides: Parameters<typeof exampleCheckInput>[0]) =>
  householdIncome(exampleCheckInput(overrides), p);

describe('household income (monthly average of the last 6 months)', () => {
  it('averages the 6-month totals by month and by person (省令第262号)', () => {
    const result = income({
      members: [exampleMember(), exampleMember(), exampleMember({ age: 10 })],
      income: { wages: 9000, businessNet: 1800, propertyNet: 600, transfer: 600 },
    });
    expect(result.monthly).toBe(2000);
    expect(result.monthlyPerPerson).toBe(666.67);
  });

  it('leaves out the resident basic pension (普民〔2021〕77号 二(八))', () => {
    const result = income({ income: { residentBasicPension: 1200, transfer: 600 } });
    expect(result.monthly).toBe(100);
    expect(result.notCountedMonthly.residentBasicPension).toBe(200);
    expect(result.reasons.map((r) => [r.code, r.citation.clause])).toContainEqual([
      'resident-pension-not-counted',
      '二(八)',
    ]);
  });

  it('leaves out the items of 民发〔2021〕57号 art. 13', () => {
    const result = income({ income: { notCounted: 3000 } });
    expect(result.monthly).toBe(0);
    expect(result.reasons.map((r) => r.citation)).toContainEqual({
      document: '民发〔2021〕57号',
      clause: '第十三条',
    });
  });

  it('deducts work costs only up to the allowance, which is not found (0), and says so', () => {
    const result = income({ income: { wages: 6000, employmentCosts: 1200 } });
    expect(result.monthly).toBe(1000);
    expect(result.employmentCosts).toEqual({
      declaredMonthly: 200,
      deductedMonthly: 0,
      allowanceVerified: false,
    });
    expect(result.countedPeriodFenIfCostsDeducted).toBe(480_000);
    const costs = result.reasons.find((r) => r.code === 'employment-costs');
    expect(costs?.citation).toEqual({ document: '普民〔2021〕77号', clause: '二(一)' });
    expect(costs?.text['zh-CN']).toContain('扣减标准我们还没有找到');
  });

  it('deducts work costs from wages only, never below zero', () => {
    const result = income({ income: { wages: 600, transfer: 6000, employmentCosts: 6000 } });
    expect(result.countedPeriodFenIfCostsDeducted).toBe(600_000);
  });

  it('applies a verified allowance once the bureau publishes one', () => {
    const withAllowance = {
      ...p,
      employmentCostDeductionMonthly: {
        ...p.employmentCostDeductionMonthly,
        value: 150,
        verified: true,
      },
    };
    const result = householdIncome(
      exampleCheckInput({ income: { wages: 6000, employmentCosts: 1200 } }),
      withAllowance,
    );
    expect(result.employmentCosts.deductedMonthly).toBe(150);
    expect(result.monthly).toBe(850);
  });

  describe('imputes the minimum wage for refusing suitable work (省令第262号)', () => {
    it.each([
      ['a working-age adult able to work', { age: 30 }, true],
      ['a full-time student (exempt)', { age: 19, fullTimeStudent: true }, false],
      ['someone unable to work', { age: 30, ableToWork: false }, false],
      ['someone aged 60 (treated as unable to work, 43号 art. 5)', { age: 60 }, false],
      ['someone aged 15', { age: 15 }, false],
      [
        'someone with grade 2 physical disability',
        { age: 40, disability: { grade: 2, type: 'physical' } as const },
        false,
      ],
      [
        'someone with grade 3 physical disability',
        { age: 40, disability: { grade: 3, type: 'physical' } as const },
        true,
      ],
    ])('%s → imputed: %s', (_name, member, imputed) => {
      const result = income({
        members: [exampleMember({ ...member, refusesSuitableWork: true })],
      });
      expect(result.imputed.length > 0).toBe(imputed);
      expect(result.monthly).toBe(imputed ? MINIMUM_WAGE : 0);
    });
  });
});
