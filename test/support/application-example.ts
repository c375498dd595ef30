import type {
  ApplicationInput,
  CompleteApplication,
} from '../../functions/domain/application/application-input.ts';
import { consentVersion } from '../../functions/domain/application/consent-texts.ts';
import { ageOn, type IsoDate } from '../../functions/domain/dates.ts';
import { idNumberCheckCharacter, parseIdNumber } from '../../functions/domain/id-number.ts';

/** The day of the test app's fixed clock (test-app.ts `fixedNow`) in Asia/Shanghai. */
export const exampleDay: IsoDate = '2026-11-28';

/** A valid 18-character ID number for a birth date and serial (check character computed). */
export function idNumberFor(birth: string, serial = '123', area = '445281'): string {
  const body = `${area}${birth.replaceAll('-', '')}${serial}`;
  return `${body}${idNumberCheckCharacter(body)}`;
}

/**
 * A complete, valid application: a Puning resident of 流沙东街道 (a village there). The
 * first member is the applicant, as old on `day` as their ID number says (so an
 * override of the applicant alone stays consistent); give `members` to state ages.
 */
export function exampleApplication(
  overrides: Partial<ApplicationInput> = {},
  day: IsoDate = exampleDay,
): CompleteApplication {
  const example = exampleOf(overrides);
  if (overrides.members) return example;
  const birth = parseIdNumber(example.applicant.idNumber);
  if (!birth.ok) return example;
  const [self, ...others] = example.members;
  if (!self) return example;
  return { ...example, members: [{ ...self, age: ageOn(birth.birthDate, day) }, ...others] };
}

function exampleOf(overrides: Partial<ApplicationInput>): CompleteApplication {
  return {
    programmes: ['dibao'],
    consent: {
      version: consentVersion,
      privacy: true,
      sensitive: true,
      economicCheck: true,
      consentedAt: '2026-11-28T01:55:00.000Z',
    },
    applicant: { name: '陈小明', idNumber: idNumberFor('1956-03-08'), mobile: '13812345678' },
    residence: {
      townshipCode: '445281001000',
      villageCode: '445281001201',
      address: '新安村 12 号',
    },
    registration: { hukou: 'puning' },
    members: [
      {
        relation: 'self',
        age: 70,
        ableToWork: false,
        refusesSuitableWork: false,
        fullTimeStudent: false,
        disability: null,
        seriousIllness: false,
        selfCareTasksNotManaged: 0,
      },
    ],
    income: {
      wages: 0,
      businessNet: 0,
      propertyNet: 0,
      transfer: 1800,
      residentBasicPension: 900,
      notCounted: 0,
      employmentCosts: 0,
    },
    assets: {
      financialAssets: 2000,
      homes: 1,
      nonResidentialProperty: false,
      motorVehicle: false,
      businessRegistration: 'none',
    },
    support: { legalSupporter: { status: 'none' }, receivingDibao: false },
    expenses: { rigidSpendingLast12Months: 0 },
    bankAccount: { bankName: '中国农业银行普宁支行', accountNumber: '6228480012345678901' },
    ...overrides,
  };
}
