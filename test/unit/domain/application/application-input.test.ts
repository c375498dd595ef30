import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ApplicationInput,
  applicationInputSchema,
  applicationInputSchemaOn,
} from '../../../../functions/domain/application/application-input.ts';
import { applicationCatalogue } from '../../../../functions/domain/application/messages.ts';
import { addDays } from '../../../../functions/domain/dates.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { toFieldErrors } from '../../../../functions/domain/validation/field-errors.ts';
import { exampleApplication, idNumberFor } from '../../../support/application-example.ts';

const today = '2026-11-28';
const schema = applicationInputSchemaOn(() => today);
const tomorrow = addDays(today, 1);

function errorsOf(input: unknown, locale: Locale = 'zh-CN', on = schema) {
  const result = on.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error.issues, locale, applicationCatalogue);
}

const member = exampleApplication().members[0] as NonNullable<ApplicationInput['members']>[number];
const spouse = (age: number, idNumber?: string) => ({
  ...member,
  relation: 'spouse' as const,
  age,
  ...(idNumber ? { idNumber } : {}),
});
const withApplicantBorn = (birth: string, age: number) =>
  exampleApplication({
    applicant: { ...exampleApplication().applicant, idNumber: idNumberFor(birth) },
    members: [{ ...member, age }],
  });
const permitHolder = (lastEndorsedOn: string, permitIssuedOn?: string) =>
  exampleApplication({
    registration: { hukou: 'outside-guangdong', residencePermit: { held: true, lastEndorsedOn } },
    ...(permitIssuedOn ? { permitIssuedOn } : {}),
  });
const emergencyOn = (occurredOn: string) =>
  exampleApplication({
    programmes: ['temporary-emergency'],
    emergency: { description: '房屋失火', occurredOn, townshipCode: '445281001000' },
  });

describe('the example application', () => {
  it('is valid on the example day (so every refusal below is the one change made)', () => {
    expect(errorsOf(exampleApplication())).toEqual([]);
  });
});

describe('ID numbers may not carry a birth date after today', () => {
  it('refuses an applicant born tomorrow, naming the field in both languages', () => {
    const born = withApplicantBorn(tomorrow, 0);
    expect(errorsOf(born)).toEqual([
      { path: 'applicant.idNumber', message: '身份证号码中的出生日期晚于今天，请核对号码' },
    ]);
    expect(errorsOf(born, 'en')).toEqual([
      {
        path: 'applicant.idNumber',
        message: 'The date of birth in the ID number is after today. Check the number',
      },
    ]);
  });

  it('refuses an applicant born next year who says they are 70', () => {
    expect(errorsOf(withApplicantBorn('2027-03-08', 70)).map((e) => e.path)).toEqual([
      'applicant.idNumber',
    ]);
  });

  it('accepts an applicant whose birthday is today', () => {
    expect(errorsOf(withApplicantBorn('1956-11-28', 70))).toEqual([]);
  });

  it('refuses any member with an ID number born after today', () => {
    const household = exampleApplication({
      members: [
        member,
        spouse(30, idNumberFor('1996-01-01', '222')),
        spouse(0, idNumberFor(tomorrow, '224')),
      ],
    });
    expect(errorsOf(household).map((e) => e.path)).toEqual(['members.2.idNumber']);
  });

  it('reads today from its clock at each check, not when it was built', () => {
    let day = '2026-12-31';
    const onClock = applicationInputSchemaOn(() => day);
    const newYear = withApplicantBorn('2027-01-01', 0);
    expect(errorsOf(newYear, 'zh-CN', onClock).map((e) => e.path)).toEqual(['applicant.idNumber']);
    day = '2027-01-01';
    expect(errorsOf(newYear, 'zh-CN', onClock)).toEqual([]);
  });
});

describe('a stated age must agree with the birth date in the ID number', () => {
  it('refuses an applicant whose age is not the one the ID number gives', () => {
    expect(errorsOf(withApplicantBorn('1988-05-01', 70))).toEqual([
      {
        path: 'members.0.age',
        message: '年龄与身份证号码中的出生日期不符，请核对年龄（周岁）和身份证号码',
      },
    ]);
    expect(errorsOf(withApplicantBorn('1988-05-01', 70), 'en')).toEqual([
      {
        path: 'members.0.age',
        message:
          'This age does not match the date of birth in the ID number. Check the age (in whole years) and the number',
      },
    ]);
  });

  it('accepts this year minus the birth year before the birthday comes', () => {
    expect(errorsOf(withApplicantBorn('1956-12-20', 69))).toEqual([]);
    expect(errorsOf(withApplicantBorn('1956-12-20', 70))).toEqual([]);
    expect(errorsOf(withApplicantBorn('1956-12-20', 71)).map((e) => e.path)).toEqual([
      'members.0.age',
    ]);
  });

  it('checks every member that gives an ID number, and no member without one', () => {
    const household = exampleApplication({
      members: [member, spouse(45, idNumberFor('1960-06-06', '222')), spouse(45)],
    });
    expect(errorsOf(household).map((e) => e.path)).toEqual(['members.1.age']);
  });

  it('uses the member’s own ID number for the first member when given', () => {
    const household = exampleApplication({
      members: [{ ...member, idNumber: idNumberFor('1990-01-01', '222') }],
    });
    expect(errorsOf(household).map((e) => e.path)).toEqual(['members.0.age']);
  });

  it('still checks ages when another part of the form is wrong', () => {
    const both = {
      ...withApplicantBorn('1988-05-01', 70),
      bankAccount: { bankName: '', accountNumber: '1' },
    };
    expect(errorsOf(both).map((e) => e.path)).toEqual([
      'bankAccount.bankName',
      'bankAccount.accountNumber',
      'members.0.age',
    ]);
  });

  it('does not add an age error to an ID number that is wrong itself', () => {
    const wrong = exampleApplication({
      applicant: { ...exampleApplication().applicant, idNumber: '110105194912310021' },
    });
    expect(errorsOf(wrong).map((e) => e.path)).toEqual(['applicant.idNumber']);
  });
});

describe('an emergency cannot have happened after today', () => {
  it('refuses an emergency dated tomorrow, in both languages', () => {
    expect(errorsOf(emergencyOn(tomorrow))).toEqual([
      { path: 'emergency.occurredOn', message: '发生日期不能晚于今天' },
    ]);
    expect(errorsOf(emergencyOn('2027-11-28'), 'en')).toEqual([
      { path: 'emergency.occurredOn', message: 'The date it happened cannot be in the future' },
    ]);
  });

  it('accepts an emergency that happened today', () => {
    expect(errorsOf(emergencyOn(today))).toEqual([]);
  });

  it('refuses a date that does not exist with the date message, not the future one', () => {
    expect(errorsOf(emergencyOn('2027-02-30'))).toEqual([
      { path: 'emergency.occurredOn', message: '请填写发生的日期，不能晚于今天' },
    ]);
  });
});

describe('residence permit dates are in the past and in order', () => {
  it('accepts a permit issued before its last endorsement, both before today', () => {
    expect(errorsOf(permitHolder('2026-03-01', '2025-03-01'))).toEqual([]);
    expect(errorsOf(permitHolder(today, today))).toEqual([]);
  });

  it('refuses a last endorsement after today', () => {
    expect(errorsOf(permitHolder(tomorrow))).toEqual([
      {
        path: 'registration.residencePermit.lastEndorsedOn',
        message: '最近一次签注的日期不能晚于今天',
      },
    ]);
  });

  it('refuses an issue date after today', () => {
    expect(errorsOf(permitHolder('2026-03-01', '2027-01-01'), 'en')).toEqual([
      {
        path: 'permitIssuedOn',
        message: 'The date the permit was issued cannot be in the future',
      },
    ]);
  });

  it('refuses a permit issued after its last endorsement', () => {
    expect(errorsOf(permitHolder('2026-03-01', '2026-05-01'))).toEqual([
      { path: 'permitIssuedOn', message: '办证日期不能晚于最近一次签注的日期' },
    ]);
  });

  it('refuses both dates in the future with one message each, not an order error too', () => {
    expect(errorsOf(permitHolder('2027-03-01', '2027-05-01')).map((e) => e.path)).toEqual([
      'registration.residencePermit.lastEndorsedOn',
      'permitIssuedOn',
    ]);
  });
});

describe('names and free text refuse invisible characters', () => {
  const named = (name: string) =>
    exampleApplication({ applicant: { ...exampleApplication().applicant, name } });

  it('accepts a name with a CJK Extension B character', () => {
    expect(errorsOf(named('陈𠀾'))).toEqual([]);
  });

  it('accepts a minority name with a middle dot', () => {
    expect(errorsOf(named('阿依古丽·买买提'))).toEqual([]);
  });

  it('refuses a name with a right-to-left override, in both languages', () => {
    expect(errorsOf(named('陈\u202E明小'))).toEqual([
      {
        path: 'applicant.name',
        message: '姓名中有不能使用的字符（例如看不见的控制符号），请删除后重新输入',
      },
    ]);
    expect(errorsOf(named('陈\u202E明小'), 'en')[0]?.message).toMatch(/^The name contains/);
  });

  it('refuses a name of only zero-width spaces', () => {
    expect(errorsOf(named('\u200B\u200B')).map((e) => e.path)).toEqual(['applicant.name']);
  });

  it.each([
    [
      'residence.address',
      (a: ApplicationInput) => ({
        ...a,
        residence: { ...a.residence, address: '新安村\u200B12 号' },
      }),
    ],
    [
      'bankAccount.bankName',
      (a: ApplicationInput) => ({
        ...a,
        bankAccount: { ...a.bankAccount, bankName: '农业银行\u2066' },
      }),
    ],
    [
      'permitIssuingOffice',
      (a: ApplicationInput) => ({ ...a, permitIssuingOffice: '公安局\uFEFF' }),
    ],
    [
      'emergency.description',
      (a: ApplicationInput) => ({
        ...a,
        programmes: ['temporary-emergency'],
        emergency: { description: '失火\u202E', occurredOn: today, townshipCode: '445281001000' },
      }),
    ],
    [
      'applicant.email',
      (a: ApplicationInput) => ({
        ...a,
        applicant: { ...a.applicant, email: 'chen\u202E@example.cn' },
      }),
    ],
  ])('refuses a format character in %s', (path, change) => {
    expect(errorsOf(change(exampleApplication())).map((e) => e.path)).toEqual([path]);
  });

  it('says "characters" for free text, not "name"', () => {
    const bad = exampleApplication({
      residence: { ...exampleApplication().residence, address: '新安村\u200B12 号' },
    });
    expect(errorsOf(bad, 'en')[0]?.message).toMatch(
      /^This contains characters that cannot be used/,
    );
  });
});

describe('the shared schema on the machine’s own clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes today in Asia/Shanghai from the clock when it checks', () => {
    const emergency = emergencyOn('2027-01-01');
    vi.useFakeTimers({ now: new Date('2026-12-31T15:59:59Z') }); // 23:59:59 in Puning
    expect(errorsOf(emergency, 'zh-CN', applicationInputSchema).map((e) => e.path)).toEqual([
      'emergency.occurredOn',
    ]);
    vi.setSystemTime(new Date('2026-12-31T16:00:00Z')); // midnight in Puning
    expect(errorsOf(emergency, 'zh-CN', applicationInputSchema)).toEqual([]);
  });
});

describe('the checks across fields on malformed input', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'x'],
    ['no applicant', { ...exampleApplication(), applicant: undefined }],
    [
      'a null registration with a permit date',
      { ...permitHolder('2026-03-01', '2026-05-01'), registration: null },
    ],
    ['members that are numbers', { ...exampleApplication(), members: [1, 2] }],
    ['an unknown key beside a wrong age', { ...withApplicantBorn('1988-05-01', 70), status: 'x' }],
  ])('refuse %s without throwing', (_case, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });

  it('still find a wrong age next to an unknown key', () => {
    const input = { ...withApplicantBorn('1988-05-01', 70), status: 'x' };
    expect(errorsOf(input).map((e) => e.path)).toEqual(['status', 'members.0.age']);
  });

  it('never throw, whatever replaces one part of a valid application', () => {
    const valid = exampleApplication() as unknown as Record<string, unknown>;
    const anything = fc.anything({ maxDepth: 3, withNullPrototype: true });
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(valid)), anything, (key, value) => {
        expect(() => schema.safeParse({ ...valid, [key]: value })).not.toThrow();
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });
});
