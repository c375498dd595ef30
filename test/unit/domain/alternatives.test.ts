import { describe, expect, it } from 'vitest';
import { check, exampleCheckInput, exampleMember, programme } from './helpers.ts';

// Issue 16 item 6: 低保 and 特困 are not paid together for the same person
// (民发〔2021〕43号 第二十七条): the result says so and pre-selects one.
describe('dibao and tekun are alternatives (民发〔2021〕43号 第二十七条)', () => {
  const aloneAt70 = exampleCheckInput({ members: [exampleMember({ age: 70 })] });

  it('a 70-year-old alone: both look worthwhile, the result says they are not paid together', () => {
    const result = check(aloneAt70);
    expect(programme(result, 'dibao').outcome).toBe('likely');
    expect(programme(result, 'tekun').outcome).toBe('likely');
    expect(result.alternatives?.among).toEqual(['dibao', 'tekun']);
    expect(result.alternatives?.text['zh-CN']).toContain('不能同时领取');
    expect(result.alternatives?.citation).toEqual({
      document: '民发〔2021〕43号',
      clause: '第二十七条',
    });
  });

  it('pre-selects the one with the higher amount, and says why', () => {
    const result = check(aloneAt70);
    const amount = (id: 'dibao' | 'tekun') => {
      const item = programme(result, id);
      return item.outcome === 'unlikely' ? 0 : (item.estimatedMonthlyAmount ?? 0);
    };
    expect(amount('tekun')).toBeGreaterThan(amount('dibao'));
    expect(result.alternatives?.preselected).toBe('tekun');
    expect(result.alternatives?.text['zh-CN']).toContain('估计金额最高');
  });

  it('is null when only one of them is worthwhile', () => {
    const withSupporter = exampleCheckInput({
      members: [exampleMember({ age: 70 })],
      support: { legalSupporter: { status: 'able' } },
    });
    expect(check(withSupporter).alternatives).toBeNull();
  });
});
