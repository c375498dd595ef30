// The Chinese page's check island, with the Chinese words only (decisions §8): the
// questions' now, the result's with the rules.
import { checkText } from './content/zh-CN.ts';
import { mountCheck } from './mount.tsx';

const container = document.getElementById('check-app');
if (container) {
  mountCheck(container, {
    locale: 'zh-CN',
    text: checkText,
    loadResult: () => import('./result-zh-CN.ts'),
  });
}
