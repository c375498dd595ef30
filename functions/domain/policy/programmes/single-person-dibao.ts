import { assetReasons } from '../assets.ts';
import { cite, documents } from '../citations.ts';
import type { RuleContext } from '../context.ts';
import { describeGradeLimits, disabilityTypeNames, matchesGradeLimits } from '../disability.ts';
import { compareIncomePerPerson } from '../income.ts';
import { formatYuan } from '../money.ts';
import { type Reason, reason } from '../reasons.ts';
import { documentList, householdDocuments } from '../required-documents.ts';
import { residenceReason } from '../residence.ts';
import { type ProgrammeResult, programmeResult } from '../result.ts';
import { capitalise, joinLabels, memberLabel, text } from '../text.ts';
import { compareWithStandard, standardMayBeHigherText } from '../uncertain-figures.ts';
import { refusalReasons } from './dibao.ts';

/**
 * 单人保: in an edge household (income per person at or above the dibao standard but
 * below 1.5 times it), a seriously ill member, a grade 1–2 disabled member, or a grade
 * 3–4 intellectually or mentally disabled member is covered alone, at the full standard
 * (普民〔2021〕77号 二(五); 粤府办〔2022〕3号; 粤民函〔2020〕407号).
 */
export function evaluateSinglePersonDibao(ctx: RuleContext): ProgrammeResult {
  const { input, p, standard } = ctx;
  const limits = p.singlePersonDisabilityGrades.value;
  const matches = input.members.map((member) =>
    member.seriousIllness ? 'yes' : matchesGradeLimits(member.disability, limits),
  );
  const certain = matches.flatMap((m, i) => (m === 'yes' ? [i] : []));
  const maybe = matches.flatMap((m, i) => (m === 'maybe' ? [i] : []));
  const covered = certain.length > 0 ? certain : maybe;

  const reasons: Reason[] = [
    residenceReason(ctx),
    edgeBandReason(ctx, 'single-person'),
    memberReason(ctx, certain, maybe),
    ...refusalReasons(ctx),
    ...assetReasons(ctx),
  ];
  return programmeResult('single-person-dibao', reasons, () => {
    const amount = standard.monthly * covered.length;
    return {
      estimatedMonthlyAmount: amount,
      documents: documentList([...householdDocuments(input), 'medical-records']),
      applyAt: { townshipCode: input.residence.townshipCode, basis: 'residence' },
      whenEligible: [
        reason(
          'single-person-amount',
          'info',
          text(
            `单人保按全额${standard.name['zh-CN']}发放，每人每月 ${formatYuan(standard.monthly)['zh-CN']}，这里按 ${covered.length} 人计算，共约 ${formatYuan(amount)['zh-CN']}。`,
            `Single-person dibao pays the full ${standard.name.en}, ${formatYuan(standard.monthly).en} a month each; counted here for ${covered.length}, about ${formatYuan(amount).en} in all.`,
          ),
          cite(documents.gdEdge, '单人保'),
        ),
      ],
    };
  });
}

/**
 * Income between the dibao standard and `edgeIncomeMultiplier` times it. Below the
 * standard the whole household is a dibao case instead.
 */
export function edgeBandReason(ctx: RuleContext, use: 'single-person' | 'edge'): Reason {
  const { income, standard, p } = ctx;
  const multiplier = p.edgeIncomeMultiplier.value;
  const perPerson = formatYuan(income.monthlyPerPerson);
  const line = formatYuan(standard.monthly);
  const upper = formatYuan(standard.monthly * multiplier);
  const clause =
    use === 'single-person'
      ? cite(documents.gdSinglePerson, '单人保的收入条件')
      : cite(documents.dibaoProcedure, '第八条');

  if (compareIncomePerPerson(income, standard.monthly) === 'below') {
    return reason(
      `${use}-household-below-standard`,
      'fails',
      text(
        `家里每人每月收入约 ${perPerson['zh-CN']}，低于${standard.name['zh-CN']} ${line['zh-CN']}，全家可以直接申请低保（见“低保”），${use === 'edge' ? '低保家庭同样可以得到医疗、教育、住房、就业等救助' : '不需要单人保'}。`,
        `Your household's income is about ${perPerson.en} per person a month, below the ${standard.name.en} of ${line.en}, so the whole household can apply for dibao (see "Dibao")${use === 'edge' ? ', which brings the same help with medical, school, housing and job costs' : ' instead'}.`,
      ),
      clause,
    );
  }
  switch (compareWithStandard(ctx, multiplier)) {
    case 'below':
      return reason(
        `${use}-income-in-edge-band`,
        'meets',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，在${standard.name['zh-CN']} ${line['zh-CN']} 和它的 ${multiplier} 倍（${upper['zh-CN']}）之间。`,
          `Your household's income is about ${perPerson.en} per person a month, between the ${standard.name.en} of ${line.en} and ${multiplier} times it (${upper.en}).`,
        ),
        clause,
      );
    case 'below-if-costs-deducted':
      return reason(
        `${use}-income-depends-on-work-costs`,
        'uncertain',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，达到了低保标准的 ${multiplier} 倍（${upper['zh-CN']}）；如果上班的必要开支全部扣减，就会低于它。扣减标准还没有找到，由乡镇（街道、农场）核算。`,
          `Your household's income is about ${perPerson.en} per person a month, at or above ${multiplier} times the dibao standard (${upper.en}); it would be below that if all work costs were deducted. The deduction rate has not been found; the township will work it out.`,
        ),
        cite(documents.puning77, '二(一)'),
      );
    case 'near-uncertain-standard': {
      const why = standardMayBeHigherText(ctx);
      return reason(
        `${use}-income-near-uncertain-edge-limit`,
        'uncertain',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，达到了低保标准的 ${multiplier} 倍（${upper['zh-CN']}），但${why['zh-CN']}`,
          `Your household's income is about ${perPerson.en} per person a month, at or above ${multiplier} times the dibao standard (${upper.en}), but ${why.en}`,
        ),
        clause,
      );
    }
    case 'not-below':
      return reason(
        `${use}-income-above-edge-band`,
        'fails',
        text(
          `家里每人每月收入约 ${perPerson['zh-CN']}，达到了低保标准的 ${multiplier} 倍（${upper['zh-CN']}）。`,
          `Your household's income is about ${perPerson.en} per person a month, at or above ${multiplier} times the dibao standard (${upper.en}).`,
        ),
        clause,
      );
  }
}

function memberReason(ctx: RuleContext, certain: number[], maybe: number[]): Reason {
  const { members } = ctx.input;
  const describe = (i: number) => {
    const member = members[i];
    if (!member) return text('', '');
    const label = memberLabel(i, member);
    if (member.seriousIllness) {
      return text(`${label['zh-CN']}患重病`, `${label.en}, who is seriously ill`);
    }
    const disability = member.disability;
    const kind = disability ? disabilityTypeNames[disability.type] : text('', '');
    return text(
      `${label['zh-CN']}是${disability?.grade ?? ''}级${kind['zh-CN']}`,
      `${label.en}, with a grade ${disability?.grade ?? ''} ${kind.en}`,
    );
  };
  const clause = cite(documents.gdEdge, '单人保');
  const grades = describeGradeLimits(ctx.p.singlePersonDisabilityGrades.value);
  if (certain.length > 0) {
    const who = joinLabels(certain.map(describe));
    return reason(
      'single-person-member-qualifies',
      'meets',
      text(`${who['zh-CN']}，可以单独纳入低保。`, `${capitalise(who.en)}: can be covered alone.`),
      clause,
    );
  }
  if (maybe.length > 0) {
    const who = joinLabels(maybe.map(describe));
    return reason(
      'single-person-member-may-qualify',
      'uncertain',
      text(
        `${who['zh-CN']}。多重残疾是否符合，要看其中是否有${grades['zh-CN']}，请带残疾人证到乡镇（街道、农场）确认。`,
        `${capitalise(who.en)}. Whether a multiple disability qualifies depends on its parts (${grades.en}); bring the disability certificate to the township.`,
      ),
      clause,
    );
  }
  return reason(
    'single-person-no-member-qualifies',
    'fails',
    text(
      `家里没有患重病的人，也没有${grades['zh-CN']}的人。`,
      `No one in the household is seriously ill or has a ${grades.en}.`,
    ),
    clause,
  );
}
