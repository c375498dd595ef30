import { useEffect, useState } from 'preact/hooks';
import { todayInShanghai } from '../../../../functions/domain/dates.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { CheckInput } from '../../../../functions/domain/policy/check-input.ts';
import type { CheckResult } from '../../../../functions/domain/policy/result.ts';
import { loadFromSession, removeFromSession, saveToSession } from '../shared/device-storage.ts';
import { ErrorSummary, type Option, Progress } from '../shared/fields.tsx';
import { type Later, startWhenIdle } from '../shared/later.ts';
import { ReadAloudButton } from '../shared/read-aloud.tsx';
import { useSteps } from '../shared/use-steps.ts';
import type { CheckContent, ResultContent } from './content/types.ts';
import {
  type CheckDraft,
  emptyDraft,
  fieldId,
  steps,
  toCheckInput,
  validateStep,
} from './draft.ts';
import type * as Stage from './result-stage.ts';
import { StepFields } from './Steps.tsx';
import { checkAnswersKey, checkDraftKey, checkProgrammesKey } from './storage-keys.ts';

/**
 * The rules and the result screen (./result-stage.ts) with the result's words in the
 * page's language (./result-zh-CN.ts or ./result-en.ts): downloaded while the person
 * answers.
 */
export type ResultStage = typeof Stage & { resultText: ResultContent };

interface Props {
  locale: Locale;
  /** The page's language's words (./content/zh-CN.ts or ./content/en.ts). */
  text: CheckContent;
  resultStage: Later<ResultStage>;
  townships: readonly Option[];
  applyHref: string;
}

function isDraft(value: unknown): value is CheckDraft {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as CheckDraft).members)
  );
}

/**
 * The pre-eligibility check: one group of questions per screen, then the result,
 * computed here in the browser by the same rules the API runs. No request is made.
 */
export function CheckApp({ locale, text, resultStage, townships, applyHref }: Props) {
  const [draft, setDraft] = useState<CheckDraft>(
    () => loadFromSession(checkDraftKey, isDraft) ?? emptyDraft(),
  );
  const [result, setResult] = useState<{
    stage: ResultStage;
    value: CheckResult;
    input: CheckInput;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const nav = useSteps('checkStep');
  const resultStep = steps.length;

  useEffect(() => saveToSession(checkDraftKey, draft), [draft]);
  useEffect(() => startWhenIdle(resultStage), [resultStage]);

  const patch = (changes: Partial<CheckDraft>) => setDraft((d) => ({ ...d, ...changes }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const step = steps[nav.index];
    if (!step || busy) return;
    const stepErrors = validateStep(draft, step, locale);
    if (stepErrors.length > 0) {
      nav.fail(stepErrors);
      return;
    }
    if (nav.index < steps.length - 1) {
      resultStage.start();
      nav.go(nav.index + 1);
      return;
    }
    const complete = toCheckInput(draft, locale);
    if (!complete.ok) {
      nav.go(steps.indexOf(complete.step));
      nav.fail(complete.errors);
      return;
    }
    let stage = resultStage.now();
    if (!stage) {
      setBusy(true);
      try {
        stage = await resultStage.get();
      } catch {
        nav.fail([{ path: '', message: text.resultUnavailable }]);
        return;
      } finally {
        setBusy(false);
      }
    }
    const evaluated = stage.evaluate(complete.input, todayInShanghai(Date.now()));
    saveToSession(checkAnswersKey, complete.input satisfies CheckInput);
    // Alternatives (低保 or 特困) are not paid together: only the pre-selected one is ticked.
    const notChosen = evaluated.alternatives?.among.filter(
      (id) => id !== evaluated.alternatives?.preselected,
    );
    saveToSession(
      checkProgrammesKey,
      evaluated.programmes
        .filter((p) => p.outcome !== 'unlikely' && !notChosen?.includes(p.programme))
        .map((p) => p.programme),
    );
    setResult({ stage, value: evaluated, input: complete.input });
    nav.go(resultStep);
  };

  if (nav.index === resultStep && result) {
    const { CheckResultView } = result.stage;
    return (
      <CheckResultView
        result={result.value}
        input={result.input}
        locale={locale}
        text={result.stage.resultText}
        townships={townships}
        applyHref={applyHref}
        headingRef={nav.headingRef}
        onChangeAnswers={() => nav.go(0)}
        onStartAgain={() => {
          for (const key of [checkDraftKey, checkAnswersKey, checkProgrammesKey]) {
            removeFromSession(key);
          }
          setDraft(emptyDraft());
          setResult(null);
          nav.go(0);
        }}
      />
    );
  }

  const index = Math.min(nav.index, steps.length - 1);
  const step = steps[index] ?? 'situation';
  const last = index === steps.length - 1;
  return (
    <form class="check-form" noValidate onSubmit={onSubmit}>
      <Progress
        current={index + 1}
        total={steps.length}
        label={text.stepOf(index + 1, steps.length)}
      />
      <ErrorSummary
        title={text.errorSummaryTitle}
        errors={nav.errors}
        fieldId={fieldId}
        summaryRef={nav.summaryRef}
      />
      <h2 tabIndex={-1} ref={nav.headingRef}>
        {text.steps[step].title}
      </h2>
      <ReadAloudButton text={text.steps[step].title} locale={locale} />
      <StepFields
        step={step}
        draft={draft}
        errors={nav.errors}
        text={text}
        townships={townships}
        patch={patch}
      />
      <div class="button-row">
        <button type="submit" class="button large" disabled={busy}>
          {last ? text.seeResult : text.next}
        </button>
        {index > 0 ? (
          <button type="button" class="button secondary" onClick={() => nav.go(index - 1)}>
            {text.back}
          </button>
        ) : null}
      </div>
    </form>
  );
}
