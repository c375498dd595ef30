import type { Locale } from '../../i18n/locales.ts';
import { type FirstContent, firstContent } from './content-first.ts';
import { applyText, type LaterContent, laterContent } from './content-later.ts';

/**
 * The application form's words, all of them. They are kept in two modules so that the
 * page downloads the later screens' words with those screens: ./content-first.ts (the
 * frame, the programmes and the consents) and ./content-later.ts (everything after).
 * Household questions reuse the check's content.
 */
export type ApplyContent = Omit<FirstContent, 'steps'> &
  Omit<LaterContent, 'steps'> & { steps: FirstContent['steps'] & LaterContent['steps'] };

export const applyContent: Record<Locale, ApplyContent> = {
  'zh-CN': applyText(firstContent['zh-CN'], laterContent['zh-CN']),
  en: applyText(firstContent.en, laterContent.en),
};
