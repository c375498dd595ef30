import { useRef } from 'preact/hooks';
import type { Locale, LocalizedText } from '../../../../functions/domain/locale.ts';
import type { StatusContent } from './content/types.ts';

/** A labelled line of a decision notice, as the API renders it (renderNotice). */
export interface NoticeLineView {
  label: LocalizedText;
  text: LocalizedText;
}

/** One decision notice (告知书) as the status API sends it, already rendered. */
export interface NoticeView {
  id: string;
  issuedOn: string;
  outcome: string;
  title: LocalizedText;
  lines: readonly NoticeLineView[];
}

/** While printing, the page shows only the element marked chosen (global.css, @media print). */
const printingClass = 'printing-notice';
const chosenClass = 'print-chosen';

function printOnly(element: HTMLElement): void {
  for (const other of document.querySelectorAll(`.${chosenClass}`))
    other.classList.remove(chosenClass);
  element.classList.add(chosenClass);
  // An earlier notice sits in a closed <details>: its text must be laid out to print.
  element.closest('details')?.setAttribute('open', '');
  const root = document.documentElement;
  root.classList.add(printingClass);
  window.addEventListener(
    'afterprint',
    () => {
      root.classList.remove(printingClass);
      element.classList.remove(chosenClass);
    },
    { once: true },
  );
  window.print();
}

/**
 * The whole notice, every line the one renderer made (decision, amount and period,
 * account, reasons and clauses, basis, re-check and appeal rights, who decided and
 * when), with a button printing it alone as a one-page 告知书.
 */
export function Notice(props: {
  notice: NoticeView;
  reference: string;
  locale: Locale;
  text: StatusContent;
}) {
  const { notice, reference, locale, text } = props;
  const element = useRef<HTMLElement>(null);
  const headingId = `notice-${notice.id}`;
  return (
    <article class="decision-notice" aria-labelledby={headingId} ref={element}>
      <h5 id={headingId} class="decision-notice-title">
        {notice.title[locale]}
      </h5>
      <p class="decision-notice-reference">{text.results.referenceLine(reference)}</p>
      <dl class="decision-notice-lines">
        {notice.lines.map((line) => (
          <div class="decision-notice-line" key={line.label['zh-CN']}>
            <dt>{line.label[locale]}</dt>
            <dd>{line.text[locale]}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        class="button secondary print-button"
        onClick={() => {
          if (element.current) printOnly(element.current);
        }}
      >
        {text.results.print}
        <span class="visually-hidden">{text.results.printWhich(notice.title[locale])}</span>
      </button>
    </article>
  );
}
