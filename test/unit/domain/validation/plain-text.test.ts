import { describe, expect, it } from 'vitest';
import {
  hasNoControlCharacters,
  hasVisibleCharacter,
  plainText,
} from '../../../../functions/domain/validation/plain-text.ts';

const keys = { required: 'name.required', tooLong: 'name.tooLong', characters: 'name.characters' };
const name = plainText(1, 40, keys);
const multiline = plainText(1, 500, keys, { multiline: true });

function messagesOf(schema: typeof name, value: string): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('plain text: names and free text as people write them', () => {
  it.each([
    ['an ordinary Chinese name', '陈小明'],
    ['a minority name with a middle dot', '阿依古丽·买买提'],
    ['a name with a CJK Extension B character (a surrogate pair)', '陈𠀾明'],
    ['a name that is only an Extension B character', '𠀾'],
    ['a name with an ideographic variation selector', '葛\u{E0100}'],
    ['a Latin name with an apostrophe and hyphen', "Mary O'Neil-Smith"],
  ])('accepts %s', (_case, value) => {
    expect(name.safeParse(value)).toEqual({ success: true, data: value });
  });

  it('trims spaces around the text', () => {
    expect(name.parse('  陈小明\u3000')).toBe('陈小明');
  });
});

describe('plain text: invisible characters that make text lie are refused', () => {
  it.each([
    ['U+202E right-to-left override', '陈\u202E明小'],
    ['U+202A left-to-right embedding', '陈\u202A小明'],
    ['U+202D left-to-right override', '陈\u202D小明'],
    ['U+200B zero-width space', '陈\u200B小明'],
    ['U+200C zero-width non-joiner', '陈\u200C小明'],
    ['U+200D zero-width joiner', '陈\u200D小明'],
    ['U+200E left-to-right mark', '陈小明\u200E'],
    ['U+200F right-to-left mark', '陈\u200F小明'],
    ['U+2066 left-to-right isolate', '\u2066陈小明'],
    ['U+2069 pop directional isolate', '陈小明\u2069'],
    ['U+FEFF byte-order mark inside', '陈\uFEFF小明'],
    ['U+FEFF byte-order mark at the start (trim would hide it)', '\uFEFF陈小明'],
    ['U+2060 word joiner', '陈\u2060小明'],
    ['U+00AD soft hyphen', '陈\u00AD小明'],
    ['U+2028 line separator', '陈\u2028小明'],
    ['a C1 control (U+0085)', '陈\u0085小明'],
    ['a lone high surrogate (half a character)', '陈\uD840明'],
    ['a tab', '陈\t小明'],
    ['a line break in a one-line field', '陈\n小明'],
    ['markup', '陈<b>小明</b>'],
  ])('refuses %s with the field’s "characters" message, once', (_case, value) => {
    expect(messagesOf(name, value)).toEqual(['name.characters']);
  });

  it('refuses a name of only zero-width spaces, with one message', () => {
    expect(messagesOf(name, '\u200B\u200B\u200B')).toEqual(['name.characters']);
  });

  it.each([
    ['only spaces', '   '],
    ['only ideographic spaces', '\u3000\u3000'],
    ['only Hangul fillers', '\u3164\u3164'],
    ['only a braille blank', '\u2800'],
  ])('treats a text of %s as not filled in', (_case, value) => {
    expect(messagesOf(name, value)).toEqual(['name.required']);
  });

  it('allows line breaks in multi-line text, and nothing else invisible', () => {
    expect(multiline.parse('第一行\n第二行')).toBe('第一行\n第二行');
    expect(messagesOf(multiline, '第一行\r\n第二行')).toEqual(['name.characters']);
    expect(messagesOf(multiline, '第一行\n\u202E第二行')).toEqual(['name.characters']);
  });
});

describe('the character tests on their own', () => {
  it('hasNoControlCharacters accepts a surrogate pair and refuses a format character', () => {
    expect(hasNoControlCharacters('𠀾')).toBe(true);
    expect(hasNoControlCharacters('\u202E')).toBe(false);
  });

  it('hasVisibleCharacter looks for a letter, digit, punctuation mark or symbol', () => {
    expect(hasVisibleCharacter('·')).toBe(true);
    expect(hasVisibleCharacter('7')).toBe(true);
    expect(hasVisibleCharacter('\u3164 \u2800')).toBe(false);
  });
});
