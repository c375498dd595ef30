import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { FiguresContent } from './content/types.ts';
import { FiguresApp, type Option } from './FiguresApp.tsx';

/**
 * The township and programme names come with the page (data attributes written at
 * build time), so the island carries no list of its own.
 */
export function mountFigures(container: HTMLElement, locale: Locale, text: FiguresContent): void {
  const read = (name: string) => JSON.parse(container.dataset[name] ?? '[]') as Option[];
  const townships = read('townships');
  const programmes = read('programmes');
  container.replaceChildren();
  render(
    <FiguresApp locale={locale} text={text} townships={townships} programmes={programmes} />,
    container,
  );
}
