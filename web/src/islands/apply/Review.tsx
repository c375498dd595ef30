import type { ComponentChildren } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { programmes } from '../../../../functions/domain/policy/programmes.ts';
import type { CheckContent } from '../check/content/types.ts';
import { asksOwnSupporters, incomeFields, type MemberDraft } from '../check/draft.ts';
import type { Option } from '../shared/fields.tsx';
import type { ApplyContent } from './content/types.ts';
import { type ApplyDraft, asksHukouPlace, byAgent } from './draft.ts';
import type { ApplyStep } from './steps.ts';

interface Props {
  draft: ApplyDraft;
  locale: Locale;
  text: ApplyContent;
  checkText: CheckContent;
  townships: readonly Option[];
  villages: Readonly<Record<string, readonly Option[]>>;
  steps: readonly ApplyStep[];
  onChange: (step: ApplyStep) => void;
}

/** One answer as the applicant gave it. */
interface Answer {
  label: string;
  value: string;
}

const labelOf = (options: readonly Option[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;

/** Amounts as typed, made plain (full-width digits and separators), for the total. */
const amountOf = (text: string) =>
  Number(
    text
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/[．。]/g, '.')
      .replace(/[\s,，]/g, ''),
  ) || 0;

/**
 * "Check your answers": the answers as entered, one section per screen, each with a
 * link back to that screen. Stacked label above answer, so it fits a 320 px phone.
 */
export function Review(props: Props) {
  const { text, steps, onChange } = props;
  const sections = reviewSections(props).filter((s) => steps.includes(s.step));
  return (
    <>
      <p>{text.steps.review.intro}</p>
      {sections.map((section) => (
        <section
          class="review-section"
          key={section.step}
          aria-labelledby={`review-${section.step}`}
        >
          <div class="review-section-head">
            <h3 id={`review-${section.step}`}>{section.title}</h3>
            <button type="button" class="link-button" onClick={() => onChange(section.step)}>
              {text.change}
              <span class="visually-hidden"> {section.title}</span>
            </button>
          </div>
          {section.body}
        </section>
      ))}
      <p class="panel">{text.steps.review.declaration}</p>
    </>
  );
}

interface Section {
  step: ApplyStep;
  title: string;
  body: ComponentChildren;
}

function Answers({ answers }: { answers: readonly Answer[] }) {
  return (
    <dl class="review-answers">
      {answers.map((a, i) => (
        <div key={`${i}-${a.label}`}>
          <dt>{a.label}</dt>
          <dd>{a.value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

function reviewSections(props: Props): Section[] {
  const { draft, locale, text, checkText, townships, villages, steps } = props;
  const s = checkText.steps;
  const t = text.steps;
  const h = draft.household;
  const yesNo = (v: string) => (v === 'yes' ? text.yes : v === 'no' ? text.no : '');
  const yuan = (v: string) => (v.trim() === '' ? '' : `${v.trim()} ${checkText.yuanSuffix}`);
  const place = (township: string, village: string) =>
    [labelOf(townships, township), village ? labelOf(villages[township] ?? [], village) : '']
      .filter(Boolean)
      .join(' ');

  const residence: Answer[] = [
    {
      label: t.residence.township.label,
      value: place(draft.residence.townshipCode, draft.residence.villageCode),
    },
    { label: t.residence.address.label, value: draft.residence.address },
  ];
  const o = t.onBehalf;
  const agent = draft.agent;
  const relative = draft.staffRelative;
  const applicant: Answer[] = [
    ...(agent && byAgent(draft)
      ? [
          { label: o.legend, value: o.agent },
          { label: o.name.label, value: agent.name },
          {
            label: o.relationship.label,
            value: labelOf(o.relationship.options, agent.relationship),
          },
          { label: o.mobile.label, value: agent.mobile },
          ...(agent.idNumber.trim() ? [{ label: o.idNumber.label, value: agent.idNumber }] : []),
        ]
      : []),
    { label: t.applicant.name.label, value: draft.applicant.name },
    { label: t.applicant.idNumber.label, value: draft.applicant.idNumber },
    ...(byAgent(draft) && !draft.applicant.mobile.trim()
      ? []
      : [{ label: t.applicant.mobile.label, value: draft.applicant.mobile }]),
    ...(relative?.declared === 'yes'
      ? [
          { label: t.staffRelative.legend, value: text.yes },
          {
            label: t.staffRelative.position.legend,
            value: labelOf(t.staffRelative.position.options, relative.position),
          },
          { label: t.staffRelative.staffName.label, value: relative.staffName },
          { label: t.staffRelative.relationship.label, value: relative.relationship },
        ]
      : []),
    ...(draft.applicant.email.trim()
      ? [{ label: t.applicant.email.label, value: draft.applicant.email }]
      : []),
    // Emergency help alone asks where one lives on the contact screen.
    ...(steps.includes('residence') ? [] : residence),
  ];

  const registration: Answer[] = [
    { label: s.registration.hukou.legend, value: labelOf(s.registration.hukou.options, h.hukou) },
    ...(h.hukou !== '' && h.hukou !== 'puning'
      ? [
          { label: s.registration.permitHeld.legend, value: yesNo(h.permitHeld) },
          ...(h.permitHeld === 'yes'
            ? [
                { label: s.registration.permitEndorsedOn.label, value: h.permitEndorsedOn },
                { label: t.permitIssuedOn.label, value: draft.permitIssuedOn ?? '' },
                { label: t.permitOffice.label, value: draft.permitIssuingOffice },
              ]
            : []),
        ]
      : []),
    ...(asksHukouPlace(draft)
      ? [
          {
            label: t.hukouPlace.legend,
            value:
              draft.hukouPlace?.same === 'no'
                ? place(draft.hukouPlace.townshipCode, draft.hukouPlace.villageCode)
                : t.hukouPlace.same,
          },
        ]
      : []),
  ];

  const incomeItems = incomeFields.filter((f) => f !== 'employmentCosts');
  const total = incomeItems.reduce((sum, f) => sum + amountOf(h.income[f]), 0);
  const income: Answer[] = [
    ...incomeItems
      .filter((f) => h.income[f].trim() !== '')
      .map((f) => ({ label: s.income.fields[f].label, value: yuan(h.income[f]) })),
    { label: t.review.incomeTotal, value: `${total} ${checkText.yuanSuffix}` },
    ...(h.income.employmentCosts.trim() !== ''
      ? [
          {
            label: s.income.fields.employmentCosts.label,
            value: yuan(h.income.employmentCosts),
          },
        ]
      : []),
  ];

  const supporter = (status: string, supporterCase: string) =>
    [
      labelOf(s.support.supporter.options, status),
      status === 'cannot-support' && supporterCase
        ? labelOf(s.support.supporterCase.options, supporterCase)
        : '',
    ]
      .filter(Boolean)
      .join('：');

  const sections: Section[] = [
    {
      step: 'programmes',
      title: t.programmes.title,
      body: (
        <ul class="review-list">
          {draft.programmes.map((p) => (
            <li key={p}>{programmes[p].name[locale]}</li>
          ))}
        </ul>
      ),
    },
    ...(steps.includes('emergency')
      ? [
          {
            step: 'emergency' as const,
            title: t.emergency.title,
            body: (
              <Answers
                answers={[
                  { label: t.emergency.what.label, value: draft.emergency.description },
                  { label: t.emergency.date.label, value: draft.emergency.occurredOn },
                  {
                    label: t.emergency.township.label,
                    value: labelOf(townships, draft.emergency.townshipCode),
                  },
                  { label: t.emergency.neededNow.label, value: draft.emergency.neededNow ?? '' },
                  {
                    label: t.emergency.atWork.label,
                    value: draft.emergency.atWork ? text.yes : text.no,
                  },
                ]}
              />
            ),
          },
        ]
      : []),
    { step: 'applicant', title: t.applicant.title, body: <Answers answers={applicant} /> },
    { step: 'residence', title: t.residence.title, body: <Answers answers={residence} /> },
    { step: 'registration', title: s.registration.title, body: <Answers answers={registration} /> },
    {
      step: 'members',
      title: s.members.title,
      body: h.members.map((m, i) => (
        <div class="review-member" key={m.key}>
          <h4>
            {s.members.person(i + 1)}
            {i === 0 ? `${s.members.you} ${draft.applicant.name}` : ''}
          </h4>
          <Answers answers={memberAnswers(m, i, props)} />
        </div>
      )),
    },
    { step: 'income', title: s.income.title, body: <Answers answers={income} /> },
    {
      step: 'assets',
      title: s.assets.title,
      body: (
        <Answers
          answers={[
            { label: s.assets.financialAssets.label, value: yuan(h.financialAssets) },
            { label: s.assets.homes.label, value: h.homes },
            {
              label: s.assets.nonResidentialProperty.legend,
              value: yesNo(h.nonResidentialProperty),
            },
            { label: s.assets.motorVehicle.legend, value: yesNo(h.motorVehicle) },
            {
              label: s.assets.business.legend,
              value: labelOf(s.assets.business.options, h.business),
            },
          ]}
        />
      ),
    },
    {
      step: 'support',
      title: s.support.title,
      body: (
        <Answers
          answers={[
            {
              label: s.support.supporter.legend,
              value: supporter(h.supporterStatus, h.supporterCase),
            },
            ...h.members.flatMap((m, i) =>
              i > 0 && asksOwnSupporters(m)
                ? [
                    {
                      label: s.support.memberSupporter(i + 1, m.age),
                      value: supporter(m.supporterStatus ?? '', m.supporterCase ?? ''),
                    },
                  ]
                : [],
            ),
            { label: s.support.receivingDibao.legend, value: yesNo(h.receivingDibao) },
          ]}
        />
      ),
    },
    {
      step: 'expenses',
      title: s.expenses.title,
      body: (
        <Answers
          answers={[{ label: s.expenses.rigidSpending.label, value: yuan(h.rigidSpending) }]}
        />
      ),
    },
    {
      step: 'bank',
      title: t.bank.title,
      body: (
        <Answers
          answers={[
            { label: t.bank.bankName.label, value: draft.bank.bankName },
            {
              label: t.bank.accountNumber.label,
              // Masked here as on its own screen: the review is often shown to a helper.
              value: t.bank.masked(draft.bank.accountNumber.replace(/\D/g, '').slice(-4)),
            },
          ]}
        />
      ),
    },
  ];
  return sections;
}

/** One member's answers: relation and ID number (the application's), then the check's. */
function memberAnswers(m: MemberDraft, i: number, props: Props): Answer[] {
  const { draft, text, checkText } = props;
  const s = checkText.steps.members;
  const extras = draft.memberExtras[i];
  const yesNo = (v: string) => (v === 'yes' ? text.yes : v === 'no' ? text.no : '');
  const disabled = !['', 'none'].includes(m.disabilityGrade);
  return [
    ...(i > 0
      ? [
          {
            label: text.steps.memberExtras.relation.label,
            value: labelOf(text.steps.memberExtras.relation.options, extras?.relation ?? ''),
          },
        ]
      : []),
    { label: s.age, value: m.age },
    { label: s.ableToWork.legend, value: yesNo(m.ableToWork) },
    ...(m.ableToWork === 'yes'
      ? [{ label: s.refusesSuitableWork.legend, value: yesNo(m.refusesSuitableWork) }]
      : []),
    { label: s.fullTimeStudent, value: yesNo(m.fullTimeStudent) },
    {
      label: s.disability.legend,
      value: disabled
        ? [
            s.disability.grade(Number(m.disabilityGrade)),
            labelOf(s.disabilityType.options, m.disabilityType),
          ]
            .filter(Boolean)
            .join(' ')
        : s.disability.none,
    },
    { label: s.seriousIllness.legend, value: yesNo(m.seriousIllness) },
    { label: s.selfCare.label, value: m.selfCareTasksNotManaged },
    ...(i > 0 && extras?.idNumber
      ? [{ label: text.steps.memberExtras.idNumber.label, value: extras.idNumber }]
      : []),
  ];
}
