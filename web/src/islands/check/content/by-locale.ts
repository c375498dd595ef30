import type { Locale } from '../../../i18n/locales.ts';
import { checkText as en } from './en.ts';
import { resultText as resultEn } from './result.en.ts';
import { resultText as resultZh } from './result.zh-CN.ts';
import type { CheckContent, ResultContent } from './types.ts';
import { checkText as zh } from './zh-CN.ts';

/**
 * Both languages, the questions' words with the result's, for what runs at build time
 * (the page's `<noscript>`) and the tests. An island never imports this: each
 * language's entry imports its own modules.
 */
export const checkContent: Record<Locale, CheckContent & { result: ResultContent }> = {
  'zh-CN': { ...zh, result: resultZh },
  en: { ...en, result: resultEn },
};
