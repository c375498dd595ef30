import { describe, expect, it } from 'vitest';
import {
  check,
  exampleCheckInput,
  exampleMember,
  monthlyIncome,
  programme,
  publishedOutcomeOf,
  RURAL_STANDARD,
  statusOf,
} from './helpers.ts';

const household = (perPerson: number, assets = {}) =>
  exampleCheckInput({
    members: [exampleMember(), exampleMember({ age: 70 })],
    income: monthlyIncome(perPerson * 2),
    assets,
  });

// 民发〔2021〕57号 第八条: not dibao, income per person below 1.5 × the standard, assets OK.
describe('低保边缘家庭', () => {
  it.each([
    ['below the standard: dibao applies instead', RURAL_STANDARD - 1, 'unlikely'],
    ['at the standard', RURAL_STANDARD, 'likely'],
    ['one yuan under 1.5 × (966.50)', 966.5, 'likely'],
    ['exactly 1.5 × (967.50)', 967.5, 'unlikely'],
  ] as const)('%s → %s (with a published local standard)', (_name, perPerson, expected) => {
    expect(publishedOutcomeOf(household(perPerson), 'dibao-edge')).toBe(expected);
  });

  it('applies the same asset limits (粤府办〔2022〕3号)', () => {
    const result = programme(check(household(700, { motorVehicle: true })), 'dibao-edge');
    expect(result.outcome).toBe('unlikely');
    expect(statusOf(result, 'assets-vehicle')).toBe('fails');
    expect(result.reasons.find((r) => r.code === 'assets-vehicle')?.citation.document).toBe(
      '粤府办〔2022〕3号',
    );
  });

  it('refers to medical, school, housing and job help, with no monthly amount', () => {
    const result = programme(check(household(700)), 'dibao-edge');
    expect(result).toMatchObject({ outcome: 'likely', estimatedMonthlyAmount: null });
    expect(statusOf(result, 'edge-referrals')).toBe('info');
  });
});
