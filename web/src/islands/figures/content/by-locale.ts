import type { Locale } from '../../../i18n/locales.ts';
import { figuresText as en } from './en.ts';
import type { FiguresContent } from './types.ts';
import { figuresText as zh } from './zh-CN.ts';

/**
 * Both languages, for the tests. An island never imports this: each language's entry
 * imports its own module.
 */
export const figuresContent: Record<Locale, FiguresContent> = { 'zh-CN': zh, en };
