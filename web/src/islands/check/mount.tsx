import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { Option } from '../shared/fields.tsx';
import { later } from '../shared/later.ts';
import { CheckApp, type ResultStage } from './CheckApp.tsx';
import type { CheckContent } from './content/types.ts';

/**
 * Mounts the check into its container. The page renders the container with the
 * township list (from the routing data, at build time), so the island needs no request
 * and no inline script. The language and its words are the entry's (entry-zh-CN.ts or
 * entry-en.ts), which imports that language's content module only.
 */
export function mountCheck(
  container: HTMLElement,
  language: {
    locale: Locale;
    text: CheckContent;
    /** The rules and the result screen with the result's words (result-<language>.ts). */
    loadResult: () => Promise<ResultStage>;
  },
): void {
  const { locale, text, loadResult } = language;
  const townships = JSON.parse(container.dataset.townships ?? '[]') as Option[];
  const applyHref = container.dataset.applyHref ?? '/apply/';
  container.replaceChildren();
  render(
    <CheckApp
      locale={locale}
      text={text}
      resultStage={later(loadResult)}
      townships={townships}
      applyHref={applyHref}
    />,
    container,
  );
}
