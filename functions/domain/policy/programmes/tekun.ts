import { assetReasons } from '../assets.ts';
import type { CheckInputMember, SupporterCase } from '../check-input.ts';
import { type Citation, cite, documents } from '../citations.ts';
import type { RuleContext } from '../context.ts';
import { describeGradeLimits, type Match } from '../disability.ts';
import { compareIncomePerPerson } from '../income.ts';
import { formatPercent, formatYuan, ratioOfYuanRoundedUp } from '../money.ts';
import { type Reason, reason } from '../reasons.ts';
import { documentList, householdDocuments } from '../required-documents.ts';
import { residenceReason } from '../residence.ts';
import { type ProgrammeResult, programmeResult } from '../result.ts';
import { capitalise, joinLabels, memberLabel, text } from '../text.ts';
import { lacksWorkAbility } from '../work-ability.ts';

/**
 * 特困人员 (民发〔2021〕43号 art. 4): someone with no ability to work (art. 5), no means
 * of living (art. 6: income below the dibao standard, assets within the limit) and no
 * legal supporter able to support them (art. 8). Support = basic living standard
 * (≥ 1.6 × dibao standard, 普民〔2021〕77号 二(二)) + a care allowance by self-care level.
 */
export function evaluateTekun(ctx: RuleContext): ProgrammeResult {
  const { input, p, standard } = ctx;
  const ability = input.members.map((member) => lacksWorkAbility(member, p));
  const certain = indexesWhere(ability, 'yes');
  const maybe = indexesWhere(ability, 'maybe');
  const covered = certain.length > 0 ? certain : maybe;

  const reasons: Reason[] = [
    residenceReason(ctx),
    workAbilityReason(ctx, certain, maybe),
    livelihoodReason(ctx),
    ...assetReasons(ctx),
    reason(
      'tekun-asset-rule-proxy',
      'info',
      text(
        '特困人员的财产条件由揭阳市民政局规定，我们没有找到原文，这里按低保的财产条件判断。',
        "Jieyang's own asset rule for tekun was not found, so the dibao asset rules are used here.",
      ),
      cite(documents.tekunRules, '第七条'),
    ),
    supporterReason(ctx),
  ];

  return programmeResult('tekun', reasons, () => {
    const basic = ratioOfYuanRoundedUp(p.tekunBasicMultiplier.value, standard.monthly);
    const people = covered.flatMap((index) => {
      const member = input.members[index];
      return member ? [{ index, member, care: careFor(ctx, member) }] : [];
    });
    const amount = people.reduce((sum, person) => sum + basic + person.care.amount, 0);
    const minors = people.filter(
      ({ member }) => member.age < p.noWorkAbilityAges.value.youngerThan,
    );
    return {
      estimatedMonthlyAmount: amount,
      documents: documentList([...householdDocuments(input), 'supporter-proof']),
      applyAt: { townshipCode: input.residence.townshipCode, basis: 'residence' },
      whenEligible: [
        reason(
          'tekun-amount',
          'info',
          text(
            `基本生活费每人每月 ${formatYuan(basic)['zh-CN']}（${standard.name['zh-CN']}的 ${p.tekunBasicMultiplier.value} 倍），另加照料护理费：${people
              .map(
                ({ index, member, care }) =>
                  `${memberLabel(index, member)['zh-CN']}${care.name['zh-CN']}，每月 ${formatYuan(care.amount)['zh-CN']}`,
              )
              .join('；')}。合计每月约 ${formatYuan(amount)['zh-CN']}，确认后的下个月开始发放。`,
            `Basic living support is ${formatYuan(basic).en} a month each (${p.tekunBasicMultiplier.value} times the ${standard.name.en}), plus a care allowance: ${people
              .map(
                ({ index, member, care }) =>
                  `${memberLabel(index, member).en}, ${care.name.en}: ${formatYuan(care.amount).en} a month`,
              )
              .join(
                '; ',
              )}. About ${formatYuan(amount).en} a month in all, from the month after confirmation.`,
          ),
          cite(documents.puning77, '二(二)'),
        ),
        ...(minors.length > 0
          ? [
              reason(
                'tekun-minor-other-schemes',
                'info',
                text(
                  '未成年人如果同时是孤儿或事实无人抚养儿童，可以选择那边的保障，选了就不再认定为特困人员；特困未成年人的供养到 18 周岁，在校读书的可以延长。',
                  'A child who is also an orphan or has in fact no one to care for them may choose that scheme instead. Tekun support for children lasts until 18, longer while they are still at school.',
                ),
                cite(documents.tekunRules, '第九条、第二十四条'),
              ),
            ]
          : []),
        reason(
          'tekun-timeline',
          'info',
          text(
            `镇（街道）${p.tekunInvestigationWorkingDays.value} 个工作日内调查核实，公示 ${p.tekunPublicNoticeDays.value} 天，市民政局 ${p.tekunCountyReviewWorkingDays.value} 个工作日内审核确认。不批准的，${p.refusalNoticeWorkingDays.value} 个工作日内书面告知理由。`,
            `The township investigates within ${p.tekunInvestigationWorkingDays.value} working days, the result is posted for ${p.tekunPublicNoticeDays.value} days, and the city bureau decides within ${p.tekunCountyReviewWorkingDays.value} working days. A refusal is explained in writing within ${p.refusalNoticeWorkingDays.value} working days.`,
          ),
          cite(documents.tekunRules, '第十三条、第十五条、第十六条、第十八条'),
        ),
      ],
    };
  });
}

function indexesWhere(matches: readonly Match[], wanted: Match): number[] {
  return matches.flatMap((match, index) => (match === wanted ? [index] : []));
}

function workAbilityReason(ctx: RuleContext, certain: number[], maybe: number[]): Reason {
  const { input, p } = ctx;
  const ages = p.noWorkAbilityAges.value;
  const grades = describeGradeLimits(p.noWorkAbilityDisabilityGrades.value);
  const clause = cite(documents.tekunRules, '第五条');
  const labels = (indexes: number[]) =>
    joinLabels(
      indexes.flatMap((i) => {
        const member = input.members[i];
        return member ? [memberLabel(i, member)] : [];
      }),
    );
  if (certain.length > 0) {
    const who = labels(certain);
    return reason(
      'tekun-no-work-ability',
      'meets',
      text(
        `${who['zh-CN']}按规定视为没有劳动能力（满 ${ages.olderFrom} 周岁、未满 ${ages.youngerThan} 周岁，或${grades['zh-CN']}）。`,
        `${capitalise(who.en)}: treated as unable to work (aged ${ages.olderFrom} or over, under ${ages.youngerThan}, or with a ${grades.en}).`,
      ),
      clause,
    );
  }
  if (maybe.length > 0) {
    const who = labels(maybe);
    return reason(
      'tekun-work-ability-multiple-disability',
      'uncertain',
      text(
        `${who['zh-CN']}是多重残疾，是否视为没有劳动能力，要看其中是否有${grades['zh-CN']}，请带残疾人证到镇（街道）确认。`,
        `${capitalise(who.en)} has multiple disabilities. Whether that counts as unable to work depends on its parts (${grades.en}); bring the disability certificate to the township.`,
      ),
      clause,
    );
  }
  return reason(
    'tekun-has-work-ability',
    'fails',
    text(
      `特困供养是给没有劳动能力的人的：满 ${ages.olderFrom} 周岁、未满 ${ages.youngerThan} 周岁，或${grades['zh-CN']}。家里没有这样的人。`,
      `Tekun support is for people who cannot work: aged ${ages.olderFrom} or over, under ${ages.youngerThan}, or with a ${grades.en}. No one in the household is in that situation.`,
    ),
    clause,
  );
}

function livelihoodReason(ctx: RuleContext): Reason {
  const { income, standard } = ctx;
  const perPerson = formatYuan(income.monthlyPerPerson);
  const line = formatYuan(standard.monthly);
  const clause = cite(documents.tekunRules, '第六条');
  switch (compareIncomePerPerson(income, standard.monthly)) {
    case 'below':
      return reason(
        'tekun-no-livelihood',
        'meets',
        text(
          `每人每月收入约 ${perPerson['zh-CN']}，低于${standard.name['zh-CN']} ${line['zh-CN']}，按规定属于没有生活来源。`,
          `Income is about ${perPerson.en} per person a month, below the ${standard.name.en} of ${line.en}, which counts as having no means of living.`,
        ),
        clause,
      );
    case 'below-if-costs-deducted':
      return reason(
        'tekun-livelihood-depends-on-work-costs',
        'uncertain',
        text(
          `每人每月收入约 ${perPerson['zh-CN']}，不低于${standard.name['zh-CN']} ${line['zh-CN']}；扣减上班的必要开支后可能低于标准，由镇（街道）核算。`,
          `Income is about ${perPerson.en} per person a month, not below the ${standard.name.en} of ${line.en}; after work costs it may be below. The township will work it out.`,
        ),
        cite(documents.puning77, '二(一)'),
      );
    case 'not-below':
      return reason(
        'tekun-has-livelihood',
        'fails',
        text(
          `每人每月收入约 ${perPerson['zh-CN']}，没有低于${standard.name['zh-CN']} ${line['zh-CN']}，不属于没有生活来源。`,
          `Income is about ${perPerson.en} per person a month, not below the ${standard.name.en} of ${line.en}, so there is a means of living.`,
        ),
        clause,
      );
  }
}

function supporterReason(ctx: RuleContext): Reason {
  const supporter = ctx.input.support.legalSupporter;
  const clause = cite(documents.tekunRules, '第八条');
  switch (supporter.status) {
    case 'none':
      return reason(
        'tekun-no-supporter',
        'meets',
        text(
          '没有法定的赡养、抚养、扶养人（子女、配偶、父母等）。',
          'There is no one legally bound to support you (children, spouse, parents).',
        ),
        clause,
      );
    case 'able':
      return reason(
        'tekun-supporter-able',
        'fails',
        text(
          '有能力赡养、抚养或扶养的家人（子女、配偶、父母等）时，不能认定为特困人员。可以看看低保等其他救助。',
          'When a family member legally bound to support you (children, spouse, parents) is able to, tekun support does not apply. See dibao and the other help.',
        ),
        clause,
      );
    case 'not-sure':
      return reason(
        'tekun-supporter-unknown',
        'uncertain',
        text(
          '赡养、抚养、扶养人有没有能力，要由镇（街道）调查核实。',
          'Whether your legal supporters are able to support you will be checked by the township.',
        ),
        clause,
      );
    case 'cannot-support':
      return supporterCaseReason(ctx, supporter.case, clause);
  }
}

function supporterCaseReason(
  ctx: RuleContext,
  supporterCase: SupporterCase,
  clause: Citation,
): Reason {
  const needsIncomeFigure =
    supporterCase === 'supporter-aged-70-plus-low-income' ||
    supporterCase === 'supporter-severely-disabled-low-income';
  if (needsIncomeFigure && ctx.p.priorYearDisposableIncomePerPerson.value === null) {
    return reason(
      'tekun-supporter-income-figure-not-verified',
      'uncertain',
      text(
        '赡养人年老或重度残疾、收入低的，属于没有赡养能力；但“收入低”要和上年度当地居民人均可支配收入比较，这个数我们还没有核实，由镇（街道）核算。',
        'A supporter who is old or severely disabled with a low income counts as unable to support you, but "low income" is measured against last year\'s local disposable income per person, a figure we have not verified. The township will work it out.',
      ),
      clause,
    );
  }
  return reason(
    'tekun-supporter-cannot-support',
    'meets',
    text(
      '您的赡养、抚养、扶养人属于规定的“没有能力”的情形。',
      'Your legal supporters are in one of the situations in which the rules say they cannot support you.',
    ),
    clause,
  );
}

function careFor(ctx: RuleContext, member: CheckInputMember) {
  const { p } = ctx;
  const levels = p.careLevelItems.value;
  const wage = p.minimumWageMonthly.value;
  const notManaged = member.selfCareTasksNotManaged;
  const level =
    notManaged >= levels.fullFrom ? 'full' : notManaged >= levels.partialFrom ? 'partial' : 'self';
  const share =
    level === 'full'
      ? p.careShareFull.value
      : level === 'partial'
        ? p.careSharePartial.value
        : p.careShareSelfCare.value;
  const names = {
    self: text('生活能自理', 'fully self-caring'),
    partial: text('半护理（部分不能自理）', 'partly dependent'),
    full: text('全护理（不能自理）', 'fully dependent'),
  } as const;
  const name = names[level];
  return {
    level,
    amount: ratioOfYuanRoundedUp(share, wage),
    name: text(
      `${name['zh-CN']}，按最低工资 ${formatYuan(wage)['zh-CN']} 的 ${formatPercent(share)}`,
      `${name.en}, ${formatPercent(share)} of the minimum wage ${formatYuan(wage).en}`,
    ),
  };
}
