import { describe, expect, it } from 'vitest';
import { check, exampleCheckInput, exampleMember, programme, statusOf } from './helpers.ts';

// Issue 16 item 5: supporters belong to a person (民发〔2021〕43号 第八条), and parents
// living in the household are a minor's supporters (第四条、第八条; 民法典 第二十六条).
const working = (age: number) => exampleMember({ age, ableToWork: true });

describe('a minor living with working parents (民发〔2021〕43号 第四条、第八条)', () => {
  it('is not tekun "likely" when the household answered only for the applicant (a check or application stored before the per-member question)', () => {
    const input = exampleCheckInput({
      members: [working(40), working(38), exampleMember({ age: 12, ableToWork: false })],
      support: { legalSupporter: { status: 'none' } },
    });
    const result = programme(check(input), 'tekun');
    expect(result.outcome).toBe('unlikely');
    const supporters = result.reasons.find((r) => r.code === 'tekun-supporters-able');
    expect(supporters?.citation).toEqual({
      document: '民发〔2021〕43号',
      clause: '第四条、第八条',
    });
    expect(supporters?.text['zh-CN']).toContain('父母');
  });

  it('is not tekun when the parents are said to live in the household', () => {
    const input = exampleCheckInput({
      members: [working(40), exampleMember({ age: 12, ableToWork: false })],
      support: { memberSupporters: [null, { status: 'in-household' }] },
    });
    expect(programme(check(input), 'tekun').outcome).toBe('unlikely');
  });

  it('may be tekun when the child’s own supporters cannot support (e.g. a parent in prison)', () => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 72 }), exampleMember({ age: 12, ableToWork: false })],
      support: {
        legalSupporter: { status: 'able' },
        memberSupporters: [
          null,
          { status: 'cannot-support', case: 'supporter-incapacitated-missing-or-imprisoned' },
        ],
      },
    });
    const result = programme(check(input), 'tekun');
    expect(result.outcome).toBe('likely');
    expect(statusOf(result, 'tekun-no-able-supporter')).toBe('meets');
    // Only the child is costed: the grandparent's own supporters are able.
    expect(
      result.outcome !== 'unlikely' &&
        result.reasons.find((r) => r.code === 'tekun-amount')?.text['zh-CN'],
    ).toContain('第 2 位');
  });
});

describe('a minor living only with a grandparent, not asked about', () => {
  it('is for the township to check, not ruled out (民发〔2021〕43号 第八条)', () => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 75 }), exampleMember({ age: 12, ableToWork: false })],
      support: { legalSupporter: { status: 'able' } },
    });
    const result = programme(check(input), 'tekun');
    expect(result.outcome).toBe('possible');
    expect(statusOf(result, 'tekun-supporters-to-check')).toBe('uncertain');
  });
});

describe('each person who could be tekun is judged with their own supporters (第八条)', () => {
  it('the applicant’s answer is not applied to another member', () => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 75 }), exampleMember({ age: 50, ableToWork: true })],
      support: { legalSupporter: { status: 'none' } },
    });
    // The 50-year-old can work: only the applicant is a candidate, with their own answer.
    expect(programme(check(input), 'tekun').outcome).toBe('likely');
  });

  it('a member not asked about is for the township to check: possible, not likely', () => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 55, ableToWork: true }), exampleMember({ age: 80 })],
      support: { legalSupporter: { status: 'able' } },
    });
    const result = programme(check(input), 'tekun');
    expect(result.outcome).toBe('possible');
    expect(statusOf(result, 'tekun-supporters-to-check')).toBe('uncertain');
  });

  it('answers per member decide per member', () => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 55, ableToWork: true }), exampleMember({ age: 80 })],
      support: { legalSupporter: { status: 'able' }, memberSupporters: [null, { status: 'none' }] },
    });
    expect(programme(check(input), 'tekun').outcome).toBe('likely');
  });
});
