import type { IsoDate } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import type { CheckInput } from './check-input.ts';
import type { HouseholdIncome } from './income.ts';
import type { ParametersAsOf } from './parameters.ts';

/** Everything a programme's rules read: the answers, the day, its parameters, the income. */
export interface RuleContext {
  readonly input: CheckInput;
  readonly asOf: IsoDate;
  readonly p: ParametersAsOf;
  readonly income: HouseholdIncome;
  /** The dibao standard for where the household lives (urban 社区 or rural 村). */
  readonly standard: {
    readonly monthly: number;
    readonly parameter: 'dibaoStandardUrban' | 'dibaoStandardRural';
    readonly name: LocalizedText;
  };
}

export function areaStandard(input: CheckInput, p: ParametersAsOf): RuleContext['standard'] {
  return input.residence.area === 'urban'
    ? {
        monthly: p.dibaoStandardUrban.value,
        parameter: 'dibaoStandardUrban',
        name: { 'zh-CN': '城镇低保标准', en: 'urban dibao standard' },
      }
    : {
        monthly: p.dibaoStandardRural.value,
        parameter: 'dibaoStandardRural',
        name: { 'zh-CN': '农村低保标准', en: 'rural dibao standard' },
      };
}
