import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { StatusApp } from './StatusApp.tsx';

/** The language is the entry's (entry-zh-CN.ts or entry-en.ts), as for the check. */
export function mountStatus(container: HTMLElement, locale: Locale): void {
  container.replaceChildren();
  render(<StatusApp locale={locale} />, container);
}
