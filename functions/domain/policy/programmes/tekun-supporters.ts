import type { LocalizedText } from '../../locale.ts';
import type { LegalSupporter } from '../check-input.ts';
import type { RuleContext } from '../context.ts';
import type { ReasonStatus } from '../reasons.ts';
import { text } from '../text.ts';

/**
 * Whose supporters (民发〔2021〕43号 第八条): each person's own. The applicant's answer is
 * `support.legalSupporter`; another member's is `support.memberSupporters[i]`. Where a
 * member was not asked (answers stored before the per-member question existed, or an
 * application form that does not ask it): a minor living with adults of working age is
 * taken to live with their parents, who are then the minor's supporters (43号 第四条、
 * 第八条; 民法典 第二十六条); anyone else's supporters are for the township to check.
 */
export type SupporterSource = 'answered' | 'minor-with-adults' | 'not-asked';

export interface MemberSupporter {
  readonly supporter: LegalSupporter;
  readonly source: SupporterSource;
}

export function supporterOf(ctx: RuleContext, index: number): MemberSupporter {
  const { support, members } = ctx.input;
  if (index === 0) return { supporter: support.legalSupporter, source: 'answered' };
  const own = support.memberSupporters?.[index];
  if (own) return { supporter: own, source: 'answered' };
  const adultFrom = ctx.p.minorAgeUnder.value;
  const olderFrom = ctx.p.noWorkAbilityAges.value.olderFrom;
  const member = members[index];
  // Adults of working age are taken as the parents; a child living only with people of
  // 60 or over (grandparents, most often) is left for the township to check.
  const livesWithAdults = members.some(
    (other, i) => i !== index && other.age >= adultFrom && other.age < olderFrom,
  );
  if (member && member.age < adultFrom && livesWithAdults) {
    return { supporter: { status: 'in-household' }, source: 'minor-with-adults' };
  }
  return { supporter: { status: 'not-sure' }, source: 'not-asked' };
}

export interface SupporterFinding {
  readonly status: ReasonStatus;
  readonly text: LocalizedText;
}

/** How one person's supporters bear on 特困 (43号 第八条), in words for that person. */
export function supporterFinding(ctx: RuleContext, found: MemberSupporter): SupporterFinding {
  const { supporter, source } = found;
  if (source === 'minor-with-adults') {
    return {
      status: 'fails',
      text: text(
        '未成年人，和家里劳动年龄的成年人一起生活：父母和孩子住在一起的，父母就是孩子的法定抚养人，孩子不能单独认定为特困人员（如果一起生活的不是父母，或父母属于没有抚养能力的情形，请为这个孩子回答赡养、抚养的问题）',
        "a minor living with adults of working age: parents living with their child are the child's legal supporters, so the child is not tekun on their own (if the adults are not the parents, or the parents cannot support, answer the supporters question for this child)",
      ),
    };
  }
  if (source === 'not-asked') {
    return {
      status: 'uncertain',
      text: text(
        '没有回答这个人的赡养、抚养、扶养人情况，由乡镇（街道、农场）调查核实',
        "no answer about this person's legal supporters; the township will check",
      ),
    };
  }
  switch (supporter.status) {
    case 'none':
      return {
        status: 'meets',
        text: text(
          '没有法定的赡养、抚养、扶养人（子女、配偶、父母等）',
          'no one legally bound to support them (children, spouse, parents)',
        ),
      };
    case 'able':
      return {
        status: 'fails',
        text: text(
          '有能力赡养、抚养或扶养的家人（子女、配偶、父母等）',
          'a family member legally bound to support them is able to',
        ),
      };
    case 'in-household':
      return {
        status: 'fails',
        text: text(
          '法定的赡养、抚养、扶养人（如父母、配偶）和他（她）住在一起，不属于没有能力的情形',
          'their legal supporters (such as parents or a spouse) live in the household and are not in any of the cases of inability',
        ),
      };
    case 'not-sure':
      return {
        status: 'uncertain',
        text: text(
          '赡养、抚养、扶养人有没有能力，要由乡镇（街道、农场）调查核实',
          'whether their legal supporters are able to support them will be checked by the township',
        ),
      };
    case 'cannot-support': {
      const needsIncomeFigure =
        supporter.case === 'supporter-aged-70-plus-low-income' ||
        supporter.case === 'supporter-severely-disabled-low-income';
      if (needsIncomeFigure && ctx.p.priorYearDisposableIncomePerPerson.value === null) {
        return {
          status: 'uncertain',
          text: text(
            '赡养人年老或重度残疾、收入低的，属于没有赡养能力；但“收入低”要和上年度当地居民人均可支配收入比较，这个数我们还没有核实，由乡镇（街道、农场）核算',
            'a supporter who is old or severely disabled with a low income counts as unable to support, but "low income" is measured against last year\'s local disposable income per person, a figure we have not verified; the township will work it out',
          ),
        };
      }
      return {
        status: 'meets',
        text: text(
          '赡养、抚养、扶养人属于规定的“没有能力”的情形',
          'their legal supporters are in one of the situations in which the rules say they cannot support',
        ),
      };
    }
  }
}
