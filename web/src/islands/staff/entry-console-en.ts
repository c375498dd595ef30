// The staff console page in English, with the English words only (decisions §8).
import { staffText } from './content/en.ts';
import { mountConsole } from './mount-console.tsx';

const container = document.getElementById('staff-app');
if (container) mountConsole(container, 'en', staffText, () => import('./OnBehalfForm-en.ts'));
