import type { LocalizedText } from '../locale.ts';
import type { CheckInputMember } from './check-input.ts';

/** Small helpers for the plain-language texts of reasons. */

export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}

export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** `第 2 位家庭成员（72 岁）` / `household member 2 (aged 72)`. */
export function memberLabel(index: number, member: CheckInputMember): LocalizedText {
  return {
    'zh-CN': `第 ${index + 1} 位家庭成员（${member.age} 岁）`,
    en: `household member ${index + 1} (aged ${member.age})`,
  };
}

/** Joins labels: `甲、乙` / `A and B`. */
export function joinLabels(labels: readonly LocalizedText[]): LocalizedText {
  const en = labels.map((label) => label.en);
  return {
    'zh-CN': labels.map((label) => label['zh-CN']).join('、'),
    en: en.length <= 1 ? (en[0] ?? '') : `${en.slice(0, -1).join(', ')} and ${en.at(-1)}`,
  };
}
