import { useRef, useState } from 'preact/hooks';
import {
  type ChangeReportKind,
  changeReportKindNames,
  changeReportKinds,
  changeReportMessages,
  changeReportSchema,
} from '../../../../functions/domain/application/reported-changes.ts';
import type { Locale, LocalizedText } from '../../../../functions/domain/locale.ts';
import {
  type FieldError,
  toFieldErrors,
} from '../../../../functions/domain/validation/field-errors.ts';
import {
  describedBy,
  ErrorSummary,
  errorFor,
  fieldId,
  HintAndError,
  type Option,
  Radios,
  Select,
} from '../shared/fields.tsx';
import type { StatusContent } from './content/types.ts';
import { DocumentUpload } from './Documents.tsx';

/** A change the recipient reported, as the status API lists it (oldest first). */
export interface ReportedChange {
  id: string;
  kind: string;
  kindName: LocalizedText;
  reportedAt: string;
  /** A move within Puning that changed the responsible township. */
  transferredTo?: { code: string; name: string; nameEn: string };
  concluded: boolean;
  /** Each line reviewed for it, with the review's outcome once concluded. */
  lines: readonly {
    programme: string;
    programmeName: LocalizedText;
    concluded: boolean;
    on?: string;
    outcome?: LocalizedText;
  }[];
}

export const changeKinds = changeReportKinds;
export type ChangeKind = ChangeReportKind;

interface Draft {
  kind: ChangeKind | '';
  description: string;
  /** Only narrows the villages offered; the village names the township. */
  townshipCode: string;
  villageCode: string;
  hukouMoved: boolean;
}

const emptyDraft: Draft = {
  kind: '',
  description: '',
  townshipCode: '',
  villageCode: '',
  hukouMoved: false,
};

type VillageList = readonly Option[] | 'loading' | 'failed';

/**
 * A township's villages, asked of GET /api/townships/{code} when the township is
 * chosen (the divisions data the site uses): the status page itself stays small.
 */
function useVillages() {
  const [state, setState] = useState<Record<string, VillageList>>({});
  const load = (code: string) => {
    if (Array.isArray(state[code]) || state[code] === 'loading') return;
    setState((s) => ({ ...s, [code]: 'loading' }));
    void fetch(`/api/townships/${encodeURIComponent(code)}`)
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const { villages } = (await res.json()) as { villages: { code: string; name: string }[] };
        const options = villages.map((v) => ({ value: v.code, label: v.name }));
        setState((s) => ({ ...s, [code]: options }));
      })
      .catch(() => setState((s) => ({ ...s, [code]: 'failed' })));
  };
  const options = (code: string): readonly Option[] => {
    const list = state[code];
    return Array.isArray(list) ? list : [];
  };
  return { state, load, options };
}

/** The report as the API takes it (changeReportSchema): a move names its village. */
export function changeReport(draft: Draft, documentId: string | null): Record<string, unknown> {
  const description = draft.description.trim();
  return {
    kind: draft.kind,
    ...(description ? { description } : {}),
    ...(draft.kind === 'moved-within'
      ? { movedTo: { villageCode: draft.villageCode, hukouMoved: draft.hukouMoved } }
      : {}),
    ...(documentId ? { documentId } : {}),
  };
}

/** The API's own schema and words, checked before the review screen. */
function problems(report: Record<string, unknown>, locale: Locale): FieldError[] {
  const parsed = changeReportSchema.safeParse(report);
  return parsed.success ? [] : toFieldErrors(parsed.error.issues, locale, changeReportMessages);
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
  send: (body: Record<string, unknown>, idempotencyKey: string) => Promise<ReportOutcome>;
  onSent: (view: unknown) => void;
  onCancel: () => void;
}) {
  const { text, locale, credentials, townships, send, onSent, onCancel } = props;
  const villages = useVillages();
  const c = text.changes;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [phase, setPhase] = useState<'edit' | 'review'>('edit');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  // One key per report: a second tap or a retry after a lost answer reports it once.
  const key = useRef(`change-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const summary = useRef<HTMLDivElement | null>(null);
  const reviewHeading = useRef<HTMLHeadingElement | null>(null);
  const { kind } = draft;
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const showErrors = (list: FieldError[]) => {
    setErrors(list);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const toReview = (event: Event) => {
    event.preventDefault();
    const found = problems(changeReport(draft, documentId), locale);
    if (found.length > 0) return showErrors(found);
    setErrors([]);
    setPhase('review');
    requestAnimationFrame(() => reviewHeading.current?.focus());
  };

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    const outcome = await send({ ...credentials, ...changeReport(draft, documentId) }, key.current);
    setBusy(false);
    if (outcome.ok) return onSent(outcome.view);
    // A refused field goes back to its form, with the API's words.
    setPhase('edit');
    showErrors(outcome.errors);
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
    const township = townships.find((t) => t.value === draft.townshipCode)?.label ?? '';
    const village =
      villages.options(draft.townshipCode).find((v) => v.value === draft.villageCode)?.label ?? '';
    return (
      <section class="report-change" aria-labelledby="change-review-heading">
        <h3 id="change-review-heading" tabIndex={-1} ref={reviewHeading}>
          {c.reviewTitle}
        </h3>
        {errorSummary}
        <dl class="summary change-review">
          <div class="review-row">
            <dt>{c.kind}</dt>
            <dd>{changeReportKindNames[kind][locale]}</dd>
          </div>
          {kind === 'moved-within' ? (
            <>
              <div class="review-row">
                <dt>{c.movedTo}</dt>
                <dd>{`${township} ${village}`}</dd>
              </div>
              <div class="review-row">
                <dt>{c.hukouMoved}</dt>
                <dd>{draft.hukouMoved ? c.yes : c.no}</dd>
              </div>
            </>
          ) : null}
          <div class="review-row">
            <dt>{c.description}</dt>
            <dd class="change-description">{draft.description.trim() || c.notGiven}</dd>
          </div>
          <div class="review-row">
            <dt>{c.document}</dt>
            <dd>{documentId ? c.documentAttached : c.noDocument}</dd>
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

  const descriptionId = fieldId('description');
  const descriptionHint = kind ? c.descriptionHints[kind] : undefined;
  const descriptionError = errorFor(errors, 'description');
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
          options={changeKinds.map((k) => ({
            value: k,
            label: changeReportKindNames[k][locale],
            hint: c.kindHints[k],
          }))}
          value={kind}
          error={errorFor(errors, 'kind')}
          onChange={(k) => {
            update({ kind: k as ChangeKind });
            // Answered: its error goes, and the summary with it when it was the only one.
            setErrors((list) => list.filter((e) => e.path !== 'kind'));
          }}
        />
        {kind === 'moved-within' ? (
          <>
            <Select
              id={fieldId('movedTo.townshipCode')}
              label={c.township}
              placeholder={c.choose}
              options={townships}
              value={draft.townshipCode}
              onChange={(townshipCode) => {
                update({ townshipCode, villageCode: '' });
                if (townshipCode) villages.load(townshipCode);
              }}
            />
            {draft.townshipCode && villages.state[draft.townshipCode] === 'loading' ? (
              <p role="status">{c.loadingVillages}</p>
            ) : null}
            {draft.townshipCode && villages.state[draft.townshipCode] === 'failed' ? (
              <p class="error-message" role="alert">
                {text.networkFailed}
              </p>
            ) : null}
            {draft.townshipCode && Array.isArray(villages.state[draft.townshipCode]) ? (
              <Select
                id={fieldId('movedTo.villageCode')}
                label={c.village}
                hint={c.villageHint}
                placeholder={c.choose}
                options={villages.options(draft.townshipCode)}
                value={draft.villageCode}
                error={errorFor(errors, 'movedTo.villageCode')}
                onChange={(villageCode) => update({ villageCode })}
              />
            ) : null}
            <div class="field">
              <div class="checkbox">
                <input
                  type="checkbox"
                  id={fieldId('movedTo.hukouMoved')}
                  checked={draft.hukouMoved}
                  onChange={(e) => update({ hukouMoved: (e.target as HTMLInputElement).checked })}
                />
                <label for={fieldId('movedTo.hukouMoved')}>{c.hukouMovedOption}</label>
              </div>
            </div>
          </>
        ) : null}
        {kind ? (
          <div class={`field${descriptionError ? ' field-error' : ''}`}>
            <label class="label" for={descriptionId}>
              {c.description}
            </label>
            <HintAndError id={descriptionId} hint={descriptionHint} error={descriptionError} />
            <textarea
              class="textarea"
              id={descriptionId}
              name={descriptionId}
              rows={4}
              maxLength={500}
              value={draft.description}
              aria-invalid={descriptionError ? 'true' : undefined}
              aria-describedby={describedBy(descriptionId, descriptionHint, descriptionError)}
              onInput={(e) => update({ description: (e.target as HTMLTextAreaElement).value })}
            />
          </div>
        ) : null}
      </form>
      {kind ? (
        <DocumentUpload
          text={text}
          locale={locale}
          credentials={credentials}
          idPrefix="change-"
          heading={c.documentHeading}
          hint={c.documentHint}
          onUploaded={setDocumentId}
        />
      ) : null}
      {/* After the optional document, yet the change form's own button. */}
      <div class="button-row">
        <button type="submit" form="change-form" class="button">
          {c.continue}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {c.cancel}
        </button>
      </div>
    </section>
  );
}

/** The changes reported so far, newest first, and what came of each. */
export function ReportedChanges(props: {
  changes: readonly ReportedChange[];
  locale: Locale;
  text: StatusContent;
}) {
  const { changes, locale, text } = props;
  const c = text.changes;
  if (changes.length === 0) return null;
  return (
    <section class="reported-changes" aria-labelledby="reported-changes-heading">
      <h3 id="reported-changes-heading">{c.reported}</h3>
      <ul class="reported-change-list">
        {[...changes].reverse().map((change) => (
          <li
            key={change.id}
            class={`card reported-change${change.concluded ? ' concluded' : ''}`}
            data-kind={change.kind}
          >
            <h4>{change.kindName[locale]}</h4>
            <p class="source">{c.reportedOn(shanghaiDay(change.reportedAt))}</p>
            {change.transferredTo ? (
              <p>
                {c.transferred(
                  locale === 'en' ? change.transferredTo.nameEn : change.transferredTo.name,
                )}
              </p>
            ) : null}
            <dl class="result-summary">
              {change.lines.map((line) => (
                <div class="result-line" key={line.programme}>
                  <dt>{line.programmeName[locale]}</dt>
                  <dd class="reported-change-outcome">
                    {line.outcome ? line.outcome[locale] : c.underReview}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The calendar day in Asia/Shanghai of an instant. */
function shanghaiDay(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}
