import { render } from 'preact';
import { ApplicationApp } from './ApplicationApp.tsx';

export function mountApplication(container: HTMLElement): void {
  const locale = container.dataset.locale === 'en' ? 'en' : 'zh-CN';
  const reference = new URLSearchParams(window.location.search).get('ref')?.trim() ?? '';
  const villages = JSON.parse(container.dataset.villages ?? '{}') as Record<string, string>;
  // The language switch keeps the same application open.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]'))
    link.search = window.location.search;
  container.replaceChildren();
  render(<ApplicationApp locale={locale} reference={reference} villages={villages} />, container);
}
