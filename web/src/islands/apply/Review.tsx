import type { Locale } from '../../../../functions/domain/locale.ts';
import { programmes } from '../../../../functions/domain/policy/programmes.ts';
import type { CheckContent } from '../check/content/types.ts';
import { incomeFields } from '../check/draft.ts';
import type { Option } from '../shared/fields.tsx';
import type { ApplyContent } from './content/types.ts';
import { type ApplyDraft, asksHukouPlace } from './draft.ts';
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

interface Row {
  label: string;
  value: string;
  step: ApplyStep;
}

const labelOf = (options: readonly Option[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;

/** "Check your answers": every answer with a link back to its screen. */
export function Review({
  draft,
  locale,
  text,
  checkText,
  townships,
  villages,
  steps,
  onChange,
}: Props) {
  const s = checkText.steps;
  const h = draft.household;
  const yesNo = (v: string) => (v === 'yes' ? text.yes : v === 'no' ? text.no : '');
  const total = incomeFields
    .filter((f) => f !== 'residentBasicPension' && f !== 'notCounted' && f !== 'employmentCosts')
    .reduce((sum, f) => sum + (Number(h.income[f]) || 0), 0);
  const rows: Row[] = [
    {
      label: text.steps.programmes.title,
      value: draft.programmes.map((p) => programmes[p].name[locale]).join('、'),
      step: 'programmes',
    },
    { label: text.steps.applicant.name.label, value: draft.applicant.name, step: 'applicant' },
    {
      label: text.steps.applicant.idNumber.label,
      value: draft.applicant.idNumber,
      step: 'applicant',
    },
    { label: text.steps.applicant.mobile.label, value: draft.applicant.mobile, step: 'applicant' },
    {
      label: text.steps.residence.title,
      value: [
        labelOf(townships, draft.residence.townshipCode),
        labelOf(villages[draft.residence.townshipCode] ?? [], draft.residence.villageCode),
        draft.residence.address,
      ].join(' '),
      step: 'residence',
    },
    {
      label: s.registration.hukou.legend,
      value: labelOf(s.registration.hukou.options, h.hukou),
      step: 'registration',
    },
    ...(asksHukouPlace(draft)
      ? [
          {
            label: text.steps.hukouPlace.legend,
            value:
              draft.hukouPlace?.same === 'no'
                ? [
                    labelOf(townships, draft.hukouPlace.townshipCode),
                    labelOf(
                      villages[draft.hukouPlace.townshipCode] ?? [],
                      draft.hukouPlace.villageCode,
                    ),
                  ].join(' ')
                : text.steps.hukouPlace.same,
            step: 'registration' as const,
          },
        ]
      : []),
    {
      label: s.members.title,
      value: h.members.map((m, i) => `${s.members.person(i + 1)}: ${m.age}`).join('；'),
      step: 'members',
    },
    {
      label: s.income.title,
      value: `${total} ${checkText.yuanSuffix}`,
      step: 'income',
    },
    {
      label: s.assets.financialAssets.label,
      value: `${h.financialAssets || 0} ${checkText.yuanSuffix}`,
      step: 'assets',
    },
    {
      label: s.support.supporter.legend,
      value: labelOf(s.support.supporter.options, h.supporterStatus),
      step: 'support',
    },
    { label: s.support.receivingDibao.legend, value: yesNo(h.receivingDibao), step: 'support' },
    {
      label: s.expenses.rigidSpending.label,
      value: `${h.rigidSpending || 0} ${checkText.yuanSuffix}`,
      step: 'expenses',
    },
    ...(steps.includes('emergency')
      ? [
          {
            label: text.steps.emergency.what.label,
            value: `${draft.emergency.occurredOn} ${labelOf(townships, draft.emergency.townshipCode)}：${draft.emergency.description}`,
            step: 'emergency' as const,
          },
        ]
      : []),
    {
      label: text.steps.bank.title,
      value: `${draft.bank.bankName} ${text.steps.bank.masked(draft.bank.accountNumber.replace(/\D/g, '').slice(-4))}`,
      step: 'bank',
    },
  ];
  // Emergency help alone skips the means test; where one lives is asked with the contact.
  const shown = rows.flatMap((row) =>
    steps.includes(row.step)
      ? [row]
      : row.step === 'residence'
        ? [{ ...row, step: 'applicant' as const }]
        : [],
  );
  return (
    <>
      <p>{text.steps.review.intro}</p>
      <dl class="summary review">
        {shown.map((row) => (
          <div class="review-row" key={`${row.step}-${row.label}`}>
            <dt>{row.label}</dt>
            <dd>{row.value || '—'}</dd>
            <dd>
              <button type="button" class="link-button" onClick={() => onChange(row.step)}>
                {text.change}
                <span class="visually-hidden"> {row.label}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p class="panel">{text.steps.review.declaration}</p>
    </>
  );
}
