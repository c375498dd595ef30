import { type CheckInput, checkInputSchema } from '../../../functions/domain/policy/check-input.ts';
import { exampleCheckInput } from '../../../functions/domain/policy/check-input-example.ts';
import { evaluate, evaluateWithParameters } from '../../../functions/domain/policy/evaluate.ts';
import {
  type ParameterId,
  type ParametersAsOf,
  type ParameterValue,
  parametersAsOf,
} from '../../../functions/domain/policy/parameters.ts';
import type { ProgrammeId } from '../../../functions/domain/policy/programmes.ts';
import type { CheckResult, ProgrammeResult } from '../../../functions/domain/policy/result.ts';

/** The day the expectations below are written for: 2024-07-01 standards, 2025-03-01 wage. */
export const AS_OF = '2026-11-28';
export const RURAL_STANDARD = 645;
export const URBAN_STANDARD = 860;
export const MINIMUM_WAGE = 1750;
export const LIUSHA_NORTH = '445281004000';
export const HONGYANG = '445281104000';

export { exampleMember } from '../../../functions/domain/policy/check-input-example.ts';
export { exampleCheckInput };

/** Parses first, so every case is also a schema-valid input. */
export function check(input: CheckInput, asOf = AS_OF): CheckResult {
  return evaluate(checkInputSchema.parse(input), asOf);
}

export function programme(result: CheckResult, id: ProgrammeId): ProgrammeResult {
  const found = result.programmes.find((p) => p.programme === id);
  if (!found) throw new Error(`No result for ${id}`);
  return found;
}

export function outcomeOf(input: CheckInput, id: ProgrammeId, asOf = AS_OF) {
  return programme(check(input, asOf), id).outcome;
}

export function codes(result: ProgrammeResult): string[] {
  return result.reasons.map((r) => r.code);
}

export function statusOf(result: ProgrammeResult, code: string) {
  return result.reasons.find((r) => r.code === code)?.status;
}

/** Parameters as of AS_OF with one value replaced: a bureau switch or a planned figure. */
export function withParameter<K extends ParameterId>(
  id: K,
  value: ParameterValue<K>,
  asOf = AS_OF,
): ParametersAsOf {
  const all = parametersAsOf(asOf);
  return { ...all, [id]: { ...all[id], value } };
}

export function checkWith(input: CheckInput, parameters: ParametersAsOf, asOf = AS_OF) {
  return evaluateWithParameters(checkInputSchema.parse(input), asOf, parameters);
}

/** A household whose whole income is `monthly` yuan a month of transfer income. */
export function monthlyIncome(monthly: number) {
  return { transfer: monthly * 6 };
}

/**
 * As if Puning had published its own dibao standards (verified local figures, not a
 * provincial floor, not out of date): the exact boundaries apply, with no margin for
 * an uncertain figure (issue 16 item 3).
 */
export function withPublishedStandards(asOf = AS_OF): ParametersAsOf {
  const all = parametersAsOf(asOf);
  const published = <T extends ParametersAsOf['dibaoStandardUrban' | 'dibaoStandardRural']>(
    p: T,
  ): T => ({
    ...p,
    kind: 'rule',
    confidence: 'verified-official',
    verified: true,
    mayBeOutdated: false,
  });
  return {
    ...all,
    dibaoStandardUrban: published(all.dibaoStandardUrban),
    dibaoStandardRural: published(all.dibaoStandardRural),
  };
}

/** The outcome with Puning's own (verified) standards: see withPublishedStandards. */
export function publishedOutcomeOf(input: CheckInput, id: ProgrammeId, asOf = AS_OF) {
  return programme(checkWith(input, withPublishedStandards(asOf), asOf), id).outcome;
}
