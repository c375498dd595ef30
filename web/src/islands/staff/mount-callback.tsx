import { render } from 'preact';
import { CallbackApp } from './CallbackApp.tsx';

export function mountCallback(container: HTMLElement): void {
  const locale = container.dataset.locale === 'en' ? 'en' : 'zh-CN';
  container.replaceChildren();
  render(<CallbackApp locale={locale} />, container);
}
