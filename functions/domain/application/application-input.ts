import * as z from 'zod/mini';
import { type IsoDate, isIsoDate, todayInShanghai } from '../dates.ts';
import { idNumberSchemaOn, parseIdNumber } from '../id-number.ts';
import { mobileSchema } from '../phone.ts';
import { type CheckInput, checkInputSchema, memberSchema } from '../policy/check-input.ts';
import { programmeIds } from '../policy/programmes.ts';
import { townshipCodes } from '../policy/township-codes.ts';
import { plainText } from '../validation/plain-text.ts';
import { statedAgeAgrees } from '../validation/stated-age.ts';
import { consentVersion } from './consent-texts.ts';
import { isEmergencyOnly } from './emergency-only.ts';

export { isEmergencyOnly };

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

/**
 * Who may apply for someone else (57号 第六条 "本人或代理人", 43号 第十条): family, a
 * guardian, or another person the applicant authorised in writing (委托书).
 */
export const agentRelationships = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'other-relative',
  'guardian',
  'friend-or-neighbour',
  'other',
] as const;
export type AgentRelationship = (typeof agentRelationships)[number];

/**
 * How a person's consent was given when staff applied for them (43号 第十一条): a
 * signed paper form (uploaded), oral consent heard by a witness, or a guardian for a
 * person without capacity.
 */
export const consentWays = ['signed-form', 'oral-witnessed', 'guardian'] as const;
export type ConsentWay = (typeof consentWays)[number];

/** Whose relative the applicant is (57号 第十一条: 单独登记备案). */
export const staffRelativePositions = ['township-staff', 'village-cadre'] as const;

const applicantName = plainText(1, 40, {
  required: 'name.required',
  tooLong: 'name.tooLong',
  characters: 'name.characters',
});

const residence = z
  .strictObject({
    townshipCode: z.enum(townshipCodes, { error: 'township.unknown' }),
    villageCode: z.string().check(z.regex(/^\d{12}$/, { error: 'village.required' })),
    address: plainText(1, 120, {
      required: 'address.required',
      tooLong: 'address.tooLong',
      characters: 'text.characters',
    }),
  })
  .check(
    // Same township prefix here (cheap, browser-safe); the API also checks the village
    // exists in the divisions data, which the browser does not download as code.
    z.refine((r) => r.villageCode.slice(0, 9) === r.townshipCode.slice(0, 9), {
      error: 'village.notInTownship',
      path: ['villageCode'],
    }),
  );

/**
 * Where a Puning-hukou household's 户籍 is, when it is not the township where they
 * live: the township that handles 低保, 特困 and 边缘 (民发〔2021〕57号 第四条). Absent
 * means "the same as where I live", which is most people and every older application.
 */
const hukouPlace = z
  .strictObject({
    townshipCode: z.enum(townshipCodes, { error: 'township.unknown' }),
    villageCode: z.string().check(z.regex(/^\d{12}$/, { error: 'village.required' })),
  })
  .check(
    // A missing village is already said (village.required); only a chosen one can misfit.
    z.refine(
      (r) =>
        !/^\d{12}$/.test(r.villageCode) || r.villageCode.slice(0, 9) === r.townshipCode.slice(0, 9),
      { error: 'village.notInTownship', path: ['villageCode'] },
    ),
  );

const bankAccount = z.strictObject({
  bankName: plainText(2, 60, {
    required: 'bank.name',
    tooLong: 'bank.name',
    characters: 'text.characters',
  }),
  accountNumber: z.string().check(z.regex(/^\d{12,30}$/, { error: 'bank.account' })),
});

const mustAgree = z.literal(true, { error: 'consent.required' });
const consent = z.strictObject({
  version: z.literal(consentVersion, { error: 'consent.hash' }),
  privacy: mustAgree,
  sensitive: mustAgree,
  // Not asked when only emergency help is sought: no finances are checked for it then.
  economicCheck: z.optional(mustAgree),
  consentedAt: z.iso.datetime({ error: 'consent.hash' }),
});

// Optional, and free text like any other: an empty office is the same as none.
const permitOffice = z.optional(
  plainText(0, 60, {
    required: 'permit.office',
    tooLong: 'permit.office',
    characters: 'text.characters',
  }),
);

/** A real calendar date, and not after today (`today` is asked at each check). */
const pastDate = (today: () => IsoDate, keys: { invalid: string; future: string }) =>
  z.string().check(
    z.refine(isIsoDate, { error: keys.invalid, abort: true }),
    z.refine((date) => date <= today(), { error: keys.future }),
  );

/**
 * The schema on a clock: `today` gives the date in Asia/Shanghai each time a value is
 * checked, so one schema built at start-up stays right after midnight. ID numbers may
 * not carry a birth date after today, nor an emergency or a residence permit a date
 * after today; a stated age must agree with the ID number's birth date
 * (validation/stated-age.ts).
 */
export function applicationInputSchemaOn(
  today: () => IsoDate,
  options: {
    /** Staff apply on the person's behalf: they follow the case, so no mobile is needed. */
    readonly staffOnBehalf?: boolean;
  } = {},
) {
  const idNumber = idNumberSchemaOn(today);

  const member = z.extend(memberSchema, {
    relation: z.enum(relations, { error: 'relation.required' }),
    idNumber: z.optional(idNumber),
  });

  const applicant = z.strictObject({
    name: applicantName,
    idNumber,
    /** Required when applying for oneself; an agent's or staff member's application may omit it. */
    mobile: z.optional(mobileSchema),
    email: z.optional(z.email({ error: 'email.invalid' })),
  });

  /** The person applying for the applicant; their written authorisation is uploaded after. */
  const agent = z.strictObject({
    name: plainText(1, 40, {
      required: 'agent.name',
      tooLong: 'name.tooLong',
      characters: 'name.characters',
    }),
    relationship: z.enum(agentRelationships, { error: 'agent.relationship' }),
    mobile: mobileSchema,
    idNumber: z.optional(idNumber),
  });

  /** The applicant's own declaration of a family tie to township staff or village cadres. */
  const staffRelative = z.strictObject({
    position: z.enum(staffRelativePositions, { error: 'staffRelative.position' }),
    staffName: plainText(1, 40, {
      required: 'staffRelative.staffName',
      tooLong: 'name.tooLong',
      characters: 'name.characters',
    }),
    relationship: plainText(1, 40, {
      required: 'staffRelative.relationship',
      tooLong: 'staffRelative.relationship',
      characters: 'text.characters',
    }),
  });

  const registration = checkInputSchema.shape.registration.check(
    z.refine(
      (r) =>
        !('residencePermit' in r) ||
        !r.residencePermit.held ||
        !isIsoDate(r.residencePermit.lastEndorsedOn) ||
        r.residencePermit.lastEndorsedOn <= today(),
      { error: 'permit.endorsedInFuture', path: ['residencePermit', 'lastEndorsedOn'] },
    ),
  );

  const emergency = z.strictObject({
    description: plainText(1, 500, {
      required: 'emergency.description',
      tooLong: 'emergency.description',
      characters: 'text.characters',
    }),
    occurredOn: pastDate(today, { invalid: 'emergency.date', future: 'emergency.future' }),
    townshipCode: z.enum(townshipCodes, { error: 'township.unknown' }),
    /** What is needed now (food, shelter, a hospital bill); absent in older applications. */
    neededNow: z.optional(
      plainText(0, 300, {
        required: 'emergency.neededNow',
        tooLong: 'emergency.neededNow',
        characters: 'text.characters',
      }),
    ),
    /** It happened at work: the applicant is pointed to 工伤认定 / 12333 as well. */
    atWork: z.optional(z.boolean()),
  });

  return z
    .strictObject({
      programmes: z
        .array(z.enum(applicableProgrammes, { error: 'programmes.unknown' }))
        .check(z.minLength(1, { error: 'programmes.required' }), z.maxLength(6)),
      consent,
      applicant,
      residence,
      registration: z.optional(registration),
      hukouPlace: z.optional(hukouPlace),
      permitIssuingOffice: permitOffice,
      /** When the residence permit was first issued (asked with the permit). */
      permitIssuedOn: z.optional(
        pastDate(today, { invalid: 'permit.issuedOn', future: 'permit.issuedInFuture' }),
      ),
      members: z.optional(
        z
          .array(member)
          .check(
            z.minLength(1, { error: 'members.count' }),
            z.maxLength(20, { error: 'members.count' }),
          ),
      ),
      income: z.optional(checkInputSchema.shape.income),
      assets: z.optional(checkInputSchema.shape.assets),
      support: z.optional(checkInputSchema.shape.support),
      expenses: z.optional(checkInputSchema.shape.expenses),
      emergency: z.optional(emergency),
      bankAccount: z.optional(bankAccount),
      /** Present when someone else applies for the applicant (absent = for oneself). */
      agent: z.optional(agent),
      staffRelative: z.optional(staffRelative),
    })
    .check(
      // Help first, explain later (普民〔2021〕77号 二(六) 先行救助): emergency help alone
      // is asked without the means test; every other programme needs all of it.
      z.check(
        (payload) => {
          const { programmes, consent } = payload.value;
          if (!Array.isArray(programmes) || isEmergencyOnly(programmes)) return;
          if (typeof consent === 'object' && consent !== null && consent.economicCheck !== true) {
            payload.issues.push({
              code: 'custom',
              message: 'consent.required',
              path: ['consent', 'economicCheck'],
              input: consent.economicCheck,
            });
          }
          for (const part of meansTestParts) {
            if (payload.value[part] !== undefined) continue;
            payload.issues.push({
              code: 'custom',
              message: `${part}.required`,
              path: [part],
              input: undefined,
            });
          }
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
      z.refine((a) => a.members === undefined || a.members[0]?.relation === 'self', {
        error: 'firstMember.self',
        path: ['members', 0, 'relation'],
      }),
      // Only a Puning 户籍 has a Puning township; anyone else applies where they live.
      z.refine((a) => a.hukouPlace === undefined || a.registration?.hukou === 'puning', {
        error: 'hukouPlace.notPuning',
        path: ['hukouPlace'],
      }),
      z.refine((a) => !a.programmes.includes('temporary-emergency') || a.emergency !== undefined, {
        error: 'emergency.required',
        path: ['emergency'],
      }),
      // Across fields, run even when other fields are wrong, on the fields that are
      // right: each check reads a field only once no issue lies on or above it.
      z.check(
        (payload) => {
          const valid = (path: readonly PropertyKey[]) =>
            !payload.issues.some(
              // An unknown key leaves the known ones usable.
              (issue) => issue.code !== 'unrecognized_keys' && overlaps(issue.path ?? [], path),
            );
          checkStatedAges(payload.value, valid, today(), payload.issues);
          checkPermitOrder(payload.value, valid, payload.issues);
          if (!options.staffOnBehalf) checkMobileReachable(payload.value, valid, payload.issues);
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    );
}

/**
 * The parts of an application that make up the means test and its consent: asked of
 * every programme but emergency help alone, where staff request them afterwards.
 */
export const meansTestParts = [
  'registration',
  'members',
  'income',
  'assets',
  'support',
  'expenses',
  'bankAccount',
] as const;

type Issues = z.core.$ZodRawIssue[];
type Valid = (path: readonly PropertyKey[]) => boolean;

/** One path is the other or lies inside it: an issue there means the value is unusable. */
function overlaps(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.every((key, i) => key === longer[i]);
}

/**
 * Each age against the birth date of that person's ID number: the first member is the
 * applicant, whose number is asked with the name; others may give theirs.
 */
function checkStatedAges(
  application: ApplicationInput,
  valid: Valid,
  today: IsoDate,
  issues: Issues,
) {
  if (!valid(['members']) || application.members === undefined) return;
  application.members.forEach((member, i) => {
    if (!valid(['members', i, 'age']) || !valid(['members', i, 'idNumber'])) return;
    const number =
      member.idNumber ??
      (i === 0 && valid(['applicant', 'idNumber']) ? application.applicant.idNumber : undefined);
    if (number === undefined) return;
    const parsed = parseIdNumber(number);
    if (!parsed.ok || statedAgeAgrees(member.age, parsed.birthDate, today)) return;
    issues.push({
      code: 'custom',
      message: 'member.age.idNumber',
      path: ['members', i, 'age'],
      input: member.age,
    });
  });
}

/**
 * Someone must be reachable by text: the applicant's own mobile when applying for
 * oneself; with an agent, the agent's mobile suffices (the applicant's is optional).
 */
function checkMobileReachable(application: ApplicationInput, valid: Valid, issues: Issues) {
  const applicant = application.applicant as ApplicationInput['applicant'] | null | undefined;
  if (typeof applicant !== 'object' || applicant === null || !valid(['applicant', 'mobile']))
    return;
  if (application.agent !== undefined || applicant.mobile !== undefined) return;
  issues.push({
    code: 'custom',
    message: 'mobile.required',
    path: ['applicant', 'mobile'],
    input: undefined,
  });
}

/** A permit is issued before (or on the day of) its last endorsement. */
function checkPermitOrder(application: ApplicationInput, valid: Valid, issues: Issues) {
  if (!valid(['permitIssuedOn']) || !valid(['registration'])) return;
  const { permitIssuedOn, registration } = application;
  if (
    permitIssuedOn === undefined ||
    registration === undefined ||
    !('residencePermit' in registration) ||
    !registration.residencePermit.held ||
    permitIssuedOn <= registration.residencePermit.lastEndorsedOn
  ) {
    return;
  }
  issues.push({
    code: 'custom',
    message: 'permit.issuedAfterEndorsement',
    path: ['permitIssuedOn'],
    input: permitIssuedOn,
  });
}

/**
 * The schema on the clock of the machine it runs on (the browser's, the Lambda's),
 * read at each check, never when the module loads. The API binds its own clock
 * (applicationInputSchemaOn(() => todayInShanghai(deps.now()))) where it can.
 */
export const applicationInputSchema = applicationInputSchemaOn(() => todayInShanghai(Date.now()));

export type ApplicationInput = z.infer<typeof applicationInputSchema>;
export type AgentInput = NonNullable<ApplicationInput['agent']>;

/**
 * How staff recorded the person's consent to an application they submit for them.
 * A signed form is uploaded afterwards (document kind `consent-form`); oral consent
 * names its witness; a guardian acts for a person without capacity (43号 第十一条).
 */
export const consentRecordSchema = z
  .strictObject({
    way: z.enum(consentWays, { error: 'consentRecord.way' }),
    witnessName: z.optional(
      plainText(0, 40, {
        required: 'consentRecord.witnessName',
        tooLong: 'name.tooLong',
        characters: 'name.characters',
      }),
    ),
    guardianName: z.optional(
      plainText(0, 40, {
        required: 'consentRecord.guardianName',
        tooLong: 'name.tooLong',
        characters: 'name.characters',
      }),
    ),
    guardianRelationship: z.optional(
      plainText(0, 40, {
        required: 'consentRecord.guardianRelationship',
        tooLong: 'staffRelative.relationship',
        characters: 'text.characters',
      }),
    ),
    note: z.optional(
      plainText(0, 300, {
        required: 'consentRecord.note',
        tooLong: 'consentRecord.note',
        characters: 'text.characters',
      }),
    ),
  })
  .check(
    z.refine((r) => r.way !== 'oral-witnessed' || Boolean(r.witnessName), {
      error: 'consentRecord.witnessName',
      path: ['witnessName'],
    }),
    z.refine((r) => r.way !== 'guardian' || Boolean(r.guardianName), {
      error: 'consentRecord.guardianName',
      path: ['guardianName'],
    }),
    z.refine((r) => r.way !== 'guardian' || Boolean(r.guardianRelationship), {
      error: 'consentRecord.guardianRelationship',
      path: ['guardianRelationship'],
    }),
  );
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

/** What staff send to apply on a person's behalf: the same application, and the consent record. */
export function staffSubmissionSchemaOn(today: () => IsoDate) {
  return z.strictObject({
    application: applicationInputSchemaOn(today, { staffOnBehalf: true }),
    consentRecord: consentRecordSchema,
  });
}
export type StaffSubmission = z.infer<ReturnType<typeof staffSubmissionSchemaOn>>;

export type MeansTestPart = (typeof meansTestParts)[number];

/** An application with its means test: every application but an emergency-only one. */
export type CompleteApplication = ApplicationInput & {
  [K in MeansTestPart]-?: NonNullable<ApplicationInput[K]>;
};

/** The screens of the form, each validated by its part of the schema. */
export const applicationGroups = Object.keys(
  applicationInputSchema.shape,
) as (keyof ApplicationInput)[];

/**
 * The application as the rules read it, so staff see the same assessment as the check;
 * null while the means test has not been asked yet (an emergency-only application):
 * the rules are not run on invented zeros.
 */
export function toCheckInput(application: CompleteApplication, urbanArea: boolean): CheckInput;
export function toCheckInput(application: ApplicationInput, urbanArea: boolean): CheckInput | null;
export function toCheckInput(application: ApplicationInput, urbanArea: boolean): CheckInput | null {
  const { registration, members, income, assets, support, expenses } = application;
  if (!registration || !members || !income || !assets || !support || !expenses) return null;
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
    registration,
    members: members.map(({ relation: _r, idNumber: _i, ...member }) => member),
    income,
    assets,
    support,
    expenses,
  };
}

/**
 * What an applicant may correct when answering a request for information: the
 * household and its money; the 户籍 and the bank account too, which an emergency-only
 * application gives only now, when staff ask for the means test. The merged application is validated again as a whole, and
 * staff see the changed fields highlighted.
 */
export const answerChangesSchema = z.strictObject({
  registration: applicationInputSchema.shape.registration,
  bankAccount: applicationInputSchema.shape.bankAccount,
  members: applicationInputSchema.shape.members,
  income: applicationInputSchema.shape.income,
  assets: applicationInputSchema.shape.assets,
  support: applicationInputSchema.shape.support,
  expenses: applicationInputSchema.shape.expenses,
});
export type AnswerChanges = z.infer<typeof answerChangesSchema>;
