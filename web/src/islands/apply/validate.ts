import type { ApplicationInput } from '../../../../functions/domain/application/application-input.ts';
import { applicationInputSchema } from '../../../../functions/domain/application/application-input.ts';
import { consentVersion } from '../../../../functions/domain/application/consent-texts.ts';
import { applicationCatalogue } from '../../../../functions/domain/application/messages.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import {
  type FieldError,
  toFieldErrors,
} from '../../../../functions/domain/validation/field-errors.ts';
import { groupInput } from '../check/draft.ts';
import type { ApplyDraft } from './draft.ts';

/** The screens of the application, in order; the emergency screen only when needed. */
export const allApplySteps = [
  'programmes',
  'privacy',
  'sensitive',
  'economicCheck',
  'applicant',
  'residence',
  'registration',
  'members',
  'income',
  'assets',
  'support',
  'expenses',
  'emergency',
  'bank',
  'review',
] as const;
export type ApplyStep = (typeof allApplySteps)[number];

export function applySteps(draft: ApplyDraft): ApplyStep[] {
  const emergency = draft.programmes.includes('temporary-emergency');
  return allApplySteps.filter((s) => s !== 'emergency' || emergency);
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The draft as the API's input. Everything goes through applicationInputSchema, the
 * schema the server validates with, so the form can never accept what the API refuses.
 */
export function toApplicationInput(draft: ApplyDraft): unknown {
  const members = groupInput(draft.household, 'members') as Record<string, unknown>[];
  return {
    programmes: draft.programmes,
    consent: {
      version: consentVersion,
      privacy: draft.consents.privacy,
      sensitive: draft.consents.sensitive,
      economicCheck: draft.consents.economicCheck,
      consentedAt: draft.consents.at || new Date().toISOString(),
    },
    applicant: {
      name: draft.applicant.name,
      idNumber: draft.applicant.idNumber,
      mobile: draft.applicant.mobile,
      email: optional(draft.applicant.email),
    },
    residence: draft.residence,
    registration: groupInput(draft.household, 'registration'),
    permitIssuingOffice: optional(draft.permitIssuingOffice),
    permitIssuedOn: optional(draft.permitIssuedOn ?? ''),
    members: members.map((m, i) => ({
      ...m,
      relation: i === 0 ? 'self' : draft.memberExtras[i]?.relation || undefined,
      idNumber: optional(draft.memberExtras[i]?.idNumber ?? ''),
    })),
    income: groupInput(draft.household, 'income'),
    assets: groupInput(draft.household, 'assets'),
    support: groupInput(draft.household, 'support'),
    expenses: groupInput(draft.household, 'expenses'),
    emergency: draft.programmes.includes('temporary-emergency') ? draft.emergency : undefined,
    bankAccount: {
      bankName: draft.bank.bankName,
      accountNumber: draft.bank.accountNumber.replace(/\s/g, ''),
    },
  };
}

/** Which part of the input each screen fills. */
const stepFields: Partial<Record<ApplyStep, readonly (keyof ApplicationInput | 'consent')[]>> = {
  programmes: ['programmes'],
  applicant: ['applicant'],
  residence: ['residence'],
  registration: ['permitIssuingOffice', 'permitIssuedOn'],
  members: ['members'],
  emergency: ['emergency'],
  bank: ['bankAccount'],
};

const consentOf: Partial<Record<ApplyStep, 'privacy' | 'sensitive' | 'economicCheck'>> = {
  privacy: 'privacy',
  sensitive: 'sensitive',
  economicCheck: 'economicCheck',
};

/** Field errors of one screen (validated by the shared schema). */
export function validateApplyStep(
  draft: ApplyDraft,
  step: ApplyStep,
  locale: Locale,
): FieldError[] {
  const consent = consentOf[step];
  if (consent) {
    return draft.consents[consent]
      ? []
      : [
          {
            path: `consents.${consent}`,
            message: applicationCatalogue['consent.required'][locale],
          },
        ];
  }
  const fields = stepFields[step];
  if (!fields) return step === 'review' ? validateAll(draft, locale) : [];
  const result = applicationInputSchema.safeParse(toApplicationInput(draft));
  if (result.success) return [];
  const issues = result.error.issues.filter((issue) => fields.includes(issue.path[0] as never));
  return toFieldErrors(issues, locale, applicationCatalogue);
}

function validateAll(draft: ApplyDraft, locale: Locale): FieldError[] {
  const result = applicationInputSchema.safeParse(toApplicationInput(draft));
  return result.success ? [] : toFieldErrors(result.error.issues, locale, applicationCatalogue);
}

/** The screen that holds the field at `path`, to send the applicant back to it. */
export function stepOfPath(path: string): ApplyStep | null {
  const head = path.split('.')[0] ?? '';
  if (head === 'bankAccount') return 'bank';
  if (head === 'consent') return 'privacy';
  if ((allApplySteps as readonly string[]).includes(head)) return head as ApplyStep;
  return null;
}
