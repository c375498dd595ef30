import { useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';
import {
  contactConsentText,
  contactConsentVersion,
} from '../../../../functions/domain/reports/lead-input.ts';
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
import { Checkboxes, TextArea } from '../staff/fields.tsx';
import type { ReportsContent } from './content/types.ts';
import { newKey, postJson } from './post.ts';

interface Received {
  reference: string;
  accessCode: string;
  replyDueOn: string;
}

/** 投诉举报: to the city bureau, real-name or anonymous, with a reference and code to follow. */
export function ComplaintForm(props: {
  locale: Locale;
  text: ReportsContent;
  townships: readonly Option[];
  followHref: string;
}) {
  const { locale, text, townships, followHref } = props;
  const t = text.complaint;
  const [kind, setKind] = useState('');
  const [township, setTownship] = useState('');
  const [reference, setReference] = useState('');
  const [office, setOffice] = useState('');
  const [what, setWhat] = useState('');
  const [realName, setRealName] = useState('');
  const [name, setName] = useState('');
  const [mobile, setMobile] = useState('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [key, setKey] = useState(newKey);
  const [received, setReceived] = useState<Received | null>(null);

  if (received)
    return (
      <div class="panel confirmation" role="status">
        <h2>{t.doneTitle}</h2>
        <p>
          {t.doneReference}: <strong class="reference">{received.reference}</strong>
        </p>
        <p>
          {t.doneCode}: <strong class="reference">{received.accessCode}</strong>
        </p>
        <p>{t.doneKeep}</p>
        <p>{t.doneReply(received.replyDueOn)}</p>
        <p>
          <a href={followHref}>{t.doneFollow}</a>
        </p>
      </div>
    );

  const subject =
    kind === 'township'
      ? { kind, townshipCode: township }
      : kind === 'case'
        ? { kind, reference }
        : kind === 'office'
          ? { kind, office }
          : {};
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    const body = {
      subject,
      what,
      reporter:
        realName === 'yes'
          ? {
              realName: true,
              name,
              mobile,
              consent: { version: contactConsentVersion, agreed: consent },
            }
          : realName === 'no'
            ? { realName: false }
            : {},
    };
    const result = await postJson<Received>('/api/complaints', body, locale, key);
    setBusy(false);
    if (result.kind === 'ok') {
      setReceived(result.data);
      setKey(newKey());
    } else if (result.kind === 'invalid') {
      setErrors(
        result.errors.map((e) =>
          e.path === 'reporter.consent.agreed' ? { ...e, path: 'reporter.consent' } : e,
        ),
      );
      document.querySelector<HTMLElement>('.error-summary')?.focus();
    } else setProblem(result.kind === 'refused' ? result.title : text.networkError);
  };

  const error = (path: string) => errorFor(errors, path);
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary title={text.errorTitle} errors={errors} fieldId={fieldId} />
      <Radios
        id={fieldId('subject.kind')}
        name="subjectKind"
        legend={t.subjectLegend}
        options={[
          { value: 'township', label: t.subjectTownship },
          { value: 'case', label: t.subjectCase },
          { value: 'office', label: t.subjectOffice },
        ]}
        value={kind}
        error={error('subject.kind') ?? error('subject')}
        onChange={setKind}
      />
      {kind === 'township' ? (
        <Select
          id={fieldId('subject.townshipCode')}
          label={t.township}
          value={township}
          placeholder={text.choose}
          options={townships}
          error={error('subject.townshipCode')}
          onChange={setTownship}
        />
      ) : null}
      {kind === 'case' ? (
        <TextInput
          id={fieldId('subject.reference')}
          label={t.caseReference}
          hint={t.caseHint}
          value={reference}
          error={error('subject.reference')}
          onInput={setReference}
          width="medium"
        />
      ) : null}
      {kind === 'office' ? (
        <TextInput
          id={fieldId('subject.office')}
          label={t.office}
          value={office}
          error={error('subject.office')}
          onInput={setOffice}
        />
      ) : null}
      <TextArea
        id={fieldId('what')}
        label={t.what}
        hint={t.whatHint}
        value={what}
        error={error('what')}
        onInput={setWhat}
      />
      <Radios
        id={fieldId('reporter.realName')}
        name="realName"
        legend={t.realNameLegend}
        hint={t.realNameHint}
        options={[
          { value: 'yes', label: t.realNameYes },
          { value: 'no', label: t.realNameNo },
        ]}
        value={realName}
        error={error('reporter.realName') ?? error('reporter')}
        onChange={setRealName}
      />
      {realName === 'yes' ? (
        <>
          <TextInput
            id={fieldId('reporter.name')}
            label={t.name}
            value={name}
            autoComplete="name"
            error={error('reporter.name')}
            onInput={setName}
            width="medium"
          />
          <TextInput
            id={fieldId('reporter.mobile')}
            label={t.mobile}
            value={mobile}
            inputMode="tel"
            autoComplete="tel"
            error={error('reporter.mobile')}
            onInput={setMobile}
            width="medium"
          />
          <Checkboxes
            id={fieldId('reporter.consent')}
            legend={contactConsentText[locale]}
            options={[{ value: 'agreed', label: t.consent }]}
            value={consent ? ['agreed'] : []}
            error={error('reporter.consent')}
            onChange={(value) => setConsent(value.includes('agreed'))}
          />
        </>
      ) : null}
      {problem ? (
        <p class="panel warning" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" class="button large" disabled={busy}>
        {busy ? text.sending : t.submit}
      </button>
    </form>
  );
}
