import * as z from 'zod/mini';

/** No control characters (line breaks only where allowed) and no angle brackets. */
export function hasNoControlCharacters(value: string, allowLineBreaks = false): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (allowLineBreaks && code === 0x0a) continue;
    if (code < 0x20 || code === 0x7f || char === '<' || char === '>') return false;
  }
  return true;
}

/** A trimmed text of `min`–`max` characters with no control characters or markup. */
export const plainText = (
  min: number,
  max: number,
  keys: { required: string; tooLong: string; characters?: string },
  options: { multiline?: boolean } = {},
) =>
  z.string().check(
    z.trim(),
    z.minLength(min, { error: keys.required }),
    z.maxLength(max, { error: keys.tooLong }),
    z.refine((value) => hasNoControlCharacters(value, options.multiline), {
      error: keys.characters ?? 'name.characters',
    }),
  );
