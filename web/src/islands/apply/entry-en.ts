// The English page's apply island, with the English words only (decisions §8): the
// first screens' now, the later screens' with those screens.
import { firstText } from './content/first.en.ts';
import { mountApply } from './mount.tsx';

const container = document.getElementById('apply-app');
if (container) {
  mountApply(container, {
    locale: 'en',
    text: firstText,
    loadLater: () => import('./later-en.ts'),
  });
}
