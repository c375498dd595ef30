import * as z from 'zod/mini';
import { isIsoDate } from '../dates.ts';
import { idNumberSchema } from '../id-number.ts';
import { mobileSchema } from '../phone.ts';
import { type CheckInput, checkInputSchema, memberSchema } from '../policy/check-input.ts';
import { programmeIds } from '../policy/programmes.ts';
import { townshipCodes } from '../policy/townships.ts';
import { plainText } from '../validation/plain-text.ts';
import { consentVersion } from './consent-texts.ts';

/**
 * What an applicant submits. The household, income, assets and support questions are
 * the pre-check's own schemas, so the rules read an application exactly as they read a
 * check. Strict objects: anything the server owns (status, township, reference,
 * version, history, outbox) is an unknown field and refused. Browser and API share it.
 */

/** 渐退期 is started by staff for current recipients; nobody applies for it. */
export const applicableProgrammes = programmeIds.filter((id) => id !== 'gradual-exit');

const relations = [
  'self',
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other',
] as const;

export const applicationMemberSchema = z.extend(memberSchema, {
  relation: z.enum(relations, { error: 'relation.required' }),
  idNumber: z.optional(idNumberSchema),
});

const applicant = z.strictObject({
  name: plainText(1, 40, { required: 'name.required', tooLong: 'name.tooLong' }),
  idNumber: idNumberSchema,
  mobile: mobileSchema,
  email: z.optional(z.email({ error: 'email.invalid' })),
});

const residence = z
  .strictObject({
    townshipCode: z.enum(townshipCodes, { error: 'township.unknown' }),
    villageCode: z.string().check(z.regex(/^\d{12}$/, { error: 'village.required' })),
    address: plainText(1, 120, { required: 'address.required', tooLong: 'address.tooLong' }),
  })
  .check(
    // Same township prefix here (cheap, browser-safe); the API also checks the village
    // exists in the divisions data, which the browser does not download as code.
    z.refine((r) => r.villageCode.slice(0, 9) === r.townshipCode.slice(0, 9), {
      error: 'village.notInTownship',
      path: ['villageCode'],
    }),
  );

const emergency = z.strictObject({
  description: plainText(1, 500, {
    required: 'emergency.description',
    tooLong: 'emergency.description',
  }),
  occurredOn: z.string().check(z.refine(isIsoDate, { error: 'emergency.date' })),
  townshipCode: z.enum(townshipCodes, { error: 'township.unknown' }),
});

const bankAccount = z.strictObject({
  bankName: plainText(2, 60, { required: 'bank.name', tooLong: 'bank.name' }),
  accountNumber: z.string().check(z.regex(/^\d{12,30}$/, { error: 'bank.account' })),
});

const mustAgree = z.literal(true, { error: 'consent.required' });
const consent = z.strictObject({
  version: z.literal(consentVersion, { error: 'consent.hash' }),
  privacy: mustAgree,
  sensitive: mustAgree,
  economicCheck: mustAgree,
  consentedAt: z.iso.datetime({ error: 'consent.hash' }),
});

const permitOffice = z.optional(z.string().check(z.maxLength(60, { error: 'permit.office' })));

export const applicationInputSchema = z
  .strictObject({
    programmes: z
      .array(z.enum(applicableProgrammes, { error: 'programmes.unknown' }))
      .check(z.minLength(1, { error: 'programmes.required' }), z.maxLength(6)),
    consent,
    applicant,
    residence,
    registration: checkInputSchema.shape.registration,
    permitIssuingOffice: permitOffice,
    /** When the residence permit was first issued (asked with the permit). */
    permitIssuedOn: z.optional(z.string().check(z.refine(isIsoDate, { error: 'permit.issuedOn' }))),
    members: z
      .array(applicationMemberSchema)
      .check(
        z.minLength(1, { error: 'members.count' }),
        z.maxLength(20, { error: 'members.count' }),
      ),
    income: checkInputSchema.shape.income,
    assets: checkInputSchema.shape.assets,
    support: checkInputSchema.shape.support,
    expenses: checkInputSchema.shape.expenses,
    emergency: z.optional(emergency),
    bankAccount,
  })
  .check(
    z.refine((a) => a.members[0]?.relation === 'self', {
      error: 'firstMember.self',
      path: ['members', 0, 'relation'],
    }),
    z.refine(
      (a) =>
        a.permitIssuedOn === undefined ||
        !('residencePermit' in a.registration) ||
        !a.registration.residencePermit.held ||
        a.permitIssuedOn <= a.registration.residencePermit.lastEndorsedOn,
      { error: 'permit.issuedOn', path: ['permitIssuedOn'] },
    ),
    z.refine((a) => !a.programmes.includes('temporary-emergency') || a.emergency !== undefined, {
      error: 'emergency.required',
      path: ['emergency'],
    }),
  );

export type ApplicationInput = z.infer<typeof applicationInputSchema>;

/** The screens of the form, each validated by its part of the schema. */
export const applicationGroups = Object.keys(
  applicationInputSchema.shape,
) as (keyof ApplicationInput)[];

/** The application as the rules read it, so staff see the same assessment as the check. */
export function toCheckInput(application: ApplicationInput, urbanArea: boolean): CheckInput {
  const emergency = application.programmes.includes('temporary-emergency') && application.emergency;
  return {
    situation: emergency
      ? { need: 'sudden-emergency', townshipCode: emergency.townshipCode }
      : application.programmes.includes('temporary-expense')
        ? { need: 'large-expenses' }
        : { need: 'regular-support' },
    residence: {
      townshipCode: application.residence.townshipCode,
      area: urbanArea ? 'urban' : 'rural',
    },
    registration: application.registration,
    members: application.members.map(({ relation: _r, idNumber: _i, ...member }) => member),
    income: application.income,
    assets: application.assets,
    support: application.support,
    expenses: application.expenses,
  };
}

/**
 * What an applicant may correct when answering a request for information: the
 * household and its money. The merged application is validated again as a whole, and
 * staff see the changed fields highlighted.
 */
export const answerChangesSchema = z.strictObject({
  members: z.optional(applicationInputSchema.shape.members),
  income: z.optional(applicationInputSchema.shape.income),
  assets: z.optional(applicationInputSchema.shape.assets),
  support: z.optional(applicationInputSchema.shape.support),
  expenses: z.optional(applicationInputSchema.shape.expenses),
});
export type AnswerChanges = z.infer<typeof answerChangesSchema>;
