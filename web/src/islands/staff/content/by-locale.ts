import type { Locale } from '../../../i18n/locales.ts';
import { staffText as en } from './en.ts';
import type { StaffContent } from './types.ts';
import { staffText as zh } from './zh-CN.ts';

/**
 * Both languages, for the tests. An island never imports this: each page's entry
 * imports its own language's module.
 */
export const staffContent: Record<Locale, StaffContent> = { 'zh-CN': zh, en };
