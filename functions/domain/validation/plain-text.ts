import * as z from 'zod/mini';

// Characters that are never typed into a name or an answer on purpose, and that make
// stored text lie about itself:
// - controls (Cc): what a console or CSV would interpret rather than show;
// - format characters (Cf): zero-width spaces and joiners (U+200B–U+200D), direction
//   marks, embeddings, overrides and isolates (U+200E–U+200F, U+202A–U+202E,
//   U+2066–U+2069) that reorder how a name is shown, the byte-order mark (U+FEFF),
//   soft hyphens, word joiners and tags;
// - lone surrogates (Cs): half a character, which JSON can carry but no text should;
// - line and paragraph separators (U+2028, U+2029): invisible line breaks;
// - angle brackets, so nothing reads as markup.
// Letters beyond the Basic Multilingual Plane (CJK Extension B, e.g. 𠀾) are surrogate
// *pairs* and pass, as do ideographic variation selectors (marks, not format characters).
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029<>]/u;
const UNSAFE_MULTILINE = /[\p{Cf}\p{Cs}\u2028\u2029<>]|[^\P{Cc}\n]/u;

// Blank "letters" that some fonts draw as nothing (Hangul fillers, braille blank).
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * No control or format characters (line breaks only where allowed), no lone surrogates
 * and no angle brackets.
 */
export function hasNoControlCharacters(value: string, allowLineBreaks = false): boolean {
  return !(allowLineBreaks ? UNSAFE_MULTILINE : UNSAFE).test(value);
}

/** At least one letter, digit, punctuation mark or symbol that a reader can see. */
export function hasVisibleCharacter(value: string): boolean {
  return VISIBLE.test(value.replace(BLANK_LETTERS, ''));
}

/**
 * A trimmed text of `min`–`max` characters with no control or format characters and
 * no markup, and with something visible in it. Characters are checked before trimming:
 * JavaScript's trim() would silently drop a byte-order mark at either end.
 */
export const plainText = (
  min: number,
  max: number,
  keys: { required: string; tooLong: string; characters?: string },
  options: { multiline?: boolean } = {},
) =>
  z.string().check(
    z.refine((value) => hasNoControlCharacters(value, options.multiline), {
      error: keys.characters ?? 'name.characters',
      // One message per field: text with a zero-width space is not also "blank".
      abort: true,
    }),
    z.trim(),
    z.minLength(min, { error: keys.required }),
    z.maxLength(max, { error: keys.tooLong }),
    z.refine((value) => value === '' || hasVisibleCharacter(value), { error: keys.required }),
  );
