import fc from 'fast-check';
import {
  type CheckInput,
  type CheckInputMember,
  type LegalSupporter,
  MAX_AMOUNT,
  supporterCannotSupportCases,
} from '../../functions/domain/policy/check-input.ts';
import { disabilityTypes } from '../../functions/domain/policy/disability.ts';
import { townshipCodes } from '../../functions/domain/policy/townships.ts';

/** Days from 2018 to 2030: before the first figures, across every change, and after. */
export const isoDateArb = fc
  .integer({ min: Date.UTC(2018, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

/** Mostly household-sized amounts, near the standards, sometimes anything allowed. */
export const amountArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 3_000_000 }).map((fen) => fen / 100) },
  {
    weight: 1,
    arbitrary: fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true, noDefaultInfinity: true }),
  },
);

export const townshipArb = fc.constantFrom(...townshipCodes);

export const memberArb: fc.Arbitrary<CheckInputMember> = fc.record({
  age: fc.integer({ min: 0, max: 120 }),
  ableToWork: fc.boolean(),
  // Rare, as in life; when present it dominates the income, so keep most cases without.
  refusesSuitableWork: fc.oneof(
    { weight: 5, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
  fullTimeStudent: fc.boolean(),
  disability: fc.option(
    fc.record({ grade: fc.integer({ min: 1, max: 4 }), type: fc.constantFrom(...disabilityTypes) }),
    { nil: null, freq: 3 },
  ),
  seriousIllness: fc.boolean(),
  selfCareTasksNotManaged: fc.integer({ min: 0, max: 6 }),
});

/** A member with no income of their own who does not refuse work. */
export const memberWithoutIncomeArb = memberArb.map((m) => ({ ...m, refusesSuitableWork: false }));

const permitArb = fc.oneof(
  fc.constant({ held: false as const }),
  isoDateArb.map((lastEndorsedOn) => ({ held: true as const, lastEndorsedOn })),
);

export const legalSupporterArb: fc.Arbitrary<LegalSupporter> = fc.oneof(
  fc.constant({ status: 'none' as const }),
  fc.constant({ status: 'able' as const }),
  fc.constant({ status: 'in-household' as const }),
  fc.constant({ status: 'not-sure' as const }),
  fc
    .constantFrom(...supporterCannotSupportCases)
    .map((c) => ({ status: 'cannot-support' as const, case: c })),
);

export const checkInputArb: fc.Arbitrary<CheckInput> = fc.record({
  situation: fc.oneof(
    fc.constant({ need: 'regular-support' as const }),
    townshipArb.map((townshipCode) => ({ need: 'sudden-emergency' as const, townshipCode })),
    fc.constant({ need: 'large-expenses' as const }),
  ),
  residence: fc.record({ townshipCode: townshipArb, area: fc.constantFrom('urban', 'rural') }),
  registration: fc.oneof(
    fc.constant({ hukou: 'puning' as const }),
    permitArb.map((residencePermit) => ({ hukou: 'guangdong-other' as const, residencePermit })),
    permitArb.map((residencePermit) => ({ hukou: 'outside-guangdong' as const, residencePermit })),
  ),
  members: fc.array(memberArb, { minLength: 1, maxLength: 20 }),
  income: fc.record({
    wages: amountArb,
    businessNet: amountArb,
    propertyNet: amountArb,
    transfer: amountArb,
    residentBasicPension: amountArb,
    notCounted: amountArb,
    employmentCosts: amountArb,
  }),
  assets: fc.record({
    financialAssets: amountArb,
    homes: fc.integer({ min: 0, max: 20 }),
    nonResidentialProperty: fc.boolean(),
    motorVehicle: fc.boolean(),
    businessRegistration: fc.constantFrom('none', 'family-workshop', 'registered'),
  }),
  support: fc.record(
    {
      legalSupporter: legalSupporterArb,
      receivingDibao: fc.boolean(),
      // Per-member answers (issue 16 item 5); absent in inputs stored before them.
      memberSupporters: fc.array(fc.option(legalSupporterArb, { nil: null, freq: 3 }), {
        maxLength: 20,
      }),
    },
    { requiredKeys: ['legalSupporter', 'receivingDibao'] },
  ),
  expenses: fc.record({ rigidSpendingLast12Months: amountArb }),
});
