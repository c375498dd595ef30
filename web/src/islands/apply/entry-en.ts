// The English page's apply island: this module and everything it imports are built with
// English texts only (web/build/locale-variants.ts).
import { mountApply } from './mount.tsx';

const container = document.getElementById('apply-app');
if (container) mountApply(container, 'en');
