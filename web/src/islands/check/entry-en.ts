// The English page's check island: this module and everything it imports are built with
// English texts only (web/build/locale-variants.ts).
import { mountCheck } from './mount.tsx';

const container = document.getElementById('check-app');
if (container) mountCheck(container, 'en');
