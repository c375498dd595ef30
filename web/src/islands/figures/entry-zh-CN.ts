// The Chinese figures page's island, with the Chinese words only (decisions §8).
import { figuresText } from './content/zh-CN.ts';
import { mountFigures } from './mount.tsx';

const container = document.getElementById('figures-app');
if (container) mountFigures(container, 'zh-CN', figuresText);
