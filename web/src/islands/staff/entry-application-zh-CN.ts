// The staff application page in Chinese, with the Chinese words only (decisions §8).
import { staffText } from './content/zh-CN.ts';
import { mountApplication } from './mount-application.tsx';

const container = document.getElementById('staff-application');
if (container) mountApplication(container, 'zh-CN', staffText);
