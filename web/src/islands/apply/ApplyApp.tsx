import { useEffect, useState } from 'preact/hooks';
import { consentTexts } from '../../../../functions/domain/application/consent-texts.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import { checkContent } from '../check/content.ts';
import { fieldId, validateStep as validateHouseholdStep } from '../check/draft.ts';
import { StepFields } from '../check/Steps.tsx';
import { ErrorSummary, type Option, Progress, Select, TextInput } from '../shared/fields.tsx';
import { useSteps } from '../shared/use-steps.ts';
import { applyContent } from './content.ts';
import { type ApplyDraft, alignExtras, emptyApplyDraft } from './draft.ts';
import { ApplicantFields, BankFields, EmergencyFields, ResidenceFields } from './Fields.tsx';
import { ConsentStep, ProgrammeChoice } from './Intro.tsx';
import { Review } from './Review.tsx';
import { eraseDraft, isSharedPhone, loadDraft, saveDraft } from './storage.ts';
import { type Submitted, SubmittedView, submitApplication } from './submit.tsx';
import { type ApplyStep, applySteps, validateApplyStep } from './validate.ts';

interface Props {
  locale: Locale;
  townships: readonly Option[];
  villages: Readonly<Record<string, readonly Option[]>>;
  statusHref: string;
  /** Programmes the check found worth applying for, and its answers, if any. */
  fromCheck: { programmes: ProgrammeId[]; draft: ApplyDraft | null };
}

const householdSteps = new Set([
  'registration',
  'members',
  'income',
  'assets',
  'support',
  'expenses',
]);

/** The online application: one question group per screen, a review page, then submit. */
export function ApplyApp({ locale, townships, villages, statusHref, fromCheck }: Props) {
  const text = applyContent[locale];
  const checkText = checkContent[locale];
  const [draft, setDraft] = useState<ApplyDraft>(
    () => loadDraft() ?? fromCheck.draft ?? emptyApplyDraft(),
  );
  const [shared, setShared] = useState(isSharedPhone);
  const [editingBank, setEditingBank] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [cleared, setCleared] = useState(false);
  const nav = useSteps('applyStep');
  const steps = applySteps(draft);
  const index = Math.min(nav.index, steps.length - 1);
  const step: ApplyStep = steps[index] ?? 'programmes';

  // Saved only once the applicant has answered something, so "clear" leaves nothing.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (touched && !submitted) saveDraft(draft, shared);
  }, [draft, shared, submitted, touched]);

  const set = (change: (d: ApplyDraft) => ApplyDraft) => {
    setTouched(true);
    setDraft((d) => {
      const next = change(d);
      return { ...next, memberExtras: alignExtras(next) };
    });
  };

  if (submitted) return <SubmittedView result={submitted} text={text} statusHref={statusHref} />;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setCleared(false);
    // Household screens are the check's questions; registration also has the permit's
    // issue date and office, which only the application asks.
    const errors = [
      ...(householdSteps.has(step)
        ? validateHouseholdStep(draft.household, step as never, locale)
        : []),
      ...(householdSteps.has(step) && step !== 'registration'
        ? []
        : validateApplyStep(draft, step, locale)),
    ];
    if (errors.length > 0) {
      nav.fail(errors);
      return;
    }
    if (step !== 'review') {
      setEditingBank(false);
      nav.go(index + 1);
      return;
    }
    setSubmitting(true);
    const outcome = await submitApplication(draft, locale);
    setSubmitting(false);
    if (outcome.ok) {
      eraseDraft();
      setSubmitted(outcome.result);
      return;
    }
    if (outcome.step) nav.go(steps.indexOf(outcome.step));
    nav.fail(outcome.errors);
  };

  const sharedProps = { draft, errors: nav.errors, text, townships, villages, set };
  return (
    <form class="apply-form" noValidate onSubmit={onSubmit}>
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
        {stepTitle(step, text, checkText, locale)}
      </h2>
      {step === 'programmes' ? (
        <ProgrammeChoice
          {...sharedProps}
          locale={locale}
          preselected={fromCheck.programmes.length > 0}
        />
      ) : null}
      {step === 'privacy' || step === 'sensitive' || step === 'economicCheck' ? (
        <ConsentStep {...sharedProps} consent={step} locale={locale} />
      ) : null}
      {step === 'applicant' ? <ApplicantFields {...sharedProps} /> : null}
      {step === 'residence' ? <ResidenceFields {...sharedProps} /> : null}
      {householdSteps.has(step) ? (
        <StepFields
          step={step as 'registration'}
          draft={draft.household}
          errors={nav.errors}
          text={checkText}
          townships={townships}
          patch={(changes) => set((d) => ({ ...d, household: { ...d.household, ...changes } }))}
          memberExtras={(i) => (
            <MemberExtrasFields draft={draft} index={i} text={text} errors={nav.errors} set={set} />
          )}
        />
      ) : null}
      {step === 'registration' && draft.household.permitHeld === 'yes' ? (
        <>
          <TextInput
            id={fieldId('permitIssuedOn')}
            type="date"
            label={text.steps.permitIssuedOn.label}
            hint={text.steps.permitIssuedOn.hint}
            value={draft.permitIssuedOn ?? ''}
            error={nav.errors.find((e) => e.path === 'permitIssuedOn')?.message}
            onInput={(permitIssuedOn) => set((d) => ({ ...d, permitIssuedOn }))}
          />
          <TextInput
            id={fieldId('permitIssuingOffice')}
            label={text.steps.permitOffice.label}
            hint={text.steps.permitOffice.hint}
            width="full"
            value={draft.permitIssuingOffice}
            error={nav.errors.find((e) => e.path === 'permitIssuingOffice')?.message}
            onInput={(permitIssuingOffice) => set((d) => ({ ...d, permitIssuingOffice }))}
          />
        </>
      ) : null}
      {step === 'emergency' ? <EmergencyFields {...sharedProps} /> : null}
      {step === 'bank' ? (
        <BankFields {...sharedProps} editing={editingBank} setEditing={setEditingBank} />
      ) : null}
      {step === 'review' ? (
        <Review
          draft={draft}
          locale={locale}
          text={text}
          checkText={checkText}
          townships={townships}
          villages={villages}
          steps={steps}
          onChange={(target) => nav.go(steps.indexOf(target))}
        />
      ) : null}
      <div class="button-row">
        <button type="submit" class="button large" disabled={submitting}>
          {step === 'review' ? (submitting ? text.submitting : text.submit) : text.continue}
        </button>
        {index > 0 ? (
          <button type="button" class="button secondary" onClick={() => nav.go(index - 1)}>
            {text.back}
          </button>
        ) : null}
      </div>
      <div class="device-controls">
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
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            eraseDraft();
            setTouched(false);
            setDraft(emptyApplyDraft());
            setCleared(true);
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

function stepTitle(
  step: ApplyStep,
  text: (typeof applyContent)['zh-CN'],
  checkText: (typeof checkContent)['zh-CN'],
  locale: Locale,
): string {
  if (householdSteps.has(step)) return checkText.steps[step as 'members'].title;
  switch (step) {
    case 'privacy':
    case 'sensitive':
    case 'economicCheck':
      return consentTexts[step].title[locale];
    case 'programmes':
    case 'residence':
    case 'applicant':
    case 'emergency':
    case 'bank':
    case 'review':
      return text.steps[step].title;
    default:
      return '';
  }
}

function MemberExtrasFields(props: {
  draft: ApplyDraft;
  index: number;
  text: (typeof applyContent)['zh-CN'];
  errors: ReturnType<typeof useSteps>['errors'];
  set: (change: (d: ApplyDraft) => ApplyDraft) => void;
}) {
  const { draft, index, text, errors, set } = props;
  const extras = alignExtras(draft)[index] ?? { relation: '', idNumber: '' };
  const update = (changes: Partial<typeof extras>) =>
    set((d) => ({
      ...d,
      memberExtras: alignExtras(d).map((e, i) => (i === index ? { ...e, ...changes } : e)),
    }));
  const m = text.steps.memberExtras;
  const error = (field: string) =>
    errors.find((e) => e.path === `members.${index}.${field}`)?.message;
  return (
    <>
      {index > 0 ? (
        <Select
          id={fieldId(`members.${index}.relation`)}
          label={m.relation.label}
          placeholder={text.choose}
          options={m.relation.options.filter((o) => o.value !== 'self')}
          value={extras.relation}
          error={error('relation')}
          onChange={(relation) => update({ relation })}
        />
      ) : null}
      {index > 0 ? (
        <TextInput
          id={fieldId(`members.${index}.idNumber`)}
          label={m.idNumber.label}
          hint={m.idNumber.hint}
          width="medium"
          value={extras.idNumber}
          error={error('idNumber')}
          onInput={(idNumber) => update({ idNumber })}
        />
      ) : null}
    </>
  );
}
