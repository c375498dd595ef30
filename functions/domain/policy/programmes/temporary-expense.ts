import { assetReasons } from '../assets.ts';
import { cite, documents } from '../citations.ts';
import type { RuleContext } from '../context.ts';
import type { HouseholdIncome } from '../income.ts';
import { basisPoints, fenToYuan, formatPercent, formatYuan, toFen } from '../money.ts';
import { type Reason, reason } from '../reasons.ts';
import { documentList, householdDocuments } from '../required-documents.ts';
import { type ProgrammeResult, programmeResult } from '../result.ts';
import { text } from '../text.ts';

const MONTHS_PER_YEAR = 12;

/**
 * 支出型 (粤府办〔2022〕3号; 民发〔2018〕23号): at least one member with Puning hukou,
 * necessary spending in the last 12 months of at least 60 % of a year's income (12 × the
 * counted monthly average), income per person below last year's local disposable income,
 * and the asset test. The full review procedure applies; no amount is estimated.
 */
export function evaluateTemporaryExpense(ctx: RuleContext): ProgrammeResult {
  const { input } = ctx;
  const reasons: Reason[] = [
    hukouReason(ctx),
    spendingReason(ctx),
    disposableIncomeReason(ctx),
    ...assetReasons(ctx, documents.gdEdge),
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
          '支出型救助按正常程序审核审批，可以“一次审批、分阶段救助”；金额按实际支出和困难程度确定，普宁的具体标准我们还没有找到。',
          "Expense help goes through the normal review; it can be approved once and paid in stages. The amount depends on the actual costs and hardship; Puning's standard was not found.",
        ),
        cite(documents.puning77, '二(六)'),
      ),
    ],
  }));
}

function hukouReason(ctx: RuleContext): Reason {
  const clause = cite(documents.gdEdge, '支出型困难家庭：户籍条件');
  return ctx.input.registration.hukou === 'puning'
    ? reason(
        'expense-local-hukou',
        'meets',
        text('家里至少有一人是普宁户口。', 'At least one member has Puning hukou.'),
        clause,
      )
    : reason(
        'expense-no-local-hukou',
        'fails',
        text(
          '支出型救助要求家里至少有一人是本地户口，请向户口所在地申请。遇到突发困难，可以在普宁申请急难救助。',
          'Expense help needs at least one member with local hukou, so apply where your hukou is. For sudden hardship you can ask for emergency help in Puning.',
        ),
        clause,
      );
}

/** rigid × 10000 ≥ share(bp) × yearly income, all in integers. */
function spendingMeetsShare(
  rigidFen: number,
  periodFen: number,
  income: HouseholdIncome,
  bp: number,
) {
  return rigidFen * 10_000 * income.averagingMonths >= bp * periodFen * MONTHS_PER_YEAR;
}

function spendingReason(ctx: RuleContext): Reason {
  const { income, p } = ctx;
  const share = p.expenseRigidSpendingShare.value;
  const bp = basisPoints(share);
  const rigidFen = toFen(ctx.input.expenses.rigidSpendingLast12Months);
  const yearly = formatYuan(
    fenToYuan((income.countedPeriodFen * MONTHS_PER_YEAR) / income.averagingMonths),
  );
  const spent = formatYuan(fenToYuan(rigidFen));
  const clause = cite(documents.gdEdge, '支出型困难家庭：刚性支出');
  if (rigidFen <= 0) {
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
  if (spendingMeetsShare(rigidFen, income.countedPeriodFen, income, bp)) {
    return reason(
      'expense-rigid-spending-high',
      'meets',
      text(
        `近 12 个月必需支出 ${spent['zh-CN']}，达到家庭一年收入（约 ${yearly['zh-CN']}）的 ${formatPercent(share)}。`,
        `Necessary spending of ${spent.en} in the last 12 months is at least ${formatPercent(share)} of a year's household income (about ${yearly.en}).`,
      ),
      clause,
    );
  }
  if (spendingMeetsShare(rigidFen, income.countedPeriodFenIfCostsDeducted, income, bp)) {
    return reason(
      'expense-rigid-spending-depends-on-work-costs',
      'uncertain',
      text(
        `近 12 个月必需支出 ${spent['zh-CN']}，不到家庭一年收入（约 ${yearly['zh-CN']}）的 ${formatPercent(share)}；扣减上班的必要开支后可能达到，由镇（街道）核算。`,
        `Necessary spending of ${spent.en} is below ${formatPercent(share)} of a year's household income (about ${yearly.en}); after work costs it may reach it. The township will work it out.`,
      ),
      cite(documents.puning77, '二(一)'),
    );
  }
  return reason(
    'expense-rigid-spending-low',
    'fails',
    text(
      `近 12 个月必需支出 ${spent['zh-CN']}，不到家庭一年收入（约 ${yearly['zh-CN']}）的 ${formatPercent(share)}。`,
      `Necessary spending of ${spent.en} in the last 12 months is below ${formatPercent(share)} of a year's household income (about ${yearly.en}).`,
    ),
    clause,
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
        `还要求家里每人一年收入（约 ${yearlyPerPerson['zh-CN']}）低于上年度当地居民人均可支配收入；这个数我们还没有核实，由镇（街道）核算。`,
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
        `家里每人一年收入约 ${yearlyPerPerson['zh-CN']}，不低于上年度当地居民人均可支配收入 ${line['zh-CN']}；扣减上班的必要开支后可能低于，由镇（街道）核算。`,
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
