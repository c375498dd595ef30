import type { LocalizedText } from '../locale.ts';
import { phoneMessages } from '../phone.ts';

/** Texts for the message keys the lead and complaint schemas use (both languages). */
export const reportMessages = {
  'township.unknown': {
    'zh-CN': '请从列表中选择镇（街道、农场）',
    en: 'Choose the town from the list',
  },
  'village.required': { 'zh-CN': '请选择村或社区', en: 'Choose the village or community' },
  'village.notInTownship': {
    'zh-CN': '这个村（社区）不属于所选的镇（街道、农场）',
    en: 'This village is not in the town you chose',
  },
  'categories.required': {
    'zh-CN': '请至少选择一种困难',
    en: 'Choose at least one kind of difficulty',
  },
  'categories.unknown': { 'zh-CN': '请从列表中选择', en: 'Choose from the list' },
  'difficulty.required': {
    'zh-CN': '请简单说明遇到的困难',
    en: 'Say briefly what the difficulty is',
  },
  'difficulty.tooLong': {
    'zh-CN': '说明不能超过 300 个字',
    en: 'The description must be 300 characters or fewer',
  },
  'name.required': { 'zh-CN': '请填写姓名', en: 'Enter the name' },
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
  'contact.choice': {
    'zh-CN': '请选择是否留下联系方式',
    en: 'Choose whether to leave a way to contact you',
  },
  'contact.consent': {
    'zh-CN': '留下手机号码需要同意下面的说明',
    en: 'To leave your mobile number, agree to the statement below it',
  },
  'realName.choice': {
    'zh-CN': '请选择实名还是匿名',
    en: 'Choose whether to give your name or stay anonymous',
  },
  'subject.choice': {
    'zh-CN': '请选择投诉举报的对象',
    en: 'Choose what the complaint is about',
  },
  'subject.reference': {
    'zh-CN': '请填写正确的申请编号，例如 PN-2611-7K4Q-MX9T',
    en: 'Enter a valid reference, for example PN-2611-7K4Q-MX9T',
  },
  'subject.office': {
    'zh-CN': '请写明是哪个单位或部门（不超过 60 个字）',
    en: 'Say which office or department (60 characters or fewer)',
  },
  'what.required': {
    'zh-CN': '请写明发生了什么（至少 10 个字）',
    en: 'Say what happened (at least 10 characters)',
  },
  'what.tooLong': {
    'zh-CN': '内容不能超过 1000 个字',
    en: 'This must be 1,000 characters or fewer',
  },
  'reference.invalid': {
    'zh-CN': '请填写正确的投诉编号，例如 TS-2612-7K4Q-MX9T',
    en: 'Enter a valid complaint reference, for example TS-2612-7K4Q-MX9T',
  },
  'accessCode.invalid': {
    'zh-CN': '请填写 8 位查询码',
    en: 'Enter the 8-character access code',
  },
  ...phoneMessages,
} as const satisfies Record<string, LocalizedText>;
