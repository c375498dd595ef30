import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../functions/domain/dates.ts';
import { AS_OF, check, codes, exampleCheckInput, exampleMember, programme } from './helpers.ts';

// Issue 16 item 4: a lapsed residence permit is suspended until the endorsement is renewed
// (国务院令第663号 第十条), so the programmes applied for on it are "unlikely" with renewal
// guidance, never "possible" with an amount; temporary assistance stays open.
describe('a lapsed residence permit (国务院令第663号 第十条)', () => {
  const lapsed = exampleCheckInput({
    situation: { need: 'large-expenses' },
    registration: {
      hukou: 'guangdong-other',
      residencePermit: { held: true, lastEndorsedOn: addDays(addMonths(AS_OF, -12), -1) },
    },
    members: [exampleMember({ age: 75 })],
    expenses: { rigidSpendingLast12Months: 30_000 },
  });
  const result = check(lapsed);

  it.each(['dibao', 'single-person-dibao', 'tekun', 'dibao-edge'] as const)(
    '%s at the place of residence is unlikely, with renewal guidance',
    (id) => {
      const item = programme(result, id);
      expect(item.outcome).toBe('unlikely');
      expect('estimatedMonthlyAmount' in item).toBe(false);
      const permit = item.reasons.find((r) => r.code === 'residence-permit-lapsed');
      expect(permit?.status).toBe('fails');
      expect(permit?.text['zh-CN']).toContain('补办签注');
      expect(permit?.citation).toEqual({ document: '国务院令第663号', clause: '第十条' });
    },
  );

  it('temporary assistance stays open (普民〔2021〕77号 二(六))', () => {
    const expense = programme(result, 'temporary-expense');
    expect(expense.outcome).not.toBe('unlikely');
    expect(codes(expense)).not.toContain('residence-permit-lapsed');
  });
});
