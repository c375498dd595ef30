import { useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';
import {
  contactConsentText,
  contactConsentVersion,
  difficultyCategories,
  difficultyNames,
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
  township: { name: string; nameEn: string };
  visitDueOn: string;
  willBeTold: boolean;
}

/** 报告困难群众线索: where, what, who (if known), and a contact only if the reporter wants. */
export function LeadForm(props: {
  locale: Locale;
  text: ReportsContent;
  townships: readonly Option[];
  villages: Readonly<Record<string, readonly Option[]>>;
}) {
  const { locale, text, townships, villages } = props;
  const t = text.lead;
  const [township, setTownship] = useState('');
  const [village, setVillage] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [personName, setPersonName] = useState('');
  const [contact, setContact] = useState('');
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
          {t.doneTownship}: {locale === 'en' ? received.township.nameEn : received.township.name}
        </p>
        <p>{t.doneVisit(received.visitDueOn)}</p>
        <p>{received.willBeTold ? t.doneTold : t.doneNotTold}</p>
      </div>
    );

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    const body = {
      place: { townshipCode: township, villageCode: village },
      difficulty: { categories, description },
      ...(personName.trim() ? { personName } : {}),
      reporter:
        contact === 'yes'
          ? {
              leaveContact: true,
              mobile,
              consent: { version: contactConsentVersion, agreed: consent },
            }
          : contact === 'no'
            ? { leaveContact: false }
            : {},
    };
    const result = await postJson<Received>('/api/leads', body, locale, key);
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
      <p class="panel warning">{t.emergency}</p>
      <ErrorSummary title={text.errorTitle} errors={errors} fieldId={fieldId} />
      <fieldset class="field-group">
        <legend class="legend">{t.placeLegend}</legend>
        <Select
          id={fieldId('place.townshipCode')}
          label={t.township}
          value={township}
          placeholder={text.choose}
          options={townships}
          error={error('place.townshipCode')}
          onChange={(value) => {
            setTownship(value);
            setVillage('');
          }}
        />
        <Select
          id={fieldId('place.villageCode')}
          label={t.village}
          hint={t.villageHint}
          value={village}
          placeholder={text.choose}
          options={villages[township] ?? []}
          error={error('place.villageCode')}
          onChange={setVillage}
        />
      </fieldset>
      <Checkboxes
        id={fieldId('difficulty.categories')}
        legend={t.categories}
        hint={t.categoriesHint}
        options={difficultyCategories.map((c) => ({ value: c, label: difficultyNames[c][locale] }))}
        value={categories}
        error={error('difficulty.categories')}
        onChange={setCategories}
      />
      <TextArea
        id={fieldId('difficulty.description')}
        label={t.description}
        hint={t.descriptionHint}
        value={description}
        error={error('difficulty.description')}
        onInput={setDescription}
      />
      <TextInput
        id={fieldId('personName')}
        label={t.personName}
        hint={t.personNameHint}
        value={personName}
        error={error('personName')}
        onInput={setPersonName}
        width="medium"
      />
      <Radios
        id={fieldId('reporter.leaveContact')}
        name="leaveContact"
        legend={t.contactLegend}
        options={[
          { value: 'no', label: t.contactNo },
          { value: 'yes', label: t.contactYes },
        ]}
        value={contact}
        error={error('reporter.leaveContact') ?? error('reporter')}
        onChange={setContact}
      />
      {contact === 'yes' ? (
        <>
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
