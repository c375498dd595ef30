import { describe, expect, it } from 'vitest';
import {
  type DisabilityType,
  disabilityTypes,
} from '../../../functions/domain/policy/disability.ts';
import {
  check,
  checkWith,
  exampleCheckInput,
  exampleMember,
  monthlyIncome,
  outcomeOf,
  programme,
  publishedOutcomeOf,
  RURAL_STANDARD,
  statusOf,
  URBAN_STANDARD,
  withParameter,
} from './helpers.ts';

/** One person, no income, no assets, no legal supporter: only the tested fact varies. */
const alone = (member: Parameters<typeof exampleMember>[0]) =>
  exampleCheckInput({ members: [exampleMember(member)] });

describe('tekun: no ability to work (民发〔2021〕43号 第五条)', () => {
  it.each([
    [59, 'unlikely'],
    [60, 'likely'],
    [16, 'unlikely'],
    [15, 'likely'],
  ] as const)('aged %i → %s', (age, expected) => {
    expect(outcomeOf(alone({ age }), 'tekun')).toBe(expected);
  });

  // Art. 5 (三): grade 1–3 intellectual or mental, grade 1–2 physical, grade 1 visual.
  const qualifying: Record<DisabilityType, readonly number[]> = {
    intellectual: [1, 2, 3],
    mental: [1, 2, 3],
    physical: [1, 2],
    visual: [1],
    hearing: [],
    speech: [],
    multiple: [],
  };
  const cases = disabilityTypes.flatMap((type) =>
    [1, 2, 3, 4].map((grade) => {
      // A multiple disability's kinds are not on the form: grades 1–3 might qualify.
      const expected =
        type === 'multiple'
          ? grade <= 3
            ? 'possible'
            : 'unlikely'
          : qualifying[type].includes(grade)
            ? 'likely'
            : 'unlikely';
      return [type, grade, expected] as const;
    }),
  );
  it.each(cases)('aged 40 with %s disability grade %i → %s', (type, grade, expected) => {
    expect(outcomeOf(alone({ age: 40, disability: { grade, type } }), 'tekun')).toBe(expected);
  });
});

describe('tekun: no means of living (民发〔2021〕43号 第六条)', () => {
  it.each([
    [RURAL_STANDARD - 1, 'likely'],
    [RURAL_STANDARD, 'unlikely'],
  ] as const)(
    'income %i a month alone, rural → %s (with a published local standard)',
    (monthly, expected) => {
      const input = exampleCheckInput({
        members: [exampleMember({ age: 75 })],
        income: monthlyIncome(monthly),
      });
      expect(publishedOutcomeOf(input, 'tekun')).toBe(expected);
    },
  );
});

describe('tekun: legal supporters (民发〔2021〕43号 第八条)', () => {
  it.each([
    [{ status: 'none' }, 'likely'],
    [{ status: 'able' }, 'unlikely'],
    [{ status: 'not-sure' }, 'possible'],
    [{ status: 'cannot-support', case: 'supporter-is-tekun' }, 'likely'],
    [{ status: 'cannot-support', case: 'supporter-on-dibao-aged-60-plus' }, 'likely'],
    [{ status: 'cannot-support', case: 'supporter-incapacitated-missing-or-imprisoned' }, 'likely'],
    // These two compare with last year's disposable income, a figure not found.
    [{ status: 'cannot-support', case: 'supporter-aged-70-plus-low-income' }, 'possible'],
    [{ status: 'cannot-support', case: 'supporter-severely-disabled-low-income' }, 'possible'],
  ] as const)('%j → %s', (legalSupporter, expected) => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 80 })],
      support: { legalSupporter },
    });
    expect(outcomeOf(input, 'tekun')).toBe(expected);
  });

  it('accepts the low-income supporter cases once the disposable-income figure is set', () => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 80 })],
      support: {
        legalSupporter: { status: 'cannot-support', case: 'supporter-aged-70-plus-low-income' },
      },
    });
    const withFigure = withParameter('priorYearDisposableIncomePerPerson', 30_000);
    expect(programme(checkWith(input, withFigure), 'tekun').outcome).toBe('likely');
  });
});

describe('tekun support amount: basic ≥ 1.6 × standard + care by self-care level (普民〔2021〕77号 二(二))', () => {
  const basicRural = Math.ceil(1.6 * RURAL_STANDARD); // 1,032
  it.each([
    [0, 'self-care, 2 % of 1,750', 35],
    [1, 'semi, 30 %', 525],
    [3, 'semi, 30 %', 525],
    [4, 'full, 60 %', 1050],
    [6, 'full, 60 %', 1050],
  ])('%i of 6 daily tasks not managed → %s', (notManaged, _level, care) => {
    const result = programme(
      check(alone({ age: 70, selfCareTasksNotManaged: notManaged })),
      'tekun',
    );
    expect(result.outcome !== 'unlikely' && result.estimatedMonthlyAmount).toBe(basicRural + care);
  });

  it('uses the urban standard for an urban resident: 1.6 × 860 = 1,376 + 35', () => {
    const input = exampleCheckInput({
      residence: { area: 'urban' },
      members: [exampleMember({ age: 70 })],
    });
    const result = programme(check(input), 'tekun');
    expect(result.outcome !== 'unlikely' && result.estimatedMonthlyAmount).toBe(
      1.6 * URBAN_STANDARD + 35,
    );
  });

  it('rounds up to whole yuan with older figures (2023: 1.6 × 600 = 960; 2 % × 1,620 = 32.4 → 33)', () => {
    const result = programme(check(alone({ age: 70 }), '2023-06-01'), 'tekun');
    expect(result.outcome !== 'unlikely' && result.estimatedMonthlyAmount).toBe(960 + 33);
  });

  it('supports each eligible member of a household separately', () => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 81 }), exampleMember({ age: 79, selfCareTasksNotManaged: 5 })],
      support: { memberSupporters: [null, { status: 'none' }] },
    });
    const result = programme(check(input), 'tekun');
    expect(result.outcome !== 'unlikely' && result.estimatedMonthlyAmount).toBe(
      2 * basicRural + 35 + 1050,
    );
  });

  it('notes for a child that the orphan scheme may be chosen instead (第九条)', () => {
    const result = programme(check(alone({ age: 12, ableToWork: false })), 'tekun');
    expect(statusOf(result, 'tekun-minor-other-schemes')).toBe('info');
  });
});
