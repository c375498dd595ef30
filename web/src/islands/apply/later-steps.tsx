import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { checkContent } from '../check/content.ts';
import { fieldId } from '../check/draft.ts';
import { StepFields } from '../check/Steps.tsx';
import { type Option, Select, TextInput } from '../shared/fields.tsx';
import type { ApplyContent } from './content.ts';
import type { FirstContent } from './content-first.ts';
import { applyText, laterContent } from './content-later.ts';
import { type ApplyDraft, alignExtras } from './draft.ts';
import { ApplicantFields, BankFields, EmergencyFields, ResidenceFields } from './Fields.tsx';
import { Review } from './Review.tsx';
import { type ApplyStep, type HouseholdStep, isHouseholdStep } from './steps.ts';
import { type Submitted, SubmittedView } from './submit.tsx';

/**
 * The application after its first screens, in a chunk of its own: validation with the
 * API's schema, the applicant, residence, household (the check's screens and words),
 * emergency and bank screens, "check your answers", submission and the confirmation
 * with the document upload. ApplyApp starts downloading it on the applicant's first
 * focus in the form and waits for it, if it must, when they first press "Continue".
 */

export { submitApplication } from './submit.tsx';
export { validateScreen } from './validate.ts';

/** The heading of a screen after the consents. */
export function stepTitle(step: ApplyStep, locale: Locale): string {
  if (isHouseholdStep(step)) return checkContent[locale].steps[step].title;
  switch (step) {
    case 'applicant':
    case 'residence':
    case 'emergency':
    case 'bank':
    case 'review':
      return laterContent[locale].steps[step].title;
    default:
      return '';
  }
}

interface Shared {
  draft: ApplyDraft;
  errors: readonly FieldError[];
  text: ApplyContent;
  set: (change: (d: ApplyDraft) => ApplyDraft) => void;
}

/** The questions of one screen after the consents. */
export function LaterStepFields(
  props: Omit<Shared, 'text'> & {
    text: FirstContent;
    step: ApplyStep;
    locale: Locale;
    townships: readonly Option[];
    villages: Readonly<Record<string, readonly Option[]>>;
    steps: readonly ApplyStep[];
    editingBank: boolean;
    setEditingBank: (on: boolean) => void;
    goTo: (step: ApplyStep) => void;
  },
) {
  const { step, locale } = props;
  const fields = { ...props, text: applyText(props.text, laterContent[locale]) };
  if (isHouseholdStep(step)) return <HouseholdFields {...fields} step={step} />;
  switch (step) {
    case 'applicant':
      return <ApplicantFields {...fields} />;
    case 'residence':
      return <ResidenceFields {...fields} />;
    case 'emergency':
      return <EmergencyFields {...fields} />;
    case 'bank':
      return (
        <BankFields {...fields} editing={props.editingBank} setEditing={props.setEditingBank} />
      );
    case 'review':
      return (
        <Review
          draft={props.draft}
          locale={locale}
          text={fields.text}
          checkText={checkContent[locale]}
          townships={props.townships}
          villages={props.villages}
          steps={props.steps}
          onChange={props.goTo}
        />
      );
    default:
      return null;
  }
}

/** One household screen: the check's questions, plus what only the application asks. */
function HouseholdFields(
  props: Shared & { step: HouseholdStep; locale: Locale; townships: readonly Option[] },
) {
  const { step, draft, errors, text, locale, townships, set } = props;
  return (
    <>
      <StepFields
        step={step}
        draft={draft.household}
        errors={errors}
        text={checkContent[locale]}
        townships={townships}
        patch={(changes) => set((d) => ({ ...d, household: { ...d.household, ...changes } }))}
        memberExtras={(i) => (
          <MemberExtrasFields draft={draft} index={i} text={text} errors={errors} set={set} />
        )}
      />
      {step === 'registration' && draft.household.permitHeld === 'yes' ? (
        <>
          <TextInput
            id={fieldId('permitIssuedOn')}
            type="date"
            label={text.steps.permitIssuedOn.label}
            hint={text.steps.permitIssuedOn.hint}
            value={draft.permitIssuedOn ?? ''}
            error={errors.find((e) => e.path === 'permitIssuedOn')?.message}
            onInput={(permitIssuedOn) => set((d) => ({ ...d, permitIssuedOn }))}
          />
          <TextInput
            id={fieldId('permitIssuingOffice')}
            label={text.steps.permitOffice.label}
            hint={text.steps.permitOffice.hint}
            width="full"
            value={draft.permitIssuingOffice}
            error={errors.find((e) => e.path === 'permitIssuingOffice')?.message}
            onInput={(permitIssuingOffice) => set((d) => ({ ...d, permitIssuingOffice }))}
          />
        </>
      ) : null}
    </>
  );
}

function MemberExtrasFields(props: {
  draft: ApplyDraft;
  index: number;
  text: ApplyContent;
  errors: readonly FieldError[];
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

/** The reference and the access code, shown once, and the document upload. */
export function Confirmation(props: { result: Submitted; text: FirstContent; statusHref: string }) {
  const { result, text, statusHref } = props;
  return (
    <SubmittedView
      result={result}
      text={applyText(text, laterContent[result.locale])}
      statusHref={statusHref}
    />
  );
}
