import { describe, expect, it } from 'vitest';
import {
  check,
  exampleCheckInput,
  exampleMember,
  monthlyIncome,
  outcomeOf,
  programme,
  RURAL_STANDARD,
  URBAN_STANDARD,
} from './helpers.ts';

const recipient = (area: 'urban' | 'rural', perPerson: number, receivingDibao = true) =>
  exampleCheckInput({
    residence: { area },
    members: [exampleMember(), exampleMember({ age: 8 })],
    income: monthlyIncome(perPerson * 2),
    support: { receivingDibao },
  });

// 普民〔2021〕77号 二(一): 6 months for rural households; 民发〔2021〕57号 第三十三条: may be granted.
describe('渐退期', () => {
  it.each([
    ['rural recipient, income reaches the standard', recipient('rural', RURAL_STANDARD), 'likely'],
    ['rural recipient, income well above', recipient('rural', 3000), 'likely'],
    [
      'rural recipient, income still below: dibao continues',
      recipient('rural', RURAL_STANDARD - 1),
      'unlikely',
    ],
    [
      'urban recipient, income above: the bureau may grant it',
      recipient('urban', URBAN_STANDARD),
      'possible',
    ],
    ['not a recipient', recipient('rural', 3000, false), 'unlikely'],
  ])('%s → %s', (_name, input, expected) => {
    expect(outcomeOf(input, 'gradual-exit')).toBe(expected);
  });

  it('says how many months the payment continues, from the parameter', () => {
    const result = programme(check(recipient('rural', 1000)), 'gradual-exit');
    const amount = result.reasons.find((r) => r.code === 'gradual-exit-amount');
    expect(amount?.text['zh-CN']).toContain('6 个月');
    expect(result.outcome !== 'unlikely' && result.estimatedMonthlyAmount).toBeNull();
  });
});
