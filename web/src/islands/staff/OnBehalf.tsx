import { useEffect, useState } from 'preact/hooks';
import { consentVersion } from '../../../../functions/domain/application/consent-texts.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { ErrorSummary, errorFor, fieldId, Radios, Select, TextInput } from '../shared/fields.tsx';
import { type Me, staffApi } from './api.ts';
import { consolePath } from './auth.ts';
import type { StaffContent } from './content/types.ts';
import { Checkboxes, TextArea } from './fields.tsx';
import { townshipLabel } from './format.ts';

interface Submitted {
  readonly reference: string;
  readonly accessCode: string;
}

const empty = {
  name: '',
  idNumber: '',
  mobile: '',
  villageCode: '',
  address: '',
  description: '',
  occurredOn: '',
  neededNow: '',
  consents: [] as string[],
  way: '',
  witnessName: '',
  guardianName: '',
  guardianRelationship: '',
  note: '',
};
type Form = typeof empty;

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * The shortcut for emergency help asked alone (the full application for any programme is
 * ./OnBehalfFull.tsx): emergency help asked
 * alone — help first, the household details later (普民〔2021〕77号 二(六)) — with how
 * the person consented. The API checks the same schema as the public form, and that
 * the person lives within this staff member's village or township.
 */
export function OnBehalf(props: {
  locale: Locale;
  text: StaffContent;
  me: Me;
  onSubmitted: () => void;
}) {
  const { locale, text, me, onSubmitted } = props;
  const t = text.onBehalf;
  const township = me.township?.code ?? '';
  const [form, setForm] = useState<Form>({ ...empty, villageCode: me.village?.code ?? '' });
  const [villages, setVillages] = useState<{ value: string; label: string }[]>([]);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState('');
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<(Submitted & { signedForm: boolean }) | null>(null);

  // A township-wide assistant or officer chooses the village; a village's assistant has one.
  useEffect(() => {
    if (me.village || !township) return;
    void fetch(`/api/townships/${township}`, { headers: { 'Accept-Language': locale } })
      .then((res) => (res.ok ? res.json() : { villages: [] }))
      .then((data: { villages?: { code: string; name: string }[] }) =>
        setVillages((data.villages ?? []).map((v) => ({ value: v.code, label: v.name }))),
      )
      .catch(() => setVillages([]));
  }, [me.village, township, locale]);

  const set = (changes: Partial<Form>) => setForm((f) => ({ ...f, ...changes }));
  const input = (key: keyof Omit<Form, 'consents'>, path: string) => ({
    id: fieldId(path),
    value: form[key] as string,
    error: errorFor(errors, path),
    onInput: (value: string) => set({ [key]: value }),
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    setWorking(true);
    setMessage('');
    const body = {
      application: {
        programmes: ['temporary-emergency'],
        consent: {
          version: consentVersion,
          privacy: form.consents.includes('privacy') || undefined,
          sensitive: form.consents.includes('sensitive') || undefined,
          consentedAt: new Date().toISOString(),
        },
        applicant: {
          name: form.name,
          idNumber: form.idNumber,
          mobile: optional(form.mobile),
        },
        residence: { townshipCode: township, villageCode: form.villageCode, address: form.address },
        emergency: {
          description: form.description,
          occurredOn: form.occurredOn,
          townshipCode: township,
          neededNow: optional(form.neededNow),
        },
      },
      consentRecord: {
        way: form.way || undefined,
        witnessName: form.way === 'oral-witnessed' ? optional(form.witnessName) : undefined,
        guardianName: form.way === 'guardian' ? optional(form.guardianName) : undefined,
        guardianRelationship:
          form.way === 'guardian' ? optional(form.guardianRelationship) : undefined,
        note: optional(form.note),
      },
    };
    const result = await staffApi<Submitted>('/api/staff/applications', locale, {
      method: 'POST',
      body,
    });
    setWorking(false);
    if (result.kind === 'ok') {
      setErrors([]);
      setDone({ ...result.data, signedForm: form.way === 'signed-form' });
      setForm({ ...empty, villageCode: me.village?.code ?? '' });
      onSubmitted();
      return;
    }
    if (result.kind === 'invalid') {
      setErrors(result.errors);
      setMessage(result.errors.length === 0 ? result.message : '');
      return;
    }
    setErrors([]);
    setMessage('message' in result ? result.message : '');
  };

  return (
    <section aria-labelledby="on-behalf" class="staff-section">
      <h2 id="on-behalf">{t.heading}</h2>
      <p>{t.intro}</p>
      {done ? <SubmittedPanel locale={locale} text={text} done={done} /> : null}
      <form noValidate onSubmit={submit} class="on-behalf-form">
        <ErrorSummary title={text.errorSummaryTitle} errors={errors} fieldId={fieldId} />
        {message ? <p class="panel warning">{message}</p> : null}
        <p>
          {text.who.township}
          {text.sep}
          {townshipLabel(township, locale)}
        </p>
        {me.village ? (
          <p>
            {t.village}
            {text.sep}
            {me.village.name}
          </p>
        ) : (
          <Select
            id={fieldId('application.residence.villageCode')}
            label={t.village}
            placeholder={t.chooseVillage}
            options={villages}
            value={form.villageCode}
            error={errorFor(errors, 'application.residence.villageCode')}
            onChange={(villageCode) => set({ villageCode })}
          />
        )}
        <TextInput {...input('name', 'application.applicant.name')} label={t.name} />
        <TextInput {...input('idNumber', 'application.applicant.idNumber')} label={t.idNumber} />
        <TextInput
          {...input('mobile', 'application.applicant.mobile')}
          label={t.mobile.label}
          hint={t.mobile.hint}
          inputMode="tel"
        />
        <TextInput
          {...input('address', 'application.residence.address')}
          label={t.address}
          width="full"
        />
        <TextArea
          {...input('description', 'application.emergency.description')}
          label={t.emergency.description}
        />
        <TextInput
          {...input('occurredOn', 'application.emergency.occurredOn')}
          label={t.emergency.occurredOn}
        />
        <TextInput
          {...input('neededNow', 'application.emergency.neededNow')}
          label={t.emergency.neededNow}
          width="full"
        />
        <Checkboxes
          id={fieldId('application.consent.privacy')}
          legend={t.consents.legend}
          hint={t.consents.hint}
          options={[
            { value: 'privacy', label: t.consents.privacy },
            { value: 'sensitive', label: t.consents.sensitive },
          ]}
          value={form.consents}
          error={
            errorFor(errors, 'application.consent.privacy') ??
            errorFor(errors, 'application.consent.sensitive')
          }
          onChange={(consents) => set({ consents })}
        />
        <Radios
          id={fieldId('consentRecord.way')}
          name="consent-way"
          legend={t.consentWay.legend}
          options={t.consentWay.options}
          value={form.way}
          error={errorFor(errors, 'consentRecord.way')}
          onChange={(way) => set({ way })}
        >
          {form.way === 'oral-witnessed' ? (
            <div class="conditional">
              <TextInput
                {...input('witnessName', 'consentRecord.witnessName')}
                label={t.consentWay.witnessName}
              />
            </div>
          ) : null}
          {form.way === 'guardian' ? (
            <div class="conditional">
              <TextInput
                {...input('guardianName', 'consentRecord.guardianName')}
                label={t.consentWay.guardianName}
              />
              <TextInput
                {...input('guardianRelationship', 'consentRecord.guardianRelationship')}
                label={t.consentWay.guardianRelationship}
              />
            </div>
          ) : null}
        </Radios>
        <TextInput
          {...input('note', 'consentRecord.note')}
          label={t.consentWay.note}
          width="full"
        />
        <button type="submit" class="button" disabled={working}>
          {working ? t.working : t.submit}
        </button>
      </form>
    </section>
  );
}

/** The reference and code of an application just submitted for someone, shown once. */
export function SubmittedPanel(props: {
  locale: Locale;
  text: StaffContent;
  done: Submitted & { signedForm: boolean };
}) {
  const { locale, done } = props;
  const t = props.text.onBehalf;
  return (
    <div class="panel" role="status">
      <h3>{t.done.title}</h3>
      <dl class="summary">
        <dt>{t.done.reference}</dt>
        <dd>
          <strong class="reference">{done.reference}</strong>
        </dd>
        <dt>{t.done.accessCode}</dt>
        <dd>
          <strong class="reference">{done.accessCode}</strong>
        </dd>
      </dl>
      <p>{t.done.handOver}</p>
      {done.signedForm ? <p>{t.done.signedForm}</p> : null}
      <p>
        <a
          href={`${consolePath(locale, '/staff/application/')}?ref=${encodeURIComponent(done.reference)}`}
        >
          {t.done.open}
        </a>
      </p>
    </div>
  );
}
