import * as z from 'zod/mini';
import type { LocalizedText } from '../locale.ts';
import { mobileSchema } from '../phone.ts';
import { townshipCodes } from '../policy/township-codes.ts';
import { plainText } from '../validation/plain-text.ts';

/**
 * A report of someone in hardship (主动发现, 普民〔2021〕77号 二(四): anyone who finds a
 * person whose basic living cannot be kept up may tell the authorities): where, what the
 * difficulty is, the person's name if known, and — only if the reporter wishes — a mobile
 * to be told it was handled. Strict objects: the server owns everything else.
 */
export const difficultyCategories = [
  'no-income',
  'illness',
  'disability',
  'elderly-alone',
  'child',
  'disaster',
  'housing',
  'other',
] as const;
export type DifficultyCategory = (typeof difficultyCategories)[number];

export const difficultyNames: Record<DifficultyCategory, LocalizedText> = {
  'no-income': { 'zh-CN': '没有收入、生活无着', en: 'No income, cannot get by' },
  illness: { 'zh-CN': '重病或长期患病', en: 'Serious or long illness' },
  disability: { 'zh-CN': '残疾', en: 'Disability' },
  'elderly-alone': { 'zh-CN': '老人独居、无人照料', en: 'Old person alone, no one caring' },
  child: { 'zh-CN': '儿童无人照料或处境困难', en: 'A child without care or in hardship' },
  disaster: { 'zh-CN': '火灾、事故等突发变故', en: 'Fire, accident or other sudden event' },
  housing: { 'zh-CN': '没有住处或住房危险', en: 'No home or an unsafe home' },
  other: { 'zh-CN': '其他困难', en: 'Other difficulty' },
};

/** Which consent text a reporter agreed to when leaving a mobile (changes bump it). */
export const contactConsentVersion = 'report-contact-2026-12';

/** What a reporter agrees to when leaving a mobile: the number is for the reply only. */
export const contactConsentText: LocalizedText = {
  'zh-CN':
    '我同意普宁市民政部门保存我的手机号码，只用于告知我这条线索（或投诉举报）的办理结果，不用于其他用途，办结后按规定期限删除。',
  en: 'I agree that the Puning civil affairs authorities keep my mobile number only to tell me the result of this report (or complaint), for nothing else, and delete it after the set period once it is closed.',
};

export const placeSchema = z
  .strictObject({
    townshipCode: z.enum(townshipCodes, { error: 'township.unknown' }),
    villageCode: z.string().check(z.regex(/^\d{12}$/, { error: 'village.required' })),
  })
  .check(
    // The API also checks the village exists in the divisions data.
    z.refine((p) => p.villageCode.slice(0, 9) === p.townshipCode.slice(0, 9), {
      error: 'village.notInTownship',
      path: ['villageCode'],
    }),
  );

export const personNameSchema = plainText(1, 40, {
  required: 'name.required',
  tooLong: 'name.tooLong',
  characters: 'name.characters',
});

/** No contact, or a mobile given with the consent to use it for the reply. */
export const reporterContactSchema = z.discriminatedUnion(
  'leaveContact',
  [
    z.strictObject({ leaveContact: z.literal(false) }),
    z.strictObject({
      leaveContact: z.literal(true),
      mobile: mobileSchema,
      consent: z.strictObject({
        version: z.literal(contactConsentVersion, { error: 'contact.consent' }),
        agreed: z.literal(true, { error: 'contact.consent' }),
      }),
    }),
  ],
  { error: 'contact.choice' },
);

export const leadInputSchema = z.strictObject({
  place: placeSchema,
  difficulty: z.strictObject({
    categories: z.array(z.enum(difficultyCategories, { error: 'categories.unknown' })).check(
      z.minLength(1, { error: 'categories.required' }),
      z.maxLength(difficultyCategories.length, { error: 'categories.unknown' }),
      z.refine((list) => new Set(list).size === list.length, { error: 'categories.unknown' }),
    ),
    description: plainText(
      1,
      300,
      {
        required: 'difficulty.required',
        tooLong: 'difficulty.tooLong',
        characters: 'text.characters',
      },
      { multiline: true },
    ),
  }),
  /** The person's name, if the reporter knows it. */
  personName: z.optional(personNameSchema),
  reporter: reporterContactSchema,
});

export type LeadInput = z.infer<typeof leadInputSchema>;
