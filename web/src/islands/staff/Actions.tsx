import { useRef, useState } from 'preact/hooks';
import { decisionMessages } from '../../../../functions/domain/application/decide.ts';
import {
  rejectionReasons,
  staffActionMessages,
  staffActionNames,
  staffActionSchemas,
} from '../../../../functions/domain/application/staff-actions.ts';
import type { StaffAction } from '../../../../functions/domain/application/states.ts';
import { addDays, todayInShanghai } from '../../../../functions/domain/dates.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import {
  type FieldError,
  toFieldErrors,
} from '../../../../functions/domain/validation/field-errors.ts';
import { ErrorSummary, Select, TextInput } from '../shared/fields.tsx';
import type { ApiResult, StaffApplicationView } from './api.ts';
import { staffApi } from './api.ts';
import type { StaffContent } from './content/types.ts';
import { Checkboxes, TextArea } from './fields.tsx';
import { townshipOptions } from './format.ts';

/**
 * The actions the state allows, each a small form with its action's fields. Input is
 * checked in the browser with the API's own schema (and the same date rules) before it
 * is sent with the version this page showed; the API checks it all again.
 */
type FieldKind = 'text' | 'textarea' | 'date' | 'yuan' | 'month' | 'township' | 'reasons';
interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly optional?: boolean;
}

const reasonField: FieldSpec = { name: 'reason', kind: 'textarea' };
const noteField: FieldSpec = { name: 'note', kind: 'textarea', optional: true };

export const actionFields: Record<StaffAction, readonly FieldSpec[]> = {
  claim: [],
  assign: [
    { name: 'assigneeId', kind: 'text' },
    { name: 'assigneeName', kind: 'text' },
  ],
  requestInfo: [
    { name: 'message', kind: 'textarea' },
    { name: 'dueOn', kind: 'date' },
  ],
  recordInvestigation: [
    { name: 'visitedOn', kind: 'date' },
    { name: 'findings', kind: 'textarea' },
  ],
  startPublicNotice: [{ name: 'startsOn', kind: 'date' }],
  endPublicNotice: [noteField],
  noticeObjection: [reasonField],
  grantEmergencyAid: [
    { name: 'amountYuan', kind: 'yuan' },
    { name: 'paperworkDueOn', kind: 'date' },
    reasonField,
  ],
  approve: [
    { name: 'monthlyAmountYuan', kind: 'yuan' },
    { name: 'opinion', kind: 'textarea' },
  ],
  reject: [
    { name: 'codes', kind: 'reasons' },
    { name: 'text', kind: 'textarea' },
  ],
  transfer: [{ name: 'toTownship', kind: 'township' }, reasonField],
  extendDeadline: [reasonField],
  confirm: [
    { name: 'monthlyAmountYuan', kind: 'yuan' },
    { name: 'startMonth', kind: 'month' },
  ],
  returnToTownship: [reasonField],
  startGradualExit: [reasonField],
  endGradualExit: [noteField],
};

type Values = Record<string, string | string[]>;

const isStaffAction = (action: string): action is StaffAction => action in actionFields;

/** Sensible starting values: today's date where the act happens today, the agreed amount. */
function initialValues(action: StaffAction, view: StaffApplicationView, today: string): Values {
  const values: Values = {};
  for (const field of actionFields[action]) values[field.name] = field.kind === 'reasons' ? [] : '';
  if (action === 'recordInvestigation') values.visitedOn = today;
  if (action === 'startPublicNotice') values.startsOn = today;
  if (action === 'confirm') {
    const agreed = view.procedure.approval?.monthlyAmountYuan;
    if (agreed !== undefined) values.monthlyAmountYuan = String(agreed);
    values.startMonth = today.slice(0, 7);
  }
  return values;
}

/** The form's values as the action's input: numbers for amounts, optional notes left out. */
function toInput(action: StaffAction, values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of actionFields[action]) {
    const value = values[field.name];
    if (Array.isArray(value)) {
      input[field.name] = value;
      continue;
    }
    const text = (value ?? '').trim();
    if (field.optional && text === '') continue;
    if (field.kind === 'yuan') input[field.name] = /^\d+$/.test(text) ? Number(text) : text || null;
    else input[field.name] = value ?? '';
  }
  return input;
}

/** The date and township rules the API applies (decide.ts), checked before sending. */
function ruleErrors(
  action: StaffAction,
  input: Record<string, unknown>,
  view: StaffApplicationView,
  locale: Locale,
): FieldError[] {
  const today = todayInShanghai(new Date());
  const submittedOn = todayInShanghai(new Date(view.submittedAt));
  const error = (path: string, key: keyof typeof decisionMessages) => [
    { path, message: decisionMessages[key][locale] },
  ];
  const value = (name: string) => String(input[name] ?? '');
  switch (action) {
    case 'requestInfo':
      return value('dueOn') > today ? [] : error('dueOn', 'date.future');
    case 'grantEmergencyAid':
      return value('paperworkDueOn') > today ? [] : error('paperworkDueOn', 'date.future');
    case 'recordInvestigation':
      return value('visitedOn') <= today && value('visitedOn') >= submittedOn
        ? []
        : error('visitedOn', 'date.notFuture');
    case 'startPublicNotice':
      return value('startsOn') >= today && value('startsOn') <= addDays(today, 14)
        ? []
        : error('startsOn', 'date.soon');
    case 'transfer':
      return value('toTownship') === view.township.code ? error('toTownship', 'township.same') : [];
    case 'confirm':
      return value('startMonth') >= submittedOn.slice(0, 7)
        ? []
        : error('startMonth', 'month.tooEarly');
    default:
      return [];
  }
}

export function validate(
  action: StaffAction,
  input: Record<string, unknown>,
  view: StaffApplicationView,
  locale: Locale,
): FieldError[] {
  const parsed = staffActionSchemas[action].safeParse(input);
  const errors = parsed.success
    ? []
    : toFieldErrors(parsed.error.issues, locale, staffActionMessages);
  // The date rules too, for fields that are filled in correctly.
  const rules = ruleErrors(action, input, view, locale).filter(
    (rule) => !errors.some((e) => e.path === rule.path),
  );
  return [...errors, ...rules];
}

export type ActionOutcome =
  | { kind: 'done'; view: StaffApplicationView; action: StaffAction }
  | { kind: 'conflict'; message: string; status?: string }
  | { kind: 'signed-out' };

export function ActionsPanel(props: {
  locale: Locale;
  text: StaffContent;
  view: StaffApplicationView;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const { locale, text, view, onOutcome } = props;
  const actions = view.actions.filter(isStaffAction);
  return (
    <section aria-labelledby="staff-actions" class="staff-section staff-actions">
      <h2 id="staff-actions">{text.actions.heading}</h2>
      {actions.length === 0 ? (
        <p>{text.actions.none}</p>
      ) : (
        <>
          <p class="hint">{text.actions.intro}</p>
          {actions.map((action) => (
            <ActionForm
              key={`${view.version}-${action}`}
              action={action}
              locale={locale}
              text={text}
              view={view}
              onOutcome={onOutcome}
            />
          ))}
        </>
      )}
    </section>
  );
}

function ActionForm(props: {
  action: StaffAction;
  locale: Locale;
  text: StaffContent;
  view: StaffApplicationView;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const { action, locale, text, view, onOutcome } = props;
  const fields = actionFields[action];
  const name = staffActionNames[action][locale];
  const [values, setValues] = useState<Values>(() =>
    initialValues(action, view, todayInShanghai(new Date())),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement | null>(null);
  const idOf = (field: string) => `action-${action}-${field || 'submit'}`;
  const labelOf = (field: string) => text.actions.fields[field]?.label ?? name;
  const errorOf = (field: string) => errors.find((e) => e.path === field)?.message;

  const showErrors = (list: FieldError[]) => {
    setErrors(list);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const input = toInput(action, values);
    const problems = validate(action, input, view, locale);
    if (problems.length > 0) return showErrors(problems);
    setBusy(true);
    const result: ApiResult<StaffApplicationView> = await staffApi<StaffApplicationView>(
      `/api/staff/applications/${encodeURIComponent(view.reference)}/actions/${action}`,
      locale,
      { method: 'POST', body: { version: view.version, input } },
    );
    setBusy(false);
    switch (result.kind) {
      case 'ok':
        setErrors([]);
        return onOutcome({ kind: 'done', view: result.data, action });
      case 'invalid':
        return showErrors(
          (result.errors.length ? result.errors : [{ path: '', message: result.message }]).map(
            (e) => ({
              path: e.path.startsWith('input.') ? e.path.slice('input.'.length) : '',
              message: e.message,
            }),
          ),
        );
      case 'conflict':
        return onOutcome({
          kind: 'conflict',
          message: result.message,
          ...(result.current ? { status: result.current.status } : {}),
        });
      case 'signed-out':
        return onOutcome({ kind: 'signed-out' });
      default:
        return showErrors([{ path: '', message: result.message }]);
    }
  };

  const set = (field: string) => (value: string | string[]) =>
    setValues((v) => ({ ...v, [field]: value }));

  const form = (
    <form noValidate onSubmit={(e) => void submit(e)} class="action-form">
      <ErrorSummary
        title={text.errorSummaryTitle}
        errors={errors.map((e) => ({
          path: e.path,
          message: e.path ? `${labelOf(e.path)}${text.sep}${e.message}` : e.message,
        }))}
        fieldId={idOf}
        summaryRef={(element) => {
          summary.current = element;
        }}
      />
      {fields.map((field) => {
        const id = idOf(field.name);
        const words = text.actions.fields[field.name] ?? { label: field.name };
        const common = { id, hint: words.hint, error: errorOf(field.name) };
        const value = values[field.name];
        const text_ = typeof value === 'string' ? value : '';
        switch (field.kind) {
          case 'textarea':
            return (
              <TextArea
                key={field.name}
                {...common}
                label={words.label}
                value={text_}
                onInput={set(field.name)}
              />
            );
          case 'reasons':
            return (
              <Checkboxes
                key={field.name}
                {...common}
                legend={words.label}
                options={Object.entries(rejectionReasons).map(([code, label]) => ({
                  value: code,
                  label: label[locale],
                }))}
                value={Array.isArray(value) ? value : []}
                onChange={set(field.name)}
              />
            );
          case 'township':
            return (
              <Select
                key={field.name}
                {...common}
                label={words.label}
                placeholder={text.actions.chooseTownship}
                options={townshipOptions(locale).filter((t) => t.value !== view.township.code)}
                value={text_}
                onChange={set(field.name)}
              />
            );
          default:
            return (
              <TextInput
                key={field.name}
                {...common}
                label={words.label}
                type={field.kind === 'date' ? 'date' : 'text'}
                inputMode={field.kind === 'yuan' ? 'numeric' : undefined}
                width={field.kind === 'text' ? 'medium' : 'short'}
                suffix={field.kind === 'yuan' ? (locale === 'en' ? 'yuan' : '元') : undefined}
                value={text_}
                onInput={set(field.name)}
              />
            );
        }
      })}
      <button type="submit" class="button" id={idOf('')} disabled={busy}>
        {busy ? text.actions.working : fields.length === 0 ? name : text.actions.submit(name)}
      </button>
    </form>
  );

  // An action without input is one button; the others open their form.
  if (fields.length === 0) return <div class="action-direct">{form}</div>;
  return (
    <details class="action">
      <summary>{name}</summary>
      {form}
    </details>
  );
}
