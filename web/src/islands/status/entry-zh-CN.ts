// The Chinese page's status island: this module and everything it imports are built with
// Chinese texts only (web/build/locale-variants.ts).
import { mountStatus } from './mount.tsx';

const container = document.getElementById('status-app');
if (container) mountStatus(container, 'zh-CN');
