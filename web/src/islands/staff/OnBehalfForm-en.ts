// The console's "apply for someone" form with the English words only (decisions §8): the
// first screens' with it, the later screens' when they are reached.
import { firstText } from '../apply/content/first.en.ts';
import { later } from '../shared/later.ts';
import type { ApplyWords } from './OnBehalfForm.tsx';

export { OnBehalfForm } from './OnBehalfForm.tsx';

export const applyWords: ApplyWords = {
  first: firstText,
  later: later(() => import('../apply/later-en.ts')),
};
