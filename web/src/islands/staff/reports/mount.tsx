import { render } from 'preact';
import type { Locale } from '../../../../../functions/domain/locale.ts';
import type { ReportsConsoleContent } from '../content/reports-types.ts';
import type { StaffContent } from '../content/types.ts';
import { ReportsApp } from './ReportsApp.tsx';

/** The console's leads and complaints page; its words are the entry's language's. */
export function mountReportsConsole(
  container: HTMLElement,
  locale: Locale,
  text: StaffContent,
  words: ReportsConsoleContent,
): void {
  const villages = JSON.parse(container.dataset.villages ?? '{}') as Record<string, string>;
  container.replaceChildren();
  render(<ReportsApp locale={locale} text={text} words={words} villages={villages} />, container);
}
