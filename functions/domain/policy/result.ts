import type { IsoDate } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import type { AlternativesChoice } from './alternatives.ts';
import type { ResolvedParameter } from './parameter-types.ts';
import type { ParameterId } from './parameters.ts';
import type { ProgrammeId } from './programmes.ts';
import { type Outcome, outcomeOf, type Reason } from './reasons.ts';
import type { DocumentItem } from './required-documents.ts';
import type { TownshipCode } from './townships.ts';

/** Where to apply: the township where the household lives, or where an emergency happened. */
export interface ApplyAt {
  readonly townshipCode: TownshipCode;
  readonly basis: 'residence' | 'emergency-location';
}

interface ProgrammeResultBase {
  readonly programme: ProgrammeId;
  /** Why, condition by condition, each with the clause it rests on. */
  readonly reasons: readonly Reason[];
}

/** Worth applying: what it may bring, what to bring, where to go. */
export interface EligibleProgrammeResult extends ProgrammeResultBase {
  readonly outcome: Exclude<Outcome, 'unlikely'>;
  /** Yuan per month, where the rules give an amount; null where they do not. */
  readonly estimatedMonthlyAmount: number | null;
  readonly documents: readonly DocumentItem[];
  readonly applyAt: ApplyAt;
}

export interface UnlikelyProgrammeResult extends ProgrammeResultBase {
  readonly outcome: 'unlikely';
}

export type ProgrammeResult = EligibleProgrammeResult | UnlikelyProgrammeResult;

/** A figure the result rests on, with its date and source, for pages to show. */
export type UsedParameter = ResolvedParameter<unknown, ParameterId>;

export interface HouseholdSummary {
  readonly members: number;
  readonly area: 'urban' | 'rural';
  /** The dibao standard used (yuan per person per month) and its parameter. */
  readonly standard: { readonly monthly: number; readonly parameter: ParameterId };
  /** Counted income, monthly average over the averaging period (yuan). */
  readonly countedMonthlyIncome: number;
  readonly countedMonthlyIncomePerPerson: number;
  readonly notCountedMonthly: {
    readonly residentBasicPension: number;
    readonly otherItems: number;
  };
  readonly employmentCosts: {
    readonly declaredMonthly: number;
    readonly deductedMonthly: number;
    readonly allowanceVerified: boolean;
  };
  readonly imputedMonthly: readonly { readonly member: number; readonly monthly: number }[];
  /** Left out, deducted or added to income, each with its clause. */
  readonly incomeReasons: readonly Reason[];
}

/** A caution about a figure: provincial minimum used, possibly out of date, not found. */
export interface ParameterNotice {
  readonly code:
    | 'provincial-floor'
    | 'may-be-outdated'
    | 'before-first-value'
    | 'past-end'
    | 'not-verified';
  readonly parameter: ParameterId;
  readonly text: LocalizedText;
}

export interface CheckResult {
  readonly asOf: IsoDate;
  readonly rulesVersion: string;
  /** Advice, never a decision (PIPL art. 24): show it with every result. */
  readonly disclaimer: LocalizedText;
  readonly household: HouseholdSummary;
  readonly programmes: readonly ProgrammeResult[];
  /** Dibao and tekun are alternatives: which to apply for, pre-selected; null if moot. */
  readonly alternatives: AlternativesChoice | null;
  readonly parameters: readonly UsedParameter[];
  readonly notices: readonly ParameterNotice[];
}

export interface Extras {
  readonly estimatedMonthlyAmount: number | null;
  readonly documents: readonly DocumentItem[];
  readonly applyAt: ApplyAt;
  /** Reasons that only make sense when applying is worthwhile (amounts, next steps). */
  readonly whenEligible?: readonly Reason[];
}

/**
 * Builds a programme result: the outcome follows from the reasons. `eligibleExtras` runs
 * only when applying is worthwhile, so an unlikely result reads (and lists) no figures
 * for amounts or time limits it does not show.
 */
export function programmeResult(
  programme: ProgrammeId,
  reasons: readonly Reason[],
  eligibleExtras: () => Extras,
): ProgrammeResult {
  const outcome = outcomeOf(reasons);
  if (outcome === 'unlikely') return { programme, outcome, reasons };
  const extras = eligibleExtras();
  return {
    programme,
    outcome,
    reasons: [...reasons, ...(extras.whenEligible ?? [])],
    estimatedMonthlyAmount: extras.estimatedMonthlyAmount,
    documents: extras.documents,
    applyAt: extras.applyAt,
  };
}
