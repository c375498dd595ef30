import { useState } from 'preact/hooks';
import type { Locale, LocalizedText } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { ErrorSummary, errorFor, fieldId, type Option, TextInput } from '../shared/fields.tsx';
import type { StatusContent } from './content/types.ts';
import { DocumentUpload } from './Documents.tsx';
import { ReportChange, type ReportedChange, ReportedChanges } from './ReportChange.tsx';
import { type ProgrammeResult, Results } from './Results.tsx';

/** What POST /api/status returns for the applicant (personal data masked). */
export interface StatusView {
  reference: string;
  status: string;
  township: { code: string; name: string; nameEn: string };
  /** Who applied; absent in answers from before agents (= the applicant). */
  submittedBy?: 'self' | 'agent' | 'staff';
  stage: {
    name: LocalizedText;
    dueDate: string;
    workingDaysLeft: number;
    overdue: boolean;
    /** Set when the count ran through a year whose holidays are not published yet. */
    calendarNote?: LocalizedText | null;
  } | null;
  mustDo: LocalizedText | null;
  timeline: readonly { at: string; text: LocalizedText }[];
  undelivered: readonly { channel: 'sms' | 'email'; at: string }[];
  canWithdraw: boolean;
  canAnswer: boolean;
  /** One per programme asked for, with its decision notices (newest first). */
  results?: readonly ProgrammeResult[];
  /** Once a benefit is paid, the recipient may report a change (报告情况变化). */
  canReportChange?: boolean;
  /** The changes reported, newest first, each with what came of it. */
  changes?: readonly ReportedChange[];
  /** Departments the township referred the household to; never the staff's note. */
  referrals?: readonly {
    department: string;
    departmentName: LocalizedText;
    contact: LocalizedText;
    referredOn: string;
  }[];
}

/** Puning's townships, for a move within Puning (from the page; villages on demand). */
export interface Divisions {
  townships: readonly Option[];
}

/** A moment as people in Puning read it: the date and time in Asia/Shanghai. */
function shanghaiTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

interface Credentials {
  reference: string;
  accessCode: string;
}

async function post(
  path: string,
  body: unknown,
  locale: Locale,
  networkFailed: string,
  idempotencyKey?: string,
): Promise<{ ok: true; view: StatusView } | { ok: false; errors: FieldError[]; paused?: boolean }> {
  try {
    const res = await fetch(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': locale,
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
    });
    const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (res.ok) return { ok: true, view: data as unknown as StatusView };
    const errors = Array.isArray(data.errors)
      ? (data.errors as FieldError[])
      : [{ path: '', message: String(data.detail ?? data.title ?? res.statusText) }];
    // 429: too many wrong codes; the error says until when and whom to call.
    return { ok: false, errors, paused: res.status === 429 };
  } catch {
    return { ok: false, errors: [{ path: '', message: networkFailed }] };
  }
}

/**
 * Following an application: the reference and access code go in the request body,
 * never in the URL, and are not kept on the device after the page closes.
 */
export function StatusApp({
  locale,
  text,
  divisions,
}: {
  locale: Locale;
  text: StatusContent;
  divisions: Divisions;
}) {
  const [credentials, setCredentials] = useState<Credentials>({ reference: '', accessCode: '' });
  const [view, setView] = useState<StatusView | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [paused, setPaused] = useState(false);
  const [busy, setBusy] = useState(false);

  const lookUp = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await post('/api/status', credentials, locale, text.networkFailed);
    setBusy(false);
    if (result.ok) {
      setErrors([]);
      setView(result.view);
    } else {
      setErrors(result.errors);
      setPaused(result.paused === true);
    }
  };

  if (view) {
    return (
      <StatusDetails
        view={view}
        text={text}
        locale={locale}
        credentials={credentials}
        divisions={divisions}
        onUpdate={setView}
        onAnother={() => {
          setView(null);
          setCredentials({ reference: '', accessCode: '' });
        }}
      />
    );
  }
  return (
    <form noValidate onSubmit={lookUp}>
      <ErrorSummary
        title={paused ? text.pausedTitle : text.errorSummaryTitle}
        errors={errors}
        fieldId={fieldId}
      />
      <TextInput
        id={fieldId('reference')}
        label={text.reference.label}
        hint={text.reference.hint}
        width="medium"
        value={credentials.reference}
        error={errorFor(errors, 'reference')}
        onInput={(reference) => setCredentials((c) => ({ ...c, reference }))}
      />
      <TextInput
        id={fieldId('accessCode')}
        label={text.accessCode.label}
        hint={text.accessCode.hint}
        width="short"
        value={credentials.accessCode}
        error={errorFor(errors, 'accessCode')}
        onInput={(accessCode) => setCredentials((c) => ({ ...c, accessCode }))}
      />
      <button type="submit" class="button large" disabled={busy}>
        {busy ? text.lookingUp : text.lookUp}
      </button>
    </form>
  );
}

function StatusDetails(props: {
  view: StatusView;
  text: StatusContent;
  locale: Locale;
  credentials: Credentials;
  divisions: Divisions;
  onUpdate: (view: StatusView) => void;
  onAnother: () => void;
}) {
  const { view, text, locale, credentials, divisions, onUpdate, onAnother } = props;
  const [answer, setAnswer] = useState('');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [reporting, setReporting] = useState(false);
  const act = async (path: string, body: Record<string, string>, done: string) => {
    const result = await post(path, { ...credentials, ...body }, locale, text.networkFailed);
    if (result.ok) {
      setErrors([]);
      setNotice(done);
      onUpdate(result.view);
    } else setErrors(result.errors);
  };
  return (
    <div class="status-view">
      <h2 tabIndex={-1}>{view.reference}</h2>
      {notice ? (
        <p role="status" class="panel">
          {notice}
        </p>
      ) : null}
      <ErrorSummary title={text.errorSummaryTitle} errors={errors} fieldId={fieldId} />
      <Results
        results={view.results ?? []}
        reference={view.reference}
        locale={locale}
        text={text}
      />
      <ReportedChanges changes={view.changes ?? []} locale={locale} text={text} />
      {view.canReportChange ? (
        reporting ? (
          <ReportChange
            text={text}
            locale={locale}
            credentials={credentials}
            townships={divisions.townships}
            send={(body, key) => post('/api/status/changes', body, locale, text.networkFailed, key)}
            onCancel={() => setReporting(false)}
            onSent={(next) => {
              setReporting(false);
              setErrors([]);
              setNotice(text.changes.sent);
              onUpdate(next as StatusView);
            }}
          />
        ) : (
          <p>
            <button type="button" class="button secondary" onClick={() => setReporting(true)}>
              {text.changes.title}
            </button>
          </p>
        )
      ) : null}
      <dl class="summary">
        <dt>{text.status}</dt>
        <dd>
          <strong>{text.statuses[view.status] ?? view.status}</strong>
        </dd>
        <dt>{text.township}</dt>
        <dd>{locale === 'en' ? view.township.nameEn : view.township.name}</dd>
        {view.submittedBy && view.submittedBy !== 'self' ? (
          <>
            <dt>{text.submittedBy.label}</dt>
            <dd>{text.submittedBy[view.submittedBy]}</dd>
          </>
        ) : null}
        {view.stage ? (
          <>
            <dt>{text.stage}</dt>
            <dd>
              {view.stage.name[locale]}
              <br />
              {view.stage.overdue
                ? text.overdue(view.stage.dueDate)
                : text.dueBy(view.stage.dueDate, view.stage.workingDaysLeft)}
              {view.stage.calendarNote ? (
                <>
                  <br />
                  <small>{view.stage.calendarNote[locale]}</small>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      {/* Once every programme is decided, each card says what to do instead. */}
      {view.stage || view.mustDo ? (
        <>
          <h3>{text.mustDo}</h3>
          <p>{view.mustDo ? view.mustDo[locale] : text.nothingToDo}</p>
        </>
      ) : null}
      {view.canAnswer ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void act('/api/status/answer', { answer }, text.answer.sent);
          }}
        >
          <h3>{text.answer.title}</h3>
          <TextInput
            id={fieldId('answer')}
            label={text.answer.label}
            hint={text.answer.hint}
            width="full"
            value={answer}
            error={errorFor(errors, 'answer')}
            onInput={setAnswer}
          />
          <button type="submit" class="button">
            {text.answer.send}
          </button>
        </form>
      ) : null}
      {view.canWithdraw ? (
        <DocumentUpload
          text={text}
          locale={locale}
          credentials={credentials}
          onUploaded={() => {
            void post('/api/status', credentials, locale, text.networkFailed).then((r) => {
              if (r.ok) onUpdate(r.view);
            });
          }}
        />
      ) : null}
      {view.referrals?.length ? (
        <section class="referrals" aria-labelledby="status-referrals">
          <h3 id="status-referrals">{text.referrals.title}</h3>
          <p>{text.referrals.intro}</p>
          <ul>
            {view.referrals.map((r, i) => (
              // Referrals only ever grow, in order: the index is a stable key.
              <li key={i}>
                <strong>{r.departmentName[locale]}</strong> ·{' '}
                {text.referrals.referredOn(r.referredOn)}
                <br />
                {r.contact[locale]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.undelivered.length > 0 ? (
        <div class="panel" role="note">
          <h3>{text.undelivered.title}</h3>
          <p>{text.undelivered.body}</p>
        </div>
      ) : null}
      <h3>{text.timeline}</h3>
      <ol class="timeline">
        {view.timeline.map((event) => (
          <li key={`${event.at}-${event.text['zh-CN']}`}>
            <span class="source">
              <time dateTime={event.at}>{shanghaiTime(event.at, locale)}</time>
            </span>{' '}
            {event.text[locale]}
          </li>
        ))}
      </ol>
      {view.canWithdraw ? (
        <details>
          <summary>{text.withdraw.title}</summary>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void act('/api/status/withdraw', { reason }, text.withdraw.done);
            }}
          >
            <TextInput
              id={fieldId('reason')}
              label={text.withdraw.label}
              hint={text.withdraw.hint}
              width="full"
              value={reason}
              error={errorFor(errors, 'reason')}
              onInput={setReason}
            />
            <button type="submit" class="button secondary">
              {text.withdraw.confirm}
            </button>
          </form>
        </details>
      ) : null}
      <p>
        <button type="button" class="link-button" onClick={onAnother}>
          {text.another}
        </button>
      </p>
    </div>
  );
}
