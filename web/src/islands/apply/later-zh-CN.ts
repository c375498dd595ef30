// The application's later screens with their Chinese words: the chunk entry-zh-CN.ts
// fetches once the page is idle (decisions §8).
import { checkText } from '../check/content/zh-CN.ts';
import { statusText } from '../status/content/zh-CN.ts';
import { laterText } from './content/later.zh-CN.ts';
import type { LaterTexts } from './later-steps.tsx';

export * from './later-steps.tsx';

export const laterTexts: LaterTexts = { form: laterText, check: checkText, status: statusText };
