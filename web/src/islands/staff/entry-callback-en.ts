// The staff callback page in English, with the English words only (decisions §8).
import { staffText } from './content/en.ts';
import { mountCallback } from './mount-callback.tsx';

const container = document.getElementById('staff-callback');
if (container) mountCallback(container, 'en', staffText);
