import type * as z from 'zod/mini';
import type { Locale, LocalizedText } from '../locale.ts';
import { type ValidationMessageKey, validationMessages } from './messages.ts';

/** One problem with one field, as the API returns it and the forms show it. */
export interface FieldError {
  /** Dotted path to the field, e.g. `household.members.0.age`; empty for the whole body. */
  readonly path: string;
  readonly message: string;
}

type Catalogue = Readonly<Record<string, LocalizedText>>;

function fallbackKey(issue: z.core.$ZodIssue): ValidationMessageKey {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalidType';
    case 'too_small':
      return 'tooSmall';
    case 'too_big':
      return 'tooBig';
    case 'invalid_format':
      return 'invalidFormat';
    case 'invalid_value':
      return 'invalidOption';
    case 'unrecognized_keys':
      return 'unknownField';
    default:
      return 'invalidType';
  }
}

// Own keys only: a message such as "constructor" must not find Object.prototype.
function lookup(catalogue: Catalogue, key: string): LocalizedText | undefined {
  return Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
}

/** A field problem in both languages, for code that answers in either later. */
export interface FieldIssue {
  readonly path: string;
  readonly message: LocalizedText;
}

/**
 * Turns zod issues into field problems in both languages. A schema names its message
 * by key (`{ error: 'idNumber.checksum' }`); extra catalogues add keys.
 */
export function toFieldIssues(
  issues: readonly z.core.$ZodIssue[],
  catalogue: Catalogue = {},
): FieldIssue[] {
  const found: FieldIssue[] = [];
  for (const issue of issues) {
    const message =
      lookup(catalogue, issue.message) ??
      lookup(validationMessages, issue.message) ??
      validationMessages[fallbackKey(issue)];
    const base = issue.path.map(String);
    // unrecognized_keys names the keys, not the path: report each key as its own field.
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...base, key].join('.'))
        : [base.join('.')];
    for (const path of paths) found.push({ path, message });
  }
  return found;
}

/** Field problems in the user's language. */
export const inLocale = (issues: readonly FieldIssue[], locale: Locale): FieldError[] =>
  issues.map((issue) => ({ path: issue.path, message: issue.message[locale] }));

/** Turns zod issues into field errors in the user's language. */
export function toFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  locale: Locale,
  catalogue: Catalogue = {},
): FieldError[] {
  return inLocale(toFieldIssues(issues, catalogue), locale);
}
