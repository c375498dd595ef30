// The English figures page's island, with the English words only (decisions §8).
import { figuresText } from './content/en.ts';
import { mountFigures } from './mount.tsx';

const container = document.getElementById('figures-app');
if (container) mountFigures(container, 'en', figuresText);
