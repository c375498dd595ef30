import type { ApplicationInput } from '../../../../functions/domain/application/application-input.ts';
import {
  applicationInputSchema,
  applicationInputSchemaOn,
  consentRecordSchema,
} from '../../../../functions/domain/application/application-input.ts';
import { consentVersion } from '../../../../functions/domain/application/consent-texts.ts';
import { isEmergencyOnly } from '../../../../functions/domain/application/emergency-only.ts';
import { applicationCatalogue } from '../../../../functions/domain/application/messages.ts';
import { todayInShanghai } from '../../../../functions/domain/dates.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import {
  type FieldError,
  toFieldErrors,
} from '../../../../functions/domain/validation/field-errors.ts';
import { groupInput, validateStep as validateHouseholdStep } from '../check/draft.ts';
import { type ApplyDraft, asksHukouPlace, byAgent, byStaff } from './draft.ts';
import { type ApplyStep, allApplySteps, isHouseholdStep } from './steps.ts';

// Validation of the application with the API's own schema. It downloads with the later
// screens (./later-steps.tsx), once the applicant starts on the form.

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The draft as the API's input. Everything goes through applicationInputSchema, the
 * schema the server validates with, so the form can never accept what the API refuses.
 */
export function toApplicationInput(draft: ApplyDraft): unknown {
  if (isEmergencyOnly(draft.programmes)) return emergencyFirstInput(draft);
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
    applicant: applicantOf(draft),
    ...onBehalfOf(draft),
    residence: draft.residence,
    registration: groupInput(draft.household, 'registration'),
    hukouPlace:
      asksHukouPlace(draft) && draft.hukouPlace?.same === 'no'
        ? {
            townshipCode: draft.hukouPlace.townshipCode || undefined,
            villageCode: draft.hukouPlace.villageCode,
          }
        : undefined,
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
    emergency: draft.programmes.includes('temporary-emergency') ? emergencyOf(draft) : undefined,
    bankAccount: {
      bankName: draft.bank.bankName,
      accountNumber: draft.bank.accountNumber.replace(/\s/g, ''),
    },
  };
}

/**
 * What staff send when they apply for the person from the console: the same application,
 * with how the person consented (the API's staffSubmissionSchemaOn).
 */
export function toStaffSubmission(draft: ApplyDraft): {
  application: unknown;
  consentRecord: unknown;
} {
  return { application: toApplicationInput(draft), consentRecord: consentRecordOf(draft) };
}

function consentRecordOf(draft: ApplyDraft) {
  const r = draft.consentRecord;
  if (!r) return {};
  return {
    way: r.way || undefined,
    witnessName: r.way === 'oral-witnessed' ? optional(r.witnessName) : undefined,
    guardianName: r.way === 'guardian' ? optional(r.guardianName) : undefined,
    guardianRelationship: r.way === 'guardian' ? optional(r.guardianRelationship) : undefined,
    note: optional(r.note),
  };
}

let staffSchema: ReturnType<typeof applicationInputSchemaOn> | undefined;
/**
 * The schema the API checks this draft with: staff applying for a person may leave out a
 * mobile the person does not have (the server's staffSubmissionSchemaOn).
 */
function schemaFor(draft: ApplyDraft) {
  if (!byStaff(draft)) return applicationInputSchema;
  staffSchema ??= applicationInputSchemaOn(() => todayInShanghai(Date.now()), {
    staffOnBehalf: true,
  });
  return staffSchema;
}

/**
 * Emergency help asked alone: what happened, the two consents it needs, and how to reach
 * the applicant. The means test is asked afterwards, as staff request it; answers typed
 * on household screens before choosing only emergency help are not sent.
 */
function emergencyFirstInput(draft: ApplyDraft) {
  return {
    programmes: draft.programmes,
    consent: {
      version: consentVersion,
      privacy: draft.consents.privacy,
      sensitive: draft.consents.sensitive,
      consentedAt: draft.consents.at || new Date().toISOString(),
    },
    applicant: applicantOf(draft),
    ...onBehalfOf(draft),
    residence: draft.residence,
    emergency: emergencyOf(draft),
  };
}

/** The agent applying for the applicant, and a declared relative among staff (only when given). */
function onBehalfOf(draft: ApplyDraft) {
  const agent = draft.agent;
  const relative = draft.staffRelative;
  return {
    ...(agent && byAgent(draft)
      ? {
          agent: {
            name: agent.name,
            relationship: agent.relationship || undefined,
            mobile: agent.mobile,
            idNumber: optional(agent.idNumber),
          },
        }
      : {}),
    ...(relative?.declared === 'yes'
      ? {
          staffRelative: {
            position: relative.position || undefined,
            staffName: relative.staffName,
            relationship: relative.relationship,
          },
        }
      : {}),
  };
}

function applicantOf(draft: ApplyDraft) {
  return {
    name: draft.applicant.name,
    idNumber: draft.applicant.idNumber,
    // Optional when someone else applies for them (the schema says when it is needed).
    mobile: optional(draft.applicant.mobile),
    email: optional(draft.applicant.email),
  };
}

function emergencyOf(draft: ApplyDraft) {
  const { description, occurredOn, townshipCode, neededNow, atWork } = draft.emergency;
  return {
    description,
    occurredOn,
    townshipCode,
    neededNow: optional(neededNow ?? ''),
    atWork: atWork === true ? true : undefined,
  };
}

/** Which part of the input each screen fills. */
const stepFields: Partial<Record<ApplyStep, readonly (keyof ApplicationInput | 'consent')[]>> = {
  programmes: ['programmes'],
  applicant: ['applicant', 'agent', 'staffRelative'],
  residence: ['residence'],
  registration: ['registration', 'hukouPlace', 'permitIssuingOffice', 'permitIssuedOn'],
  members: ['members'],
  emergency: ['emergency'],
  bank: ['bankAccount'],
};

const consentOf: Partial<Record<ApplyStep, 'privacy' | 'sensitive' | 'economicCheck'>> = {
  privacy: 'privacy',
  sensitive: 'sensitive',
  economicCheck: 'economicCheck',
};

/** Field errors of one screen, as the applicant presses "Continue". */
export function validateScreen(draft: ApplyDraft, step: ApplyStep, locale: Locale): FieldError[] {
  const household = isHouseholdStep(step) ? step : null;
  // Household screens are the check's questions; the application adds its own rules to
  // two of them: the permit's dates and office (registration), each member's relation
  // and ID number and whether an age agrees with it (members). Both schemas name some
  // of the same problems, so each is shown once.
  const errors = [
    ...(household ? validateHouseholdStep(draft.household, household, locale) : []),
    ...(household && !stepFields[household] ? [] : validateApplyStep(draft, step, locale)),
  ];
  return errors.filter(
    (error, i) =>
      errors.findIndex((e) => e.path === error.path && e.message === error.message) === i,
  );
}

/** Field errors of one screen (validated by the shared schema). */
function validateApplyStep(draft: ApplyDraft, step: ApplyStep, locale: Locale): FieldError[] {
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
  // Emergency help alone asks where the applicant lives with the contact details.
  const fields =
    step === 'applicant' && isEmergencyOnly(draft.programmes)
      ? (['applicant', 'residence'] as const)
      : stepFields[step];
  if (step === 'consentRecord') return validateConsentRecord(draft, locale);
  if (!fields) return step === 'review' ? validateAll(draft, locale) : [];
  const result = schemaFor(draft).safeParse(toApplicationInput(draft));
  if (result.success) return [];
  const issues = result.error.issues.filter((issue) => fields.includes(issue.path[0] as never));
  return toFieldErrors(issues, locale, applicationCatalogue);
}

function validateAll(draft: ApplyDraft, locale: Locale): FieldError[] {
  const result = schemaFor(draft).safeParse(toApplicationInput(draft));
  const errors = result.success
    ? []
    : toFieldErrors(result.error.issues, locale, applicationCatalogue);
  return byStaff(draft) ? [...errors, ...validateConsentRecord(draft, locale)] : errors;
}

/** How the person consented; its paths are the API's (`consentRecord.way`…). */
function validateConsentRecord(draft: ApplyDraft, locale: Locale): FieldError[] {
  const result = consentRecordSchema.safeParse(consentRecordOf(draft));
  if (result.success) return [];
  const issues = result.error.issues.map((issue) => ({
    ...issue,
    path: ['consentRecord', ...issue.path],
  }));
  return toFieldErrors(issues, locale, applicationCatalogue);
}

/** The screen that holds the field at `path`, to send the applicant back to it. */
export function stepOfPath(
  path: string,
  steps: readonly ApplyStep[] = allApplySteps,
): ApplyStep | null {
  // Staff submissions name the application's fields under `application.`.
  const head = path.replace(/^application\./, '').split('.')[0] ?? '';
  if (head === 'residence' && !steps.includes('residence')) return 'applicant';
  if (head === 'bankAccount') return 'bank';
  if (head === 'consent') return 'privacy';
  // Who applies, and a relative among staff, are asked with the applicant's details.
  if (head === 'agent' || head === 'staffRelative') return 'applicant';
  // The permit's issue date and office are asked with the hukou and permit.
  if (head === 'permitIssuedOn' || head === 'permitIssuingOffice' || head === 'hukouPlace')
    return 'registration';
  if ((allApplySteps as readonly string[]).includes(head)) return head as ApplyStep;
  return null;
}
