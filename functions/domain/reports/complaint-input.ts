import * as z from 'zod/mini';
import { normaliseReference } from '../application/reference.ts';
import { mobileSchema } from '../phone.ts';
import { townshipCodes } from '../policy/township-codes.ts';
import { plainText } from '../validation/plain-text.ts';
import { contactConsentVersion, personNameSchema } from './lead-input.ts';

/**
 * A complaint or report of misconduct (投诉举报, 民发〔2021〕57号 第三十六条–第三十七条):
 * what it is about (a township, another office, or an application by its reference),
 * what happened, and whether the reporter gives a name. It goes to the city bureau,
 * never to the township concerned. A real-name reporter leaves a mobile and is told
 * the result (第三十七条); an anonymous one follows it with the reference and code.
 */
const subjectSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('township'),
      townshipCode: z.enum(townshipCodes, { error: 'township.unknown' }),
    }),
    z.strictObject({
      kind: z.literal('case'),
      reference: z.string().check(
        z.maxLength(40, { error: 'subject.reference' }),
        z.refine((raw) => normaliseReference(raw) !== null, { error: 'subject.reference' }),
      ),
    }),
    z.strictObject({
      kind: z.literal('office'),
      office: plainText(1, 60, {
        required: 'subject.office',
        tooLong: 'subject.office',
        characters: 'text.characters',
      }),
    }),
  ],
  { error: 'subject.choice' },
);

const reporterSchema = z.discriminatedUnion(
  'realName',
  [
    z.strictObject({ realName: z.literal(false) }),
    z.strictObject({
      realName: z.literal(true),
      name: personNameSchema,
      mobile: mobileSchema,
      consent: z.strictObject({
        version: z.literal(contactConsentVersion, { error: 'contact.consent' }),
        agreed: z.literal(true, { error: 'contact.consent' }),
      }),
    }),
  ],
  { error: 'realName.choice' },
);

export const complaintInputSchema = z.strictObject({
  subject: subjectSchema,
  what: plainText(
    10,
    1000,
    { required: 'what.required', tooLong: 'what.tooLong', characters: 'text.characters' },
    { multiline: true },
  ),
  reporter: reporterSchema,
});

export type ComplaintInput = z.infer<typeof complaintInputSchema>;

/** A follow-up of a complaint: its reference and the code given once. */
export const complaintFollowSchema = z.strictObject({
  reference: z.string().check(z.maxLength(40, { error: 'reference.invalid' })),
  accessCode: z.string().check(z.maxLength(20, { error: 'accessCode.invalid' })),
});
