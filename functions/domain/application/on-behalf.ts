import type { LocalizedText } from '../locale.ts';
import type {
  AgentRelationship,
  ApplicationInput,
  ConsentRecord,
  ConsentWay,
} from './application-input.ts';
import type { ApplicationRecord, StaffSubmitter } from './record.ts';

/**
 * Who submitted an application and how the person's consent is on record: the person
 * themselves (their own ticks on the form), an agent (their ticks plus the applicant's
 * written authorisation, 委托书, 57号 第六条), or staff applying on the person's behalf
 * (a signed form, oral consent before a witness, or a guardian, 43号 第十一条).
 */

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const agentRelationshipNames: Readonly<Record<AgentRelationship, LocalizedText>> = {
  spouse: t('配偶', 'Spouse'),
  child: t('子女', 'Son or daughter'),
  parent: t('父母', 'Parent'),
  sibling: t('兄弟姐妹', 'Brother or sister'),
  'other-relative': t('其他亲属', 'Other relative'),
  guardian: t('监护人', 'Guardian'),
  'friend-or-neighbour': t('朋友、邻居', 'Friend or neighbour'),
  other: t('其他受托人', 'Other authorised person'),
};

export const consentWayNames: Readonly<Record<ConsentWay, LocalizedText>> = {
  'signed-form': t('本人签字的书面同意书（已上传）', 'A consent form the person signed (uploaded)'),
  'oral-witnessed': t('本人口头同意，有见证人在场', 'Oral consent, heard by a witness'),
  guardian: t(
    '本人无民事行为能力，由监护人代为同意',
    'The person lacks capacity; their guardian consented',
  ),
};

export const staffPositionNames: Readonly<
  Record<'township-staff' | 'village-cadre', LocalizedText>
> = {
  'township-staff': t('镇（街道）工作人员', 'Township staff'),
  'village-cadre': t('村（居）干部', 'Village cadre'),
};

export type Submitter =
  | { readonly by: 'self' }
  | {
      readonly by: 'agent';
      readonly name: string;
      readonly relationship: AgentRelationship;
      readonly relationshipName: LocalizedText;
    }
  | {
      readonly by: 'staff';
      readonly name: string;
      readonly role: StaffSubmitter['role'];
      readonly villageCode?: string;
    };

/** Who submitted it; an application stored before agents existed reads as the person's own. */
export function submitterOf(
  record: Pick<ApplicationRecord, 'application' | 'submittedBy'>,
): Submitter {
  if (record.submittedBy)
    return {
      by: 'staff',
      name: record.submittedBy.name,
      role: record.submittedBy.role,
      ...(record.submittedBy.villageCode ? { villageCode: record.submittedBy.villageCode } : {}),
    };
  const agent = record.application.agent;
  if (agent)
    return {
      by: 'agent',
      name: agent.name,
      relationship: agent.relationship,
      relationshipName: agentRelationshipNames[agent.relationship],
    };
  return { by: 'self' };
}

/** How the person's consent is on record, in both languages. */
export function consentSummary(
  record: Pick<ApplicationRecord, 'application' | 'submittedBy' | 'consentRecord'>,
): LocalizedText {
  const consent = record.consentRecord;
  if (record.submittedBy && consent) {
    const base = consentWayNames[consent.way];
    const who =
      consent.way === 'oral-witnessed'
        ? t(`见证人：${consent.witnessName ?? ''}`, `witness: ${consent.witnessName ?? ''}`)
        : consent.way === 'guardian'
          ? t(
              `监护人：${consent.guardianName ?? ''}（${consent.guardianRelationship ?? ''}）`,
              `guardian: ${consent.guardianName ?? ''} (${consent.guardianRelationship ?? ''})`,
            )
          : null;
    return who ? t(`${base['zh-CN']}；${who['zh-CN']}`, `${base.en}; ${who.en}`) : base;
  }
  if (record.application.agent)
    return t(
      '代理人在网上勾选同意，并上传申请人签字的委托书',
      'The agent ticked the consents online and uploads the written authorisation the applicant signed',
    );
  return t('申请人本人在网上勾选同意', 'The applicant ticked the consents online');
}

/** The first history note: where it went, and who submitted it for the person. */
export function submissionNote(
  township: { readonly name: string; readonly nameEn: string },
  input: ApplicationInput,
  onBehalf?: { readonly submittedBy: StaffSubmitter; readonly consentRecord: ConsentRecord },
): LocalizedText {
  const base = t(
    `申请已提交，交给${township.name}办理`,
    `Application submitted to ${township.nameEn}`,
  );
  if (onBehalf) {
    const way = consentWayNames[onBehalf.consentRecord.way];
    return t(
      `${base['zh-CN']}（由${onBehalf.submittedBy.name}代为申请；同意方式：${way['zh-CN']}）`,
      `${base.en} (applied for by ${onBehalf.submittedBy.name}; consent: ${way.en})`,
    );
  }
  if (input.agent) {
    const relation = agentRelationshipNames[input.agent.relationship];
    return t(
      `${base['zh-CN']}（由代理人代为申请，关系：${relation['zh-CN']}）`,
      `${base.en} (applied for by an agent: ${relation.en})`,
    );
  }
  return base;
}

/** Whether a consent record needs a document uploaded (a signed form) before it is complete. */
export function consentNeedsDocument(consent: ConsentRecord): boolean {
  return consent.way === 'signed-form';
}
