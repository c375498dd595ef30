import type { CheckInput, CheckInputMember } from './check-input.ts';

/**
 * Builders of valid pre-check answers, for tests and page previews. The defaults are a
 * one-person rural household in 洪阳镇 with Puning hukou, no income, no assets and no
 * legal supporter; override only what a case is about.
 */

export function exampleMember(overrides: Partial<CheckInputMember> = {}): CheckInputMember {
  return {
    age: 45,
    ableToWork: true,
    refusesSuitableWork: false,
    fullTimeStudent: false,
    disability: null,
    seriousIllness: false,
    selfCareTasksNotManaged: 0,
    ...overrides,
  };
}

export interface CheckInputOverrides {
  readonly situation?: CheckInput['situation'];
  readonly residence?: Partial<CheckInput['residence']>;
  readonly registration?: CheckInput['registration'];
  readonly members?: CheckInput['members'];
  readonly income?: Partial<CheckInput['income']>;
  readonly assets?: Partial<CheckInput['assets']>;
  readonly support?: Partial<CheckInput['support']>;
  readonly expenses?: Partial<CheckInput['expenses']>;
}

export const HONGYANG = '445281104000';

export function exampleCheckInput(overrides: CheckInputOverrides = {}): CheckInput {
  return {
    situation: overrides.situation ?? { need: 'regular-support' },
    residence: { townshipCode: HONGYANG, area: 'rural', ...overrides.residence },
    registration: overrides.registration ?? { hukou: 'puning' },
    members: overrides.members ?? [exampleMember()],
    income: {
      wages: 0,
      businessNet: 0,
      propertyNet: 0,
      transfer: 0,
      residentBasicPension: 0,
      notCounted: 0,
      employmentCosts: 0,
      ...overrides.income,
    },
    assets: {
      financialAssets: 0,
      homes: 1,
      nonResidentialProperty: false,
      motorVehicle: false,
      businessRegistration: 'none',
      ...overrides.assets,
    },
    support: { legalSupporter: { status: 'none' }, receivingDibao: false, ...overrides.support },
    expenses: { rigidSpendingLast12Months: 0, ...overrides.expenses },
  };
}
