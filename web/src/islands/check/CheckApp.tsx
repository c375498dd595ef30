import { useEffect, useRef, useState } from 'preact/hooks';
import { todayInShanghai } from '../../../../functions/domain/dates.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { CheckInput } from '../../../../functions/domain/policy/check-input.ts';
import { evaluate } from '../../../../functions/domain/policy/evaluate.ts';
import type { CheckResult } from '../../../../functions/domain/policy/result.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { loadFromSession, removeFromSession, saveToSession } from '../shared/device-storage.ts';
import { ErrorSummary, type Option } from '../shared/fields.tsx';
import { checkContent } from './content.ts';
import {
  type CheckDraft,
  emptyDraft,
  fieldId,
  steps,
  toCheckInput,
  validateStep,
} from './draft.ts';
import { CheckResultView } from './Result.tsx';
import { StepFields } from './Steps.tsx';

/** Keys in sessionStorage; /apply reads `checkAnswersKey` to pre-fill its form. */
export const checkDraftKey = 'puning.check.draft.v1';
export const checkAnswersKey = 'puning.check.answers.v1';

interface Props {
  locale: Locale;
  townships: readonly Option[];
  applyHref: string;
}

type View = { kind: 'step'; index: number } | { kind: 'result'; result: CheckResult };

function isDraft(value: unknown): value is CheckDraft {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as CheckDraft).members)
  );
}

/**
 * The pre-eligibility check: one group of questions per screen, then the result,
 * computed here in the browser by the same rules the API runs. No request is made.
 */
export function CheckApp({ locale, townships, applyHref }: Props) {
  const text = checkContent[locale];
  const [draft, setDraft] = useState<CheckDraft>(
    () => loadFromSession(checkDraftKey, isDraft) ?? emptyDraft(),
  );
  const [view, setView] = useState<View>({ kind: 'step', index: 0 });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const moved = useRef(false);

  useEffect(() => saveToSession(checkDraftKey, draft), [draft]);

  // The browser's back button walks back through the screens, not off the page.
  useEffect(() => {
    history.replaceState({ checkStep: 0 }, '');
    const onPop = (event: PopStateEvent) => {
      const index = (event.state as { checkStep?: number } | null)?.checkStep;
      if (typeof index === 'number') {
        moved.current = true;
        setErrors([]);
        setView({ kind: 'step', index });
      }
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // After moving to a screen, put focus on its heading so screen readers announce it;
  // after a failed attempt, on the error summary.
  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
    else if (moved.current) headingRef.current?.focus();
  }, [view, errors]);

  const go = (next: View) => {
    moved.current = true;
    setErrors([]);
    setView(next);
    history.pushState({ checkStep: next.kind === 'step' ? next.index : steps.length }, '');
  };

  const patch = (changes: Partial<CheckDraft>) => setDraft((d) => ({ ...d, ...changes }));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (view.kind !== 'step') return;
    const step = steps[view.index];
    if (!step) return;
    const stepErrors = validateStep(draft, step, locale);
    if (stepErrors.length > 0) {
      setErrors(stepErrors);
      return;
    }
    if (view.index < steps.length - 1) {
      go({ kind: 'step', index: view.index + 1 });
      return;
    }
    const complete = toCheckInput(draft, locale);
    if (!complete.ok) {
      go({ kind: 'step', index: steps.indexOf(complete.step) });
      setErrors(complete.errors);
      return;
    }
    const result = evaluate(complete.input, todayInShanghai(Date.now()));
    saveToSession(checkAnswersKey, complete.input satisfies CheckInput);
    go({ kind: 'result', result });
  };

  if (view.kind === 'result') {
    return (
      <CheckResultView
        result={view.result}
        locale={locale}
        text={text}
        townships={townships}
        applyHref={applyHref}
        headingRef={(el) => {
          headingRef.current = el;
        }}
        onChangeAnswers={() => go({ kind: 'step', index: 0 })}
        onStartAgain={() => {
          removeFromSession(checkDraftKey);
          removeFromSession(checkAnswersKey);
          setDraft(emptyDraft());
          go({ kind: 'step', index: 0 });
        }}
      />
    );
  }

  const step = steps[view.index] ?? 'situation';
  const last = view.index === steps.length - 1;
  return (
    <form class="check-form" noValidate onSubmit={onSubmit}>
      <p class="progress-text">{text.stepOf(view.index + 1, steps.length)}</p>
      <div
        class="progress"
        role="progressbar"
        aria-label={text.stepOf(view.index + 1, steps.length)}
        aria-valuemin={1}
        aria-valuemax={steps.length}
        aria-valuenow={view.index + 1}
      >
        <div class={`progress-bar progress-${view.index + 1}-of-${steps.length}`} />
      </div>
      <ErrorSummary
        title={text.errorSummaryTitle}
        errors={errors}
        fieldId={fieldId}
        summaryRef={(el) => {
          summaryRef.current = el;
        }}
      />
      <h2 tabIndex={-1} ref={headingRef}>
        {text.steps[step].title}
      </h2>
      <StepFields
        step={step}
        draft={draft}
        errors={errors}
        text={text}
        townships={townships}
        patch={patch}
      />
      <div class="button-row">
        <button type="submit" class="button large">
          {last ? text.seeResult : text.next}
        </button>
        {view.index > 0 ? (
          <button
            type="button"
            class="button secondary"
            onClick={() => go({ kind: 'step', index: view.index - 1 })}
          >
            {text.back}
          </button>
        ) : null}
      </div>
    </form>
  );
}
