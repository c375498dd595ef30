// The Chinese page's apply island, with the Chinese words only (decisions §8): the
// first screens' now, the later screens' with those screens.
import { firstText } from './content/first.zh-CN.ts';
import { mountApply } from './mount.tsx';

const container = document.getElementById('apply-app');
if (container) {
  mountApply(container, {
    locale: 'zh-CN',
    text: firstText,
    loadLater: () => import('./later-zh-CN.ts'),
  });
}
