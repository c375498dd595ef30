import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { StatusContent } from './content/types.ts';
import { type Divisions, StatusApp } from './StatusApp.tsx';

/** The language and its words are the entry's (entry-zh-CN.ts or entry-en.ts), as for the check. */
export function mountStatus(container: HTMLElement, locale: Locale, text: StatusContent): void {
  // The townships are written into the page at build time; villages come on demand.
  const divisions: Divisions = {
    townships: JSON.parse(container.dataset.townships ?? '[]') as Divisions['townships'],
  };
  container.replaceChildren();
  render(<StatusApp locale={locale} text={text} divisions={divisions} />, container);
}
