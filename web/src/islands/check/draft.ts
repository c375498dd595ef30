import type { Locale } from '../../../../functions/domain/locale.ts';
import {
  type Area,
  type CheckInput,
  checkInputSchema,
  type Hukou,
  type LegalSupporter,
  type Need,
} from '../../../../functions/domain/policy/check-input.ts';
import { checkInputMessages } from '../../../../functions/domain/policy/messages.ts';
import {
  type FieldError,
  toFieldErrors,
} from '../../../../functions/domain/validation/field-errors.ts';
import { type Step, steps } from './step-order.ts';

/**
 * What the person has typed, screen by screen, as text. It becomes a CheckInput
 * only through checkInputSchema, the same schema the API validates with.
 */
export type YesNo = '' | 'yes' | 'no';

export interface MemberDraft {
  /** Stable key for the list on screen; not an answer. */
  key: string;
  age: string;
  ableToWork: YesNo;
  refusesSuitableWork: YesNo;
  fullTimeStudent: YesNo;
  /** '' unanswered, 'none', or the grade '1'–'4'. */
  disabilityGrade: string;
  disabilityType: string;
  seriousIllness: YesNo;
  selfCareTasksNotManaged: string;
  /**
   * This member's own legal supporters (民发〔2021〕43号 第八条), asked on the support
   * screen for members after the first who cannot work or have a disability. Optional:
   * drafts saved before the question existed have none.
   */
  supporterStatus?: SupporterStatus;
  supporterCase?: string;
}

export type SupporterStatus = '' | LegalSupporter['status'];

export const incomeFields = [
  'wages',
  'businessNet',
  'propertyNet',
  'transfer',
  'residentBasicPension',
  'notCounted',
  'employmentCosts',
] as const;
export type IncomeField = (typeof incomeFields)[number];

export interface CheckDraft {
  need: '' | Need;
  emergencyTownship: string;
  townshipCode: string;
  area: '' | Area;
  hukou: '' | Hukou;
  permitHeld: YesNo;
  permitEndorsedOn: string;
  members: MemberDraft[];
  income: Record<IncomeField, string>;
  financialAssets: string;
  homes: string;
  nonResidentialProperty: YesNo;
  motorVehicle: YesNo;
  business: '' | 'none' | 'family-workshop' | 'registered';
  supporterStatus: SupporterStatus;
  supporterCase: string;
  receivingDibao: YesNo;
  rigidSpending: string;
}

let memberSerial = 0;

export function emptyMember(): MemberDraft {
  memberSerial += 1;
  return {
    key: `m${Date.now().toString(36)}-${memberSerial}`,
    age: '',
    ableToWork: '',
    refusesSuitableWork: 'no',
    fullTimeStudent: 'no',
    disabilityGrade: 'none',
    disabilityType: '',
    seriousIllness: 'no',
    selfCareTasksNotManaged: '0',
  };
}

export function emptyDraft(): CheckDraft {
  return {
    need: '',
    emergencyTownship: '',
    townshipCode: '',
    area: '',
    hukou: '',
    permitHeld: '',
    permitEndorsedOn: '',
    members: [emptyMember()],
    income: {
      wages: '',
      businessNet: '',
      propertyNet: '',
      transfer: '',
      residentBasicPension: '',
      notCounted: '',
      employmentCosts: '',
    },
    financialAssets: '',
    homes: '',
    nonResidentialProperty: 'no',
    motorVehicle: 'no',
    business: 'none',
    supporterStatus: '',
    supporterCase: '',
    receivingDibao: 'no',
    rigidSpending: '',
  };
}

/** Full-width digits and separators, as Chinese keyboards type them, become plain. */
function normaliseNumber(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[\s,，]/g, '');
}

/** A whole number, or the raw text when it is not one (the schema then says why). */
function wholeNumber(text: string): unknown {
  const clean = normaliseNumber(text);
  if (clean === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : text;
}

/** Money: empty means none. */
function amount(text: string): unknown {
  const clean = normaliseNumber(text);
  if (clean === '') return 0;
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : text;
}

function yesNo(value: YesNo): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

export { type Step, steps };

/** A member after the first who could be 特困 (cannot work, or disabled) is asked about. */
export function asksOwnSupporters(member: MemberDraft): boolean {
  return member.ableToWork === 'no' || !['', 'none'].includes(member.disabilityGrade);
}

function supporterInput(status: SupporterStatus, supporterCase: string) {
  return status === 'cannot-support'
    ? { status, case: supporterCase || undefined }
    : { status: status || undefined };
}

/** One screen's answers in the shape the schema expects (still unvalidated). */
export function groupInput(draft: CheckDraft, step: Step): unknown {
  switch (step) {
    case 'situation':
      return draft.need === 'sudden-emergency'
        ? { need: draft.need, townshipCode: draft.emergencyTownship || undefined }
        : { need: draft.need || undefined };
    case 'residence':
      return { townshipCode: draft.townshipCode || undefined, area: draft.area || undefined };
    case 'registration': {
      if (draft.hukou === '' || draft.hukou === 'puning')
        return { hukou: draft.hukou || undefined };
      const residencePermit =
        draft.permitHeld === 'yes'
          ? { held: true, lastEndorsedOn: draft.permitEndorsedOn || undefined }
          : { held: draft.permitHeld === '' ? undefined : false };
      return { hukou: draft.hukou, residencePermit };
    }
    case 'members':
      return draft.members.map((m) => ({
        age: wholeNumber(m.age),
        ableToWork: yesNo(m.ableToWork),
        refusesSuitableWork: m.ableToWork === 'yes' ? yesNo(m.refusesSuitableWork) : false,
        fullTimeStudent: yesNo(m.fullTimeStudent),
        disability:
          m.disabilityGrade === 'none' || m.disabilityGrade === ''
            ? null
            : { grade: Number(m.disabilityGrade), type: m.disabilityType || undefined },
        seriousIllness: yesNo(m.seriousIllness),
        selfCareTasksNotManaged: wholeNumber(m.selfCareTasksNotManaged),
      }));
    case 'income':
      return Object.fromEntries(incomeFields.map((f) => [f, amount(draft.income[f])]));
    case 'assets':
      return {
        financialAssets: amount(draft.financialAssets),
        homes: wholeNumber(draft.homes === '' ? '0' : draft.homes),
        nonResidentialProperty: yesNo(draft.nonResidentialProperty),
        motorVehicle: yesNo(draft.motorVehicle),
        businessRegistration: draft.business || undefined,
      };
    case 'support': {
      const memberSupporters = draft.members.map((m, i) =>
        i > 0 && asksOwnSupporters(m)
          ? supporterInput(m.supporterStatus ?? '', m.supporterCase ?? '')
          : null,
      );
      return {
        legalSupporter: supporterInput(draft.supporterStatus, draft.supporterCase),
        receivingDibao: yesNo(draft.receivingDibao),
        ...(memberSupporters.some(Boolean) ? { memberSupporters } : {}),
      };
    }
    case 'expenses':
      return { rigidSpendingLast12Months: amount(draft.rigidSpending) };
  }
}

/** Field errors of one screen, with paths from the top (e.g. `members.0.age`). */
export function validateStep(draft: CheckDraft, step: Step, locale: Locale): FieldError[] {
  const result = checkInputSchema.shape[step].safeParse(groupInput(draft, step));
  if (result.success) return [];
  const prefixed = result.error.issues.map((issue) => ({ ...issue, path: [step, ...issue.path] }));
  return toFieldErrors(prefixed, locale, checkInputMessages);
}

/** The whole questionnaire as a CheckInput, or the errors of the first bad screen. */
export function toCheckInput(
  draft: CheckDraft,
  locale: Locale,
): { ok: true; input: CheckInput } | { ok: false; step: Step; errors: FieldError[] } {
  for (const step of steps) {
    const errors = validateStep(draft, step, locale);
    if (errors.length > 0) return { ok: false, step, errors };
  }
  const input = checkInputSchema.parse(
    Object.fromEntries(steps.map((step) => [step, groupInput(draft, step)])),
  );
  return { ok: true, input };
}

export { fieldId } from '../shared/fields.tsx';
