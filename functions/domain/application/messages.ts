import { idNumberMessages } from '../id-number.ts';
import type { LocalizedText } from '../locale.ts';
import { phoneMessages } from '../phone.ts';
import { checkInputMessages } from '../policy/messages.ts';

/** Texts for the message keys the application schema uses. */
export const applicationMessages = {
  'programmes.required': { 'zh-CN': '请至少选择一项救助', en: 'Choose at least one kind of help' },
  'programmes.unknown': { 'zh-CN': '请从列表中选择救助项目', en: 'Choose from the list' },
  'name.required': { 'zh-CN': '请填写姓名', en: 'Enter your full name' },
  'name.tooLong': {
    'zh-CN': '姓名不能超过 40 个字',
    en: 'The name must be 40 characters or fewer',
  },
  'name.characters': {
    'zh-CN': '姓名中有不能使用的字符（例如看不见的控制符号），请删除后重新输入',
    en: 'The name contains characters that cannot be used, such as invisible control characters. Delete them and type it again',
  },
  'text.characters': {
    'zh-CN': '这里有不能使用的字符（例如看不见的控制符号），请删除后重新输入',
    en: 'This contains characters that cannot be used, such as invisible control characters. Delete them and type it again',
  },
  'email.invalid': { 'zh-CN': '请填写正确的电子邮箱', en: 'Enter a real email address' },
  'village.required': { 'zh-CN': '请选择村或社区', en: 'Choose your village or community' },
  'village.notInTownship': {
    'zh-CN': '这个村（社区）不属于所选的镇（街道、农场）',
    en: 'This village is not in the town you chose',
  },
  'hukouPlace.notPuning': {
    'zh-CN': '只有普宁户籍需要填写户籍所在的镇（街道、农场）',
    en: 'Only a Puning hukou has a hukou town to give here',
  },
  'address.required': { 'zh-CN': '请填写详细地址', en: 'Enter your address' },
  'address.tooLong': {
    'zh-CN': '地址不能超过 120 个字',
    en: 'The address must be 120 characters or fewer',
  },
  'relation.required': { 'zh-CN': '请选择与申请人的关系', en: 'Choose the relationship to you' },
  'member.age.idNumber': {
    'zh-CN': '年龄与身份证号码中的出生日期不符，请核对年龄（周岁）和身份证号码',
    en: 'This age does not match the date of birth in the ID number. Check the age (in whole years) and the number',
  },
  'firstMember.self': {
    'zh-CN': '第一位家庭成员应是申请人本人',
    en: 'The first household member must be you',
  },
  'emergency.required': {
    'zh-CN': '申请急难救助，请说明发生了什么',
    en: 'For emergency help, tell us what happened',
  },
  'emergency.description': {
    'zh-CN': '请用 1 到 500 个字说明',
    en: 'Describe it in 1 to 500 characters',
  },
  'emergency.date': {
    'zh-CN': '请填写发生的日期，不能晚于今天',
    en: 'Enter the date it happened; it cannot be in the future',
  },
  'emergency.future': {
    'zh-CN': '发生日期不能晚于今天',
    en: 'The date it happened cannot be in the future',
  },
  'emergency.neededNow': {
    'zh-CN': '“现在最需要什么”不能超过 300 个字',
    en: 'What you need now must be 300 characters or fewer',
  },
  'registration.required': {
    'zh-CN': '请填写户籍情况（申请临时救助（急难型）以外的救助需要填写）',
    en: 'Answer the hukou questions (needed for any help other than emergency help)',
  },
  'members.required': {
    'zh-CN': '请填写家庭成员（申请临时救助（急难型）以外的救助需要填写）',
    en: 'Add the household members (needed for any help other than emergency help)',
  },
  'income.required': {
    'zh-CN': '请填写家庭收入（申请临时救助（急难型）以外的救助需要填写）',
    en: 'Answer the income questions (needed for any help other than emergency help)',
  },
  'assets.required': {
    'zh-CN': '请填写家庭财产（申请临时救助（急难型）以外的救助需要填写）',
    en: 'Answer the property questions (needed for any help other than emergency help)',
  },
  'support.required': {
    'zh-CN': '请填写赡养、抚养、扶养情况（申请临时救助（急难型）以外的救助需要填写）',
    en: 'Answer the family support questions (needed for any help other than emergency help)',
  },
  'expenses.required': {
    'zh-CN': '请填写家庭支出（申请临时救助（急难型）以外的救助需要填写）',
    en: 'Answer the expenses questions (needed for any help other than emergency help)',
  },
  'bankAccount.required': {
    'zh-CN': '请填写收款银行账户（申请临时救助（急难型）以外的救助需要填写）',
    en: 'Enter the bank account for payments (needed for any help other than emergency help)',
  },
  'bank.name': { 'zh-CN': '请填写开户银行', en: 'Enter the name of the bank' },
  'bank.account': {
    'zh-CN': '银行账号应为 12 到 30 位数字',
    en: 'The account number must have 12 to 30 digits',
  },
  'consent.required': {
    'zh-CN': '需要您勾选同意才能继续',
    en: 'You need to tick this to continue',
  },
  'consent.hash': { 'zh-CN': '同意记录不完整', en: 'The consent record is incomplete' },
  'permit.issuedOn': {
    'zh-CN': '请填写正确的办证日期',
    en: 'Enter the date the permit was issued',
  },
  'permit.issuedInFuture': {
    'zh-CN': '办证日期不能晚于今天',
    en: 'The date the permit was issued cannot be in the future',
  },
  'permit.issuedAfterEndorsement': {
    'zh-CN': '办证日期不能晚于最近一次签注的日期',
    en: 'The permit cannot have been issued after its last endorsement',
  },
  'permit.endorsedInFuture': {
    'zh-CN': '最近一次签注的日期不能晚于今天',
    en: 'The date of the last endorsement cannot be in the future',
  },
  'permit.office': {
    'zh-CN': '发证机关请用 60 个字以内填写',
    en: 'Enter the issuing office in 60 characters or fewer',
  },
  'mobile.required': {
    'zh-CN': '本人申请时请填写您的手机号码（代他人申请时可以不填申请人的手机号码）',
    en: 'Enter your mobile number when applying for yourself (when applying for someone else, theirs is optional)',
  },
  'agent.name': { 'zh-CN': '请填写代理人的姓名', en: 'Enter the full name of the person applying' },
  'agent.relationship': {
    'zh-CN': '请选择代理人与申请人的关系',
    en: 'Choose how the person applying is related to the applicant',
  },
  'staffRelative.position': {
    'zh-CN': '请选择亲属是镇（街道）工作人员还是村（居）干部',
    en: 'Choose whether the relative works for the township or is a village cadre',
  },
  'staffRelative.staffName': {
    'zh-CN': '请填写这位工作人员或村（居）干部的姓名',
    en: 'Enter the name of the staff member or village cadre',
  },
  'staffRelative.relationship': {
    'zh-CN': '请用 1 到 40 个字说明亲属关系，例如“配偶”“兄弟”',
    en: 'Describe the family tie in 1 to 40 characters, for example "spouse" or "brother"',
  },
  'consentRecord.way': {
    'zh-CN': '请选择申请人同意的方式',
    en: 'Choose how the applicant gave consent',
  },
  'consentRecord.witnessName': {
    'zh-CN': '口头同意需要填写在场见证人的姓名',
    en: 'Oral consent needs the name of the witness who heard it',
  },
  'consentRecord.guardianName': {
    'zh-CN': '由监护人代为同意时请填写监护人的姓名',
    en: 'Enter the name of the guardian who consented',
  },
  'consentRecord.guardianRelationship': {
    'zh-CN': '请填写监护人与申请人的关系',
    en: 'Enter how the guardian is related to the applicant',
  },
  'consentRecord.note': {
    'zh-CN': '备注不能超过 300 个字',
    en: 'The note must be 300 characters or fewer',
  },
} as const satisfies Record<string, LocalizedText>;

/** Every message key an application can produce, for toFieldErrors(). */
export const applicationCatalogue = {
  ...checkInputMessages,
  ...idNumberMessages,
  ...phoneMessages,
  ...applicationMessages,
};
