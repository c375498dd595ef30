// The Chinese page's check island: this module and everything it imports are built with
// Chinese texts only (web/build/locale-variants.ts).
import { mountCheck } from './mount.tsx';

const container = document.getElementById('check-app');
if (container) mountCheck(container, 'zh-CN');
