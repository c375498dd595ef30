import { assetReasons } from '../assets.ts';
import { cite, documents } from '../citations.ts';
import type { RuleContext } from '../context.ts';
import { formatYuan, toFen } from '../money.ts';
import { type Reason, reason } from '../reasons.ts';
import { documentList, householdDocuments } from '../required-documents.ts';
import { type ProgrammeResult, programmeResult } from '../result.ts';
import { text } from '../text.ts';

const MONTHS_PER_YEAR = 12;

/**
 * 临时救助（支出型） (民发〔2018〕23号): a household whose necessary spending on medical
 * care, schooling and the like has suddenly risen beyond what it can bear. No hukou or
 * residence condition (普民〔2021〕77号 二(六) "取消户籍地、居住地申请限制"). In
 * principle income per person is below last year's local disposable income (23号); whether
 * the spending exceeds what the household can bear is the township's assessment under
 * the full review. The 户籍 condition, the 60 % spending share and the edge-family asset
 * limits belong to Guangdong's 支出型困难家庭 (粤府办〔2022〕3号), a different 认定, and
 * are not used here. No amount is estimated.
 */
export function evaluateTemporaryExpense(ctx: RuleContext): ProgrammeResult {
  const { input } = ctx;
  const reasons: Reason[] = [
    reason(
      'expense-no-hukou-condition',
      'meets',
      text(
        '临时救助不看户口和居住地，户口不在普宁的也可以在普宁申请。',
        'Temporary assistance has no hukou or residence condition: you can apply in Puning whatever your hukou.',
      ),
      cite(documents.puning77, '二(六)'),
    ),
    spendingReason(ctx),
    disposableIncomeReason(ctx),
    burdenReason(ctx),
  ];
  return programmeResult('temporary-expense', reasons, () => ({
    estimatedMonthlyAmount: null,
    documents: documentList([...householdDocuments(input), 'expense-receipts']),
    applyAt: { townshipCode: input.residence.townshipCode, basis: 'residence' },
    whenEligible: [
      reason(
        'expense-review',
        'info',
        text(
          '支出型救助按审核审批程序办理，可以“一次审批、分阶段救助”；金额按实际支出和困难程度确定，普宁的具体标准我们还没有找到。',
          "Expense help goes through the review and approval procedure; it can be approved once and paid in stages. The amount depends on the actual costs and hardship; Puning's standard was not found.",
        ),
        cite(documents.puning77, '二(六)'),
      ),
    ],
  }));
}

function spendingReason(ctx: RuleContext): Reason {
  const spent = formatYuan(ctx.input.expenses.rigidSpendingLast12Months);
  const clause = cite(documents.temporaryAid, '支出型临时救助');
  if (toFen(ctx.input.expenses.rigidSpendingLast12Months) <= 0) {
    return reason(
      'expense-no-rigid-spending',
      'fails',
      text(
        '您没有填写近 12 个月看病、上学、康复等必需的大额支出。',
        'You entered no large necessary spending (medical, school, rehabilitation) in the last 12 months.',
      ),
      clause,
    );
  }
  return reason(
    'expense-rigid-spending',
    'meets',
    text(
      `近 12 个月看病、上学等必需支出 ${spent['zh-CN']}。`,
      `Necessary spending (medical, school and the like) of ${spent.en} in the last 12 months.`,
    ),
    clause,
  );
}

/** Whether the spending is beyond what the household can bear is assessed, not computed. */
function burdenReason(ctx: RuleContext): Reason {
  const assetsWithinEdgeLimits = assetReasons(ctx, documents.gdEdge).every(
    (r) => r.status !== 'fails',
  );
  return reason(
    'expense-burden-assessed',
    'uncertain',
    assetsWithinEdgeLimits
      ? text(
          '支出是否超出家庭承受能力、导致基本生活出现严重困难，由乡镇（街道、农场）按家庭收入、财产和支出情况审核认定。',
          'Whether the spending is beyond what the household can bear, leaving it in serious hardship, is assessed by the township from its income, assets and spending.',
        )
      : text(
          '支出是否超出家庭承受能力，由乡镇（街道、农场）审核认定；您家的存款或财产较多，乡镇（街道、农场）会一并考虑。',
          'Whether the spending is beyond what the household can bear is assessed by the township; your household has savings or property above the usual limits, which it will take into account.',
        ),
    cite(documents.temporaryAid, '支出型临时救助'),
  );
}

function disposableIncomeReason(ctx: RuleContext): Reason {
  const { income, p } = ctx;
  const figure = p.priorYearDisposableIncomePerPerson.value;
  const clause = cite(documents.temporaryAid, '支出型临时救助：收入条件');
  const yearlyPerPerson = formatYuan(income.monthlyPerPerson * MONTHS_PER_YEAR);
  if (figure === null) {
    return reason(
      'expense-disposable-income-not-verified',
      'uncertain',
      text(
        `还要求家里每人一年收入（约 ${yearlyPerPerson['zh-CN']}）低于上年度当地居民人均可支配收入；这个数我们还没有核实，由乡镇（街道、农场）核算。`,
        `Income per person for a year (about ${yearlyPerPerson.en}) must also be below last year's local disposable income per person, a figure we have not verified. The township will work it out.`,
      ),
      clause,
    );
  }
  const limit = toFen(figure) * income.averagingMonths * income.members;
  const below = (periodFen: number) => periodFen * MONTHS_PER_YEAR < limit;
  const line = formatYuan(figure);
  if (below(income.countedPeriodFen)) {
    return reason(
      'expense-income-below-disposable',
      'meets',
      text(
        `家里每人一年收入约 ${yearlyPerPerson['zh-CN']}，低于上年度当地居民人均可支配收入 ${line['zh-CN']}。`,
        `Income per person for a year is about ${yearlyPerPerson.en}, below last year's local disposable income of ${line.en}.`,
      ),
      clause,
    );
  }
  if (below(income.countedPeriodFenIfCostsDeducted)) {
    return reason(
      'expense-income-depends-on-work-costs',
      'uncertain',
      text(
        `家里每人一年收入约 ${yearlyPerPerson['zh-CN']}，不低于上年度当地居民人均可支配收入 ${line['zh-CN']}；扣减上班的必要开支后可能低于，由乡镇（街道、农场）核算。`,
        `Income per person for a year is about ${yearlyPerPerson.en}, not below last year's local disposable income of ${line.en}; after work costs it may be. The township will work it out.`,
      ),
      cite(documents.puning77, '二(一)'),
    );
  }
  return reason(
    'expense-income-not-below-disposable',
    'fails',
    text(
      `家里每人一年收入约 ${yearlyPerPerson['zh-CN']}，没有低于上年度当地居民人均可支配收入 ${line['zh-CN']}。`,
      `Income per person for a year is about ${yearlyPerPerson.en}, not below last year's local disposable income of ${line.en}.`,
    ),
    clause,
  );
}
