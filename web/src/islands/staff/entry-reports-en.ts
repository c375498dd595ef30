// The console's leads and complaints page in English, with the English words only (decisions §8).
import { staffText } from './content/en.ts';
import { reportsConsoleText } from './content/reports.en.ts';
import { mountReportsConsole } from './reports/mount.tsx';

const container = document.getElementById('staff-reports');
if (container) mountReportsConsole(container, 'en', staffText, reportsConsoleText);
