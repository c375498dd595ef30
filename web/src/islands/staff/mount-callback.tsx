import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { CallbackApp } from './CallbackApp.tsx';
import type { StaffContent } from './content/types.ts';

/** The language and its words are the entry's (entry-callback-zh-CN.ts or entry-callback-en.ts). */
export function mountCallback(container: HTMLElement, locale: Locale, text: StaffContent): void {
  container.replaceChildren();
  render(<CallbackApp locale={locale} text={text} />, container);
}
