import { useRef, useState } from 'preact/hooks';
import { decisionMessages } from '../../../../functions/domain/application/decide.ts';
import {
  aidFormNames,
  careLevelNames,
  supportFormNames,
} from '../../../../functions/domain/application/notices.ts';
import {
  referralNames,
  reviewClassNames,
  reviewReasonNames,
  terminationGrounds,
} from '../../../../functions/domain/application/reviews.ts';
import {
  rejectionReasons,
  staffActionMessages,
  staffActionNames,
  staffActionSchemas,
} from '../../../../functions/domain/application/staff-actions.ts';
import { isLineAction, type StaffAction } from '../../../../functions/domain/application/states.ts';
import { addDays, todayInShanghai } from '../../../../functions/domain/dates.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { departmentIds, departments } from '../../../../functions/domain/referrals/departments.ts';
import {
  type FieldError,
  toFieldErrors,
} from '../../../../functions/domain/validation/field-errors.ts';
import { ErrorSummary, Radios, Select, TextInput } from '../shared/fields.tsx';
import type { ApiResult, StaffApplicationView } from './api.ts';
import { staffApi } from './api.ts';
import type { StaffContent } from './content/types.ts';
import { Checkboxes, TextArea } from './fields.tsx';
import { stateName, townshipOptions, yuan } from './format.ts';

/**
 * The actions the case and each line allow, each a small form with its action's fields.
 * Input is checked in the browser with the API's own schema (and the same date rules)
 * before it is sent with the versions this page showed; the API checks it all again.
 * A line's action names its programme and that line's version, so a decision made
 * meanwhile on another line does not stand in its way.
 */
type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'yuan'
  | 'month'
  | 'township'
  | 'reasons'
  | 'choice'
  | 'check'
  /** 特困's termination grounds (43号 第二十四条), several may apply. */
  | 'grounds'
  /** Yes or no, sent as a boolean. */
  | 'bool'
  /** A whole number that is not money (refusals, members). */
  | 'count';
interface FieldSpec {
  /** The input's key; `member.name` is `name` inside the input's `member`. */
  readonly name: string;
  readonly kind: FieldKind;
  readonly optional?: boolean;
  /** A choice's values (labels: choiceLabel). */
  readonly options?: readonly string[];
  /** Asked only when the answers so far make it matter (a member's share, a stop). */
  readonly when?: (values: Values) => boolean;
}

type StaffLine = StaffApplicationView['lines'][number];

const reasonField: FieldSpec = { name: 'reason', kind: 'textarea' };
const noteField: FieldSpec = { name: 'note', kind: 'textarea', optional: true };
const refusalFields: readonly FieldSpec[] = [
  { name: 'codes', kind: 'reasons' },
  { name: 'text', kind: 'textarea' },
];
const aidFormField: FieldSpec = { name: 'form', kind: 'choice', options: ['cash', 'in-kind'] };
const temporaryFields: readonly FieldSpec[] = [
  { name: 'amountYuan', kind: 'yuan' },
  aidFormField,
  { name: 'plan', kind: 'choice', options: ['one-off', 'staged'] },
  { name: 'opinion', kind: 'textarea' },
];
/** 特困: the assessed self-care level (43号 第二十至二十二条) and the form of support. */
const tekunFields: readonly FieldSpec[] = [
  { name: 'careLevel', kind: 'choice', options: ['self-care', 'partly-lost', 'fully-lost'] },
  { name: 'supportForm', kind: 'choice', options: ['dispersed', 'centralised'] },
];

const reviewClassField: FieldSpec = {
  name: 'reviewClass',
  kind: 'choice',
  options: ['yearly', 'half-yearly'],
};
const referralField: FieldSpec = {
  name: 'referral',
  kind: 'choice',
  options: ['dibao', 'temporary-expense', 'none'],
};
const memberShare = (values: Values) => values.kind === 'member-share';

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
    { ...aidFormField, optional: true },
    { name: 'paperworkDueOn', kind: 'date' },
    reasonField,
  ],
  approve: [
    { name: 'monthlyAmountYuan', kind: 'yuan' },
    { name: 'opinion', kind: 'textarea' },
  ],
  reject: refusalFields,
  approveTemporary: temporaryFields,
  recordPayment: [
    { name: 'paidOn', kind: 'date' },
    { name: 'amountYuan', kind: 'yuan' },
    aidFormField,
    { name: 'kind', kind: 'choice', options: ['staged', 'follow-up'] },
  ],
  transfer: [{ name: 'toTownship', kind: 'township' }, reasonField],
  extendDeadline: [reasonField],
  recordReferral: [
    { name: 'department', kind: 'choice', options: departmentIds },
    { name: 'note', kind: 'textarea' },
    { name: 'referredOn', kind: 'date' },
  ],
  confirm: [
    { name: 'monthlyAmountYuan', kind: 'yuan' },
    { name: 'startMonth', kind: 'month' },
  ],
  notConfirm: refusalFields,
  confirmTemporary: temporaryFields,
  returnToTownship: [reasonField],
  startGradualExit: [reasonField],
  endGradualExit: [noteField],
  openReview: [
    {
      name: 'reason',
      kind: 'choice',
      options: ['periodic', 'reported-change', 'care-change', 'other'],
    },
    noteField,
  ],
  recordReviewVisit: [
    { name: 'visitedOn', kind: 'date' },
    { name: 'findings', kind: 'textarea' },
    { name: 'monthlyIncomeYuan', kind: 'yuan', optional: true },
  ],
  continueAfterReview: [{ ...reviewClassField, optional: true }, noteField],
  proposeChange: [
    { name: 'kind', kind: 'choice', options: ['increase', 'decrease', 'stop', 'member-share'] },
    {
      name: 'monthlyAmountYuan',
      kind: 'yuan',
      optional: true,
      when: (values) => values.kind === 'increase' || values.kind === 'decrease',
    },
    { name: 'fromMonth', kind: 'month' },
    { name: 'member.name', kind: 'text', when: memberShare },
    { name: 'member.refusals', kind: 'count', when: memberShare },
    { name: 'member.householdMembers', kind: 'count', when: memberShare },
    { name: 'member.keptShareYuan', kind: 'yuan', optional: true, when: memberShare },
    { name: 'reason', kind: 'textarea' },
  ],
  decideChange: [
    { name: 'approve', kind: 'bool' },
    { name: 'text', kind: 'textarea' },
  ],
  proposeTermination: [
    { name: 'grounds', kind: 'grounds' },
    { name: 'findings', kind: 'textarea' },
    { name: 'noticeStartsOn', kind: 'date' },
    referralField,
  ],
};

const dibaoProgrammes = new Set(['dibao', 'single-person-dibao']);

/** A dibao line being paid: confirming 特困 then says it replaces dibao (the checkbox). */
function paysDibao(view: StaffApplicationView): boolean {
  return view.lines.some(
    (l) => dibaoProgrammes.has(l.programme) && ['confirmed', 'gradual_exit'].includes(l.state),
  );
}

/** The fields of `action` on `line`: 特困's approval and confirmation ask more. */
export function fieldsFor(
  action: StaffAction,
  line: StaffLine | undefined,
  view: StaffApplicationView,
): readonly FieldSpec[] {
  const base = actionFields[action];
  // How often the line is reviewed is set when it is confirmed (57号 第三十一条).
  if (action === 'confirm' && line?.programme !== 'tekun')
    return [...base, { ...reviewClassField, optional: true }];
  // A 特困 review re-assesses the care level (43号 第二十三条).
  if (action === 'continueAfterReview' && line?.programme === 'tekun')
    return [
      ...base.slice(0, 1),
      { ...tekunFields[0], optional: true } as FieldSpec,
      ...base.slice(1),
    ];
  // The bureau deciding a 特困 termination says where the person may be helped instead.
  if (action === 'decideChange' && line?.state === 'termination_notice')
    return [...base, { ...referralField, optional: true }];
  if (line?.programme !== 'tekun' || (action !== 'approve' && action !== 'confirm')) return base;
  const replaces: FieldSpec[] =
    action === 'confirm' && paysDibao(view) ? [{ name: 'replacesDibao', kind: 'check' }] : [];
  return [
    ...base,
    ...tekunFields,
    ...replaces,
    ...(action === 'confirm' ? [{ ...reviewClassField, optional: true }] : []),
  ];
}

/** The fields the answers so far ask for. */
export function visibleFields(fields: readonly FieldSpec[], values: Values): readonly FieldSpec[] {
  return fields.filter((field) => !field.when || field.when(values));
}

type Values = Record<string, string | string[]>;

const isStaffAction = (action: string): action is StaffAction => action in actionFields;

/**
 * Sensible starting values: today where the act happens today; what the township
 * approved when the bureau confirms; the month after today as the first month paid.
 */
function initialValues(
  fields: readonly FieldSpec[],
  action: StaffAction,
  view: StaffApplicationView,
  line: StaffLine | undefined,
  today: string,
): Values {
  const values: Values = {};
  for (const field of fields)
    values[field.name] = field.kind === 'reasons' || field.kind === 'grounds' ? [] : '';
  if (action === 'recordInvestigation' || action === 'recordReviewVisit') values.visitedOn = today;
  if (action === 'proposeTermination') values.noticeStartsOn = today;
  // A change takes effect from a month after the decision at the earliest.
  if (action === 'proposeChange') values.fromMonth = view.proposedStartMonth;
  if (action === 'startPublicNotice') values.startsOn = today;
  if (action === 'recordPayment') values.paidOn = today;
  if (action === 'recordReferral') values.referredOn = today;
  const facts = line?.facts;
  if (action === 'confirm') {
    const approval = facts?.approval ?? view.procedure.approval;
    if (approval?.monthlyAmountYuan !== undefined)
      values.monthlyAmountYuan = String(approval.monthlyAmountYuan);
    values.startMonth = view.proposedStartMonth;
    if (facts?.approval?.careLevel) values.careLevel = facts.approval.careLevel;
    if (facts?.approval?.supportForm) values.supportForm = facts.approval.supportForm;
  }
  if (action === 'confirmTemporary' && facts?.temporaryApproval) {
    const { amountYuan, form, plan } = facts.temporaryApproval;
    Object.assign(values, { amountYuan: String(amountYuan), form, plan });
  }
  return values;
}

/**
 * The form's values as the action's input: numbers for amounts and counts, yes/no as a
 * boolean, `member.name` inside `member`, optional fields left out.
 */
export function toInput(fields: readonly FieldSpec[], values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const put = (name: string, value: unknown) => {
    const [outer, inner] = name.split('.') as [string, string | undefined];
    if (!inner) {
      input[outer] = value;
      return;
    }
    const group = (input[outer] ?? {}) as Record<string, unknown>;
    group[inner] = value;
    input[outer] = group;
  };
  for (const field of visibleFields(fields, values)) {
    const value = values[field.name];
    if (Array.isArray(value)) {
      put(field.name, value);
      continue;
    }
    const text = (value ?? '').trim();
    if (field.kind === 'check') {
      if (text === 'true') put(field.name, true);
      continue;
    }
    if (field.optional && text === '') continue;
    if (field.kind === 'yuan' || field.kind === 'count')
      put(field.name, /^\d+$/.test(text) ? Number(text) : text || null);
    else if (field.kind === 'bool') put(field.name, text === '' ? null : text === 'true');
    else put(field.name, value ?? '');
  }
  return input;
}

/** The date and township rules the API applies (decide.ts), checked before sending. */
function ruleErrors(
  action: StaffAction,
  input: Record<string, unknown>,
  view: StaffApplicationView,
  line: StaffLine | undefined,
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
    case 'openReview':
      return value('reason') === 'care-change' && line?.programme !== 'tekun'
        ? error('reason', 'review.careOnlyTekun')
        : [];
    case 'recordReviewVisit': {
      const opened = line?.facts.review?.open?.openedOn ?? today;
      return value('visitedOn') <= today && value('visitedOn') >= opened
        ? []
        : error('visitedOn', 'visit.date');
    }
    case 'continueAfterReview':
      return line?.facts.review?.open?.reason === 'care-change' && !input.careLevel
        ? error('careLevel', 'review.careLevel')
        : [];
    case 'proposeChange':
      return changeRuleErrors(input, line, view, error);
    case 'proposeTermination':
      return value('noticeStartsOn') >= today && value('noticeStartsOn') <= addDays(today, 14)
        ? []
        : error('noticeStartsOn', 'date.soon');
    case 'recordReferral':
      return value('referredOn') <= today && value('referredOn') >= submittedOn
        ? []
        : error('referredOn', 'date.notFuture');
    case 'startPublicNotice':
      return value('startsOn') >= today && value('startsOn') <= addDays(today, 14)
        ? []
        : error('startsOn', 'date.soon');
    case 'transfer':
      return value('toTownship') === view.township.code ? error('toTownship', 'township.same') : [];
    case 'recordPayment':
      return value('paidOn') <= today ? [] : error('paidOn', 'payment.date');
    case 'approve':
    case 'confirm': {
      const errors: FieldError[] = [];
      if (line?.programme === 'tekun') {
        if (!input.careLevel) errors.push(...error('careLevel', 'tekun.careLevel'));
        if (!input.supportForm) errors.push(...error('supportForm', 'tekun.supportForm'));
        if (action === 'confirm' && paysDibao(view) && input.replacesDibao !== true)
          errors.push(...error('replacesDibao', 'alternative.receivesDibao'));
      }
      // The first month paid is the month after approval at the earliest (57号 第二十一条).
      if (action === 'confirm' && value('startMonth') < view.proposedStartMonth)
        errors.push(...error('startMonth', 'month.beforeNextMonth'));
      return errors;
    }
    default:
      return [];
  }
}

/** 增发 above, 减发 below the amount paid now; from next month at the earliest. */
function changeRuleErrors(
  input: Record<string, unknown>,
  line: StaffLine | undefined,
  view: StaffApplicationView,
  error: (path: string, key: keyof typeof decisionMessages) => FieldError[],
): FieldError[] {
  if (String(input.fromMonth ?? '') < view.proposedStartMonth)
    return error('fromMonth', 'month.fromNextMonth');
  const current = line?.facts.confirmation?.monthlyAmountYuan ?? 0;
  const amount = typeof input.monthlyAmountYuan === 'number' ? input.monthlyAmountYuan : undefined;
  if (input.kind !== 'increase' && input.kind !== 'decrease') return [];
  if (amount === undefined) return error('monthlyAmountYuan', 'change.amountRequired');
  if (input.kind === 'increase')
    return amount > current ? [] : error('monthlyAmountYuan', 'change.increase');
  return amount > 0 && amount < current ? [] : error('monthlyAmountYuan', 'change.decrease');
}

export function validate(
  action: StaffAction,
  input: Record<string, unknown>,
  view: StaffApplicationView,
  line: StaffLine | undefined,
  locale: Locale,
): FieldError[] {
  const parsed = staffActionSchemas[action].safeParse(input);
  const errors = parsed.success
    ? []
    : toFieldErrors(parsed.error.issues, locale, staffActionMessages);
  // The date rules too, for fields that are filled in correctly.
  const rules = ruleErrors(action, input, view, line, locale).filter(
    (rule) => !errors.some((e) => e.path === rule.path),
  );
  return [...errors, ...rules];
}

export type ActionOutcome =
  | { kind: 'done'; view: StaffApplicationView; action: StaffAction; programme?: string }
  | { kind: 'conflict'; message: string; status?: string }
  | { kind: 'signed-out' };

/** The case's actions: they act on every open line they apply to, and say so. */
export function ActionsPanel(props: {
  locale: Locale;
  text: StaffContent;
  view: StaffApplicationView;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const { locale, text, view, onOutcome } = props;
  const actions = view.caseActions.filter(isStaffAction);
  const anyLineAction = view.lines.some((l) => l.actions.length > 0);
  return (
    <section aria-labelledby="staff-actions" class="staff-section staff-actions">
      <h2 id="staff-actions">{text.actions.heading}</h2>
      {actions.length === 0 ? (
        <p>{anyLineAction ? text.actions.noneOnCase : text.actions.none}</p>
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

/** One line's own actions (inside its panel). */
export function LineActions(props: {
  locale: Locale;
  text: StaffContent;
  view: StaffApplicationView;
  line: StaffLine;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const { locale, text, view, line, onOutcome } = props;
  const actions = line.actions.filter((a): a is StaffAction => isStaffAction(a) && isLineAction(a));
  if (actions.length === 0) return null;
  return (
    <div class="line-actions">
      {actions.map((action) => (
        <ActionForm
          key={`${line.version}-${action}`}
          action={action}
          line={line}
          locale={locale}
          text={text}
          view={view}
          onOutcome={onOutcome}
        />
      ))}
    </div>
  );
}

/** A choice's words: the notices' own names where the domain has them. */
function choiceLabel(
  action: StaffAction,
  field: string,
  value: string,
  locale: Locale,
  text: StaffContent,
): string {
  const named: Record<string, Record<string, { 'zh-CN': string; en: string }>> = {
    careLevel: careLevelNames,
    supportForm: supportFormNames,
    form: aidFormNames,
    reviewClass: reviewClassNames,
    referral: referralNames,
    'openReview.reason': reviewReasonNames,
    department: Object.fromEntries(departmentIds.map((id) => [id, departments[id].name])),
  };
  const choices = text.actions.choices;
  return (
    named[`${action}.${field}`]?.[value]?.[locale] ??
    named[field]?.[value]?.[locale] ??
    choices[`${action}.${field}`]?.[value] ??
    choices[field]?.[value] ??
    value
  );
}

function ActionForm(props: {
  action: StaffAction;
  line?: StaffLine;
  locale: Locale;
  text: StaffContent;
  view: StaffApplicationView;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const { action, line, locale, text, view, onOutcome } = props;
  const fields = fieldsFor(action, line, view);
  const name = staffActionNames[action][locale];
  const [values, setValues] = useState<Values>(() =>
    initialValues(fields, action, view, line, todayInShanghai(new Date())),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement | null>(null);
  const scope = line?.programme ?? 'case';
  const idOf = (field: string) =>
    `action-${scope}-${action}-${field.replaceAll('.', '-') || 'submit'}`;
  const wordsOf = (field: string) =>
    text.actions.fields[`${action}.${field}`] ?? text.actions.fields[field];
  const labelOf = (field: string) => wordsOf(field)?.label ?? name;
  const errorOf = (field: string) => errors.find((e) => e.path === field)?.message;

  const showErrors = (list: FieldError[]) => {
    setErrors(list);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const input = toInput(fields, values);
    const problems = validate(action, input, view, line, locale);
    if (problems.length > 0) return showErrors(problems);
    setBusy(true);
    const body = line
      ? { version: view.version, programme: line.programme, lineVersion: line.version, input }
      : { version: view.version, input };
    const result: ApiResult<StaffApplicationView> = await staffApi<StaffApplicationView>(
      `/api/staff/applications/${encodeURIComponent(view.reference)}/actions/${action}`,
      locale,
      { method: 'POST', body },
    );
    setBusy(false);
    switch (result.kind) {
      case 'ok':
        setErrors([]);
        return onOutcome({
          kind: 'done',
          view: result.data,
          action,
          ...(line ? { programme: line.programme } : {}),
        });
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

  /** What an action's outcome depends on, said before it is taken. */
  const note = (() => {
    if (action === 'confirm') return text.actions.notes.startMonth(view.proposedStartMonth);
    if (action !== 'approveTemporary') return '';
    const amount = Number(values.amountYuan);
    const limit = view.temporaryTownshipLimitYuan;
    const known = /^\d+$/.test(String(values.amountYuan ?? '').trim());
    return known && amount <= limit
      ? text.actions.notes.temporaryFinal(yuan(limit, locale))
      : text.actions.notes.temporaryToCity(yuan(limit, locale));
  })();

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
      {note ? <p class="panel action-note">{note}</p> : null}
      {visibleFields(fields, values).map((field) => {
        const id = idOf(field.name);
        const words = wordsOf(field.name) ?? { label: field.name };
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
          case 'choice':
            return (
              <Radios
                key={field.name}
                {...common}
                name={id}
                legend={words.label}
                inline={(field.options ?? []).length <= 2}
                options={(field.options ?? []).map((option) => ({
                  value: option,
                  label: choiceLabel(action, field.name, option, locale, text),
                }))}
                value={text_}
                onChange={set(field.name)}
              />
            );
          case 'grounds':
            return (
              <Checkboxes
                key={field.name}
                {...common}
                legend={words.label}
                options={Object.entries(terminationGrounds).map(([code, label]) => ({
                  value: code,
                  label: label[locale],
                }))}
                value={Array.isArray(value) ? value : []}
                onChange={set(field.name)}
              />
            );
          case 'bool':
            return (
              <Radios
                key={field.name}
                {...common}
                name={id}
                legend={words.label}
                inline
                options={['true', 'false'].map((option) => ({
                  value: option,
                  label: choiceLabel(action, field.name, option, locale, text),
                }))}
                value={text_}
                onChange={set(field.name)}
              />
            );
          case 'check':
            return (
              <Checkboxes
                key={field.name}
                {...common}
                legend={words.label}
                options={[{ value: 'true', label: text.actions.replacesDibaoOption }]}
                value={text_ === 'true' ? ['true'] : []}
                onChange={(checked) => set(field.name)(checked.includes('true') ? 'true' : '')}
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
                inputMode={field.kind === 'yuan' || field.kind === 'count' ? 'numeric' : undefined}
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

/** The state a finished action left: the line's when it was a line's, else the case's. */
export function outcomeState(outcome: Extract<ActionOutcome, { kind: 'done' }>, locale: Locale) {
  const line = outcome.programme
    ? outcome.view.lines.find((l) => l.programme === outcome.programme)
    : undefined;
  return stateName(line?.state ?? outcome.view.status, locale);
}
