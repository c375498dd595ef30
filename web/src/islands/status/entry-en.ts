// The English page's status island: this module and everything it imports are built with
// English texts only (web/build/locale-variants.ts).
import { mountStatus } from './mount.tsx';

const container = document.getElementById('status-app');
if (container) mountStatus(container, 'en');
