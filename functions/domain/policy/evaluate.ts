import type { IsoDate } from '../dates.ts';
import { canonicalJson, fnv1a64 } from '../hash.ts';
import type { LocalizedText } from '../locale.ts';
import { chooseAmongAlternatives } from './alternatives.ts';
import type { CheckInput } from './check-input.ts';
import { areaStandard, type RuleContext } from './context.ts';
import { householdIncome } from './income.ts';
import { type ParametersAsOf, parametersAsOf, RULES_REVISION, rulesVersion } from './parameters.ts';
import { evaluateDibao } from './programmes/dibao.ts';
import { evaluateDibaoEdge } from './programmes/dibao-edge.ts';
import { evaluateGradualExit } from './programmes/gradual-exit.ts';
import { evaluateSinglePersonDibao } from './programmes/single-person-dibao.ts';
import { evaluateTekun } from './programmes/tekun.ts';
import { evaluateTemporaryEmergency } from './programmes/temporary-emergency.ts';
import { evaluateTemporaryExpense } from './programmes/temporary-expense.ts';
import type { ProgrammeId } from './programmes.ts';
import { programmeIds } from './programmes.ts';
import type { CheckResult, ParameterNotice, ProgrammeResult, UsedParameter } from './result.ts';
import { text } from './text.ts';
import { trackParameterUse } from './used-parameters.ts';

const evaluators: Readonly<Record<ProgrammeId, (ctx: RuleContext) => ProgrammeResult>> = {
  dibao: evaluateDibao,
  'single-person-dibao': evaluateSinglePersonDibao,
  tekun: evaluateTekun,
  'dibao-edge': evaluateDibaoEdge,
  'temporary-emergency': evaluateTemporaryEmergency,
  'temporary-expense': evaluateTemporaryExpense,
  'gradual-exit': evaluateGradualExit,
};

/** Shown with every result: a pre-check is advice, never a decision (PIPL art. 24). */
export const disclaimer: LocalizedText = text(
  '这只是根据您填写的情况作出的初步参考，不是审批决定。能不能得到救助，以乡镇（街道、农场）审核和普宁市民政局确认的结果为准，不批准的会书面说明理由。文中的标准和金额以普宁市民政局公布的为准。',
  'This is a first guide based on your answers, not a decision. Whether you get help is decided by the town, sub-district or farm and confirmed by the Puning Civil Affairs Bureau; a refusal comes with written reasons. The standards and amounts published by the bureau prevail.',
);

/**
 * The pre-check: for each programme, whether applying looks worthwhile (`likely`,
 * `possible`, `unlikely`), why (each reason citing its clause), roughly how much, what to
 * bring and where to go. Pure: `asOf` (YYYY-MM-DD, Asia/Shanghai) picks the rules in force.
 */
export function evaluate(input: CheckInput, asOf: IsoDate): CheckResult {
  return run(input, asOf, parametersAsOf(asOf), rulesVersion);
}

/**
 * The same with a given parameter set, to preview a planned change (a bureau switch, a
 * new standard) before it is written into parameters.ts. The result's rulesVersion is
 * `preview-…`, so it can never be mistaken for one produced by the published rules.
 */
export function evaluateWithParameters(
  input: CheckInput,
  asOf: IsoDate,
  parameters: ParametersAsOf,
): CheckResult {
  const version = fnv1a64(canonicalJson({ revision: RULES_REVISION, parameters })).slice(0, 12);
  return run(input, asOf, parameters, `preview-${version}`);
}

function run(input: CheckInput, asOf: IsoDate, all: ParametersAsOf, version: string): CheckResult {
  const tracker = trackParameterUse(all);
  const p = tracker.view;
  const income = householdIncome(input, p);
  const standard = areaStandard(input, p);
  const ctx: RuleContext = { input, asOf, p, income, standard };
  const programmes = programmeIds.map((id) => evaluators[id](ctx));

  const parameters: UsedParameter[] = tracker.used().map((id) => all[id]);
  return {
    asOf,
    rulesVersion: version,
    disclaimer,
    household: {
      members: income.members,
      area: input.residence.area,
      standard: { monthly: standard.monthly, parameter: standard.parameter },
      countedMonthlyIncome: income.monthly,
      countedMonthlyIncomePerPerson: income.monthlyPerPerson,
      notCountedMonthly: income.notCountedMonthly,
      employmentCosts: income.employmentCosts,
      imputedMonthly: income.imputed,
      incomeReasons: income.reasons,
    },
    programmes,
    alternatives: chooseAmongAlternatives(programmes),
    parameters,
    notices: parameters.flatMap(noticesFor),
  };
}

function noticesFor(parameter: UsedParameter): ParameterNotice[] {
  const notices: ParameterNotice[] = [];
  const { id, name } = parameter;
  const about = (body: LocalizedText): LocalizedText =>
    text(`${name['zh-CN']}：${body['zh-CN']}`, `${name.en}: ${body.en}`);
  if (parameter.kind === 'provincial-floor' && parameter.note) {
    notices.push({ code: 'provincial-floor', parameter: id, text: about(parameter.note) });
  }
  if (parameter.mayBeOutdated && parameter.outdatedNote) {
    notices.push({ code: 'may-be-outdated', parameter: id, text: about(parameter.outdatedNote) });
  }
  if (parameter.beforeFirstValue) {
    notices.push({
      code: 'before-first-value',
      parameter: id,
      text: about(
        text(
          `检查日期早于我们掌握的最早数字（${parameter.effectiveFrom} 起），这里用的是最早的数字。`,
          `The check date is before the earliest figure we hold (from ${parameter.effectiveFrom}); that earliest figure is used.`,
        ),
      ),
    });
  }
  if (parameter.pastEnd && parameter.endNote) {
    notices.push({ code: 'past-end', parameter: id, text: about(parameter.endNote) });
  }
  if (parameter.confidence === 'not-found' && parameter.note) {
    notices.push({ code: 'not-verified', parameter: id, text: about(parameter.note) });
  }
  return notices;
}
