import type { LocalizedText } from '../locale.ts';
import type { RuleContext } from './context.ts';
import { compareIncomePerPerson, type IncomeComparison } from './income.ts';
import { formatPercent } from './money.ts';
import type { ResolvedParameter } from './parameter-types.ts';
import { text } from './text.ts';

/**
 * A figure that is a provincial floor, may be out of date or was not found is no ground
 * for a hard "unlikely" (issue 16 item 3): the local figure may be higher. Income above
 * such a standard by less than `uncertainFigureMargin` is "near" it, and the advice is
 * "possible", saying why and where to confirm.
 */
export function mayBeHigherLocally(parameter: ResolvedParameter<unknown>): boolean {
  return (
    parameter.kind === 'provincial-floor' ||
    parameter.mayBeOutdated ||
    parameter.confidence === 'not-found'
  );
}

export type StandardComparison = IncomeComparison | 'near-uncertain-standard';

/** Income per person against `multiplier ×` the area's standard, with the margin above. */
export function compareWithStandard(ctx: RuleContext, multiplier = 1): StandardComparison {
  const { income, standard, p } = ctx;
  const comparison = compareIncomePerPerson(income, standard.monthly, multiplier);
  if (comparison !== 'not-below') return comparison;
  if (!mayBeHigherLocally(p[standard.parameter])) return comparison;
  const margin = 1 + p.uncertainFigureMargin.value;
  return compareIncomePerPerson(income, standard.monthly, multiplier * margin) === 'not-below'
    ? 'not-below'
    : 'near-uncertain-standard';
}

/** Why the standard may be higher in Puning, and where to confirm it. */
export function standardMayBeHigherText(ctx: RuleContext): LocalizedText {
  const parameter = ctx.p[ctx.standard.parameter];
  const margin = formatPercent(ctx.p.uncertainFigureMargin.value);
  const why = parameter.mayBeOutdated
    ? text(
        `这里用的是 ${parameter.effectiveFrom} 起的省定最低标准，之后的新标准没有找到，普宁现在执行的标准可能更高`,
        `the figure used is the provincial minimum from ${parameter.effectiveFrom}; the newer figure was not found, and the standard Puning applies now may be higher`,
      )
    : parameter.kind === 'provincial-floor'
      ? text(
          '这里用的是省定最低标准，普宁的标准不会低于它，可能更高',
          "the figure used is the provincial minimum; Puning's standard is at least this and may be higher",
        )
      : text('这个标准还没有核实', 'this standard has not been verified');
  return text(
    `只高出不到 ${margin}：${why['zh-CN']}，所以仍可能符合。请到乡镇（街道、农场）社会救助窗口或普宁市民政局问清现行标准，以普宁市民政局公布的为准。`,
    `less than ${margin} above: ${why.en}, so you may still qualify. Ask the town, sub-district or farm social assistance desk or the Puning Civil Affairs Bureau for the current standard; the bureau's published figure prevails.`,
  );
}
