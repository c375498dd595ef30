import { describe, expect, it } from 'vitest';
import {
  type DisabilityType,
  disabilityTypes,
} from '../../../functions/domain/policy/disability.ts';
import {
  check,
  exampleCheckInput,
  exampleMember,
  monthlyIncome,
  outcomeOf,
  programme,
  publishedOutcomeOf,
  RURAL_STANDARD,
} from './helpers.ts';

/** A rural household of two with income per person `perPerson` a month. */
function household(perPerson: number, member: Parameters<typeof exampleMember>[0]) {
  return exampleCheckInput({
    members: [exampleMember(), exampleMember(member)],
    income: monthlyIncome(perPerson * 2),
  });
}
const inEdgeBand = RURAL_STANDARD + 100;

describe('单人保: who can be covered alone (普民〔2021〕77号 二(五); 粤府办〔2022〕3号)', () => {
  // Grade 1–2 of any kind; grade 3–4 intellectual or mental.
  const qualifying: Record<DisabilityType, readonly number[]> = {
    physical: [1, 2],
    visual: [1, 2],
    hearing: [1, 2],
    speech: [1, 2],
    intellectual: [1, 2, 3, 4],
    mental: [1, 2, 3, 4],
    multiple: [1, 2],
  };
  const cases = disabilityTypes.flatMap((type) =>
    [1, 2, 3, 4].map((grade) => {
      const expected = qualifying[type].includes(grade)
        ? 'likely'
        : type === 'multiple'
          ? 'possible' // grade 3–4: qualifies only if a part is intellectual or mental
          : 'unlikely';
      return [type, grade, expected] as const;
    }),
  );
  it.each(cases)('%s disability grade %i in an edge household → %s', (type, grade, expected) => {
    expect(
      outcomeOf(household(inEdgeBand, { disability: { grade, type } }), 'single-person-dibao'),
    ).toBe(expected);
  });

  it('covers a seriously ill member', () => {
    expect(outcomeOf(household(inEdgeBand, { seriousIllness: true }), 'single-person-dibao')).toBe(
      'likely',
    );
  });

  it('pays the full standard for that person', () => {
    const result = programme(
      check(household(inEdgeBand, { seriousIllness: true })),
      'single-person-dibao',
    );
    expect(result.outcome !== 'unlikely' && result.estimatedMonthlyAmount).toBe(RURAL_STANDARD);
  });
});

describe('单人保: only in an edge household (粤民函〔2020〕407号; 民发〔2021〕57号 第八条)', () => {
  const ill = { seriousIllness: true };
  it.each([
    [
      'one yuan under the standard: the household gets dibao instead',
      RURAL_STANDARD - 1,
      'unlikely',
    ],
    ['exactly at the standard', RURAL_STANDARD, 'likely'],
    ['half a yuan under 1.5 × (967.50)', 967, 'likely'],
    ['exactly 1.5 × the standard', 967.5, 'unlikely'],
  ] as const)('%s → %s (with a published local standard)', (_name, perPerson, expected) => {
    expect(publishedOutcomeOf(household(perPerson, ill), 'single-person-dibao')).toBe(expected);
  });
});
