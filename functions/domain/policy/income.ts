import type { CheckInput } from './check-input.ts';
import { cite, documents } from './citations.ts';
import { basisPoints, fenToYuan, formatYuan, toFen } from './money.ts';
import type { ParametersAsOf } from './parameters.ts';
import { type Reason, reason } from './reasons.ts';
import { capitalise, memberLabel } from './text.ts';
import { refusesWorkWithoutExemption } from './work-ability.ts';

/**
 * Household income as the rules count it: the monthly average over the last 6 months
 * (省令第262号), without the resident basic pension (普民〔2021〕77号 二(八)) and the items
 * 民发〔2021〕57号 art. 13 leaves out, less necessary work costs (二(一)), plus the
 * minimum wage for a working-age member who turns down suitable work (省令第262号).
 */
export interface HouseholdIncome {
  readonly members: number;
  readonly averagingMonths: number;
  /** Counted income over the averaging period, in fen: what the rules compare. */
  readonly countedPeriodFen: number;
  /** The same if every declared work cost were deducted (the real allowance is unknown). */
  readonly countedPeriodFenIfCostsDeducted: number;
  /** Counted monthly income of the whole household, yuan. */
  readonly monthly: number;
  readonly monthlyPerPerson: number;
  readonly monthlyPerPersonIfCostsDeducted: number;
  readonly notCountedMonthly: {
    readonly residentBasicPension: number;
    readonly otherItems: number;
  };
  readonly employmentCosts: {
    readonly declaredMonthly: number;
    readonly deductedMonthly: number;
    /** False while the deduction allowance itself is an unverified placeholder. */
    readonly allowanceVerified: boolean;
  };
  readonly imputed: readonly { readonly member: number; readonly monthly: number }[];
  /** What was left out, deducted or added, each with its clause. */
  readonly reasons: readonly Reason[];
}

export function householdIncome(input: CheckInput, p: ParametersAsOf): HouseholdIncome {
  const months = p.incomeAveragingMonths.value;
  const members = input.members.length;
  const { income } = input;
  const wagesFen = toFen(income.wages);
  const declaredCostsFen = toFen(income.employmentCosts);
  const allowance = p.employmentCostDeductionMonthly;
  // Costs come off wages only, never below zero, and never beyond the allowance.
  const deductedFen = Math.min(declaredCostsFen, wagesFen, toFen(allowance.value) * months);
  const deductibleIfAllowedFen = Math.min(declaredCostsFen, wagesFen);

  const minimumWage = p.minimumWageMonthly.value;
  const imputed = input.members.flatMap((member, index) =>
    refusesWorkWithoutExemption(member, p) ? [{ member: index, monthly: minimumWage }] : [],
  );
  const imputedFen = imputed.length * toFen(minimumWage) * months;

  // Read only when there is a pension, so a result lists the rule only when it used it.
  const pensionCountedFen =
    income.residentBasicPension > 0 && !p.residentBasicPensionNotCounted.value
      ? toFen(income.residentBasicPension)
      : 0;
  const otherCountedFen =
    toFen(income.businessNet) +
    toFen(income.propertyNet) +
    toFen(income.transfer) +
    pensionCountedFen;
  const countedPeriodFen = wagesFen - deductedFen + otherCountedFen + imputedFen;
  const countedPeriodFenIfCostsDeducted =
    wagesFen - deductibleIfAllowedFen + otherCountedFen + imputedFen;

  const perMonth = (fen: number) => fenToYuan(fen / months);
  const perPerson = (fen: number) => fenToYuan(fen / months / members);

  const reasons: Reason[] = [];
  const pension = pensionCountedFen > 0 ? 0 : perMonth(toFen(income.residentBasicPension));
  if (pension > 0) {
    const rule = p.residentBasicPensionNotCounted;
    const ended = rule.pastEnd
      ? {
          'zh-CN': `这条规定写明适用于“十四五”时期（到 ${rule.lastDay} 为止），之后是否继续以普宁市民政局公布的为准。`,
          en: ` The rule was written for the 14th Five-Year Plan (to ${rule.lastDay}); whether it still applies is for the bureau to confirm.`,
        }
      : { 'zh-CN': '', en: '' };
    reasons.push(
      reason(
        'resident-pension-not-counted',
        'info',
        {
          'zh-CN': `城乡居民基本养老保险的基础养老金（每月约 ${formatYuan(pension)['zh-CN']}）不算作收入。${ended['zh-CN']}`,
          en: `The basic resident pension (about ${formatYuan(pension).en} a month) is not counted as income.${ended.en}`,
        },
        cite(documents.puning77, '二(八)'),
      ),
    );
  }
  const otherItems = perMonth(toFen(income.notCounted));
  if (otherItems > 0) {
    reasons.push(
      reason(
        'excluded-items-not-counted',
        'info',
        {
          'zh-CN': `优待抚恤金、奖学金、见义勇为奖励、救助金等（每月约 ${formatYuan(otherItems)['zh-CN']}）不算作收入。`,
          en: `Payments the rules leave out, such as veterans' benefits, scholarships, bravery awards and assistance money (about ${formatYuan(otherItems).en} a month), are not counted.`,
        },
        cite(documents.dibaoProcedure, '第十三条'),
      ),
    );
  }
  if (deductibleIfAllowedFen > 0) {
    const declared = perMonth(deductibleIfAllowedFen);
    const deducted = perMonth(deductedFen);
    reasons.push(
      reason(
        'employment-costs',
        'info',
        allowance.verified
          ? {
              'zh-CN': `上班的必要开支每月扣减 ${formatYuan(deducted)['zh-CN']}（您填写的是 ${formatYuan(declared)['zh-CN']}）。`,
              en: `Necessary work costs of ${formatYuan(deducted).en} a month are deducted (you entered ${formatYuan(declared).en}).`,
            }
          : {
              'zh-CN': `按规定，上班的必要开支（您填写的每月约 ${formatYuan(declared)['zh-CN']}）可以从收入中扣减，但普宁的扣减标准我们还没有找到，这里暂时扣减 ${formatYuan(deducted)['zh-CN']}。乡镇（街道、农场）会按实际标准计算。`,
              en: `The rules let necessary work costs (you entered about ${formatYuan(declared).en} a month) be deducted from income, but Puning's deduction rate has not been found, so ${formatYuan(deducted).en} is deducted here. The township will apply the actual rate.`,
            },
        cite(documents.puning77, '二(一)'),
      ),
    );
  }
  for (const { member: index } of imputed) {
    const member = input.members[index];
    if (!member) continue;
    const label = memberLabel(index, member);
    reasons.push(
      reason(
        'refuses-work-imputed',
        'info',
        {
          'zh-CN': `${label['zh-CN']}有劳动能力但拒绝合适的工作，按最低工资每月 ${formatYuan(minimumWage)['zh-CN']} 计算收入。`,
          en: `${capitalise(label.en)} can work but has turned down suitable work, so their income is counted at the minimum wage, ${formatYuan(minimumWage).en} a month.`,
        },
        cite(documents.gdDibao, '拒绝就业的收入认定'),
      ),
    );
  }

  return {
    members,
    averagingMonths: months,
    countedPeriodFen,
    countedPeriodFenIfCostsDeducted,
    monthly: perMonth(countedPeriodFen),
    monthlyPerPerson: perPerson(countedPeriodFen),
    monthlyPerPersonIfCostsDeducted: perPerson(countedPeriodFenIfCostsDeducted),
    notCountedMonthly: { residentBasicPension: pension, otherItems },
    employmentCosts: {
      declaredMonthly: perMonth(declaredCostsFen),
      deductedMonthly: perMonth(deductedFen),
      allowanceVerified: allowance.verified,
    },
    imputed,
    reasons,
  };
}

/**
 * How counted income per person compares with `multiplier × perPersonMonthly` (yuan):
 * `below`, `below-if-costs-deducted` (only if the unknown work-cost allowance covered the
 * declared costs), or `not-below`. Exact: compared in fen and basis points.
 */
export type IncomeComparison = 'below' | 'below-if-costs-deducted' | 'not-below';

export function compareIncomePerPerson(
  income: HouseholdIncome,
  perPersonMonthly: number,
  multiplier = 1,
): IncomeComparison {
  const limit =
    toFen(perPersonMonthly) * basisPoints(multiplier) * income.averagingMonths * income.members;
  if (income.countedPeriodFen * 10_000 < limit) return 'below';
  if (income.countedPeriodFenIfCostsDeducted * 10_000 < limit) return 'below-if-costs-deducted';
  return 'not-below';
}
