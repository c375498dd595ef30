import { describe, expect, it } from 'vitest';
import { townshipName } from '../../../functions/domain/policy/townships.ts';
import {
  check,
  exampleCheckInput,
  exampleMember,
  MINIMUM_WAGE,
  monthlyIncome,
  programme,
} from './helpers.ts';

// Issue 16 item 9: what a township officer would correct.
const tekunFor = (member: Parameters<typeof exampleMember>[0]) =>
  programme(check(exampleCheckInput({ members: [exampleMember(member)] })), 'tekun');
const amountText = (result: ReturnType<typeof tekunFor>) =>
  result.reasons.find((r) => r.code === 'tekun-amount')?.text['zh-CN'] ?? '';

describe('the words an officer uses', () => {
  it('半自理, not 半护理 (普民〔2021〕77号 二(二): 全自理、半自理、全护理)', () => {
    const result = tekunFor({ age: 80, selfCareTasksNotManaged: 2 });
    expect(amountText(result)).toContain('半自理');
    expect(JSON.stringify(check(exampleCheckInput()))).not.toContain('半护理');
  });

  it('乡镇（街道、农场）, since 后溪乡 is a 乡', () => {
    const all = JSON.stringify(
      check(
        exampleCheckInput({
          members: [exampleMember({ age: 80 })],
          income: { wages: 800 * 6, employmentCosts: 300 * 6 },
          expenses: { rigidSpendingLast12Months: 5000 },
        }),
      ),
    );
    expect(all).toContain('乡镇（街道、农场）');
    expect(all).not.toMatch(/(?<!乡)镇（街道/);
  });

  it('the 特困 standard cites 普民〔2021〕77号 二(二)', () => {
    const amount = tekunFor({ age: 80 }).reasons.find((r) => r.code === 'tekun-amount');
    expect(amount?.citation).toEqual({ document: '普民〔2021〕77号', clause: '二(二)' });
  });

  it('the 渐退期 says what the policy says: a 6-month 渐退期, no promise of the old amount (二(一))', () => {
    const result = programme(
      check(
        exampleCheckInput({
          income: monthlyIncome(700),
          support: { receivingDibao: true },
        }),
      ),
      'gradual-exit',
    );
    const all = result.reasons.map((r) => r.text['zh-CN']).join('');
    expect(all).toContain('6 个月的救助渐退期');
    expect(all).not.toContain('原来的低保金额');
    expect(all).not.toContain('照常发放，之后');
  });

  it('a young child’s care level is for staff to assess, not costed at 全护理 from the six items (民发〔2021〕43号 第二十一条)', () => {
    const child = tekunFor({ age: 4, ableToWork: false, selfCareTasksNotManaged: 6 });
    expect(amountText(child)).toContain('由乡镇（街道、农场）评估');
    expect(amountText(child)).not.toContain('全护理');
    const adult = tekunFor({ age: 80, selfCareTasksNotManaged: 6 });
    const careShareGap = Math.ceil(0.6 * MINIMUM_WAGE) - Math.ceil(0.02 * MINIMUM_WAGE);
    expect(
      adult.outcome !== 'unlikely' &&
        child.outcome !== 'unlikely' &&
        (adult.estimatedMonthlyAmount ?? 0) - (child.estimatedMonthlyAmount ?? 0),
    ).toBe(careShareGap);
  });

  it('南径镇 in English does not read as the city of Nanjing', () => {
    expect(townshipName('445281108000').en).toBe('Nanjing Town (南径镇)');
  });
});

describe('rules written for a period say when it has passed (二(八) 十四五; 77号 5年过渡期)', () => {
  const withPension = exampleCheckInput({
    members: [exampleMember({ age: 70 })],
    income: { residentBasicPension: 900 },
  });

  it('the pension exclusion is a dated parameter that ends with 十四五 (2025-12-31)', () => {
    const during = check(withPension, '2025-06-01');
    const rule = during.parameters.find((p) => p.id === 'residentBasicPensionNotCounted');
    expect(rule).toMatchObject({ value: true, lastDay: '2025-12-31', pastEnd: false });
    expect(during.notices.some((n) => n.code === 'past-end')).toBe(false);
  });

  it('after its end a result says so, in the notices and in the reason that used it', () => {
    const after = check(withPension, '2026-11-28');
    const notice = after.notices.find(
      (n) => n.code === 'past-end' && n.parameter === 'residentBasicPensionNotCounted',
    );
    expect(notice?.text['zh-CN']).toContain('十四五');
    const reason = after.household.incomeReasons.find(
      (r) => r.code === 'resident-pension-not-counted',
    );
    expect(reason?.text['zh-CN']).toContain('2025-12-31');
  });

  it('77号’s 5-year transition ends 2025-12-31: the 特困 figures resting on it say so after', () => {
    const after = check(exampleCheckInput({ members: [exampleMember({ age: 80 })] }), '2026-11-28');
    const ended = after.notices.filter((n) => n.code === 'past-end').map((n) => n.parameter);
    expect(ended).toEqual(expect.arrayContaining(['tekunBasicMultiplier', 'careShareSelfCare']));
    const before = check(
      exampleCheckInput({ members: [exampleMember({ age: 80 })] }),
      '2025-12-31',
    );
    expect(before.notices.some((n) => n.code === 'past-end')).toBe(false);
  });
});
