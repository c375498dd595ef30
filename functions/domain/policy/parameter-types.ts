import type { IsoDate } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';

/** How sure we are of a figure: the labels of FACTS.md. */
export type Confidence =
  /** Read in the official text or a faithful copy of it. */
  | 'verified-official'
  /** Read in news or an explainer quoting the official notice. */
  | 'verified-secondary'
  /** Derived from verified facts, or a product decision resting on them. */
  | 'inferred'
  /** No source found: the value is a placeholder and says so. */
  | 'not-found';

/**
 * Where a figure stands in the hierarchy of rules:
 * - `provincial-floor`: the provincial minimum, used because Puning's own figure was not
 *   found; the real local figure is at least this.
 * - `rule`: a figure written in a national, provincial or local rule.
 * - `bureau-setting`: a choice the city bureau makes (a switch), not a published figure.
 */
export type ParameterKind = 'provincial-floor' | 'rule' | 'bureau-setting';

export type ParameterUnit =
  | 'yuan-per-person-month'
  | 'yuan-per-month'
  | 'yuan'
  | 'yuan-per-person-year'
  | 'multiplier'
  | 'share'
  | 'months'
  | 'days'
  | 'working-days'
  | 'years-of-age'
  | 'count'
  | 'items'
  | 'disability-grades'
  | 'switch'
  | 'area';

export interface ParameterSource {
  readonly document: string;
  readonly clause?: string;
  readonly publisher?: string;
  /** Where we read it; often a mirror of a government page (see FACTS.md). */
  readonly url?: string;
}

/** One value of a parameter, in force from `effectiveFrom` until the next one. */
export interface DatedValue<T> {
  readonly value: T;
  readonly effectiveFrom: IsoDate;
  readonly source: ParameterSource;
  /** True only when the figure itself was read in an official text. */
  readonly verified: boolean;
  readonly confidence: Confidence;
  readonly note?: LocalizedText;
}

export interface ParameterDefinition<T> {
  readonly name: LocalizedText;
  readonly unit: ParameterUnit;
  readonly kind: ParameterKind;
  /** Oldest first. */
  readonly values: readonly DatedValue<T>[];
  /**
   * A newer notice is known to exist from this date but its figure was not found, so
   * the latest value may be out of date from then on.
   */
  readonly newerFigureNotFound?: {
    readonly from: IsoDate;
    readonly document: string;
    readonly note: LocalizedText;
  };
  /**
   * The rule is written for a period that ends on `lastDay` (e.g. 十四五, or the 5-year
   * transition of 普民〔2021〕77号). The value still applies after it, but a result that
   * uses it says the period has passed and whether it continues is for the bureau.
   */
  readonly validUntil?: {
    readonly lastDay: IsoDate;
    readonly note: LocalizedText;
  };
}

/** A parameter's value on a given day, with everything a page needs to show it. */
export interface ResolvedParameter<T, Id extends string = string> extends DatedValue<T> {
  readonly id: Id;
  readonly name: LocalizedText;
  readonly unit: ParameterUnit;
  readonly kind: ParameterKind;
  /** The day asked for is before the first known value; the first value is used. */
  readonly beforeFirstValue: boolean;
  /** A newer figure is known to exist but was not found (see `outdatedNote`). */
  readonly mayBeOutdated: boolean;
  readonly outdatedNote?: LocalizedText;
  /** The last day of the period the rule was written for, when it has one. */
  readonly lastDay?: IsoDate;
  /** The day asked for is after `lastDay` (see ParameterDefinition.validUntil). */
  readonly pastEnd: boolean;
  readonly endNote?: LocalizedText;
}
