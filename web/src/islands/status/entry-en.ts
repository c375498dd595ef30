// The English page's status island, with the English words only (decisions §8).
import { statusText } from './content/en.ts';
import { mountStatus } from './mount.tsx';

const container = document.getElementById('status-app');
if (container) mountStatus(container, 'en', statusText);
