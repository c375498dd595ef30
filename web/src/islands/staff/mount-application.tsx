import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { ApplicationApp } from './ApplicationApp.tsx';
import type { StaffContent } from './content/types.ts';

/** The language and its words are the entry's (entry-application-zh-CN.ts or …-en.ts). */
export function mountApplication(container: HTMLElement, locale: Locale, text: StaffContent): void {
  const reference = new URLSearchParams(window.location.search).get('ref')?.trim() ?? '';
  const villages = JSON.parse(container.dataset.villages ?? '{}') as Record<string, string>;
  // The language switch keeps the same application open.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]'))
    link.search = window.location.search;
  container.replaceChildren();
  render(
    <ApplicationApp locale={locale} text={text} reference={reference} villages={villages} />,
    container,
  );
}
