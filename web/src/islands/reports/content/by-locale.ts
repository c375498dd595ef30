import { reportsText as en } from './en.ts';
import { reportsText as zh } from './zh-CN.ts';

/** Both languages of the report and complaint pages, for tests only (entries import one). */
export const reportsContent = { 'zh-CN': zh, en } as const;
