import type { LocalizedText } from '../locale.ts';

/**
 * Field-level validation messages, by key. zod schemas carry a key as their issue
 * message; toFieldErrors() turns it into the user's language. Keys not listed here
 * fall back to the generic message for the issue code.
 */
export const validationMessages = {
  required: { 'zh-CN': '请填写此项', en: 'Enter this information' },
  invalidType: { 'zh-CN': '格式不正确', en: 'This is not in the right format' },
  tooSmall: { 'zh-CN': '数值太小或内容太短', en: 'This is too small or too short' },
  tooBig: { 'zh-CN': '数值太大或内容太长', en: 'This is too big or too long' },
  invalidFormat: { 'zh-CN': '格式不正确', en: 'This is not in the right format' },
  invalidOption: { 'zh-CN': '请从列表中选择', en: 'Choose one of the options' },
  unknownField: { 'zh-CN': '不接受此字段', en: 'This field is not accepted' },
  invalidBody: {
    'zh-CN': '请求内容不是有效的 JSON',
    en: 'The request body is not valid JSON',
  },
} as const satisfies Record<string, LocalizedText>;

export type ValidationMessageKey = keyof typeof validationMessages;
