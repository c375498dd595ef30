import type { Locale } from '../../../functions/domain/locale.ts';
import {
  describeGradeLimits,
  type GradeLimits,
} from '../../../functions/domain/policy/disability.ts';
import { formatYuan } from '../../../functions/domain/policy/money.ts';
import type { ResolvedParameter } from '../../../functions/domain/policy/parameter-types.ts';

/**
 * A parameter's value in words, with its unit: for the programme pages and the check
 * result, so a figure is always shown the same way. Values come from the domain's
 * dated parameters; nothing here is a figure of its own.
 */
const unitWords: Record<string, { 'zh-CN': (v: number) => string; en: (v: number) => string }> = {
  'yuan-per-person-month': {
    'zh-CN': (v) => `${formatYuan(v)['zh-CN']}/人·月`,
    en: (v) => `${formatYuan(v).en} per person per month`,
  },
  'yuan-per-month': {
    'zh-CN': (v) => `${formatYuan(v)['zh-CN']}/月`,
    en: (v) => `${formatYuan(v).en} a month`,
  },
  yuan: {
    'zh-CN': (v) => formatYuan(v)['zh-CN'],
    en: (v) => formatYuan(v).en,
  },
  'yuan-per-person-year': {
    'zh-CN': (v) => `${formatYuan(v)['zh-CN']}/人·年`,
    en: (v) => `${formatYuan(v).en} per person per year`,
  },
  multiplier: { 'zh-CN': (v) => `${v} 倍`, en: (v) => `${v} ×` },
  share: { 'zh-CN': (v) => `${round(v * 100)}%`, en: (v) => `${round(v * 100)}%` },
  months: { 'zh-CN': (v) => `${v} 个月`, en: (v) => `${v} months` },
  days: { 'zh-CN': (v) => `${v} 天`, en: (v) => `${v} days` },
  'working-days': { 'zh-CN': (v) => `${v} 个工作日`, en: (v) => `${v} working days` },
  'years-of-age': { 'zh-CN': (v) => `${v} 岁`, en: (v) => `age ${v}` },
  count: { 'zh-CN': (v) => `${v}`, en: (v) => `${v}` },
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function parameterValueText(parameter: ResolvedParameter<unknown>, locale: Locale): string {
  const { value, unit } = parameter;
  if (value === null || value === undefined) {
    return locale === 'en' ? 'not found' : '未找到';
  }
  if (typeof value === 'number') {
    const words = unitWords[unit];
    return words ? words[locale](value) : String(value);
  }
  if (typeof value === 'boolean') {
    return locale === 'en' ? (value ? 'on' : 'off') : value ? '开启' : '关闭';
  }
  if (unit === 'disability-grades') return describeGradeLimits(value as GradeLimits)[locale];
  if (unit === 'area') {
    const areas: Record<string, { 'zh-CN': string; en: string }> = {
      urban: { 'zh-CN': '城镇标准', en: 'the urban standard' },
      rural: { 'zh-CN': '农村标准', en: 'the rural standard' },
    };
    return areas[String(value)]?.[locale] ?? String(value);
  }
  if (unit === 'items' && typeof value === 'object') {
    const { partialFrom, fullFrom } = value as { partialFrom: number; fullFrom: number };
    return locale === 'en'
      ? `partly lost from ${partialFrom} of 6 tasks, fully lost from ${fullFrom}`
      : `6 项中 ${partialFrom} 项做不到为部分丧失，${fullFrom} 项及以上为完全丧失`;
  }
  return JSON.stringify(value);
}
