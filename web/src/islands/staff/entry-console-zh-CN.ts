// The staff console page in Chinese, with the Chinese words only (decisions §8).
import { staffText } from './content/zh-CN.ts';
import { mountConsole } from './mount-console.tsx';

const container = document.getElementById('staff-app');
if (container) mountConsole(container, 'zh-CN', staffText, () => import('./OnBehalfForm-zh-CN.ts'));
