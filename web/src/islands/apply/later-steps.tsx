import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { CheckContent } from '../check/content/types.ts';
import { fieldId } from '../check/draft.ts';
import { StepFields } from '../check/Steps.tsx';
import { errorFor, type Option, Radios, Select, TextInput } from '../shared/fields.tsx';
import type { StatusContent } from '../status/content/types.ts';
import {
  type ApplyContent,
  applyText,
  type FirstContent,
  type LaterContent,
} from './content/types.ts';
import {
  type ApplyDraft,
  alignExtras,
  asksHukouPlace,
  type HukouPlaceDraft,
  sameHukouPlace,
} from './draft.ts';
import { ApplicantFields, BankFields, EmergencyFields, ResidenceFields } from './Fields.tsx';
import { Review } from './Review.tsx';
import { type ApplyStep, applySteps, type HouseholdStep, isHouseholdStep } from './steps.ts';
import { type Submitted, SubmittedView } from './submit.tsx';

/**
 * The application after its first screens, in a chunk of its own: validation with the
 * API's schema, the applicant, residence, household (the check's screens and words),
 * emergency and bank screens, "check your answers", submission and the confirmation
 * with the document upload. ApplyApp starts downloading it on the applicant's first
 * focus in the form and waits for it, if it must, when they first press "Continue".
 * It comes with one language's words: ./later-zh-CN.ts and ./later-en.ts re-export it
 * with their `laterTexts`.
 */

export { submitApplication, WaitingForNetwork } from './submit.tsx';
export { validateScreen } from './validate.ts';

/** The words of the later screens in the page's language. */
export interface LaterTexts {
  form: LaterContent;
  /** The household screens are the check's. */
  check: CheckContent;
  /** The confirmation has the status page's document upload. */
  status: StatusContent;
}

/** The heading of a screen after the consents. */
export function stepTitle(step: ApplyStep, texts: LaterTexts): string {
  if (isHouseholdStep(step)) return texts.check.steps[step].title;
  switch (step) {
    case 'applicant':
    case 'residence':
    case 'emergency':
    case 'bank':
    case 'review':
      return texts.form.steps[step].title;
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
    texts: LaterTexts;
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
  const { step, locale, texts } = props;
  const fields = { ...props, text: applyText(props.text, texts.form) };
  if (isHouseholdStep(step)) return <HouseholdFields {...fields} step={step} />;
  switch (step) {
    case 'applicant':
      // Emergency help alone: how to reach you and where you live on one screen.
      return props.steps.includes('residence') ? (
        <ApplicantFields {...fields} />
      ) : (
        <>
          <ApplicantFields {...fields} />
          <ResidenceFields {...fields} />
        </>
      );
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
          checkText={texts.check}
          townships={props.townships}
          villages={props.villages}
          steps={applySteps(props.draft, true)}
          onChange={props.goTo}
        />
      );
    default:
      return null;
  }
}

/** One household screen: the check's questions, plus what only the application asks. */
function HouseholdFields(
  props: Shared & {
    step: HouseholdStep;
    texts: LaterTexts;
    townships: readonly Option[];
    villages: Readonly<Record<string, readonly Option[]>>;
  },
) {
  const { step, draft, errors, text, texts, townships, set } = props;
  // Answered in the check: only the application's own questions, unless a check answer
  // needs correcting (an age that disagrees with an ID number, say).
  const onlyAdded =
    draft.answeredInCheck?.includes(step) === true &&
    !errors.some((e) => !applicationOnlyPaths.test(e.path));
  if (onlyAdded) {
    return (
      <>
        {step === 'members' ? <MembersAdded {...props} /> : null}
        {step === 'registration' ? <RegistrationAdded {...props} /> : null}
      </>
    );
  }
  return (
    <>
      <StepFields
        step={step}
        draft={draft.household}
        errors={errors}
        text={texts.check}
        townships={townships}
        patch={(changes) => set((d) => ({ ...d, household: { ...d.household, ...changes } }))}
        memberExtras={(i) => (
          <MemberExtrasFields draft={draft} index={i} text={text} errors={errors} set={set} />
        )}
      />
      {step === 'registration' ? <RegistrationAdded {...props} /> : null}
    </>
  );
}

/** The paths of the questions the application adds to the check's screens. */
const applicationOnlyPaths =
  /^(hukouPlace|permitIssuedOn|permitIssuingOffice|members\.\d+\.(relation|idNumber))(\.|$)/;

/** For each member after the applicant, as the check described them: relation and ID number. */
function MembersAdded(props: Shared & { texts: LaterTexts }) {
  const { draft, errors, text, texts, set } = props;
  const m = texts.check.steps.members;
  return (
    <>
      {draft.household.members.map((member, i) =>
        i === 0 ? null : (
          <section class="member" key={member.key} aria-labelledby={`member-added-${i}`}>
            <h3 id={`member-added-${i}`}>
              {text.steps.memberExtras.heading(m.person(i + 1), member.age)}
            </h3>
            <MemberExtrasFields draft={draft} index={i} text={text} errors={errors} set={set} />
          </section>
        ),
      )}
    </>
  );
}

/** Where the 户籍 is, and the residence permit's date and office: the application's own. */
function RegistrationAdded(
  props: Shared & {
    townships: readonly Option[];
    villages: Readonly<Record<string, readonly Option[]>>;
  },
) {
  const { draft, errors, text, set } = props;
  return (
    <>
      {asksHukouPlace(draft) ? <HukouPlaceFields {...props} /> : null}
      {draft.household.hukou !== 'puning' && draft.household.permitHeld === 'yes' ? (
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

/**
 * Where the 户籍 is, for a Puning hukou: the township the rules name to handle 低保,
 * 特困 and 边缘. "Same as where I live" is preselected; another township is handed on
 * automatically after submission (代收转办), so the applicant still applies here.
 */
function HukouPlaceFields(
  props: Shared & {
    townships: readonly Option[];
    villages: Readonly<Record<string, readonly Option[]>>;
  },
) {
  const { draft, errors, text, townships, villages, set } = props;
  const place = draft.hukouPlace ?? sameHukouPlace;
  const h = text.steps.hukouPlace;
  const update = (changes: Partial<HukouPlaceDraft>) =>
    set((d) => ({ ...d, hukouPlace: { ...(d.hukouPlace ?? sameHukouPlace), ...changes } }));
  return (
    <Radios
      id={fieldId('hukouPlace')}
      name="hukouPlace"
      legend={h.legend}
      hint={h.hint}
      options={[
        { value: 'yes', label: h.same },
        { value: 'no', label: h.other },
      ]}
      value={place.same}
      error={errorFor(errors, 'hukouPlace')}
      onChange={(same) => update({ same: same === 'no' ? 'no' : 'yes' })}
    >
      {place.same === 'no' ? (
        <>
          <Select
            id={fieldId('hukouPlace.townshipCode')}
            label={h.township}
            placeholder={text.choose}
            options={townships}
            value={place.townshipCode}
            error={errorFor(errors, 'hukouPlace.townshipCode')}
            onChange={(townshipCode) => update({ townshipCode, villageCode: '' })}
          />
          {place.townshipCode ? (
            <Select
              id={fieldId('hukouPlace.villageCode')}
              label={h.village}
              placeholder={text.choose}
              options={villages[place.townshipCode] ?? []}
              value={place.villageCode}
              error={errorFor(errors, 'hukouPlace.villageCode')}
              onChange={(villageCode) => update({ villageCode })}
            />
          ) : null}
          <p class="hint">{h.handedOver}</p>
        </>
      ) : null}
    </Radios>
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
export function Confirmation(props: {
  result: Submitted;
  text: FirstContent;
  texts: LaterTexts;
  statusHref: string;
}) {
  const { result, text, texts, statusHref } = props;
  return (
    <SubmittedView
      result={result}
      text={applyText(text, texts.form)}
      statusText={texts.status}
      statusHref={statusHref}
    />
  );
}
