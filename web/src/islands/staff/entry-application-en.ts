// The staff application page in English, with the English words only (decisions §8).
import { staffText } from './content/en.ts';
import { mountApplication } from './mount-application.tsx';

const container = document.getElementById('staff-application');
if (container) mountApplication(container, 'en', staffText);
