import * as z from 'zod/mini';
import { isIsoDate } from '../dates.ts';
import { disabilityTypes } from './disability.ts';
import { townshipCodes } from './township-codes.ts';

/**
 * What the pre-check asks: a short phone questionnaire, one group per screen, in the
 * order of the keys below. Objects are strict (unknown keys are rejected) and every
 * number has a range. Each custom check names its message key; the texts are in
 * ./messages.ts (pass `checkInputMessages` to toFieldErrors).
 * No names or ID numbers are asked: a pre-check is anonymous.
 */

/** Limit for any one money answer (yuan): far above any household that could qualify. */
export const MAX_AMOUNT = 10_000_000;
export const MAX_MEMBERS = 20;

const amount = z
  .number()
  .check(z.gte(0, { error: 'amount.negative' }), z.lte(MAX_AMOUNT, { error: 'amount.tooLarge' }));
const wholeNumber = (min: number, max: number, key: string) =>
  z.int({ error: 'number.whole' }).check(z.gte(min, { error: key }), z.lte(max, { error: key }));
const townshipCode = z.enum(townshipCodes, { error: 'township.unknown' });
const isoDate = z.string().check(z.refine(isIsoDate, { error: 'date.invalid' }));

/** Screen 1. Which help is needed; an emergency also says where it happened. */
const situation = z.discriminatedUnion(
  'need',
  [
    z.strictObject({ need: z.literal('regular-support') }),
    z.strictObject({ need: z.literal('sudden-emergency'), townshipCode }),
    z.strictObject({ need: z.literal('large-expenses') }),
  ],
  { error: 'situation.need' },
);

/** Screen 2. Where the household lives; 社区 (urban) or 村 (rural) picks the standard. */
const residence = z.strictObject({
  townshipCode,
  area: z.enum(['urban', 'rural'], { error: 'residence.area' }),
});

const residencePermit = z.discriminatedUnion(
  'held',
  [
    z.strictObject({ held: z.literal(false) }),
    /** The permit is valid when endorsed (签注) within the last 12 months. */
    z.strictObject({ held: z.literal(true), lastEndorsedOn: isoDate }),
  ],
  { error: 'residencePermit.held' },
);

/**
 * Screen 3. Hukou: `puning` when at least one member's hukou is in Puning. A residence
 * permit is asked only when no member's hukou is in Puning.
 */
const registration = z.discriminatedUnion(
  'hukou',
  [
    z.strictObject({ hukou: z.literal('puning') }),
    z.strictObject({ hukou: z.literal('guangdong-other'), residencePermit }),
    z.strictObject({ hukou: z.literal('outside-guangdong'), residencePermit }),
  ],
  { error: 'registration.hukou' },
);

/** Screen 4. Everyone who lives in the household, the applicant first. */
export const memberSchema = z.strictObject({
  age: wholeNumber(0, 120, 'member.age.range'),
  ableToWork: z.boolean(),
  /** Has turned down suitable work offered to them without a good reason. */
  refusesSuitableWork: z.boolean(),
  /** In full-time education (up to a bachelor's degree). */
  fullTimeStudent: z.boolean(),
  disability: z.nullable(
    z.strictObject({
      grade: wholeNumber(1, 4, 'disability.grade.range'),
      type: z.enum(disabilityTypes, { error: 'disability.type' }),
    }),
  ),
  /** A serious illness (重特大疾病) as the local list defines it. */
  seriousIllness: z.boolean(),
  /**
   * How many of the six daily tasks (eating, dressing, getting in and out of bed, using
   * the toilet, walking indoors, bathing) the person cannot manage alone.
   */
  selfCareTasksNotManaged: wholeNumber(0, 6, 'member.selfCare.range'),
});

const members = z
  .array(memberSchema)
  .check(
    z.minLength(1, { error: 'members.count' }),
    z.maxLength(MAX_MEMBERS, { error: 'members.count' }),
  );

/**
 * Screen 5. The whole household's income over the last 6 months, in yuan, by kind
 * (totals, not monthly). A business loss is entered as 0.
 */
const income = z.strictObject({
  wages: amount,
  businessNet: amount,
  propertyNet: amount,
  /** Pensions other than the one below, maintenance received, regular gifts, etc. */
  transfer: amount,
  /** 城乡居民基本养老保险基础养老金: not counted. */
  residentBasicPension: amount,
  /**
   * Items the rules do not count (民发〔2021〕57号 art. 13): 优待抚恤金, family-planning
   * rewards, scholarships, rewards for bravery, and social-assistance money and goods.
   */
  notCounted: amount,
  /** Necessary costs of going to work (transport, work clothes, childcare for work). */
  employmentCosts: amount,
});

/** Screen 6. What the household owns now. */
const assets = z.strictObject({
  /** Savings, deposits, shares, funds, wealth products, commercial insurance cash value. */
  financialAssets: amount,
  /** Homes owned; mud-brick houses and ancestral houses nobody lives in do not count. */
  homes: wholeNumber(0, 20, 'assets.homes.range'),
  /** Shops, garages or parking spaces, offices. */
  nonResidentialProperty: z.boolean(),
  /** A car or other motor vehicle; disability scooters, motorbikes and e-bikes do not count. */
  motorVehicle: z.boolean(),
  /**
   * A registered business (商事登记). `family-workshop`: a husband-and-wife workshop or
   * small shop with no employees, which may be disregarded after review.
   */
  businessRegistration: z.enum(['none', 'family-workshop', 'registered'], {
    error: 'assets.business',
  }),
});

/** The cases in which a legal supporter "cannot support" (民发〔2021〕43号 art. 8). */
export const supporterCannotSupportCases = [
  /** The supporter is a 特困 person. */
  'supporter-is-tekun',
  /** The supporter receives dibao and is 60 or over. */
  'supporter-on-dibao-aged-60-plus',
  /** The supporter is 70 or over with low income and assets. */
  'supporter-aged-70-plus-low-income',
  /** The supporter is severely disabled (grade 1–2, or grade 3 intellectual/mental), low income. */
  'supporter-severely-disabled-low-income',
  /** The supporter lacks civil capacity, is missing, or is in prison. */
  'supporter-incapacitated-missing-or-imprisoned',
] as const;

const legalSupporter = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ status: z.literal('none') }),
    z.strictObject({ status: z.literal('able') }),
    /**
     * The supporters live in this household (a child's parents, a spouse): they are
     * supporters, and none of the cases below applies to them (民发〔2021〕43号 第八条).
     */
    z.strictObject({ status: z.literal('in-household') }),
    z.strictObject({
      status: z.literal('cannot-support'),
      case: z.enum(supporterCannotSupportCases, { error: 'legalSupporter.case' }),
    }),
    z.strictObject({ status: z.literal('not-sure') }),
  ],
  { error: 'legalSupporter.status' },
);

/**
 * Screen 7. Legal supporters (children, spouse, parents) and current dibao.
 * `legalSupporter` is the applicant's (member 1). Supporters belong to a person
 * (民发〔2021〕43号 第八条), so `memberSupporters[i]` answers for member i + 1 who could
 * be 特困; index 0 and members not asked are null. Optional: checks and applications
 * stored before it existed carry only `legalSupporter`, and the rules then fall back
 * (see programmes/tekun-supporters.ts).
 */
const support = z.strictObject({
  legalSupporter,
  memberSupporters: z.optional(
    z.array(z.nullable(legalSupporter)).check(z.maxLength(MAX_MEMBERS, { error: 'members.count' })),
  ),
  /** The household receives dibao now (for the phase-out period). */
  receivingDibao: z.boolean(),
});

/** Screen 8. Large necessary spending in the last 12 months (medical, school, rehabilitation, disaster). */
const expenses = z.strictObject({
  rigidSpendingLast12Months: amount,
});

export const checkInputSchema = z.strictObject({
  situation,
  residence,
  registration,
  members,
  income,
  assets,
  support,
  expenses,
});

export type CheckInput = z.infer<typeof checkInputSchema>;
export type CheckInputMember = CheckInput['members'][number];
export type Need = CheckInput['situation']['need'];
export type Hukou = CheckInput['registration']['hukou'];
export type Area = CheckInput['residence']['area'];
export type SupporterCase = (typeof supporterCannotSupportCases)[number];
export type LegalSupporter = CheckInput['support']['legalSupporter'];

/** The screens, in order: one group of questions each. */
export const checkInputGroups = Object.keys(checkInputSchema.shape) as (keyof CheckInput)[];
