// The staff callback page in Chinese, with the Chinese words only (decisions §8).
import { staffText } from './content/zh-CN.ts';
import { mountCallback } from './mount-callback.tsx';

const container = document.getElementById('staff-callback');
if (container) mountCallback(container, 'zh-CN', staffText);
