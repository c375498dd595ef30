import type { Locale } from '../../../i18n/locales.ts';
import { firstText as firstEn } from './first.en.ts';
import { firstText as firstZh } from './first.zh-CN.ts';
import { laterText as laterEn } from './later.en.ts';
import { laterText as laterZh } from './later.zh-CN.ts';
import { type ApplyContent, applyText } from './types.ts';

/**
 * The whole form's words in both languages, for the tests. An island never imports
 * this: each language's entry imports its own modules.
 */
export const applyContent: Record<Locale, ApplyContent> = {
  'zh-CN': applyText(firstZh, laterZh),
  en: applyText(firstEn, laterEn),
};
