import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { ConsoleApp } from './ConsoleApp.tsx';
import type { StaffContent } from './content/types.ts';
import type { LoadApplyForm } from './OnBehalfFull.tsx';

/** The language and its words are the entry's (entry-console-zh-CN.ts or entry-console-en.ts). */
export function mountConsole(
  container: HTMLElement,
  locale: Locale,
  text: StaffContent,
  /** The "apply for someone" form in this language, loaded when it is opened. */
  loadApplyForm: LoadApplyForm,
): void {
  container.replaceChildren();
  render(<ConsoleApp locale={locale} text={text} loadApplyForm={loadApplyForm} />, container);
}
