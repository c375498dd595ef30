import { useRef, useState } from 'preact/hooks';
import type { Locale, LocalizedText } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import {
  ErrorSummary,
  errorFor,
  fieldId,
  type Option,
  Radios,
  Select,
  TextInput,
} from '../shared/fields.tsx';
import type { StatusContent } from './content/types.ts';
import { DocumentUpload } from './Documents.tsx';

/** A change the recipient reported, as the status API lists it (newest first). */
export interface ReportedChange {
  id: string;
  kind: string;
  kindName: LocalizedText;
  reportedOn: string;
  /** What came of it: the review's outcome once concluded, else where it stands. */
  outcome: LocalizedText;
  concluded: boolean;
}

export const changeKinds = ['income', 'household', 'moved-within', 'moved-away', 'death'] as const;
export type ChangeKind = (typeof changeKinds)[number];

type FieldKind = 'yuan' | 'text' | 'date' | 'township' | 'village';
interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly optional?: boolean;
}

/** What each kind of change asks; the API's schema checks the same (and names the same paths). */
export const changeFields: Record<ChangeKind, readonly FieldSpec[]> = {
  income: [
    { name: 'monthlyIncomeYuan', kind: 'yuan' },
    { name: 'note', kind: 'text' },
  ],
  household: [{ name: 'note', kind: 'text' }],
  'moved-within': [
    { name: 'townshipCode', kind: 'township' },
    { name: 'villageCode', kind: 'village' },
    { name: 'address', kind: 'text', optional: true },
  ],
  'moved-away': [
    { name: 'movedOn', kind: 'date' },
    { name: 'note', kind: 'text', optional: true },
  ],
  death: [
    { name: 'member', kind: 'text' },
    { name: 'diedOn', kind: 'date' },
  ],
};

type Values = Record<string, string>;

/** The details as the API takes them: amounts as numbers, empty optional fields left out. */
export function changeDetails(kind: ChangeKind, values: Values): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const field of changeFields[kind]) {
    const value = (values[field.name] ?? '').trim();
    if (field.optional && value === '') continue;
    details[field.name] = field.kind === 'yuan' && /^\d+$/.test(value) ? Number(value) : value;
  }
  return details;
}

/** Before the review screen: every required field answered (the API checks the rest). */
function missing(kind: ChangeKind | '', values: Values, text: StatusContent): FieldError[] {
  const c = text.changes;
  if (!kind) return [{ path: 'kind', message: c.chooseKind }];
  return changeFields[kind]
    .filter((f) => !f.optional && (values[f.name] ?? '').trim() === '')
    .map((f) => ({ path: `details.${f.name}`, message: c.required(c.fields[f.name] ?? f.name) }));
}

interface Credentials {
  reference: string;
  accessCode: string;
}

export type ReportOutcome = { ok: true; view: unknown } | { ok: false; errors: FieldError[] };

/**
 * 报告情况变化: the recipient says what changed (income, household members, a move
 * within Puning or away, a member's death), may add a document, reads it all back on
 * a review screen, and sends it once; it then lands in the township's review queue.
 */
export function ReportChange(props: {
  text: StatusContent;
  locale: Locale;
  credentials: Credentials;
  townships: readonly Option[];
  villages: Readonly<Record<string, readonly Option[]>>;
  send: (body: Record<string, unknown>, idempotencyKey: string) => Promise<ReportOutcome>;
  onSent: (view: unknown) => void;
}) {
  const { text, locale, credentials, townships, villages, send, onSent } = props;
  const c = text.changes;
  const [kind, setKind] = useState<ChangeKind | ''>('');
  const [values, setValues] = useState<Values>({});
  const [document, setDocument] = useState<{ id: string } | null>(null);
  const [phase, setPhase] = useState<'edit' | 'review'>('edit');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  // One key per report: a second tap or a retry after a lost answer reports it once.
  const key = useRef(`change-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const summary = useRef<HTMLDivElement | null>(null);
  const reviewHeading = useRef<HTMLHeadingElement | null>(null);

  const showErrors = (list: FieldError[]) => {
    setErrors(list);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const toReview = (event: Event) => {
    event.preventDefault();
    const problems = missing(kind, values, text);
    if (problems.length > 0) return showErrors(problems);
    setErrors([]);
    setPhase('review');
    requestAnimationFrame(() => reviewHeading.current?.focus());
  };

  const submit = async () => {
    if (!kind || busy) return;
    setBusy(true);
    const outcome = await send(
      {
        ...credentials,
        kind,
        details: changeDetails(kind, values),
        ...(document ? { documentId: document.id } : {}),
      },
      key.current,
    );
    setBusy(false);
    if (outcome.ok) return onSent(outcome.view);
    // A refused field goes back to its form, with the API's words.
    setPhase('edit');
    showErrors(outcome.errors);
  };

  const set = (name: string) => (value: string) =>
    setValues((v) =>
      name === 'townshipCode'
        ? { ...v, townshipCode: value, villageCode: '' }
        : { ...v, [name]: value },
    );

  const shown = (field: FieldSpec): string => {
    const value = values[field.name] ?? '';
    if (field.kind === 'township') return townships.find((t) => t.value === value)?.label ?? value;
    if (field.kind === 'village')
      return villages[values.townshipCode ?? '']?.find((v) => v.value === value)?.label ?? value;
    if (field.kind === 'yuan' && value) return c.yuan(value);
    return value || c.notGiven;
  };

  const errorSummary = (
    <ErrorSummary
      title={text.errorSummaryTitle}
      errors={errors}
      fieldId={fieldId}
      summaryRef={(element) => {
        summary.current = element;
      }}
    />
  );

  if (phase === 'review' && kind) {
    return (
      <section class="report-change" aria-labelledby="change-review-heading">
        <h3 id="change-review-heading" tabIndex={-1} ref={reviewHeading}>
          {c.reviewTitle}
        </h3>
        {errorSummary}
        <dl class="summary change-review">
          <div class="review-row">
            <dt>{c.kind}</dt>
            <dd>{c.kinds[kind]}</dd>
          </div>
          {changeFields[kind].map((field) => (
            <div class="review-row" key={field.name}>
              <dt>{c.fields[field.name] ?? field.name}</dt>
              <dd>{shown(field)}</dd>
            </div>
          ))}
          <div class="review-row">
            <dt>{c.document}</dt>
            <dd>{document ? c.documentAttached : c.noDocument}</dd>
          </div>
        </dl>
        <p class="hint">{c.reviewHint}</p>
        <div class="button-row">
          <button type="button" class="button large" disabled={busy} onClick={() => void submit()}>
            {busy ? c.sending : c.send}
          </button>
          <button
            type="button"
            class="button secondary"
            disabled={busy}
            onClick={() => setPhase('edit')}
          >
            {c.edit}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section class="report-change" aria-labelledby="change-heading">
      <h3 id="change-heading">{c.title}</h3>
      <p class="hint">{c.intro}</p>
      <form noValidate onSubmit={toReview} id="change-form">
        {errorSummary}
        <Radios
          id={fieldId('kind')}
          name="change-kind"
          legend={c.kind}
          options={changeKinds.map((k) => ({ value: k, label: c.kinds[k], hint: c.kindHints[k] }))}
          value={kind}
          error={errorFor(errors, 'kind')}
          onChange={(k) => setKind(k as ChangeKind)}
        />
        {kind
          ? changeFields[kind].map((field) => {
              const path = `details.${field.name}`;
              const common = {
                id: fieldId(path),
                label: c.fields[field.name] ?? field.name,
                hint: c.fieldHints[`${kind}.${field.name}`] ?? c.fieldHints[field.name],
                error: errorFor(errors, path),
                value: values[field.name] ?? '',
              };
              if (field.kind === 'township')
                return (
                  <Select
                    key={field.name}
                    {...common}
                    placeholder={c.choose}
                    options={townships}
                    onChange={set(field.name)}
                  />
                );
              if (field.kind === 'village')
                return values.townshipCode ? (
                  <Select
                    key={field.name}
                    {...common}
                    placeholder={c.choose}
                    options={villages[values.townshipCode] ?? []}
                    onChange={set(field.name)}
                  />
                ) : null;
              return (
                <TextInput
                  key={field.name}
                  {...common}
                  type={field.kind === 'date' ? 'date' : 'text'}
                  inputMode={field.kind === 'yuan' ? 'numeric' : undefined}
                  width={field.kind === 'text' ? 'full' : 'short'}
                  suffix={field.kind === 'yuan' ? c.yuanSuffix : undefined}
                  onInput={set(field.name)}
                />
              );
            })
          : null}
      </form>
      {kind ? (
        <DocumentUpload
          text={text}
          locale={locale}
          credentials={credentials}
          idPrefix="change-"
          heading={c.documentHeading}
          hint={c.documentHint}
          onUploaded={(id) => setDocument({ id })}
        />
      ) : null}
      {/* After the optional document, yet the change form's own button. */}
      <button type="submit" form="change-form" class="button">
        {c.continue}
      </button>
    </section>
  );
}

/** The changes reported so far and what came of each. */
export function ReportedChanges(props: {
  changes: readonly ReportedChange[];
  locale: Locale;
  text: StatusContent;
}) {
  const { changes, locale, text } = props;
  if (changes.length === 0) return null;
  return (
    <section class="reported-changes" aria-labelledby="reported-changes-heading">
      <h3 id="reported-changes-heading">{text.changes.reported}</h3>
      <ul class="reported-change-list">
        {changes.map((change) => (
          <li key={change.id} class={`card reported-change${change.concluded ? ' concluded' : ''}`}>
            <p class="reported-change-kind">
              <strong>{change.kindName[locale]}</strong>{' '}
              <span class="source">{text.changes.reportedOn(change.reportedOn)}</span>
            </p>
            <p class="reported-change-outcome">{change.outcome[locale]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
