import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../../../functions/domain/locale.ts';
import { difficultyNames } from '../../../../../functions/domain/reports/lead-input.ts';
import type { FieldError } from '../../../../../functions/domain/validation/field-errors.ts';
import { errorFor, fieldId, Radios, TextInput } from '../../shared/fields.tsx';
import { staffApi } from '../api.ts';
import type { ReportsConsoleContent } from '../content/reports-types.ts';
import { TextArea } from '../fields.tsx';

/** A lead as GET /api/staff/leads/{reference} answers it (routes/staff-reports.ts). */
interface LeadView {
  reference: string;
  version: number;
  state: 'received' | 'visited' | 'closed';
  receivedOn: string;
  dueOn: string;
  townshipName: string;
  townshipNameEn: string;
  villageName: string;
  categories: (keyof typeof difficultyNames)[];
  description: string;
  personName?: string;
  reporterLeftContact: boolean;
  reporterTold: boolean;
  visit?: { visitedOn: string; note: string; by: { name: string } };
  outcome?: {
    kind: 'application-started' | 'referred' | 'no-need';
    applicationReference?: string;
    referredTo?: string;
    note?: string;
  };
  mayRecordVisit: boolean;
  mayRecordOutcome: boolean;
}

interface ComplaintView {
  reference: string;
  version: number;
  state: 'received' | 'in-handling' | 'answered';
  receivedOn: string;
  dueOn: string;
  subject: {
    kind: 'township' | 'case' | 'office';
    townshipCode?: string;
    reference?: string;
    office?: string;
  };
  subjectTownshipName?: string;
  what: string;
  reporter?: { name: string; mobile: string };
  handling: { at: string; note: string; by: { name: string } }[];
  reply?: { at: string; text: string };
  reporterTold: boolean;
  mayAct: boolean;
}

/** Sends an action; field errors for the form, or a message for the page. */
function useAction<T>(locale: Locale, onDone: (view: T) => void) {
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState('');
  const send = async (path: string, version: number, input: object) => {
    setErrors([]);
    setMessage('');
    const result = await staffApi<T>(path, locale, { method: 'POST', body: { version, input } });
    if (result.kind === 'ok') onDone(result.data);
    else if (result.kind === 'invalid')
      setErrors(result.errors.map((e) => ({ ...e, path: e.path.replace(/^input\./, '') })));
    else setMessage('message' in result ? result.message : '');
  };
  return { errors, message, send };
}

export function LeadDetail(props: {
  locale: Locale;
  words: ReportsConsoleContent;
  reference: string;
  onChanged: () => void;
}) {
  const { locale, words, reference } = props;
  const w = words.lead;
  const [lead, setLead] = useState<LeadView | null>(null);
  const [visitedOn, setVisitedOn] = useState('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const [applicationReference, setApplicationReference] = useState('');
  const [referredTo, setReferredTo] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction<LeadView>(locale, (view) => {
    setLead(view);
    setNote('');
    setSaved(true);
    props.onChanged();
  });

  useEffect(() => {
    void staffApi<LeadView>(`/api/staff/leads/${reference}`, locale).then(
      (r) => r.kind === 'ok' && setLead(r.data),
    );
  }, [reference, locale]);
  if (!lead) return <p role="status">…</p>;

  const error = (path: string) => errorFor(action.errors, path);
  return (
    <section aria-labelledby="lead-heading">
      <h2 id="lead-heading">
        {lead.reference} · {words.leadStates[lead.state]}
      </h2>
      {saved ? (
        <p class="panel" role="status">
          {words.saved}
        </p>
      ) : null}
      <dl class="staff-facts">
        <dt>{words.columns.village}</dt>
        <dd>
          {locale === 'en' ? lead.townshipNameEn : lead.townshipName} {lead.villageName}
        </dd>
        <dt>{words.columns.categories}</dt>
        <dd>{lead.categories.map((k) => difficultyNames[k][locale]).join('、')}</dd>
        <dt>{w.description}</dt>
        <dd>{lead.description}</dd>
        <dt>{w.personName}</dt>
        <dd>{lead.personName ?? w.unknownName}</dd>
        <dt>{w.reporter}</dt>
        <dd>
          {lead.reporterLeftContact ? w.reporterLeft : w.reporterNone}
          {lead.reporterTold ? ` · ${w.reporterTold}` : ''}
        </dd>
        <dt>{words.columns.received}</dt>
        <dd>{lead.receivedOn}</dd>
        <dt>{words.columns.due}</dt>
        <dd>{lead.dueOn}</dd>
        {lead.visit ? (
          <>
            <dt>{w.visit}</dt>
            <dd>
              {lead.visit.visitedOn} · {lead.visit.by.name}：{lead.visit.note}
            </dd>
          </>
        ) : null}
        {lead.outcome ? (
          <>
            <dt>{w.outcome}</dt>
            <dd>
              {words.outcomes[lead.outcome.kind]}
              {lead.outcome.applicationReference ? ` ${lead.outcome.applicationReference}` : ''}
              {lead.outcome.referredTo ? ` ${lead.outcome.referredTo}` : ''}
              {lead.outcome.note ? `：${lead.outcome.note}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {action.message ? (
        <p class="panel warning" role="alert">
          {action.message}
        </p>
      ) : null}
      {lead.mayRecordVisit ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void action.send(`/api/staff/leads/${lead.reference}/visit`, lead.version, {
              visitedOn,
              note,
            });
          }}
        >
          <h3>{w.recordVisit}</h3>
          <TextInput
            id={fieldId('visitedOn')}
            type="date"
            label={w.visitedOn}
            value={visitedOn}
            error={error('visitedOn')}
            onInput={setVisitedOn}
            width="medium"
          />
          <TextArea
            id={fieldId('note')}
            label={w.note}
            value={note}
            error={error('note')}
            onInput={setNote}
          />
          <button type="submit" class="button">
            {w.recordVisit}
          </button>
        </form>
      ) : null}
      {lead.mayRecordOutcome ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void action.send(`/api/staff/leads/${lead.reference}/outcome`, lead.version, {
              outcome,
              ...(outcome === 'application-started' ? { applicationReference } : {}),
              ...(outcome === 'referred' ? { referredTo } : {}),
              ...(note.trim() || outcome === 'no-need' ? { note } : {}),
            });
          }}
        >
          <h3>{w.recordOutcome}</h3>
          <Radios
            id={fieldId('outcome')}
            name="outcome"
            legend={w.outcome}
            options={(['application-started', 'referred', 'no-need'] as const).map((k) => ({
              value: k,
              label: words.outcomes[k],
            }))}
            value={outcome}
            error={error('outcome') ?? error('')}
            onChange={setOutcome}
          />
          {outcome === 'application-started' ? (
            <TextInput
              id={fieldId('applicationReference')}
              label={w.applicationReference}
              value={applicationReference}
              error={error('applicationReference')}
              onInput={setApplicationReference}
              width="medium"
            />
          ) : null}
          {outcome === 'referred' ? (
            <TextInput
              id={fieldId('referredTo')}
              label={w.referredTo}
              value={referredTo}
              error={error('referredTo')}
              onInput={setReferredTo}
            />
          ) : null}
          <TextArea
            id={fieldId('note')}
            label={w.note}
            value={note}
            error={error('note')}
            onInput={setNote}
          />
          <button type="submit" class="button">
            {w.recordOutcome}
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function ComplaintDetail(props: {
  locale: Locale;
  words: ReportsConsoleContent;
  reference: string;
  onChanged: () => void;
}) {
  const { locale, words, reference } = props;
  const w = words.complaint;
  const [complaint, setComplaint] = useState<ComplaintView | null>(null);
  const [note, setNote] = useState('');
  const [reply, setReply] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction<ComplaintView>(locale, (view) => {
    setComplaint(view);
    setNote('');
    setSaved(true);
    props.onChanged();
  });
  useEffect(() => {
    void staffApi<ComplaintView>(`/api/staff/complaints/${reference}`, locale).then(
      (r) => r.kind === 'ok' && setComplaint(r.data),
    );
  }, [reference, locale]);
  if (!complaint) return <p role="status">…</p>;
  const subject =
    complaint.subject.kind === 'township'
      ? complaint.subjectTownshipName
      : complaint.subject.kind === 'case'
        ? complaint.subject.reference
        : complaint.subject.office;
  const error = (path: string) => errorFor(action.errors, path);
  return (
    <section aria-labelledby="complaint-heading">
      <h2 id="complaint-heading">
        {complaint.reference} · {words.complaintStates[complaint.state]}
      </h2>
      {saved ? (
        <p class="panel" role="status">
          {words.saved}
        </p>
      ) : null}
      <dl class="staff-facts">
        <dt>{words.columns.subject}</dt>
        <dd>
          {words.subjects[complaint.subject.kind]}：{subject}
        </dd>
        <dt>{w.what}</dt>
        <dd>{complaint.what}</dd>
        <dt>{w.reporter}</dt>
        <dd>
          {complaint.reporter
            ? `${complaint.reporter.name} ${complaint.reporter.mobile}`
            : w.anonymous}
        </dd>
        <dt>{words.columns.received}</dt>
        <dd>{complaint.receivedOn}</dd>
        <dt>{words.columns.due}</dt>
        <dd>{complaint.dueOn}</dd>
        {complaint.handling.length > 0 ? (
          <>
            <dt>{w.handling}</dt>
            <dd>
              <ul>
                {complaint.handling.map((h) => (
                  <li key={h.at}>
                    {h.at.slice(0, 10)} · {h.by.name}：{h.note}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {complaint.reply ? (
          <>
            <dt>{w.reply}</dt>
            <dd>{complaint.reply.text}</dd>
          </>
        ) : null}
      </dl>
      {action.message ? (
        <p class="panel warning" role="alert">
          {action.message}
        </p>
      ) : null}
      {complaint.mayAct ? (
        <>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void action.send(
                `/api/staff/complaints/${complaint.reference}/handling`,
                complaint.version,
                {
                  note,
                },
              );
            }}
          >
            <TextArea
              id={fieldId('note')}
              label={w.addHandling}
              value={note}
              error={error('note')}
              onInput={setNote}
            />
            <button type="submit" class="button secondary">
              {w.addHandling}
            </button>
          </form>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void action.send(
                `/api/staff/complaints/${complaint.reference}/reply`,
                complaint.version,
                {
                  reply,
                },
              );
            }}
          >
            <TextArea
              id={fieldId('reply')}
              label={w.reply}
              hint={w.replyHint}
              value={reply}
              error={error('reply')}
              onInput={setReply}
            />
            <button type="submit" class="button">
              {w.sendReply}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
