import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import type { ApplicableProgramme, ConsentNotices } from '../../lib/apply-page-texts.ts';
import { fieldId } from '../check/draft.ts';
import { ErrorSummary, type Option, Progress } from '../shared/fields.tsx';
import { type Later, startWhenIdle, useLater } from '../shared/later.ts';
import { ReadAloudButton } from '../shared/read-aloud.tsx';
import { useSteps } from '../shared/use-steps.ts';
import type { FirstContent } from './content/types.ts';
import { type ApplyDraft, alignExtras, emptyApplyDraft } from './draft.ts';
import { resumeStep } from './draft-at-rest.ts';
import { ConsentStep, ProgrammeChoice, ResumeOffer } from './Intro.tsx';
import type * as LaterSteps from './later-steps.tsx';
import { type ApplyStep, applySteps, firstSteps, reopened } from './steps.ts';
import { eraseDraft, isSharedPhone, type LoadedDraft, loadDraft, saveDraft } from './storage.ts';
import type { Outcome, Submitted } from './submit.tsx';

/**
 * Staff applying for a person from the console (../staff/OnBehalfFull.tsx): the same
 * screens, plus how the person consented; sent with the staff member's token, and never
 * kept on the device beyond this page (no draft is saved at all).
 */
export interface StaffMode {
  /** A new draft: with an empty consent record, and the staff member's township and village. */
  start: () => ApplyDraft;
  submit: (draft: ApplyDraft) => Promise<Outcome>;
  /** `draft`: the one just sent (the form has started again). */
  onSubmitted: (result: Submitted, draft: ApplyDraft) => void;
  consentRecordTitle: string;
  ConsentRecordStep: (props: {
    draft: ApplyDraft;
    errors: readonly FieldError[];
    set: (change: (d: ApplyDraft) => ApplyDraft) => void;
  }) => JSX.Element;
}

/**
 * The screens after the consents, the validation with the API's schema, submission and
 * what follows it (./later-steps.tsx), with their words in the page's language
 * (./later-zh-CN.ts or ./later-en.ts): downloaded once the page is idle after loading
 * (or at the first focus in the form, if that comes first), while the applicant
 * chooses and reads the notices.
 */
export type LaterModule = typeof LaterSteps & { laterTexts: LaterSteps.LaterTexts };

interface Props {
  locale: Locale;
  /** The first screens' words in the page's language (./content/first.<language>.ts). */
  text: FirstContent;
  laterSteps: Later<LaterModule>;
  /** The programmes one can apply for, named in the page's language (given by the page). */
  applicable: readonly ApplicableProgramme[];
  /** The consent notices in the page's language (given by the page). */
  consents: ConsentNotices;
  townships: readonly Option[];
  villages: Readonly<Record<string, readonly Option[]>>;
  statusHref: string;
  /** Programmes the check found worth applying for, and its answers, if any. */
  fromCheck: { programmes: ProgrammeId[]; draft: ApplyDraft | null };
  /** Present when staff apply for a person from the console. */
  staff?: StaffMode;
}

/** The online application: one question group per screen, a review page, then submit. */
export function ApplyApp(props: Props) {
  const { locale, text, laterSteps, applicable, consents, townships, villages } = props;
  const { statusHref, fromCheck, staff } = props;
  const [saved] = useState<LoadedDraft | null>(() => (staff ? null : loadDraft()));
  const [draft, setDraft] = useState<ApplyDraft>(
    () => staff?.start() ?? saved?.draft ?? fromCheck.draft ?? emptyApplyDraft(),
  );
  // Where this draft was left: a reload opens there, a later visit offers to go there.
  const [resumeAt] = useState(() =>
    saved ? applySteps(saved.draft).indexOf(resumeFrom(saved)) : 0,
  );
  const [offerResume, setOfferResume] = useState(() => !saved?.sameTab && resumeAt > 0);
  const [shared, setShared] = useState(isSharedPhone);
  const [editingBank, setEditingBank] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  // The application did not go through for network reasons: kept, and sent again.
  const [unreachable, setUnreachable] = useState<{ retryAfterMs?: number; attempt: number }>();
  const form = useRef<HTMLFormElement>(null);
  const [cleared, setCleared] = useState(false);
  const nav = useSteps('applyStep', saved?.sameTab ? Math.max(resumeAt, 0) : 0);
  const steps = applySteps(draft);
  const index = Math.min(nav.index, steps.length - 1);
  const step: ApplyStep = steps[index] ?? 'programmes';

  // Saved only once the applicant has answered something, so "clear" leaves nothing;
  // while the offer to resume is open, what was left stays as it was.
  const [touched, setTouched] = useState(saved !== null);
  useEffect(() => {
    if (touched && !submitted && !offerResume && !staff) saveDraft(draft, step, shared);
  }, [draft, step, shared, submitted, touched, offerResume, staff]);
  useEffect(() => startWhenIdle(laterSteps), [laterSteps]);

  const set = (change: (d: ApplyDraft) => ApplyDraft) => {
    setTouched(true);
    setDraft((d) => {
      const next = change(d);
      return { ...next, memberExtras: alignExtras(next) };
    });
  };

  // A screen answered in the check is opened again when its answers are to change.
  const openStep = (target: ApplyStep) => {
    const next = reopened(draft, target);
    if (next !== draft) setDraft(next);
    nav.go(applySteps(next).indexOf(target));
  };

  const needsLater = !firstSteps.includes(step);
  const { module: laterModule, failed, retry } = useLater(laterSteps, needsLater);
  // Submitting is possible only from "check your answers", which is in the same chunk.
  if (submitted && laterModule) {
    return (
      <laterModule.Confirmation
        result={submitted}
        text={text}
        texts={laterModule.laterTexts}
        statusHref={statusHref}
      />
    );
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (waiting || submitting) return;
    setCleared(false);
    let later = laterSteps.now();
    if (!later) {
      setWaiting(true);
      try {
        later = await laterSteps.get();
      } catch {
        nav.fail([{ path: '', message: text.later.failed }]);
        return;
      } finally {
        setWaiting(false);
      }
    }
    const errors = later.validateScreen(draft, step, locale);
    if (errors.length > 0) {
      nav.fail(errors);
      return;
    }
    if (step !== 'review') {
      setEditingBank(false);
      setOfferResume(false);
      nav.go(index + 1);
      return;
    }
    setSubmitting(true);
    const outcome = staff
      ? await staff.submit(draft)
      : await later.submitApplication(draft, locale);
    setSubmitting(false);
    if (outcome.ok && staff) {
      // The console shows the reference; the form starts again for the next person.
      setUnreachable(undefined);
      setDraft(staff.start());
      nav.go(0);
      staff.onSubmitted(outcome.result, draft);
      return;
    }
    if (outcome.ok) {
      setUnreachable(undefined);
      eraseDraft();
      setSubmitted(outcome.result);
      return;
    }
    if ('unreachable' in outcome) {
      const attempt = (unreachable?.attempt ?? 0) + 1;
      setUnreachable({ retryAfterMs: outcome.retryAfterMs, attempt });
      return;
    }
    setUnreachable(undefined);
    if (outcome.step) openStep(outcome.step);
    nav.fail(outcome.errors);
  };

  const screen = { draft, errors: nav.errors, text, set };
  const title =
    step === 'consentRecord' && staff
      ? staff.consentRecordTitle
      : needsLater
        ? (laterModule?.stepTitle(step, laterModule.laterTexts) ?? text.later.loading)
        : firstStepTitle(step, text, consents);
  return (
    <form class="apply-form" noValidate onSubmit={onSubmit} onFocusIn={laterSteps.start} ref={form}>
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
        {title}
      </h2>
      <ReadAloudButton text={title} locale={locale} />
      {step === 'programmes' && offerResume && saved ? (
        <ResumeOffer
          text={text}
          leftAt={applySteps(saved.draft).indexOf(saved.step) + 1}
          total={applySteps(saved.draft).length}
          numbersForgotten={saved.forgotten.length > 0}
          onContinue={() => {
            setOfferResume(false);
            nav.go(resumeAt);
          }}
          onRestart={() => {
            eraseDraft();
            setTouched(false);
            setDraft(fromCheck.draft ?? emptyApplyDraft());
            setOfferResume(false);
          }}
        />
      ) : null}
      {step === 'programmes' ? (
        <ProgrammeChoice
          {...screen}
          applicable={applicable}
          preselected={fromCheck.programmes.length > 0}
        />
      ) : null}
      {step === 'privacy' || step === 'sensitive' || step === 'economicCheck' ? (
        <ConsentStep {...screen} consent={step} notices={consents} />
      ) : null}
      {needsLater && laterModule ? (
        <laterModule.LaterStepFields
          {...screen}
          texts={laterModule.laterTexts}
          step={step}
          locale={locale}
          townships={townships}
          villages={villages}
          steps={steps}
          editingBank={editingBank}
          setEditingBank={setEditingBank}
          goTo={openStep}
        />
      ) : null}
      {step === 'consentRecord' && staff ? (
        <staff.ConsentRecordStep draft={draft} errors={nav.errors} set={set} />
      ) : null}
      {needsLater && !laterModule && failed ? (
        <div class="panel warning" role="alert">
          <p>{text.later.failed}</p>
          <button type="button" class="button secondary" onClick={retry}>
            {text.later.retry}
          </button>
        </div>
      ) : null}
      {unreachable && step === 'review' && laterModule ? (
        <laterModule.WaitingForNetwork
          text={laterModule.laterTexts.form.waitingForNetwork}
          retryAfterMs={unreachable.retryAfterMs}
          attempt={unreachable.attempt}
          sending={submitting}
          // The form's own submit, as if "Submit" were pressed (requestSubmit is missing
          // before iOS 16).
          onRetry={() =>
            form.current?.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }))
          }
        />
      ) : null}
      <div class="button-row">
        {needsLater && !laterModule ? null : (
          <button type="submit" class="button large" disabled={submitting || waiting}>
            {step === 'review' ? (submitting ? text.submitting : text.submit) : text.continue}
          </button>
        )}
        {index > 0 ? (
          <button type="button" class="button secondary" onClick={() => nav.go(index - 1)}>
            {text.back}
          </button>
        ) : null}
      </div>
      {/* Staff drafts are never kept on the device: nothing to choose or clear. */}
      <div class="device-controls" hidden={staff !== undefined}>
        <div class="checkbox">
          <input
            type="checkbox"
            id="shared-phone"
            checked={shared}
            aria-describedby="shared-phone-hint"
            onChange={(e) => setShared((e.target as HTMLInputElement).checked)}
          />
          <label for="shared-phone">{text.sharedPhone.label}</label>
          <p id="shared-phone-hint" class="hint item-hint">
            {text.sharedPhone.hint}
          </p>
        </div>
        <p class="hint">{shared ? text.keeping.shared : text.keeping.device}</p>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            eraseDraft();
            setTouched(false);
            setDraft(emptyApplyDraft());
            setCleared(true);
            setOfferResume(false);
            nav.go(0);
          }}
        >
          {text.clear}
        </button>
        {cleared ? (
          <p role="status" class="hint">
            {text.clearConfirm}
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** The screen to return to: the one left, or earlier if a number asked there was forgotten. */
function resumeFrom(saved: LoadedDraft): ApplyStep {
  return resumeStep(saved.step, saved.forgotten, applySteps(saved.draft));
}

function firstStepTitle(step: ApplyStep, text: FirstContent, consents: ConsentNotices): string {
  switch (step) {
    case 'privacy':
    case 'sensitive':
    case 'economicCheck':
      return consents.texts[step].title;
    default:
      return text.steps.programmes.title;
  }
}
