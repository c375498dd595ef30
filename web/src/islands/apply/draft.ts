import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import { type CheckDraft, emptyDraft as emptyHousehold } from '../check/draft.ts';
import type { householdSteps } from '../check/step-order.ts';

type HouseholdStep = (typeof householdSteps)[number];

/**
 * What the applicant has typed so far, as text, kept on the device only. The household
 * part is the check's draft (the same questions), so answers carried over from the
 * check need no translation.
 */
export interface MemberExtras {
  relation: string;
  idNumber: string;
}

export interface ApplyDraft {
  version: 1;
  /** Sent as Idempotency-Key: a retried submission of this draft is the same application. */
  idempotencyKey: string;
  programmes: ProgrammeId[];
  consents: { privacy: boolean; sensitive: boolean; economicCheck: boolean; at: string };
  applicant: { name: string; idNumber: string; mobile: string; email: string };
  residence: { townshipCode: string; villageCode: string; address: string };
  /**
   * Where a Puning 户籍 is: "same" as where they live (the default, one tap for most
   * people) or another township and village. Absent in drafts saved before it was asked.
   */
  hukouPlace?: HukouPlaceDraft;
  permitIssuingOffice: string;
  permitIssuedOn: string;
  household: CheckDraft;
  memberExtras: MemberExtras[];
  /** `neededNow` and `atWork` are absent in drafts saved before they were asked. */
  emergency: {
    description: string;
    occurredOn: string;
    townshipCode: string;
    neededNow?: string;
    atWork?: boolean;
  };
  bank: { bankName: string; accountNumber: string };
  /** Someone applying for the applicant; absent in drafts saved before it was asked (= self). */
  agent?: AgentDraft;
  /** The applicant's declaration of a relative among staff; absent in older drafts (= no). */
  staffRelative?: StaffRelativeDraft;
  /**
   * How the person consented, when staff apply for them from the console (43号 第十一条):
   * present only there, and it is what makes the form ask it before "check your answers".
   */
  consentRecord?: ConsentRecordDraft;
  /**
   * Household screens already answered in the check on this device: not asked again
   * (only what the application adds to them is), shown on "check your answers" with a
   * link that reopens them. Absent when the form was started without the check.
   */
  answeredInCheck?: HouseholdStep[];
}

export interface AgentDraft {
  who: 'self' | 'agent';
  name: string;
  relationship: string;
  mobile: string;
  idNumber: string;
}

export interface StaffRelativeDraft {
  declared: '' | 'yes' | 'no';
  position: string;
  staffName: string;
  relationship: string;
}

export interface ConsentRecordDraft {
  way: '' | 'signed-form' | 'oral-witnessed' | 'guardian';
  witnessName: string;
  guardianName: string;
  guardianRelationship: string;
  note: string;
}

export const noConsentRecord: ConsentRecordDraft = {
  way: '',
  witnessName: '',
  guardianName: '',
  guardianRelationship: '',
  note: '',
};

/** Whether staff are applying for the person from the console. */
export const byStaff = (draft: ApplyDraft): boolean => draft.consentRecord !== undefined;

export const noAgent: AgentDraft = {
  who: 'self',
  name: '',
  relationship: '',
  mobile: '',
  idNumber: '',
};
export const noStaffRelative: StaffRelativeDraft = {
  declared: '',
  position: '',
  staffName: '',
  relationship: '',
};

/** Whether someone else is applying for the applicant. */
export const byAgent = (draft: ApplyDraft): boolean => draft.agent?.who === 'agent';

export interface HukouPlaceDraft {
  same: 'yes' | 'no';
  townshipCode: string;
  villageCode: string;
}

export const sameHukouPlace: HukouPlaceDraft = { same: 'yes', townshipCode: '', villageCode: '' };

/** The programmes handled by the 户籍 township (民发〔2021〕57号 第四条, 43号 第十条). */
const registrationBound: readonly ProgrammeId[] = [
  'dibao',
  'single-person-dibao',
  'tekun',
  'dibao-edge',
];

/** Whether the form asks where the 户籍 is: Puning hukou, applying for one of those. */
export function asksHukouPlace(draft: ApplyDraft): boolean {
  return (
    draft.household.hukou === 'puning' &&
    draft.programmes.some((p) => registrationBound.includes(p))
  );
}

function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function emptyApplyDraft(): ApplyDraft {
  return {
    version: 1,
    idempotencyKey: newIdempotencyKey(),
    programmes: [],
    consents: { privacy: false, sensitive: false, economicCheck: false, at: '' },
    applicant: { name: '', idNumber: '', mobile: '', email: '' },
    residence: { townshipCode: '', villageCode: '', address: '' },
    hukouPlace: sameHukouPlace,
    permitIssuingOffice: '',
    permitIssuedOn: '',
    household: emptyHousehold(),
    memberExtras: [{ relation: 'self', idNumber: '' }],
    emergency: { description: '', occurredOn: '', townshipCode: '', neededNow: '', atWork: false },
    bank: { bankName: '', accountNumber: '' },
    agent: noAgent,
    staffRelative: noStaffRelative,
  };
}

export function isApplyDraft(value: unknown): value is ApplyDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as ApplyDraft).version === 1 &&
    Array.isArray((value as ApplyDraft).household?.members)
  );
}

/**
 * Whether a household screen answered in the check still has questions of the
 * application's own: where the 户籍 is, the residence permit's office and date, and
 * the relation and ID number of each member after the applicant.
 */
export function addsToCheckScreen(draft: ApplyDraft, step: HouseholdStep): boolean {
  if (step === 'members') return draft.household.members.length > 1;
  if (step === 'registration')
    return (
      asksHukouPlace(draft) ||
      (draft.household.hukou !== 'puning' && draft.household.permitHeld === 'yes')
    );
  return false;
}

/** Keeps the per-member extras in step with the household members list. */
export function alignExtras(draft: ApplyDraft): MemberExtras[] {
  return draft.household.members.map(
    (_, i) => draft.memberExtras[i] ?? { relation: i === 0 ? 'self' : '', idNumber: '' },
  );
}
