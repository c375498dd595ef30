import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import type { ApplicableProgramme, ConsentNotices } from '../../lib/apply-page-texts.ts';
import { fieldId } from '../check/draft.ts';
import { errorFor } from '../shared/fields.tsx';
import type { FirstContent } from './content/types.ts';
import type { ApplyDraft } from './draft.ts';

interface Props {
  draft: ApplyDraft;
  errors: readonly FieldError[];
  text: FirstContent;
  set: (change: (draft: ApplyDraft) => ApplyDraft) => void;
}

export function ProgrammeChoice(
  props: Props & { applicable: readonly ApplicableProgramme[]; preselected: boolean },
) {
  const { draft, errors, text, set, applicable, preselected } = props;
  const t = text.steps.programmes;
  const error = errorFor(errors, 'programmes');
  const toggle = (id: ProgrammeId, on: boolean) =>
    set((d) => ({
      ...d,
      programmes: on
        ? [...d.programmes.filter((p) => p !== id), id]
        : d.programmes.filter((p) => p !== id),
    }));
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <fieldset
        aria-describedby={`${fieldId('programmes')}-hint${error ? ` ${fieldId('programmes')}-error` : ''}`}
      >
        <legend class="legend">{t.legend}</legend>
        <p id={`${fieldId('programmes')}-hint`} class="hint">
          {preselected ? t.fromCheck : t.hint}
        </p>
        {error ? (
          <p id={`${fieldId('programmes')}-error`} class="error-message">
            {error}
          </p>
        ) : null}
        <div class="checkboxes">
          {applicable.map(({ id, name, description }, i) => (
            <div class="checkbox" key={id}>
              <input
                type="checkbox"
                id={i === 0 ? fieldId('programmes') : `programme-${id}`}
                checked={draft.programmes.includes(id)}
                onChange={(e) => toggle(id, (e.target as HTMLInputElement).checked)}
              />
              <label for={i === 0 ? fieldId('programmes') : `programme-${id}`}>{name}</label>
              <p class="hint item-hint">{description}</p>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

const consentField = {
  privacy: 'privacy',
  sensitive: 'sensitive',
  economicCheck: 'economicCheck',
} as const;

/** One consent per screen (PIPL art. 29: separate consent for sensitive information). */
export function ConsentStep(
  props: Props & { consent: keyof typeof consentField; notices: ConsentNotices },
) {
  const { draft, errors, text, set, consent, notices } = props;
  const t = notices.texts[consent];
  const path = `consents.${consent}`;
  const error = errorFor(errors, path);
  return (
    <>
      <div class="notice-text">
        {t.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
        {consent === 'privacy' ? (
          <p class="source">
            {text.steps.privacy.version}: {notices.version}
          </p>
        ) : null}
      </div>
      <div class={`field${error ? ' field-error' : ''}`}>
        {error ? (
          <p id={`${fieldId(path)}-error`} class="error-message">
            {error}
          </p>
        ) : null}
        <div class="checkbox">
          <input
            type="checkbox"
            id={fieldId(path)}
            checked={draft.consents[consent]}
            aria-describedby={error ? `${fieldId(path)}-error` : undefined}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              set((d) => ({
                ...d,
                consents: { ...d.consents, [consent]: on, at: new Date().toISOString() },
              }));
            }}
          />
          <label for={fieldId(path)}>{t.agree}</label>
        </div>
      </div>
    </>
  );
}

/**
 * On a later visit with an unfinished draft: go back to the screen left, or start
 * again (which erases the draft). A reload in the same tab opens that screen directly.
 */
export function ResumeOffer(props: {
  text: FirstContent;
  leftAt: number;
  total: number;
  numbersForgotten: boolean;
  onContinue: () => void;
  onRestart: () => void;
}) {
  const { text, leftAt, total, numbersForgotten, onContinue, onRestart } = props;
  const r = text.resume;
  return (
    <section class="panel resume-offer" aria-labelledby="resume-title">
      <h3 id="resume-title">{r.title}</h3>
      <p>{r.leftAt(leftAt, total)}</p>
      {numbersForgotten ? <p>{r.numbersForgotten}</p> : null}
      <div class="button-row">
        <button type="button" class="button" onClick={onContinue}>
          {r.continue}
        </button>
        <button type="button" class="button secondary" onClick={onRestart}>
          {r.restart}
        </button>
      </div>
    </section>
  );
}
