// The console's leads and complaints page in Chinese, with the Chinese words only (decisions §8).

import { reportsConsoleText } from './content/reports.zh-CN.ts';
import { staffText } from './content/zh-CN.ts';
import { mountReportsConsole } from './reports/mount.tsx';

const container = document.getElementById('staff-reports');
if (container) mountReportsConsole(container, 'zh-CN', staffText, reportsConsoleText);
