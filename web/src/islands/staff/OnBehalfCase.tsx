import { useState } from 'preact/hooks';
import { agentRelationshipNames } from '../../../../functions/domain/application/on-behalf.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { ErrorSummary, errorFor, fieldId, Radios, TextInput } from '../shared/fields.tsx';
import { type Me, type StaffApplicationView, staffApi } from './api.ts';
import type { StaffContent } from './content/types.ts';
import { TextArea } from './fields.tsx';
import { shanghaiTime } from './format.ts';

/**
 * Who applied for the person and how their consent is on record (an agent's written
 * authorisation, or staff with a signed form, a witness or a guardian), and the
 * relatives-of-staff mark (57号 第十一条, 第二十条) with its two staff steps: declaring
 * the tie (township or city) and the city's own home visit.
 */
export function SubmitterPanel(props: {
  view: StaffApplicationView;
  locale: Locale;
  text: StaffContent;
}) {
  const { view, locale, text } = props;
  const t = text.submitter;
  const agent = view.application.agent;
  const rows: { label: string; value: string }[] = [
    { label: t.heading, value: t.by[view.submitter.by] },
    ...(view.submitter.by === 'staff'
      ? [{ label: text.who.name, value: view.submitter.name }]
      : []),
    ...(agent
      ? [
          { label: t.agent.name, value: agent.name },
          {
            label: t.agent.relationship,
            value: agentRelationshipNames[agent.relationship][locale],
          },
          { label: t.agent.mobile, value: agent.mobile },
          ...(agent.idNumber ? [{ label: t.agent.idNumber, value: agent.idNumber }] : []),
        ]
      : []),
    { label: t.consent, value: view.consentSummary[locale] },
  ];
  return (
    <section aria-labelledby="app-submitter" class="staff-section">
      <h2 id="app-submitter">{t.heading}</h2>
      <dl class="summary">
        {rows.map((row) => (
          <div class="review-row" key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function RelativePanel(props: {
  view: StaffApplicationView;
  me: Me;
  locale: Locale;
  text: StaffContent;
  onChanged: (view: StaffApplicationView) => void;
  signedOut: () => void;
}) {
  const { view, me, locale, text, onChanged, signedOut } = props;
  const t = text.relative;
  const [form, setForm] = useState({
    position: '',
    staffName: '',
    relationship: '',
    visitedOn: '',
    findings: '',
  });
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState('');
  const decides =
    (me.role === 'township-reviewer' || me.role === 'city-reviewer') && !view.readOnly;
  const relative = view.staffRelative;
  const set = (changes: Partial<typeof form>) => setForm((f) => ({ ...f, ...changes }));

  const post = async (path: string, input: Record<string, string>) => {
    const result = await staffApi<StaffApplicationView>(
      `/api/staff/applications/${encodeURIComponent(view.reference)}/${path}`,
      locale,
      { method: 'POST', body: { version: view.version, input } },
    );
    if (result.kind === 'ok') {
      setErrors([]);
      setMessage('');
      onChanged(result.data);
    } else if (result.kind === 'signed-out') signedOut();
    else if (result.kind === 'invalid') {
      setErrors(result.errors);
      setMessage(result.errors.length === 0 ? result.message : '');
    } else setMessage(result.message);
  };

  if (!relative && !decides) return null;
  return (
    <section aria-labelledby="app-relative" class="staff-section">
      <h2 id="app-relative">{t.heading}</h2>
      <ErrorSummary title={text.errorSummaryTitle} errors={errors} fieldId={fieldId} />
      {message ? <p class="panel warning">{message}</p> : null}
      {relative ? (
        <>
          <p class="panel warning">
            <strong>{t.flag}</strong> {t.marked}
          </p>
          <dl class="summary">
            <div class="review-row">
              <dt>{t.position.legend}</dt>
              <dd>
                {t.position.options.find((o) => o.value === relative.position)?.label} ·{' '}
                {relative.staffName} · {relative.relationship} ({t.declaredBy[relative.declaredBy]})
              </dd>
            </div>
            <div class="review-row">
              <dt>{t.cityVisit.heading}</dt>
              <dd>
                {view.cityVisit
                  ? `${view.cityVisit.visitedOn} · ${view.cityVisit.staff.name} · ${shanghaiTime(view.cityVisit.at)}`
                  : t.cityVisit.none}
              </dd>
            </div>
          </dl>
          {me.role === 'city-reviewer' && !view.cityVisit && !view.readOnly ? (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void post('city-visit', { visitedOn: form.visitedOn, findings: form.findings });
              }}
            >
              <TextInput
                id={fieldId('input.visitedOn')}
                label={t.cityVisit.visitedOn}
                value={form.visitedOn}
                error={errorFor(errors, 'input.visitedOn')}
                onInput={(visitedOn) => set({ visitedOn })}
              />
              <TextArea
                id={fieldId('input.findings')}
                label={t.cityVisit.findings}
                value={form.findings}
                error={errorFor(errors, 'input.findings')}
                onInput={(findings) => set({ findings })}
              />
              <button type="submit" class="button secondary">
                {t.cityVisit.record}
              </button>
            </form>
          ) : null}
        </>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void post('staff-relative', {
              position: form.position,
              staffName: form.staffName,
              relationship: form.relationship,
            });
          }}
        >
          <Radios
            id={fieldId('input.position')}
            name="relative-position"
            legend={t.position.legend}
            options={t.position.options}
            value={form.position}
            error={errorFor(errors, 'input.position')}
            onChange={(position) => set({ position })}
          />
          <TextInput
            id={fieldId('input.staffName')}
            label={t.staffName}
            value={form.staffName}
            error={errorFor(errors, 'input.staffName')}
            onInput={(staffName) => set({ staffName })}
          />
          <TextInput
            id={fieldId('input.relationship')}
            label={t.relationship}
            value={form.relationship}
            error={errorFor(errors, 'input.relationship')}
            onInput={(relationship) => set({ relationship })}
          />
          <button type="submit" class="button secondary">
            {t.declare}
          </button>
        </form>
      )}
    </section>
  );
}
