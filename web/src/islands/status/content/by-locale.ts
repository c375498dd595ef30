import type { Locale } from '../../../i18n/locales.ts';
import { statusText as en } from './en.ts';
import type { StatusContent } from './types.ts';
import { statusText as zh } from './zh-CN.ts';

/**
 * Both languages, for the tests. An island never imports this: each language's entry
 * imports its own module.
 */
export const statusContent: Record<Locale, StatusContent> = { 'zh-CN': zh, en };
