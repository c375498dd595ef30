import { reportsConsoleText as en } from './reports.en.ts';
import { reportsConsoleText as zh } from './reports.zh-CN.ts';

/** Both languages of the leads and complaints page, for tests only (entries import one). */
export const reportsConsoleContent = { 'zh-CN': zh, en } as const;
