import type { LocalizedText } from '../../locale.ts';
import { assetReasons } from '../assets.ts';
import type { CheckInputMember } from '../check-input.ts';
import { cite, documents } from '../citations.ts';
import type { RuleContext } from '../context.ts';
import { describeGradeLimits } from '../disability.ts';
import { formatPercent, formatYuan, ratioOfYuanRoundedUp } from '../money.ts';
import { type Reason, type ReasonStatus, reason, statusOf } from '../reasons.ts';
import { documentList, householdDocuments } from '../required-documents.ts';
import { residenceReason } from '../residence.ts';
import { type ProgrammeResult, programmeResult } from '../result.ts';
import { capitalise, joinLabels, memberLabel, text } from '../text.ts';
import { compareWithStandard, standardMayBeHigherText } from '../uncertain-figures.ts';
import { lacksWorkAbility } from '../work-ability.ts';
import { type SupporterSource, supporterFinding, supporterOf } from './tekun-supporters.ts';

/**
 * 特困人员 (民发〔2021〕43号 art. 4): someone with no ability to work (art. 5), no means
 * of living (art. 6: income below the dibao standard, assets within the limit) and no
 * legal supporter able to support them (art. 8). Support = basic living standard
 * (≥ 1.6 × dibao standard, 普民〔2021〕77号 二(二)) + a care allowance by self-care level.
 */
export function evaluateTekun(ctx: RuleContext): ProgrammeResult {
  const { input, p, standard } = ctx;
  const ability = input.members.map((member) => lacksWorkAbility(member, p));
  // Each person who could be 特困 is judged with their own supporters (43号 第八条); the
  // result speaks for those with the best standing, and only they are costed.
  const candidates = ability.flatMap((match, index) =>
    match === 'no' ? [] : [{ index, work: statusOf(match), ...supporterAssessment(ctx, index) }],
  );
  const standing = (c: (typeof candidates)[number]) =>
    Math.min(statusRank(c.work), statusRank(c.finding.status));
  const best = Math.max(...candidates.map(standing));
  const chosen = candidates.filter((c) => standing(c) === best);
  const covered = chosen.map((c) => c.index);
  const certain = chosen.filter((c) => c.work === 'meets').map((c) => c.index);
  const maybe = chosen.filter((c) => c.work !== 'meets').map((c) => c.index);

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
    ...(chosen.length > 0 ? [supporterReason(ctx, chosen)] : []),
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
            `乡镇（街道、农场）${p.tekunInvestigationWorkingDays.value} 个工作日内调查核实，公示 ${p.tekunPublicNoticeDays.value} 天，市民政局 ${p.tekunCountyReviewWorkingDays.value} 个工作日内审核确认。不批准的，${p.refusalNoticeWorkingDays.value} 个工作日内书面告知理由。`,
            `The township investigates within ${p.tekunInvestigationWorkingDays.value} working days, the result is posted for ${p.tekunPublicNoticeDays.value} days, and the city bureau decides within ${p.tekunCountyReviewWorkingDays.value} working days. A refusal is explained in writing within ${p.refusalNoticeWorkingDays.value} working days.`,
          ),
          cite(documents.tekunRules, '第十三条、第十五条、第十六条、第十八条'),
        ),
      ],
    };
  });
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
  if (certain.length > 0 && maybe.length === 0) {
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
        `${who['zh-CN']}是多重残疾，是否视为没有劳动能力，要看其中是否有${grades['zh-CN']}，请带残疾人证到乡镇（街道、农场）确认。`,
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
  switch (compareWithStandard(ctx)) {
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
          `每人每月收入约 ${perPerson['zh-CN']}，不低于${standard.name['zh-CN']} ${line['zh-CN']}；扣减上班的必要开支后可能低于标准，由乡镇（街道、农场）核算。`,
          `Income is about ${perPerson.en} per person a month, not below the ${standard.name.en} of ${line.en}; after work costs it may be below. The township will work it out.`,
        ),
        cite(documents.puning77, '二(一)'),
      );
    case 'near-uncertain-standard': {
      const why = standardMayBeHigherText(ctx);
      return reason(
        'tekun-livelihood-near-uncertain-standard',
        'uncertain',
        text(
          `每人每月收入约 ${perPerson['zh-CN']}，比${standard.name['zh-CN']} ${line['zh-CN']}${why['zh-CN']}`,
          `Income is about ${perPerson.en} per person a month, above the ${standard.name.en} of ${line.en} but ${why.en}`,
        ),
        clause,
      );
    }
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

function supporterAssessment(ctx: RuleContext, index: number) {
  const found = supporterOf(ctx, index);
  return { source: found.source, finding: supporterFinding(ctx, found) };
}

const statusOrder: readonly ReasonStatus[] = ['fails', 'uncertain', 'meets'];
const statusRank = (status: ReasonStatus) => statusOrder.indexOf(status);

/** One line per person the result speaks for; the weakest of them sets the status. */
function supporterReason(
  ctx: RuleContext,
  chosen: readonly {
    index: number;
    source: SupporterSource;
    finding: { status: ReasonStatus; text: LocalizedText };
  }[],
): Reason {
  const status =
    statusOrder[Math.min(...chosen.map((c) => statusRank(c.finding.status)))] ?? 'uncertain';
  const lines = chosen.map(({ index, finding }) => {
    const member = ctx.input.members[index];
    const label = member ? memberLabel(index, member) : text('', '');
    return text(
      `${label['zh-CN']}：${finding.text['zh-CN']}`,
      `${capitalise(label.en)}: ${finding.text.en}`,
    );
  });
  const closing =
    status === 'fails'
      ? text(
          '有法定的赡养、抚养、扶养人且不属于没有能力的情形的，不能认定为特困人员；可以看看低保等其他救助。',
          'Someone with a legal supporter who is not in one of the cases of inability is not tekun; see dibao and the other help.',
        )
      : text('', '');
  const minor = chosen.some((c) => c.source === 'minor-with-adults');
  return reason(
    status === 'meets'
      ? 'tekun-no-able-supporter'
      : status === 'uncertain'
        ? 'tekun-supporters-to-check'
        : 'tekun-supporters-able',
    status,
    text(
      `${lines.map((l) => l['zh-CN']).join('；')}。${closing['zh-CN']}`,
      `${lines.map((l) => l.en).join('; ')}.${closing.en ? ` ${closing.en}` : ''}`,
    ),
    cite(documents.tekunRules, minor ? '第四条、第八条' : '第八条'),
  );
}

/**
 * The care allowance by self-care level (43号 第二十一条、第二十二条; shares 普民〔2021〕77号
 * 二(二)). A child's care level is for staff to assess: the six self-care items do not
 * measure a young child, so a minor is costed at the lowest level, and the text says so.
 */
function careFor(ctx: RuleContext, member: CheckInputMember) {
  const { p } = ctx;
  const levels = p.careLevelItems.value;
  const wage = p.minimumWageMonthly.value;
  const notManaged = member.selfCareTasksNotManaged;
  const child = member.age < p.noWorkAbilityAges.value.youngerThan;
  const level = child
    ? 'assessed'
    : notManaged >= levels.fullFrom
      ? 'full'
      : notManaged >= levels.partialFrom
        ? 'partial'
        : 'self';
  const share =
    level === 'full'
      ? p.careShareFull.value
      : level === 'partial'
        ? p.careSharePartial.value
        : p.careShareSelfCare.value;
  const names = {
    self: text('全自理', 'fully self-caring'),
    partial: text('半自理', 'partly self-caring'),
    full: text('全护理', 'needing full care'),
    assessed: text(
      '未成年人的照料护理等级由乡镇（街道、农场）评估，这里先按全自理的最低档估算',
      "a child's care level is assessed by the township; estimated here at the lowest level, fully self-caring",
    ),
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
