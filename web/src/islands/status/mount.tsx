import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { StatusApp } from './StatusApp.tsx';

export function mountStatus(container: HTMLElement): void {
  const locale = (container.dataset.locale === 'en' ? 'en' : 'zh-CN') satisfies Locale;
  container.replaceChildren();
  render(<StatusApp locale={locale} />, container);
}
