// The English page's check island, with the English words only (decisions §8): the
// questions' now, the result's with the rules.
import { checkText } from './content/en.ts';
import { mountCheck } from './mount.tsx';

const container = document.getElementById('check-app');
if (container) {
  mountCheck(container, {
    locale: 'en',
    text: checkText,
    loadResult: () => import('./result-en.ts'),
  });
}
