import type { Locale } from '../../../../functions/domain/locale.ts';
import type { CheckInput } from '../../../../functions/domain/policy/check-input.ts';
import { formatYuan } from '../../../../functions/domain/policy/money.ts';
import { parametersAsOf } from '../../../../functions/domain/policy/parameters.ts';
import { programmes } from '../../../../functions/domain/policy/programmes.ts';
import type { Reason } from '../../../../functions/domain/policy/reasons.ts';
import type { CheckResult, ProgrammeResult } from '../../../../functions/domain/policy/result.ts';
import { relatedHelp } from '../../../../functions/domain/referrals/related-help.ts';
import { parameterValueText } from '../../lib/parameter-text.ts';
import type { Option } from '../shared/fields.tsx';
import { ReadAloudButton } from '../shared/read-aloud.tsx';
import { RelatedHelpList } from '../shared/related-help.tsx';
import { type AnswerLine, answerLines, spokenResult, worthApplying } from './answer-lines.ts';
import type { ResultContent } from './content/types.ts';

interface ResultProps {
  result: CheckResult;
  /** The answers: the related help is read from them. */
  input: CheckInput;
  locale: Locale;
  text: ResultContent;
  townships: readonly Option[];
  applyHref: string;
  onChangeAnswers: () => void;
  onStartAgain: () => void;
  headingRef: (element: HTMLHeadingElement | null) => void;
}

const statusMark: Record<Reason['status'], string> = {
  meets: '✓',
  uncertain: '?',
  fails: '✗',
  info: 'ℹ',
};

/** A result's reasons, each with its clause (the check's result and the staff view). */
export function Reasons({ reasons, locale }: { reasons: readonly Reason[]; locale: Locale }) {
  return (
    <ul class="reasons">
      {reasons.map((r) => (
        <li key={r.code} class={`reason reason-${r.status}`}>
          <span class="reason-mark" aria-hidden="true">
            {statusMark[r.status]}
          </span>
          <span>
            {r.text[locale]}{' '}
            <cite class="citation">
              {r.citation.document} {r.citation.clause}
            </cite>
          </span>
        </li>
      ))}
    </ul>
  );
}

function Programme(props: {
  item: ProgrammeResult;
  locale: Locale;
  text: ResultContent;
  townships: readonly Option[];
  asOf: string;
}) {
  const { item, locale, text, townships, asOf } = props;
  const info = programmes[item.programme];
  const outcomeLabel = text[item.outcome];
  return (
    <section
      class={`programme-result outcome-${item.outcome}`}
      aria-labelledby={`p-${item.programme}`}
    >
      <h3 id={`p-${item.programme}`}>{info.name[locale]}</h3>
      <p class="outcome-tag">
        <strong>{outcomeLabel}</strong>
      </p>
      <p>{info.description[locale]}</p>
      {item.outcome !== 'unlikely' ? (
        <>
          <p class="figure">
            {item.estimatedMonthlyAmount !== null
              ? text.amount(formatYuan(item.estimatedMonthlyAmount)[locale])
              : text.noAmount}
          </p>
          <details>
            <summary>{text.moreAbout}</summary>
            <h4>{text.why}</h4>
            <Reasons reasons={item.reasons} locale={locale} />
            <h4>{text.documents}</h4>
            <ul>
              {item.documents.map((d) => (
                <li key={d.id}>{d.label[locale]}</li>
              ))}
            </ul>
            <h4>{text.applyAt}</h4>
            <p>
              {item.applyAt.basis === 'emergency-location' ? text.applyAtEmergency : ''}
              {townships.find((t) => t.value === item.applyAt.townshipCode)?.label ??
                item.applyAt.townshipCode}
            </p>
            {/* Puning hukou (routing.ts): received where they live, handled where the rules say. */}
            {item.reasons.some((r) => r.code === 'hukou-puning') ? (
              <p>
                {parametersAsOf(asOf).puningHukouHandledWhereTheyLive.value
                  ? text.handledWhere.whereYouLive
                  : text.handledWhere.atHukou}
              </p>
            ) : null}
          </details>
        </>
      ) : (
        <Reasons reasons={item.reasons} locale={locale} />
      )}
    </section>
  );
}

const answerMark: Record<AnswerLine['outcome'], string> = {
  likely: '✓',
  possible: '?',
  unlikely: '–',
};

/** One programme's outcome on one line: its name, then the outcome in words. */
function AnswerLines({ lines, separator }: { lines: readonly AnswerLine[]; separator: string }) {
  return (
    <ul class="answer-lines">
      {lines.map((line) => (
        <li key={line.programme} class={`answer-line answer-${line.outcome}`}>
          <span class="answer-mark" aria-hidden="true">
            {answerMark[line.outcome]}
          </span>
          <span>
            <span class="answer-name">{line.name}</span>
            <span class="visually-hidden">{separator}</span>
            <strong class="answer-outcome">{line.outcomeText}</strong>
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The result, answer first: one line per programme with its outcome in words, then the
 * one thing to do (apply); below, why, what to prepare and where, folded, with sources.
 */
export function CheckResultView(props: ResultProps) {
  const { result, locale, text, townships, applyHref } = props;
  const hopeful = worthApplying(result);
  const unlikely = result.programmes.filter((p) => p.outcome === 'unlikely');
  const lines = answerLines(result, locale, text);
  const h = result.household;
  // A rule whose period has ended is said up front, not only among the sources; rules
  // that end together (77号's transition) share one note.
  const endedRules: { note: string; names: string[] }[] = [];
  for (const p of result.parameters) {
    if (!p.pastEnd || !p.endNote) continue;
    const note = p.endNote[locale];
    const group = endedRules.find((g) => g.note === note);
    if (group) group.names.push(p.name[locale]);
    else endedRules.push({ note, names: [p.name[locale]] });
  }
  return (
    <div class="check-result">
      <div class="result-head">
        <h2 class="result-title" tabIndex={-1} ref={props.headingRef}>
          {text.title}
        </h2>
        <ReadAloudButton text={spokenResult(result, locale, text)} locale={locale} />
      </div>
      {lines.hopeful.length > 0 ? (
        <AnswerLines lines={lines.hopeful} separator={text.separator} />
      ) : (
        <p class="panel warning">{text.nothingLikely}</p>
      )}
      {/* One action: the application form, with the likely programmes ticked. */}
      <p class="primary-action">
        <a class="button large" href={applyHref}>
          {text.apply}
        </a>
      </p>
      {lines.unlikely.length > 0 ? (
        <AnswerLines lines={lines.unlikely} separator={text.separator} />
      ) : null}
      <div class="panel">
        <p>{text.intro}</p>
        <p>{result.disclaimer[locale]}</p>
        <p>{text.privacy}</p>
      </div>
      {result.alternatives ? (
        <div class="panel" role="note">
          <h3>{text.alternatives}</h3>
          <p>
            {result.alternatives.text[locale]}{' '}
            <cite class="citation">
              {result.alternatives.citation.document} {result.alternatives.citation.clause}
            </cite>
          </p>
        </div>
      ) : null}
      {endedRules.length > 0 ? (
        <div class="panel warning">
          <p>{text.endedRules}</p>
          {endedRules.map(({ note, names }) => (
            <p key={note}>
              {names.join(locale === 'en' ? '; ' : '；')}
              {locale === 'en' ? ': ' : '：'}
              {note}
            </p>
          ))}
        </div>
      ) : null}
      <RelatedHelpList items={relatedHelp(props.input)} locale={locale} words={text.relatedHelp} />
      {hopeful.length > 0 ? <h2>{text.aboutEach}</h2> : null}
      {hopeful.map((item) => (
        <Programme
          key={item.programme}
          item={item}
          locale={locale}
          text={text}
          townships={townships}
          asOf={result.asOf}
        />
      ))}
      {unlikely.length > 0 ? (
        <details class="unlikely">
          <summary>{text.unlikelySummary(unlikely.length)}</summary>
          {unlikely.map((item) => (
            <Programme
              key={item.programme}
              item={item}
              locale={locale}
              text={text}
              townships={townships}
              asOf={result.asOf}
            />
          ))}
        </details>
      ) : null}

      <h2>{text.household}</h2>
      <dl class="summary">
        <dt>{text.incomePerPerson}</dt>
        <dd>{formatYuan(h.countedMonthlyIncomePerPerson)[locale]}</dd>
        <dt>{text.standard}</dt>
        <dd>{formatYuan(h.standard.monthly)[locale]}</dd>
      </dl>
      <Reasons reasons={h.incomeReasons} locale={locale} />

      <details>
        <summary>{text.figures}</summary>
        <ul class="figures">
          {result.parameters.map((p) => (
            <li key={p.id}>
              <strong>{p.name[locale]}</strong>: {parameterValueText(p, locale)} ({p.effectiveFrom}){' '}
              <span class="source">
                {text.figureSource}: {p.source.document}
                {p.source.clause ? ` ${p.source.clause}` : ''}
              </span>
              {p.note ? <span class="source"> {p.note[locale]}</span> : null}
            </li>
          ))}
        </ul>
        {result.notices.map((n) => (
          <p class="source" key={`${n.code}-${n.parameter}`}>
            {n.text[locale]}
          </p>
        ))}
      </details>
      <p class="source">
        {text.rulesVersion}: <code>{result.rulesVersion}</code> · {result.asOf}
      </p>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={props.onChangeAnswers}>
          {text.changeAnswers}
        </button>
        <button type="button" class="button secondary" onClick={props.onStartAgain}>
          {text.startAgain}
        </button>
      </div>
    </div>
  );
}
