import type { Locale, LocalizedText } from '../../../../functions/domain/locale.ts';
import { messageMonth } from '../../../../functions/domain/notifications/message-dates.ts';
import type { StatusContent } from './content/types.ts';
import { Notice, type NoticeLineView, type NoticeView } from './Notice.tsx';

/** One programme's line as the applicant's status API sends it (`results[]`). */
export interface ProgrammeResult {
  programme: string;
  programmeName: LocalizedText;
  state: string;
  stateName: LocalizedText;
  decided: boolean;
  /** The first lines of the latest notice: the decision and the amount or reason. */
  summary: readonly NoticeLineView[];
  nextStep: LocalizedText;
  /** While paid: when the next periodic review falls due (57号 第三十一条). */
  nextReviewOn?: string;
  /** In a 渐退期: the last month paid (YYYY-MM). */
  gradualExitEndMonth?: string;
  /** Newest first. */
  notices: readonly NoticeView[];
}

/** Decided programmes first, each keeping the order the API gave. */
export function decidedFirst(results: readonly ProgrammeResult[]): ProgrammeResult[] {
  return [...results.filter((r) => r.decided), ...results.filter((r) => !r.decided)];
}

/**
 * The result first: one card per programme asked for — its state, the amount and
 * period or the reason, what to do now — and for a decided one its latest notice in
 * full; earlier notices fold away below it.
 */
export function Results(props: {
  results: readonly ProgrammeResult[];
  reference: string;
  locale: Locale;
  text: StatusContent;
}) {
  const { results, reference, locale, text } = props;
  const t = text.results;
  if (results.length === 0) return null;
  return (
    <section class="results" aria-labelledby="results-heading">
      <h3 id="results-heading">{t.title}</h3>
      <ul class="result-cards">
        {decidedFirst(results).map((result) => {
          const [latest, ...earlier] = result.notices;
          // A decided line shows its latest notice open; the rest (or all of an open
          // line's, e.g. emergency aid given first) fold away.
          const folded = result.decided ? earlier : result.notices;
          return (
            <li
              key={result.programme}
              class={`card result-card${result.decided ? ' decided' : ''}`}
              data-programme={result.programme}
            >
              <h4>{result.programmeName[locale]}</h4>
              <dl class="result-summary">
                <div class="result-line">
                  <dt>{t.state}</dt>
                  <dd>
                    <strong>{result.stateName[locale]}</strong>
                  </dd>
                </div>
                {result.summary.map((line) => (
                  <div key={line.label['zh-CN']} class="result-line">
                    <dt>{line.label[locale]}</dt>
                    <dd>{line.text[locale]}</dd>
                  </div>
                ))}
                {result.gradualExitEndMonth ? (
                  <div class="result-line">
                    <dt>{text.lineFacts.gradualExitEnds}</dt>
                    <dd>{messageMonth(result.gradualExitEndMonth, locale)}</dd>
                  </div>
                ) : null}
                {result.nextReviewOn ? (
                  <div class="result-line">
                    <dt>{text.lineFacts.nextReview}</dt>
                    <dd>{result.nextReviewOn}</dd>
                  </div>
                ) : null}
                <div class="result-line">
                  <dt>{t.nextStep}</dt>
                  <dd>{result.nextStep[locale]}</dd>
                </div>
              </dl>
              {result.decided && latest ? (
                <Notice notice={latest} reference={reference} locale={locale} text={text} />
              ) : null}
              {folded.length > 0 ? (
                <details class="earlier-notices">
                  <summary>{result.decided ? t.earlier : t.notices}</summary>
                  {folded.map((notice) => (
                    <Notice
                      key={notice.id}
                      notice={notice}
                      reference={reference}
                      locale={locale}
                      text={text}
                    />
                  ))}
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
