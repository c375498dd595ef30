import type { LocalizedText } from '../locale.ts';

/** Texts for the message keys used by checkInputSchema (see ./check-input.ts). */
export const checkInputMessages = {
  'amount.negative': {
    'zh-CN': '金额不能是负数，没有就填 0',
    en: 'The amount cannot be negative. Enter 0 if there is none',
  },
  'amount.tooLarge': {
    'zh-CN': '金额太大，请检查是否多填了位数',
    en: 'This amount is too large. Check the number of digits',
  },
  'number.whole': { 'zh-CN': '请填写整数', en: 'Enter a whole number' },
  'township.unknown': {
    'zh-CN': '请选择普宁市的一个镇、街道或农场',
    en: 'Choose a town, sub-district or farm in Puning',
  },
  'date.invalid': {
    'zh-CN': '请填写正确的日期，例如 2025-03-01',
    en: 'Enter a real date, for example 2025-03-01',
  },
  'situation.need': { 'zh-CN': '请选择您需要哪种帮助', en: 'Choose the kind of help you need' },
  'residence.area': {
    'zh-CN': '请选择住在社区（城镇）还是村（农村）',
    en: 'Choose whether you live in a town community or a village',
  },
  'registration.hukou': {
    'zh-CN': '请选择户口所在地',
    en: 'Choose where your household registration (hukou) is',
  },
  'residencePermit.held': {
    'zh-CN': '请选择是否持有普宁的居住证',
    en: 'Choose whether you hold a Puning residence permit',
  },
  'members.count': {
    'zh-CN': '家庭成员请填写 1 到 20 人',
    en: 'Enter between 1 and 20 household members',
  },
  'member.age.range': {
    'zh-CN': '年龄请填写 0 到 120 岁',
    en: 'Enter an age from 0 to 120',
  },
  'member.selfCare.range': {
    'zh-CN': '请填写 0 到 6 项',
    en: 'Enter a number from 0 to 6',
  },
  'disability.grade.range': {
    'zh-CN': '残疾等级请选择一级到四级',
    en: 'Choose a disability grade from 1 to 4',
  },
  'disability.type': { 'zh-CN': '请选择残疾类别', en: 'Choose the kind of disability' },
  'assets.homes.range': {
    'zh-CN': '住房套数请填写 0 到 20',
    en: 'Enter a number of homes from 0 to 20',
  },
  'assets.business': {
    'zh-CN': '请选择家里是否有营业执照',
    en: 'Choose whether the household has a registered business',
  },
  'legalSupporter.status': {
    'zh-CN': '请选择赡养、抚养、扶养人的情况',
    en: 'Choose the situation of the people legally bound to support you',
  },
  'legalSupporter.case': {
    'zh-CN': '请选择对方为什么没有能力赡养、抚养、扶养',
    en: 'Choose why they cannot support you',
  },
} as const satisfies Record<string, LocalizedText>;
