import type { LocalizedText } from '../locale.ts';
import { type Citation, cite, documents } from './citations.ts';
import { formatYuan } from './money.ts';
import { type ProgrammeId, programmes } from './programmes.ts';
import { outcomeRank } from './reasons.ts';
import type { EligibleProgrammeResult, ProgrammeResult } from './result.ts';
import { text } from './text.ts';

/**
 * 低保 (household or single-person) and 特困 are alternatives: a person supported as 特困
 * is not also paid dibao (民发〔2021〕43号 第二十七条 moves a person who leaves 特困 to
 * 低保, never stacks them; 普民〔2021〕77号 二(一) brings people into "农村低保、特困人员
 * 救助供养或临时救助" — the matching one). When more than one looks worthwhile, the result
 * says so and pre-selects the one with the higher estimated amount (then the surer
 * outcome) for applying.
 */
export const alternativeProgrammes = [
  'dibao',
  'single-person-dibao',
  'tekun',
] as const satisfies readonly ProgrammeId[];

export interface AlternativesChoice {
  readonly among: readonly ProgrammeId[];
  readonly preselected: ProgrammeId;
  readonly text: LocalizedText;
  readonly citation: Citation;
}

export function chooseAmongAlternatives(
  results: readonly ProgrammeResult[],
): AlternativesChoice | null {
  const open = results.filter(
    (r): r is EligibleProgrammeResult =>
      r.outcome !== 'unlikely' &&
      (alternativeProgrammes as readonly ProgrammeId[]).includes(r.programme),
  );
  const first = open[0];
  if (!first || open.length < 2) return null;
  const amount = (r: EligibleProgrammeResult) => r.estimatedMonthlyAmount ?? 0;
  const chosen = open.reduce((best, r) =>
    amount(r) > amount(best) ||
    (amount(r) === amount(best) && outcomeRank(r.outcome) > outcomeRank(best.outcome))
      ? r
      : best,
  );
  const name = (id: ProgrammeId) => programmes[id].shortName;
  const list = open.map((r) => {
    const figure =
      r.estimatedMonthlyAmount === null
        ? text('金额由乡镇（街道、农场）核定', 'amount set by the township')
        : text(
            `每月约 ${formatYuan(r.estimatedMonthlyAmount)['zh-CN']}`,
            `about ${formatYuan(r.estimatedMonthlyAmount).en} a month`,
          );
    return text(
      `${name(r.programme)['zh-CN']}（${figure['zh-CN']}）`,
      `${name(r.programme).en} (${figure.en})`,
    );
  });
  const why =
    amount(chosen) > 0
      ? text('估计金额最高', 'it has the highest estimated amount')
      : text('结果最有把握', 'it is the surest result');
  return {
    among: open.map((r) => r.programme),
    preselected: chosen.programme,
    text: text(
      `${list.map((l) => l['zh-CN']).join('、')}不能同时领取：同一个人认定为特困人员的，不再领低保。请选一项申请，我们已为您预先选了“${name(chosen.programme)['zh-CN']}”，因为${why['zh-CN']}；您可以改选。乡镇（街道、农场）审核时也会帮您核实哪一项更合适，不符合的会转到另一项。`,
      `${list.map((l) => l.en).join(', ')} are not paid together: a person supported as tekun does not also get dibao. Apply for one; we have pre-selected ${name(chosen.programme).en} because ${why.en}, and you can change it. The township will also check which one fits, and moves you to the other if the first does not apply.`,
    ),
    citation: cite(documents.tekunRules, '第二十七条'),
  };
}
