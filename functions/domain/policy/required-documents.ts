import type { LocalizedText } from '../locale.ts';
import type { CheckInput } from './check-input.ts';

/** Papers to bring, by id, with the words a resident would recognise. */
export const documentLabels = {
  'id-card': {
    'zh-CN': '家庭成员的居民身份证',
    en: 'ID cards of the household members',
  },
  'household-register': { 'zh-CN': '户口簿', en: 'Household register (hukou booklet)' },
  'residence-permit': {
    'zh-CN': '普宁居住证（已按年签注）',
    en: 'Puning residence permit (endorsed this year)',
  },
  'income-proof': {
    'zh-CN': '近 6 个月的收入证明（工资单、经营收入、养老金等）',
    en: 'Proof of income for the last 6 months (pay slips, business income, pensions)',
  },
  'financial-check-consent': {
    'zh-CN': '家庭经济状况核对授权书（在镇、街道窗口签字）',
    en: 'Consent to check the household finances (signed at the township office)',
  },
  'disability-certificate': { 'zh-CN': '残疾人证', en: 'Disability certificate' },
  'medical-records': {
    'zh-CN': '病历、诊断证明',
    en: 'Medical records and diagnosis',
  },
  'expense-receipts': {
    'zh-CN': '近 12 个月看病、上学等支出的票据',
    en: 'Receipts for medical, school and similar costs in the last 12 months',
  },
  'supporter-proof': {
    'zh-CN': '赡养、抚养、扶养人情况的证明（如有）',
    en: "Proof of your legal supporters' situation (if any)",
  },
  'emergency-statement': {
    'zh-CN': '发生了什么事的简单说明（可以先救助、后补交）',
    en: 'A short account of what happened (help comes first; this can follow)',
  },
  'dibao-certificate': { 'zh-CN': '低保证', en: 'Dibao certificate' },
  'bank-account': {
    'zh-CN': '本人名下的银行卡或存折',
    en: 'A bank card or passbook in your own name',
  },
} as const satisfies Record<string, LocalizedText>;

export type DocumentId = keyof typeof documentLabels;

export interface DocumentItem {
  readonly id: DocumentId;
  readonly label: LocalizedText;
}

/** The list for one application: ids in a stable order, each once, with labels. */
export function documentList(ids: readonly (DocumentId | false)[]): DocumentItem[] {
  const wanted = new Set(ids.filter((id): id is DocumentId => id !== false));
  return (Object.keys(documentLabels) as DocumentId[])
    .filter((id) => wanted.has(id))
    .map((id) => ({ id, label: documentLabels[id] }));
}

/** Papers every household application needs, plus those the answers call for. */
export function householdDocuments(input: CheckInput): (DocumentId | false)[] {
  return [
    'id-card',
    'household-register',
    input.registration.hukou !== 'puning' && 'residence-permit',
    'income-proof',
    'financial-check-consent',
    input.members.some((m) => m.disability !== null) && 'disability-certificate',
    input.members.some((m) => m.seriousIllness) && 'medical-records',
    'bank-account',
  ];
}
