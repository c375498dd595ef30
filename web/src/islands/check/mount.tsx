import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { Option } from '../shared/fields.tsx';
import { CheckApp } from './CheckApp.tsx';

/**
 * Mounts the check into its container. The page renders the container with the
 * township list (from the routing data, at build time), so the island needs no request
 * and no inline script. The language is the entry's (entry-zh-CN.ts or entry-en.ts),
 * whose build carries that language's texts only.
 */
export function mountCheck(container: HTMLElement, locale: Locale): void {
  const townships = JSON.parse(container.dataset.townships ?? '[]') as Option[];
  const applyHref = container.dataset.applyHref ?? '/apply/';
  container.replaceChildren();
  render(<CheckApp locale={locale} townships={townships} applyHref={applyHref} />, container);
}
