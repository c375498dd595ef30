import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { errorFor, type Option, Radios, Select, TextInput } from '../shared/fields.tsx';
import type { CheckContent } from './content/types.ts';
import {
  asksOwnSupporters,
  type CheckDraft,
  emptyMember,
  fieldId,
  incomeFields,
  type MemberDraft,
  type Step,
  type SupporterStatus,
  type YesNo,
} from './draft.ts';

export interface StepProps {
  step: Step;
  draft: CheckDraft;
  errors: readonly FieldError[];
  text: CheckContent;
  townships: readonly Option[];
  patch: (changes: Partial<CheckDraft>) => void;
  /** Extra questions per household member (the application asks relation and ID). */
  memberExtras?: (index: number) => ComponentChildren;
}

function yesNoOptions(text: CheckContent): Option[] {
  return [
    { value: 'yes', label: text.yes },
    { value: 'no', label: text.no },
  ];
}

/** Who is legally bound to support one person, and why they cannot (43号 第八条). */
function SupporterQuestion(props: {
  path: string;
  legend: string;
  hint?: string;
  text: CheckContent;
  errors: readonly FieldError[];
  status: SupporterStatus;
  supporterCase: string;
  onChange: (changes: { supporterStatus?: SupporterStatus; supporterCase?: string }) => void;
}) {
  const { path, text, errors, status } = props;
  const s = text.steps.support;
  const err = (suffix: string) => errorFor(errors, `${path}${suffix}`);
  return (
    <Radios
      id={fieldId(`${path}.status`)}
      name={`${path}.status`}
      legend={props.legend}
      hint={props.hint}
      options={s.supporter.options}
      value={status}
      error={err('.status') ?? err('')}
      onChange={(v) => props.onChange({ supporterStatus: v as SupporterStatus })}
    >
      {status === 'cannot-support' ? (
        <div class="conditional">
          <Radios
            id={fieldId(`${path}.case`)}
            name={`${path}.case`}
            legend={s.supporterCase.legend}
            options={s.supporterCase.options}
            value={props.supporterCase}
            error={err('.case')}
            onChange={(v) => props.onChange({ supporterCase: v })}
          />
        </div>
      ) : null}
    </Radios>
  );
}

/** The questions of one screen. */
export function StepFields(props: StepProps) {
  const { step, draft, errors, text, townships, patch } = props;
  const s = text.steps;
  const err = (path: string) => errorFor(errors, path);
  switch (step) {
    case 'situation':
      return (
        <Radios
          id={fieldId('situation.need')}
          name="need"
          legend={s.situation.need.legend}
          options={s.situation.need.options}
          value={draft.need}
          error={err('situation.need') ?? err('situation')}
          onChange={(v) => patch({ need: v as CheckDraft['need'] })}
        >
          {draft.need === 'sudden-emergency' ? (
            <div class="conditional">
              <Select
                id={fieldId('situation.townshipCode')}
                label={s.situation.emergencyTownship.label}
                hint={s.situation.emergencyTownship.hint}
                placeholder={text.choose}
                options={townships}
                value={draft.emergencyTownship}
                error={err('situation.townshipCode')}
                onChange={(v) => patch({ emergencyTownship: v })}
              />
            </div>
          ) : null}
        </Radios>
      );
    case 'residence':
      return (
        <>
          <Select
            id={fieldId('residence.townshipCode')}
            label={s.residence.township.label}
            hint={s.residence.township.hint}
            placeholder={text.choose}
            options={townships}
            value={draft.townshipCode}
            error={err('residence.townshipCode')}
            onChange={(v) => patch({ townshipCode: v })}
          />
          <Radios
            id={fieldId('residence.area')}
            name="area"
            legend={s.residence.area.legend}
            options={s.residence.area.options}
            value={draft.area}
            error={err('residence.area')}
            onChange={(v) => patch({ area: v as CheckDraft['area'] })}
          />
        </>
      );
    case 'registration':
      return (
        <Radios
          id={fieldId('registration.hukou')}
          name="hukou"
          legend={s.registration.hukou.legend}
          options={s.registration.hukou.options}
          value={draft.hukou}
          error={err('registration.hukou') ?? err('registration')}
          onChange={(v) => patch({ hukou: v as CheckDraft['hukou'] })}
        >
          {draft.hukou && draft.hukou !== 'puning' ? (
            <div class="conditional">
              <Radios
                id={fieldId('registration.residencePermit.held')}
                name="permitHeld"
                legend={s.registration.permitHeld.legend}
                hint={s.registration.permitHeld.hint}
                options={yesNoOptions(text)}
                inline
                value={draft.permitHeld}
                error={
                  err('registration.residencePermit.held') ?? err('registration.residencePermit')
                }
                onChange={(v) => patch({ permitHeld: v as YesNo })}
              />
              {draft.permitHeld === 'yes' ? (
                <TextInput
                  id={fieldId('registration.residencePermit.lastEndorsedOn')}
                  type="date"
                  label={s.registration.permitEndorsedOn.label}
                  hint={s.registration.permitEndorsedOn.hint}
                  value={draft.permitEndorsedOn}
                  error={err('registration.residencePermit.lastEndorsedOn')}
                  onInput={(v) => patch({ permitEndorsedOn: v })}
                />
              ) : null}
            </div>
          ) : null}
        </Radios>
      );
    case 'members':
      return <Members {...props} />;
    case 'income':
      return (
        <>
          <p>{s.income.intro}</p>
          {incomeFields.map((f) => (
            <TextInput
              key={f}
              id={fieldId(`income.${f}`)}
              label={s.income.fields[f].label}
              hint={s.income.fields[f].hint || undefined}
              inputMode="decimal"
              suffix={text.yuanSuffix}
              width="short"
              value={draft.income[f]}
              error={err(`income.${f}`)}
              onInput={(v) => patch({ income: { ...draft.income, [f]: v } })}
            />
          ))}
        </>
      );
    case 'assets':
      return (
        <>
          <TextInput
            id={fieldId('assets.financialAssets')}
            label={s.assets.financialAssets.label}
            hint={s.assets.financialAssets.hint}
            inputMode="decimal"
            suffix={text.yuanSuffix}
            width="short"
            value={draft.financialAssets}
            error={err('assets.financialAssets')}
            onInput={(v) => patch({ financialAssets: v })}
          />
          <TextInput
            id={fieldId('assets.homes')}
            label={s.assets.homes.label}
            hint={s.assets.homes.hint}
            inputMode="numeric"
            width="short"
            value={draft.homes}
            error={err('assets.homes')}
            onInput={(v) => patch({ homes: v })}
          />
          <Radios
            id={fieldId('assets.nonResidentialProperty')}
            name="nonResidentialProperty"
            legend={s.assets.nonResidentialProperty.legend}
            options={yesNoOptions(text)}
            inline
            value={draft.nonResidentialProperty}
            error={err('assets.nonResidentialProperty')}
            onChange={(v) => patch({ nonResidentialProperty: v as YesNo })}
          />
          <Radios
            id={fieldId('assets.motorVehicle')}
            name="motorVehicle"
            legend={s.assets.motorVehicle.legend}
            hint={s.assets.motorVehicle.hint}
            options={yesNoOptions(text)}
            inline
            value={draft.motorVehicle}
            error={err('assets.motorVehicle')}
            onChange={(v) => patch({ motorVehicle: v as YesNo })}
          />
          <Radios
            id={fieldId('assets.businessRegistration')}
            name="business"
            legend={s.assets.business.legend}
            options={s.assets.business.options}
            value={draft.business}
            error={err('assets.businessRegistration')}
            onChange={(v) => patch({ business: v as CheckDraft['business'] })}
          />
        </>
      );
    case 'support':
      return (
        <>
          <SupporterQuestion
            path="support.legalSupporter"
            legend={s.support.supporter.legend}
            hint={s.support.supporter.hint}
            text={text}
            errors={errors}
            status={draft.supporterStatus}
            supporterCase={draft.supporterCase}
            onChange={(changes) =>
              patch({
                supporterStatus: changes.supporterStatus ?? draft.supporterStatus,
                supporterCase: changes.supporterCase ?? draft.supporterCase,
              })
            }
          />
          {draft.members.map((member, index) =>
            index > 0 && asksOwnSupporters(member) ? (
              <SupporterQuestion
                key={member.key}
                path={`support.memberSupporters.${index}`}
                legend={s.support.memberSupporter(index + 1, member.age)}
                text={text}
                errors={errors}
                status={member.supporterStatus ?? ''}
                supporterCase={member.supporterCase ?? ''}
                onChange={(changes) =>
                  patch({
                    members: draft.members.map((m, i) => (i === index ? { ...m, ...changes } : m)),
                  })
                }
              />
            ) : null,
          )}
          <Radios
            id={fieldId('support.receivingDibao')}
            name="receivingDibao"
            legend={s.support.receivingDibao.legend}
            options={yesNoOptions(text)}
            inline
            value={draft.receivingDibao}
            error={err('support.receivingDibao')}
            onChange={(v) => patch({ receivingDibao: v as YesNo })}
          />
        </>
      );
    case 'expenses':
      return (
        <TextInput
          id={fieldId('expenses.rigidSpendingLast12Months')}
          label={s.expenses.rigidSpending.label}
          hint={s.expenses.rigidSpending.hint}
          inputMode="decimal"
          suffix={text.yuanSuffix}
          width="short"
          value={draft.rigidSpending}
          error={err('expenses.rigidSpendingLast12Months')}
          onInput={(v) => patch({ rigidSpending: v })}
        />
      );
  }
}

function Members({ draft, errors, text, patch, memberExtras }: StepProps) {
  const m = text.steps.members;
  const err = (path: string) => errorFor(errors, path);
  const setMember = (index: number, changes: Partial<MemberDraft>) =>
    patch({
      members: draft.members.map((member, i) => (i === index ? { ...member, ...changes } : member)),
    });
  const gradeOptions: Option[] = [
    { value: 'none', label: m.disability.none },
    ...[1, 2, 3, 4].map((g) => ({ value: String(g), label: m.disability.grade(g) })),
  ];
  return (
    <>
      <p>{m.intro}</p>
      {err('members') ? <p class="error-message">{err('members')}</p> : null}
      {draft.members.map((member, i) => {
        const path = (field: string) => `members.${i}.${field}`;
        return (
          <section class="member" key={member.key} aria-labelledby={`member-${i}-title`}>
            <h3 id={`member-${i}-title`}>
              {m.person(i + 1)}
              {i === 0 ? m.you : ''}
            </h3>
            {memberExtras?.(i)}
            <TextInput
              id={fieldId(path('age'))}
              label={m.age}
              inputMode="numeric"
              width="short"
              value={member.age}
              error={err(path('age'))}
              onInput={(v) => setMember(i, { age: v })}
            />
            <Radios
              id={fieldId(path('ableToWork'))}
              name={`ableToWork-${i}`}
              legend={m.ableToWork.legend}
              hint={m.ableToWork.hint}
              options={yesNoOptions(text)}
              inline
              value={member.ableToWork}
              error={err(path('ableToWork'))}
              onChange={(v) => setMember(i, { ableToWork: v as YesNo })}
            >
              {member.ableToWork === 'yes' ? (
                <div class="conditional">
                  <Radios
                    id={fieldId(path('refusesSuitableWork'))}
                    name={`refusesSuitableWork-${i}`}
                    legend={m.refusesSuitableWork.legend}
                    hint={m.refusesSuitableWork.hint}
                    options={yesNoOptions(text)}
                    inline
                    value={member.refusesSuitableWork}
                    error={err(path('refusesSuitableWork'))}
                    onChange={(v) => setMember(i, { refusesSuitableWork: v as YesNo })}
                  />
                </div>
              ) : null}
            </Radios>
            <Radios
              id={fieldId(path('fullTimeStudent'))}
              name={`fullTimeStudent-${i}`}
              legend={m.fullTimeStudent}
              options={yesNoOptions(text)}
              inline
              value={member.fullTimeStudent}
              error={err(path('fullTimeStudent'))}
              onChange={(v) => setMember(i, { fullTimeStudent: v as YesNo })}
            />
            <Radios
              id={fieldId(path('disability.grade'))}
              name={`disability-${i}`}
              legend={m.disability.legend}
              options={gradeOptions}
              inline
              value={member.disabilityGrade}
              error={err(path('disability.grade')) ?? err(path('disability'))}
              onChange={(v) => setMember(i, { disabilityGrade: v })}
            >
              {member.disabilityGrade !== 'none' && member.disabilityGrade !== '' ? (
                <div class="conditional">
                  <Select
                    id={fieldId(path('disability.type'))}
                    label={m.disabilityType.label}
                    placeholder={text.choose}
                    options={m.disabilityType.options}
                    value={member.disabilityType}
                    error={err(path('disability.type'))}
                    onChange={(v) => setMember(i, { disabilityType: v })}
                  />
                </div>
              ) : null}
            </Radios>
            <Radios
              id={fieldId(path('seriousIllness'))}
              name={`seriousIllness-${i}`}
              legend={m.seriousIllness.legend}
              hint={m.seriousIllness.hint}
              options={yesNoOptions(text)}
              inline
              value={member.seriousIllness}
              error={err(path('seriousIllness'))}
              onChange={(v) => setMember(i, { seriousIllness: v as YesNo })}
            />
            <TextInput
              id={fieldId(path('selfCareTasksNotManaged'))}
              label={m.selfCare.label}
              hint={m.selfCare.hint}
              inputMode="numeric"
              width="short"
              value={member.selfCareTasksNotManaged}
              error={err(path('selfCareTasksNotManaged'))}
              onInput={(v) => setMember(i, { selfCareTasksNotManaged: v })}
            />
            {i > 0 ? (
              <button
                type="button"
                class="button secondary"
                onClick={() => patch({ members: draft.members.filter((_, index) => index !== i) })}
              >
                {m.remove(i + 1)}
              </button>
            ) : null}
          </section>
        );
      })}
      {draft.members.length < 20 ? (
        <button
          type="button"
          class="button secondary"
          onClick={() => patch({ members: [...draft.members, emptyMember()] })}
        >
          {m.add}
        </button>
      ) : null}
    </>
  );
}
