import { render } from 'preact';
import { ConsoleApp } from './ConsoleApp.tsx';

export function mountConsole(container: HTMLElement): void {
  const locale = container.dataset.locale === 'en' ? 'en' : 'zh-CN';
  container.replaceChildren();
  render(<ConsoleApp locale={locale} />, container);
}
