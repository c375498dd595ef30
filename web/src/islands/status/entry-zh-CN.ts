// The Chinese page's status island, with the Chinese words only (decisions §8).
import { statusText } from './content/zh-CN.ts';
import { mountStatus } from './mount.tsx';

const container = document.getElementById('status-app');
if (container) mountStatus(container, 'zh-CN', statusText);
