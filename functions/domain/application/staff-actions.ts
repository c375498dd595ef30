import * as z from 'zod/mini';
import { isIsoDate } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import { townshipCodes } from '../policy/townships.ts';
import { departmentIds } from '../referrals/departments.ts';
import { plainText } from '../validation/plain-text.ts';
import { terminationGroundCodes } from './reviews.ts';
import type { StaffAction } from './states.ts';

/**
 * What staff send with each action. Where the law asks for written reasons (a
 * refusal, a return, a transfer, an extension) the reason is required. Browser and
 * API share these schemas; the console shows the same messages.
 */

/** Why an application is refused (民发〔2021〕57号 art. 21: the refusal states its reasons). */
export const rejectionReasons = {
  'income-above-standard': {
    'zh-CN': '家庭月人均收入高于当地低保标准',
    en: 'Household income per person is above the local standard',
  },
  'assets-above-limit': {
    'zh-CN': '家庭财产超过规定',
    en: 'Household assets are above the limits',
  },
  'not-resident': {
    'zh-CN': '不符合户籍或居住条件',
    en: 'The hukou or residence conditions are not met',
  },
  'supporters-able': {
    'zh-CN': '有法定赡养、抚养、扶养能力的义务人',
    en: 'Someone is legally obliged and able to support the household',
  },
  'information-refused': {
    'zh-CN': '拒绝配合入户调查或家庭经济状况核对',
    en: 'The household check or the income check was refused',
  },
  'false-information': {
    'zh-CN': '隐瞒或虚报家庭收入、财产',
    en: 'Income or assets were concealed or misstated',
  },
  'not-in-category': {
    'zh-CN': '不属于该救助的对象范围',
    en: 'Not among the people this help is for',
  },
  'covered-by-tekun': {
    'zh-CN': '已纳入特困人员救助供养，不重复享受低保',
    en: 'Already supported as a person in extreme hardship (tekun); dibao is not paid as well',
  },
  other: { 'zh-CN': '其他原因（见说明）', en: 'Other (see the explanation)' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The clause a reason rests on, by programme family — only where we know it (a reason
 * without one is still stated; a wrong clause is worse than none).
 */
export function reasonClause(code: RejectionReason, programme: ProgrammeId): string | undefined {
  const tekun = programme === 'tekun';
  const temporary = programme === 'temporary-emergency' || programme === 'temporary-expense';
  switch (code) {
    case 'income-above-standard':
      if (temporary) return undefined;
      return tekun ? '民发〔2021〕43号 第六条' : '《社会救助暂行办法》第九条';
    case 'assets-above-limit':
      if (temporary) return undefined;
      return tekun ? '民发〔2021〕43号 第七条' : '《社会救助暂行办法》第九条';
    case 'not-resident':
      if (temporary) return undefined;
      return tekun ? '民发〔2021〕43号 第十条' : '民发〔2021〕57号 第四条';
    case 'supporters-able':
      return tekun ? '民发〔2021〕43号 第八条' : undefined;
    case 'not-in-category':
      return tekun ? '民发〔2021〕43号 第四条' : undefined;
    default:
      return undefined;
  }
}
export type RejectionReason = keyof typeof rejectionReasons;
const rejectionReasonCodes = Object.keys(rejectionReasons) as [
  RejectionReason,
  ...RejectionReason[],
];

export const staffActionMessages = {
  'reason.required': {
    'zh-CN': '请写明原因（1 到 500 字）',
    en: 'Give the reason (1 to 500 characters)',
  },
  'text.required': {
    'zh-CN': '请填写内容（1 到 1000 字）',
    en: 'Fill this in (1 to 1000 characters)',
  },
  'text.characters': {
    'zh-CN': '内容中有不能使用的字符（如 < >）',
    en: 'The text contains characters that cannot be used (such as < >)',
  },
  'date.required': { 'zh-CN': '请填写日期（年-月-日）', en: 'Enter a date (YYYY-MM-DD)' },
  'month.required': { 'zh-CN': '请填写月份（年-月）', en: 'Enter a month (YYYY-MM)' },
  'amount.invalid': {
    'zh-CN': '请填写金额（元，0 到 50000 的整数）',
    en: 'Enter an amount in yuan (a whole number from 0 to 50,000)',
  },
  'codes.required': {
    'zh-CN': '请至少选择一项不予批准的原因',
    en: 'Choose at least one reason for the refusal',
  },
  'township.required': {
    'zh-CN': '请选择要转交的镇（街道、农场）',
    en: 'Choose the township to transfer to',
  },
  'programme.required': {
    'zh-CN': '请选择要办理的救助项目',
    en: 'Choose the programme this decision is for',
  },
  'careLevel.required': {
    'zh-CN': '请选择评估的生活自理能力',
    en: 'Choose the assessed self-care level',
  },
  'supportForm.required': {
    'zh-CN': '请选择供养方式（分散或集中供养）',
    en: 'Choose the form of support (at home or in a care home)',
  },
  'form.required': { 'zh-CN': '请选择发放方式（现金或实物）', en: 'Choose cash or in kind' },
  'plan.required': {
    'zh-CN': '请选择一次性发放或分阶段发放',
    en: 'Choose paid once or in stages',
  },
  'kind.required': {
    'zh-CN': '请选择分阶段发放或跟进救助',
    en: 'Choose a stage payment or follow-up help',
  },
  'department.required': {
    'zh-CN': '请选择转介的部门',
    en: 'Choose the department referred to',
  },
  'assignee.required': {
    'zh-CN': '请填写经办人姓名和工号',
    en: "Enter the colleague's name and staff id",
  },
  'reviewReason.required': {
    'zh-CN': '请选择复核原因',
    en: 'Choose why the line is reviewed',
  },
  'reviewClass.required': {
    'zh-CN': '请选择复核周期（每年或每半年）',
    en: 'Choose how often it is reviewed (yearly or half-yearly)',
  },
  'changeKind.required': {
    'zh-CN': '请选择调整方式（增发、减发、停发或减发本人部分）',
    en: 'Choose the change (increase, decrease, stop, or one member’s share)',
  },
  'member.required': {
    'zh-CN': '请填写拒绝工作的家庭成员姓名、拒绝次数和家庭人数',
    en: 'Enter the member who refused work, the number of refusals and the household size',
  },
  'grounds.required': {
    'zh-CN': '请至少选择一项终止供养的情形',
    en: 'Choose at least one ground for ending support',
  },
  'referral.required': {
    'zh-CN': '请选择是否转入低保或临时救助',
    en: 'Choose whether the person moves to dibao or temporary assistance',
  },
  'approve.required': {
    'zh-CN': '请选择同意或不同意',
    en: 'Choose approve or not',
  },
} as const satisfies Record<string, LocalizedText>;

const reason = plainText(
  1,
  500,
  { required: 'reason.required', tooLong: 'reason.required', characters: 'text.characters' },
  { multiline: true },
);
const longText = plainText(
  1,
  1000,
  { required: 'text.required', tooLong: 'text.required', characters: 'text.characters' },
  { multiline: true },
);
const date = z.string().check(z.refine(isIsoDate, { error: 'date.required' }));
const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'month.required' }));
const yuan = z
  .number({ error: 'amount.invalid' })
  .check(
    z.int({ error: 'amount.invalid' }),
    z.minimum(0, { error: 'amount.invalid' }),
    z.maximum(50_000, { error: 'amount.invalid' }),
  );
const empty = z.strictObject({});
const careLevel = z.enum(['self-care', 'partly-lost', 'fully-lost'], {
  error: 'careLevel.required',
});
const supportForm = z.enum(['dispersed', 'centralised'], { error: 'supportForm.required' });
const reviewClass = z.enum(['yearly', 'half-yearly'], { error: 'reviewClass.required' });
const aidForm = z.enum(['cash', 'in-kind'], { error: 'form.required' });
const plan = z.enum(['one-off', 'staged'], { error: 'plan.required' });
const refusal = z.strictObject({
  codes: z
    .array(z.enum(rejectionReasonCodes, { error: 'codes.required' }))
    .check(z.minLength(1, { error: 'codes.required' }), z.maxLength(9)),
  text: longText,
});

export const staffActionSchemas = {
  claim: empty,
  assign: z.strictObject({
    assigneeId: z
      .string()
      .check(z.trim(), z.regex(/^[\w.@-]{1,128}$/, { error: 'assignee.required' })),
    assigneeName: plainText(1, 40, {
      required: 'assignee.required',
      tooLong: 'assignee.required',
      characters: 'text.characters',
    }),
  }),
  requestInfo: z.strictObject({ message: longText, dueOn: date }),
  recordInvestigation: z.strictObject({ visitedOn: date, findings: longText }),
  startPublicNotice: z.strictObject({ startsOn: date }),
  endPublicNotice: z.strictObject({ note: z.optional(reason) }),
  noticeObjection: z.strictObject({ reason }),
  grantEmergencyAid: z.strictObject({
    amountYuan: yuan,
    form: z.optional(aidForm),
    paperworkDueOn: date,
    reason,
  }),
  approve: z.strictObject({
    monthlyAmountYuan: yuan,
    opinion: longText,
    careLevel: z.optional(careLevel),
    supportForm: z.optional(supportForm),
  }),
  reject: refusal,
  approveTemporary: z.strictObject({ amountYuan: yuan, form: aidForm, plan, opinion: longText }),
  recordPayment: z.strictObject({
    paidOn: date,
    amountYuan: yuan,
    form: aidForm,
    kind: z.enum(['staged', 'follow-up'], { error: 'kind.required' }),
  }),
  transfer: z.strictObject({
    toTownship: z.enum(townshipCodes, { error: 'township.required' }),
    reason,
  }),
  extendDeadline: z.strictObject({ reason }),
  recordReferral: z.strictObject({
    department: z.enum(departmentIds, { error: 'department.required' }),
    /** For staff: what was passed on and to whom (not shown to the applicant). */
    note: reason,
    referredOn: date,
  }),
  confirm: z.strictObject({
    monthlyAmountYuan: yuan,
    startMonth: month,
    careLevel: z.optional(careLevel),
    supportForm: z.optional(supportForm),
    /** Confirming 特困 for someone paid 低保: 特困 applies and 低保 stops. */
    replacesDibao: z.optional(z.boolean()),
    /** How often the line is reviewed (57号 第三十一条); yearly when not given. */
    reviewClass: z.optional(reviewClass),
  }),
  notConfirm: refusal,
  confirmTemporary: z.strictObject({ amountYuan: yuan, form: aidForm, plan, opinion: longText }),
  returnToTownship: z.strictObject({ reason }),
  startGradualExit: z.strictObject({ reason }),
  endGradualExit: z.strictObject({ note: z.optional(reason) }),
  openReview: z.strictObject({
    reason: z.enum(['periodic', 'reported-change', 'care-change', 'other'], {
      error: 'reviewReason.required',
    }),
    note: z.optional(reason),
  }),
  recordReviewVisit: z.strictObject({
    visitedOn: date,
    findings: longText,
    monthlyIncomeYuan: z.optional(yuan),
  }),
  continueAfterReview: z.strictObject({
    reviewClass: z.optional(reviewClass),
    careLevel: z.optional(careLevel),
    note: z.optional(reason),
  }),
  proposeChange: z.strictObject({
    kind: z.enum(['increase', 'decrease', 'stop', 'member-share'], {
      error: 'changeKind.required',
    }),
    monthlyAmountYuan: z.optional(yuan),
    fromMonth: month,
    reason: longText,
    member: z.optional(
      z.strictObject({
        name: plainText(1, 40, {
          required: 'member.required',
          tooLong: 'member.required',
          characters: 'text.characters',
        }),
        refusals: z
          .number({ error: 'member.required' })
          .check(z.int({ error: 'member.required' }), z.minimum(1), z.maximum(99)),
        householdMembers: z
          .number({ error: 'member.required' })
          .check(z.int({ error: 'member.required' }), z.minimum(1), z.maximum(30)),
        keptShareYuan: z.optional(yuan),
      }),
    ),
  }),
  decideChange: z.strictObject({
    approve: z.boolean({ error: 'approve.required' }),
    text: longText,
    referral: z.optional(
      z.enum(['dibao', 'temporary-expense', 'none'], { error: 'referral.required' }),
    ),
  }),
  proposeTermination: z.strictObject({
    grounds: z
      .array(z.enum(terminationGroundCodes, { error: 'grounds.required' }))
      .check(z.minLength(1, { error: 'grounds.required' }), z.maxLength(7)),
    findings: longText,
    noticeStartsOn: date,
    referral: z.enum(['dibao', 'temporary-expense', 'none'], { error: 'referral.required' }),
  }),
} as const satisfies Record<StaffAction, z.ZodMiniType>;

export type StaffActionInput<A extends StaffAction> = z.infer<(typeof staffActionSchemas)[A]>;

/** How the console names each action. */
export const staffActionNames: Record<StaffAction, LocalizedText> = {
  claim: { 'zh-CN': '受理（由我办理）', en: 'Take it (assign to me)' },
  assign: { 'zh-CN': '指派给同事', en: 'Assign to a colleague' },
  requestInfo: { 'zh-CN': '请申请人补充材料', en: 'Ask the applicant for more information' },
  recordInvestigation: { 'zh-CN': '登记入户调查结果', en: 'Record the household investigation' },
  startPublicNotice: { 'zh-CN': '开始公示', en: 'Start the public notice' },
  endPublicNotice: { 'zh-CN': '结束公示（无异议）', en: 'End the public notice (no objection)' },
  noticeObjection: { 'zh-CN': '公示有异议，重新调查', en: 'Objection: investigate again' },
  grantEmergencyAid: { 'zh-CN': '先行救助', en: 'Give emergency aid first' },
  approve: { 'zh-CN': '镇（街道）审核同意', en: 'Approve at township level' },
  reject: { 'zh-CN': '不予批准（公示前）', en: 'Refuse (before the notice)' },
  approveTemporary: { 'zh-CN': '审批临时救助', en: 'Approve temporary assistance' },
  recordPayment: { 'zh-CN': '登记发放', en: 'Record a payment' },
  notConfirm: { 'zh-CN': '不予确认', en: 'Do not confirm' },
  confirmTemporary: {
    'zh-CN': '市民政局审批临时救助',
    en: 'Approve temporary assistance (city bureau)',
  },
  transfer: { 'zh-CN': '转交其他镇（街道、农场）', en: 'Transfer to another township' },
  extendDeadline: { 'zh-CN': '延长办理时限', en: 'Extend the time limit' },
  recordReferral: {
    'zh-CN': '登记转介（其他部门）',
    en: 'Record a referral to another department',
  },
  confirm: { 'zh-CN': '审核确认', en: 'Confirm' },
  returnToTownship: { 'zh-CN': '退回镇（街道）', en: 'Return to the township' },
  startGradualExit: { 'zh-CN': '开始渐退期', en: 'Start the phase-out period' },
  endGradualExit: { 'zh-CN': '结束渐退期', en: 'End the phase-out period' },
  openReview: { 'zh-CN': '开始复核', en: 'Open a review' },
  recordReviewVisit: { 'zh-CN': '登记复核入户情况', en: 'Record the review visit' },
  continueAfterReview: {
    'zh-CN': '复核结束：继续保障，金额不变',
    en: 'Conclude the review: continue, same amount',
  },
  proposeChange: {
    'zh-CN': '提出增发、减发或停发意见',
    en: 'Propose an increase, a decrease or a stop',
  },
  decideChange: { 'zh-CN': '审批调整或终止', en: 'Decide the change or the termination' },
  proposeTermination: {
    'zh-CN': '终止特困供养（调查后公示 7 天）',
    en: 'End tekun support (after the investigation, a 7-day notice)',
  },
};
