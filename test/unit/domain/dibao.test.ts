import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../functions/domain/dates.ts';
import { parametersAsOf } from '../../../functions/domain/policy/parameters.ts';
import {
  AS_OF,
  check,
  checkWith,
  codes,
  exampleCheckInput,
  exampleMember,
  HONGYANG,
  LIUSHA_NORTH,
  monthlyIncome,
  programme,
  publishedOutcomeOf,
  RURAL_STANDARD,
  statusOf,
  URBAN_STANDARD,
  withParameter,
} from './helpers.ts';

const twoAdults = [exampleMember(), exampleMember({ age: 40 })];

describe('dibao income test: income per person below the standard (民发〔2021〕57号 第二十三条)', () => {
  it.each([
    ['rural, exactly at the standard → not below', 'rural', RURAL_STANDARD, 'unlikely'],
    ['rural, one yuan under', 'rural', RURAL_STANDARD - 1, 'likely'],
    ['urban, exactly at the standard → not below', 'urban', URBAN_STANDARD, 'unlikely'],
    ['urban, one yuan under', 'urban', URBAN_STANDARD - 1, 'likely'],
    [
      'rural income at the urban standard: the rural line applies',
      'rural',
      URBAN_STANDARD - 1,
      'unlikely',
    ],
  ] as const)('%s (with a published local standard)', (_name, area, perPerson, expected) => {
    const input = exampleCheckInput({
      residence: { area },
      members: twoAdults,
      income: monthlyIncome(perPerson * 2),
    });
    expect(publishedOutcomeOf(input, 'dibao')).toBe(expected);
  });

  it('estimates the gap to the standard for the whole household, in yuan', () => {
    const result = programme(
      check(exampleCheckInput({ members: twoAdults, income: monthlyIncome(500) })),
      'dibao',
    );
    expect(result).toMatchObject({
      outcome: 'likely',
      estimatedMonthlyAmount: RURAL_STANDARD * 2 - 500,
      applyAt: { townshipCode: HONGYANG, basis: 'residence' },
    });
  });
});

describe('dibao asset tests, each on its own (粤民规字〔2019〕9号 家庭财产状况)', () => {
  // 24 months of the urban standard per person: 24 × 860 = 20,640.
  const limit = 24 * URBAN_STANDARD;
  it.each([
    [
      'financial assets exactly 24 months of the urban standard per person',
      { financialAssets: limit * 2 },
      'assets-financial',
      'likely',
    ],
    [
      'financial assets one yuan more',
      { financialAssets: limit * 2 + 1 },
      'assets-financial',
      'unlikely',
    ],
    ['one home', { homes: 1 }, 'assets-homes', 'likely'],
    ['no home', { homes: 0 }, 'assets-homes', 'likely'],
    ['two homes', { homes: 2 }, 'assets-homes', 'unlikely'],
    [
      'a shop, garage or office',
      { nonResidentialProperty: true },
      'assets-non-residential',
      'unlikely',
    ],
    ['a car', { motorVehicle: true }, 'assets-vehicle', 'unlikely'],
    [
      'a registered business',
      { businessRegistration: 'registered' },
      'assets-business',
      'unlikely',
    ],
    [
      'a husband-and-wife workshop (review decides)',
      { businessRegistration: 'family-workshop' },
      'assets-business',
      'possible',
    ],
  ] as const)('%s → %s', (_name, assets, code, expected) => {
    const result = programme(check(exampleCheckInput({ members: twoAdults, assets })), 'dibao');
    expect(result.outcome).toBe(expected);
    const status = { likely: 'meets', possible: 'uncertain', unlikely: 'fails' }[expected];
    expect(statusOf(result, code)).toBe(status);
  });

  it('checks every asset rule separately and reports each', () => {
    const result = programme(check(exampleCheckInput()), 'dibao');
    expect(codes(result)).toEqual(
      expect.arrayContaining([
        'assets-financial',
        'assets-homes',
        'assets-non-residential',
        'assets-vehicle',
        'assets-business',
      ]),
    );
  });
});

describe('where a household may apply (ARCHITECTURE §7)', () => {
  const migrant = (lastEndorsedOn: string | null, hukou: 'guangdong-other' | 'outside-guangdong') =>
    exampleCheckInput({
      residence: { townshipCode: LIUSHA_NORTH, area: 'urban' },
      registration: {
        hukou,
        residencePermit: lastEndorsedOn === null ? { held: false } : { held: true, lastEndorsedOn },
      },
      members: twoAdults,
    });

  it('Puning hukou: apply where you live (省令第262号)', () => {
    expect(statusOf(programme(check(exampleCheckInput()), 'dibao'), 'hukou-puning')).toBe('meets');
  });

  it.each([
    [
      'endorsed exactly 12 months ago: still valid, the inferred switch to confirm',
      addMonths(AS_OF, -12),
      'possible',
      'residence-permit-switch-not-confirmed',
    ],
    [
      'endorsed 12 months and 1 day ago: lapsed yesterday, suspended until renewed',
      addDays(addMonths(AS_OF, -12), -1),
      'unlikely',
      'residence-permit-lapsed',
    ],
    [
      'endorsed today, the inferred switch to confirm',
      AS_OF,
      'possible',
      'residence-permit-switch-not-confirmed',
    ],
    [
      'endorsement dated tomorrow: a typing error',
      addDays(AS_OF, 1),
      'possible',
      'residence-permit-date-after-check',
    ],
    ['no permit', null, 'unlikely', 'residence-permit-missing'],
  ] as const)(
    'Guangdong hukou elsewhere, permit %s (国务院令第663号 第十条)',
    (_name, endorsed, expected, code) => {
      const result = programme(check(migrant(endorsed, 'guangdong-other')), 'dibao');
      expect(result.outcome).toBe(expected);
      expect(codes(result)).toContain(code);
      if (result.outcome !== 'unlikely') {
        expect(result.applyAt).toEqual({ townshipCode: LIUSHA_NORTH, basis: 'residence' });
      }
    },
  );

  it('hukou outside Guangdong with a valid permit: unlikely while the switch is off, with the reason', () => {
    const result = programme(check(migrant(AS_OF, 'outside-guangdong')), 'dibao');
    expect(result.outcome).toBe('unlikely');
    const hukou = result.reasons.find((r) => r.code === 'hukou-outside-guangdong');
    expect(hukou?.citation.document).toBe('广东省人民政府令第262号');
    expect(hukou?.text['zh-CN']).toContain('临时救助');
  });

  it('hukou outside Guangdong with a valid permit: may apply where they live once the bureau switches it on', () => {
    const switchedOn = withParameter('outOfProvincePermitHoldersMayApply', true);
    const result = programme(checkWith(migrant(AS_OF, 'outside-guangdong'), switchedOn), 'dibao');
    expect(result.outcome).toBe('likely');
    expect(codes(result)).toContain('residence-permit-valid');
    const noPermit = programme(checkWith(migrant(null, 'outside-guangdong'), switchedOn), 'dibao');
    expect(noPermit.outcome).toBe('unlikely');
  });

  it('Guangdong hukou elsewhere: unlikely here once the bureau has said it is off', () => {
    const all = parametersAsOf(AS_OF);
    const off = {
      ...all,
      guangdongPermitHoldersMayApply: {
        ...all.guangdongPermitHoldersMayApply,
        value: false,
        confidence: 'verified-official' as const,
      },
    };
    const result = programme(checkWith(migrant(AS_OF, 'guangdong-other'), off), 'dibao');
    expect(codes(result)).toContain('hukou-guangdong-other-not-open');
    expect(result.outcome).toBe('unlikely');
  });

  it('marks a result from previewed parameters so it cannot pass for the published rules', () => {
    const off = withParameter('guangdongPermitHoldersMayApply', false);
    expect(checkWith(exampleCheckInput(), off).rulesVersion).toMatch(/^preview-[0-9a-f]{12}$/);
  });
});

describe('work costs and refusing work', () => {
  it('is possible, not unlikely, when only deducting the declared work costs would bring income under the standard (普民〔2021〕77号 二(一))', () => {
    const input = exampleCheckInput({
      income: { wages: (RURAL_STANDARD + 50) * 6, employmentCosts: 100 * 6 },
    });
    const result = programme(check(input), 'dibao');
    expect(result.outcome).toBe('possible');
    expect(statusOf(result, 'dibao-income-depends-on-work-costs')).toBe('uncertain');
    expect(result.outcome !== 'unlikely' && result.estimatedMonthlyAmount).toBe(50);
  });

  it('stays unlikely when even full deduction of work costs leaves income at the standard', () => {
    const input = exampleCheckInput({
      income: { wages: (RURAL_STANDARD + 100) * 6, employmentCosts: 100 * 6 },
    });
    expect(publishedOutcomeOf(input, 'dibao')).toBe('unlikely');
  });

  it('counts a member who refuses suitable work at the minimum wage, and flags a new application (省令第262号)', () => {
    const input = exampleCheckInput({
      members: [
        exampleMember({ refusesSuitableWork: true }),
        exampleMember(),
        exampleMember(),
        exampleMember(),
      ],
    });
    const result = check(input);
    expect(result.household.countedMonthlyIncomePerPerson).toBe(437.5);
    const dibao = programme(result, 'dibao');
    expect(dibao.outcome).toBe('possible');
    expect(statusOf(dibao, 'refuses-suitable-work')).toBe('uncertain');
  });
});
