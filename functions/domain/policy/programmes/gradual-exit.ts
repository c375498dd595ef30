import { cite, documents } from '../citations.ts';
import type { RuleContext } from '../context.ts';
import { compareIncomePerPerson } from '../income.ts';
import { formatYuan } from '../money.ts';
import { type Reason, reason } from '../reasons.ts';
import { documentList } from '../required-documents.ts';
import { type ProgrammeResult, programmeResult } from '../result.ts';
import { text } from '../text.ts';

/**
 * 渐退期: a household already on dibao whose income per person has risen to or above the
 * standard keeps its payment for 6 more months (普民〔2021〕77号 二(一), written for rural
 * dibao households; for urban ones the county may grant it, 民发〔2021〕57号 art. 33).
 */
export function evaluateGradualExit(ctx: RuleContext): ProgrammeResult {
  const { input, income, standard, p } = ctx;
  const months = p.gradualExitMonths.value;
  const perPerson = formatYuan(income.monthlyPerPerson);
  const line = formatYuan(standard.monthly);
  const reasons: Reason[] = [];

  if (!input.support.receivingDibao) {
    reasons.push(
      reason(
        'gradual-exit-not-receiving',
        'fails',
        text(
          '渐退期只适用于正在领取低保的家庭。',
          'The phase-out period is only for households already receiving dibao.',
        ),
        cite(documents.puning77, '二(一)'),
      ),
    );
  } else if (compareIncomePerPerson(income, standard.monthly) === 'below') {
    reasons.push(
      reason(
        'gradual-exit-still-below-standard',
        'fails',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，仍低于${standard.name['zh-CN']} ${line['zh-CN']}，低保照常发放，不需要渐退期。`,
          `Your household's income is about ${perPerson.en} per person a month, still below the ${standard.name.en} of ${line.en}, so dibao continues as normal; no phase-out is needed.`,
        ),
        cite(documents.puning77, '二(一)'),
      ),
    );
  } else {
    reasons.push(
      reason(
        'gradual-exit-income-rose',
        'meets',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，已经不低于${standard.name['zh-CN']} ${line['zh-CN']}。`,
          `Your household's income is about ${perPerson.en} per person a month, no longer below the ${standard.name.en} of ${line.en}.`,
        ),
        cite(documents.puning77, '二(一)'),
      ),
      input.residence.area === 'rural'
        ? reason(
            'gradual-exit-rural',
            'meets',
            text(
              `农村低保家庭人均收入超过当地低保标准的，给予 ${months} 个月的救助渐退期，不再符合条件的按程序退出。`,
              `A rural dibao household whose income per person rises above the local standard is given a ${months}-month phase-out period; if it no longer qualifies, it then leaves dibao through the normal procedure.`,
            ),
            cite(documents.puning77, '二(一)'),
          )
        : reason(
            'gradual-exit-urban',
            'uncertain',
            text(
              `普宁的方案写明农村低保家庭有 ${months} 个月渐退期；城镇低保家庭也可以给予渐退期，由市民政局决定。`,
              `Puning's plan gives rural dibao households ${months} more months; for urban households the city bureau may also grant a phase-out period.`,
            ),
            cite(documents.dibaoProcedure, '第三十三条'),
          ),
    );
  }
  return programmeResult('gradual-exit', reasons, () => ({
    estimatedMonthlyAmount: null,
    documents: documentList(['id-card', 'dibao-certificate', 'income-proof']),
    applyAt: { townshipCode: input.residence.townshipCode, basis: 'residence' },
    whenEligible: [
      reason(
        'gradual-exit-amount',
        'info',
        text(
          `政策给予 ${months} 个月的救助渐退期，期满后不再符合条件的按程序退出；渐退期内发放多少由乡镇（街道、农场）核定。请把收入变化告诉乡镇（街道、农场）。`,
          `The policy gives a ${months}-month phase-out period, after which a household that no longer qualifies leaves dibao through the normal procedure; the township decides what is paid during it. Tell the township about the change in income.`,
        ),
        cite(documents.puning77, '二(一)'),
      ),
    ],
  }));
}
