import type { Locale } from '../locales.ts';
import { pagesText as en } from './en.ts';
import type { PagesText } from './types.ts';
import { pagesText as zh } from './zh-CN.ts';

/** Both languages: the pages are rendered at build time, once per language. */
export const pagesText: Record<Locale, PagesText> = { 'zh-CN': zh, en };
