// The application's later screens with their English words: the chunk entry-en.ts
// fetches once the page is idle (decisions §8).
import { checkText } from '../check/content/en.ts';
import { statusText } from '../status/content/en.ts';
import { laterText } from './content/later.en.ts';
import type { LaterTexts } from './later-steps.tsx';

export * from './later-steps.tsx';

export const laterTexts: LaterTexts = { form: laterText, check: checkText, status: statusText };
