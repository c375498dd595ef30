import { useState } from 'preact/hooks';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { fieldId } from '../check/draft.ts';
import { errorFor, type Option, Radios, Select, TextInput } from '../shared/fields.tsx';
import type { ApplyContent } from './content/types.ts';
import {
  type AgentDraft,
  type ApplyDraft,
  byAgent,
  byStaff,
  noAgent,
  noStaffRelative,
  type StaffRelativeDraft,
} from './draft.ts';

/** The questions only the application asks (the household ones come from the check). */
interface Props {
  draft: ApplyDraft;
  errors: readonly FieldError[];
  text: ApplyContent;
  townships: readonly Option[];
  villages: Readonly<Record<string, readonly Option[]>>;
  set: (change: (draft: ApplyDraft) => ApplyDraft) => void;
}

/** Who is filling in the form: the applicant, or an agent with the applicant's authorisation. */
function OnBehalfFields({ draft, errors, text, set }: Props) {
  const o = text.steps.onBehalf;
  const agent = draft.agent ?? noAgent;
  const update = (changes: Partial<AgentDraft>) =>
    set((d) => ({ ...d, agent: { ...(d.agent ?? noAgent), ...changes } }));
  const field = (key: 'name' | 'mobile' | 'idNumber') => ({
    id: fieldId(`agent.${key}`),
    value: agent[key],
    error: errorFor(errors, `agent.${key}`),
    onInput: (value: string) => update({ [key]: value }),
  });
  return (
    <Radios
      id={fieldId('agent.who')}
      name="agent-who"
      legend={o.legend}
      options={[
        { value: 'self', label: o.self },
        { value: 'agent', label: o.agent },
      ]}
      value={agent.who}
      onChange={(who) => update({ who: who === 'agent' ? 'agent' : 'self' })}
    >
      {agent.who === 'agent' ? (
        <div class="conditional">
          <p class="hint">{o.agentHint}</p>
          <TextInput
            {...field('name')}
            label={o.name.label}
            hint={o.name.hint}
            autoComplete="name"
          />
          <Select
            id={fieldId('agent.relationship')}
            label={o.relationship.label}
            placeholder={text.choose}
            options={o.relationship.options}
            value={agent.relationship}
            error={errorFor(errors, 'agent.relationship')}
            onChange={(relationship) => update({ relationship })}
          />
          <TextInput
            {...field('mobile')}
            label={o.mobile.label}
            hint={o.mobile.hint}
            inputMode="tel"
            autoComplete="tel"
            width="medium"
          />
          <TextInput
            {...field('idNumber')}
            label={o.idNumber.label}
            hint={o.idNumber.hint}
            width="medium"
          />
        </div>
      ) : null}
    </Radios>
  );
}

/** The applicant's own declaration of a relative among township staff or village cadres. */
export function StaffRelativeFields({ draft, errors, text, set }: Props) {
  const r = text.steps.staffRelative;
  const relative = draft.staffRelative ?? noStaffRelative;
  const update = (changes: Partial<StaffRelativeDraft>) =>
    set((d) => ({ ...d, staffRelative: { ...(d.staffRelative ?? noStaffRelative), ...changes } }));
  return (
    <Radios
      id={fieldId('staffRelative.declared')}
      name="staff-relative"
      legend={r.legend}
      hint={r.hint}
      inline
      options={[
        { value: 'no', label: text.no },
        { value: 'yes', label: text.yes },
      ]}
      value={relative.declared}
      onChange={(declared) => update({ declared: declared === 'yes' ? 'yes' : 'no' })}
    >
      {relative.declared === 'yes' ? (
        <div class="conditional">
          <Radios
            id={fieldId('staffRelative.position')}
            name="staff-relative-position"
            legend={r.position.legend}
            options={r.position.options}
            value={relative.position}
            error={errorFor(errors, 'staffRelative.position')}
            onChange={(position) => update({ position })}
          />
          <TextInput
            id={fieldId('staffRelative.staffName')}
            label={r.staffName.label}
            hint={r.staffName.hint}
            value={relative.staffName}
            error={errorFor(errors, 'staffRelative.staffName')}
            onInput={(staffName) => update({ staffName })}
          />
          <TextInput
            id={fieldId('staffRelative.relationship')}
            label={r.relationship.label}
            hint={r.relationship.hint}
            value={relative.relationship}
            error={errorFor(errors, 'staffRelative.relationship')}
            onInput={(relationship) => update({ relationship })}
          />
        </div>
      ) : null}
    </Radios>
  );
}

export function ApplicantFields(props: Props) {
  const { draft, errors, text, set } = props;
  const a = text.steps.applicant;
  const field = (key: keyof ApplyDraft['applicant']) => ({
    id: fieldId(`applicant.${key}`),
    value: draft.applicant[key],
    error: errorFor(errors, `applicant.${key}`),
    onInput: (value: string) => set((d) => ({ ...d, applicant: { ...d.applicant, [key]: value } })),
  });
  // Staff applying from the console are the ones acting for the person: no agent asked.
  const staff = byStaff(draft);
  const mobile = byAgent(draft) || staff ? a.mobileOptional : a.mobile;
  return (
    <>
      {staff ? null : <OnBehalfFields {...props} />}
      <TextInput {...field('name')} label={a.name.label} hint={a.name.hint} autoComplete="name" />
      <TextInput
        {...field('idNumber')}
        label={a.idNumber.label}
        hint={a.idNumber.hint}
        width="medium"
      />
      <TextInput
        {...field('mobile')}
        label={mobile.label}
        hint={mobile.hint}
        inputMode="tel"
        autoComplete={byAgent(draft) ? 'off' : 'tel'}
        width="medium"
      />
      <TextInput {...field('email')} label={a.email.label} autoComplete="email" />
      <StaffRelativeFields {...props} />
    </>
  );
}

export function ResidenceFields({ draft, errors, text, townships, villages, set }: Props) {
  const r = text.steps.residence;
  const update = (changes: Partial<ApplyDraft['residence']>) =>
    set((d) => ({ ...d, residence: { ...d.residence, ...changes } }));
  // The township was answered in the check: shown, not asked again, unless changed.
  const [changing, setChanging] = useState(false);
  const fromCheck =
    !changing &&
    (draft.answeredInCheck?.length ?? 0) > 0 &&
    draft.residence.townshipCode !== '' &&
    draft.residence.townshipCode === draft.household.townshipCode &&
    !errorFor(errors, 'residence.townshipCode');
  return (
    <>
      {fromCheck ? (
        <div class="field answered">
          <p class="label">{r.township.label}</p>
          <p>{townships.find((t) => t.value === draft.residence.townshipCode)?.label}</p>
          <button type="button" class="link-button" onClick={() => setChanging(true)}>
            {text.change}
            <span class="visually-hidden"> {r.township.label}</span>
          </button>
        </div>
      ) : (
        <Select
          id={fieldId('residence.townshipCode')}
          label={r.township.label}
          hint={r.township.hint}
          placeholder={text.choose}
          options={townships}
          value={draft.residence.townshipCode}
          error={errorFor(errors, 'residence.townshipCode')}
          onChange={(townshipCode) => update({ townshipCode, villageCode: '' })}
        />
      )}
      {draft.residence.townshipCode ? (
        <Select
          id={fieldId('residence.villageCode')}
          label={r.village.label}
          placeholder={text.choose}
          options={villages[draft.residence.townshipCode] ?? []}
          value={draft.residence.villageCode}
          error={errorFor(errors, 'residence.villageCode')}
          onChange={(villageCode) => update({ villageCode })}
        />
      ) : null}
      <TextInput
        id={fieldId('residence.address')}
        label={r.address.label}
        hint={r.address.hint}
        width="full"
        autoComplete="street-address"
        value={draft.residence.address}
        error={errorFor(errors, 'residence.address')}
        onInput={(address) => update({ address })}
      />
    </>
  );
}

export function EmergencyFields({ draft, errors, text, townships, set }: Props) {
  const e = text.steps.emergency;
  const update = (changes: Partial<ApplyDraft['emergency']>) =>
    set((d) => ({ ...d, emergency: { ...d.emergency, ...changes } }));
  return (
    <>
      <TextInput
        id={fieldId('emergency.description')}
        label={e.what.label}
        hint={e.what.hint}
        width="full"
        value={draft.emergency.description}
        error={errorFor(errors, 'emergency.description')}
        onInput={(description) => update({ description })}
      />
      <TextInput
        id={fieldId('emergency.occurredOn')}
        type="date"
        label={e.date.label}
        hint={e.date.hint}
        value={draft.emergency.occurredOn}
        error={errorFor(errors, 'emergency.occurredOn')}
        onInput={(occurredOn) => update({ occurredOn })}
      />
      <Select
        id={fieldId('emergency.townshipCode')}
        label={e.township.label}
        hint={e.township.hint}
        placeholder={text.choose}
        options={townships}
        value={draft.emergency.townshipCode}
        error={errorFor(errors, 'emergency.townshipCode')}
        onChange={(townshipCode) => update({ townshipCode })}
      />
      <TextInput
        id={fieldId('emergency.neededNow')}
        label={e.neededNow.label}
        hint={e.neededNow.hint}
        width="full"
        value={draft.emergency.neededNow ?? ''}
        error={errorFor(errors, 'emergency.neededNow')}
        onInput={(neededNow) => update({ neededNow })}
      />
      <div class="checkbox">
        <input
          type="checkbox"
          id={fieldId('emergency.atWork')}
          checked={draft.emergency.atWork === true}
          onChange={(event) => update({ atWork: (event.target as HTMLInputElement).checked })}
        />
        <label for={fieldId('emergency.atWork')}>{e.atWork.label}</label>
      </div>
      {draft.emergency.atWork ? (
        // An injury at work is also 工伤: its own claim, and 医疗救助 for the bills.
        <div class="panel" role="note">
          <h3>{e.atWork.panelTitle}</h3>
          <p>{e.atWork.panelBody}</p>
        </div>
      ) : null}
    </>
  );
}

/** The account number is masked once entered, so it is not left on screen. */
export function BankFields(props: Props & { editing: boolean; setEditing: (on: boolean) => void }) {
  const { draft, errors, text, set, editing, setEditing } = props;
  const b = text.steps.bank;
  const update = (changes: Partial<ApplyDraft['bank']>) =>
    set((d) => ({ ...d, bank: { ...d.bank, ...changes } }));
  const digits = draft.bank.accountNumber.replace(/\D/g, '');
  const showMasked = !editing && digits.length >= 12;
  return (
    <>
      <TextInput
        id={fieldId('bank.bankName')}
        label={b.bankName.label}
        hint={b.bankName.hint}
        width="full"
        value={draft.bank.bankName}
        error={errorFor(errors, 'bank.bankName')}
        onInput={(bankName) => update({ bankName })}
      />
      {showMasked ? (
        <div class="field">
          <p class="label">{b.accountNumber.label}</p>
          <p>{b.masked(digits.slice(-4))}</p>
          <button type="button" class="button secondary" onClick={() => setEditing(true)}>
            {b.edit}
          </button>
        </div>
      ) : (
        <TextInput
          id={fieldId('bank.accountNumber')}
          label={b.accountNumber.label}
          hint={b.accountNumber.hint}
          inputMode="numeric"
          width="medium"
          autoComplete="off"
          value={draft.bank.accountNumber}
          error={errorFor(errors, 'bank.accountNumber')}
          onInput={(accountNumber) => update({ accountNumber })}
        />
      )}
    </>
  );
}
