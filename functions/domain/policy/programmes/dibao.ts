import { assetReasons } from '../assets.ts';
import { cite, documents } from '../citations.ts';
import type { RuleContext } from '../context.ts';
import { formatYuan, toFen } from '../money.ts';
import { type Reason, reason } from '../reasons.ts';
import { documentList, householdDocuments } from '../required-documents.ts';
import { residenceReason } from '../residence.ts';
import { type ProgrammeResult, programmeResult } from '../result.ts';
import { text } from '../text.ts';
import {
  compareWithStandard,
  type StandardComparison,
  standardMayBeHigherText,
} from '../uncertain-figures.ts';

/**
 * 城乡低保: income per person below the standard for where the household lives, assets
 * within every limit, and the hukou/residence condition. The amount is the gap to the
 * standard for the whole household (民发〔2021〕57号 art. 23).
 */
export function evaluateDibao(ctx: RuleContext): ProgrammeResult {
  const { income, standard } = ctx;
  const comparison = compareWithStandard(ctx);
  const reasons: Reason[] = [
    residenceReason(ctx),
    dibaoIncomeReason(ctx, comparison),
    ...refusalReasons(ctx),
    ...assetReasons(ctx),
  ];

  return programmeResult('dibao', reasons, () => {
    const costsDeducted = comparison === 'below-if-costs-deducted';
    const perPerson = costsDeducted
      ? income.monthlyPerPersonIfCostsDeducted
      : income.monthlyPerPerson;
    // The gap for the whole household, from totals in fen so rounding happens once.
    const periodFen = costsDeducted
      ? income.countedPeriodFenIfCostsDeducted
      : income.countedPeriodFen;
    const gapFen = toFen(standard.monthly) * income.members * income.averagingMonths - periodFen;
    const amount = Math.max(0, Math.round(gapFen / income.averagingMonths / 100));
    const basis = costsDeducted
      ? text('（按扣减全部上班开支计算）', ' (counting all work costs as deducted)')
      : text('', '');
    const near = comparison === 'near-uncertain-standard';
    return {
      // Above the figure used, no gap can be computed: the township works it out.
      estimatedMonthlyAmount: near ? null : amount,
      documents: documentList(householdDocuments(ctx.input)),
      applyAt: { townshipCode: ctx.input.residence.townshipCode, basis: 'residence' },
      whenEligible: [
        ...(near
          ? []
          : [
              reason(
                'dibao-amount',
                'info',
                text(
                  `低保按差额补足：(${formatYuan(standard.monthly)['zh-CN']} − 每人收入 ${formatYuan(perPerson)['zh-CN']}${basis['zh-CN']}) × ${income.members} 人，每月约 ${formatYuan(amount)['zh-CN']}。批准后的下个月开始发放。`,
                  `Dibao tops income up to the standard: (${formatYuan(standard.monthly).en} − income per person ${formatYuan(perPerson).en}${basis.en}) × ${income.members}, about ${formatYuan(amount).en} a month. Payment starts the month after approval.`,
                ),
                cite(documents.dibaoProcedure, '第二十三条'),
              ),
            ]),
        dibaoTimelineReason(ctx),
      ],
    };
  });
}

export function dibaoIncomeReason(ctx: RuleContext, comparison: StandardComparison): Reason {
  const { income, standard } = ctx;
  const perPerson = formatYuan(income.monthlyPerPerson);
  const line = formatYuan(standard.monthly);
  const clause = cite(documents.dibaoProcedure, '第二十三条');
  switch (comparison) {
    case 'below':
      return reason(
        'dibao-income-below-standard',
        'meets',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，低于${standard.name['zh-CN']} ${line['zh-CN']}。`,
          `Your household's income is about ${perPerson.en} per person a month, below the ${standard.name.en} of ${line.en}.`,
        ),
        clause,
      );
    case 'below-if-costs-deducted':
      return reason(
        'dibao-income-depends-on-work-costs',
        'uncertain',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，不低于${standard.name['zh-CN']} ${line['zh-CN']}；如果上班的必要开支全部扣减，就会低于标准。扣减标准还没有找到，由乡镇（街道、农场）核算。`,
          `Your household's income is about ${perPerson.en} per person a month, not below the ${standard.name.en} of ${line.en}; it would be below it if all your work costs were deducted. The deduction rate has not been found; the township will work it out.`,
        ),
        cite(documents.puning77, '二(一)'),
      );
    case 'near-uncertain-standard': {
      const why = standardMayBeHigherText(ctx);
      return reason(
        'dibao-income-near-uncertain-standard',
        'uncertain',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，比${standard.name['zh-CN']} ${line['zh-CN']}${why['zh-CN']}`,
          `Your household's income is about ${perPerson.en} per person a month, above the ${standard.name.en} of ${line.en} but ${why.en}`,
        ),
        clause,
      );
    }
    case 'not-below':
      return reason(
        'dibao-income-not-below-standard',
        'fails',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，没有低于${standard.name['zh-CN']} ${line['zh-CN']}。`,
          `Your household's income is about ${perPerson.en} per person a month, which is not below the ${standard.name.en} of ${line.en}.`,
        ),
        clause,
      );
  }
}

/**
 * 省令第262号: a new application from a family in which a working-age member turns down
 * suitable work without good reason is not approved; whether the reason is good is the
 * township's judgement, so the pre-check can only say "possible".
 */
export function refusalReasons(ctx: RuleContext): Reason[] {
  if (ctx.income.imputed.length === 0 || ctx.input.support.receivingDibao) return [];
  return [
    reason(
      'refuses-suitable-work',
      'uncertain',
      text(
        '家里有能工作的人拒绝了合适的工作。没有正当理由的，低保申请可能不被批准；有正当理由的请向乡镇（街道、农场）说明。',
        'Someone in the household who can work has turned down suitable work. Without a good reason the application may be refused; if there is a good reason, explain it to the township.',
      ),
      cite(documents.gdDibao, '拒绝就业的处理'),
    ),
  ];
}

export function dibaoTimelineReason(ctx: RuleContext): Reason {
  const { p } = ctx;
  const start = p.dibaoCheckStartWorkingDays.value;
  const notice = p.dibaoPublicNoticeDays.value;
  const confirm = p.dibaoCityConfirmationWorkingDays.value;
  const overall = p.dibaoOverallWorkingDays.value;
  const extended = p.dibaoOverallExtendedWorkingDays.value;
  const refusal = p.refusalNoticeWorkingDays.value;
  return reason(
    'dibao-timeline',
    'info',
    text(
      `申请受理后 ${start} 个工作日内开始入户调查，结果在村（社区）公示 ${notice} 天，市民政局 ${confirm} 个工作日内确认；全程一般不超过 ${overall} 个工作日，特殊情况最长 ${extended} 个工作日。不批准的，${refusal} 个工作日内书面告知理由。`,
      `After your application is accepted, the household check starts within ${start} working days, the result is posted in your village or community for ${notice} days, and the city bureau confirms within ${confirm} working days. The whole process usually takes no more than ${overall} working days (${extended} at most). A refusal is explained in writing within ${refusal} working days.`,
    ),
    cite(documents.dibaoProcedure, '第十五条、第十九条至第二十二条'),
  );
}
