import * as z from 'zod/mini';
import { type IsoDate, isIsoDate } from './dates.ts';
import type { LocalizedText } from './locale.ts';

/**
 * Citizen ID numbers (公民身份号码) per GB 11643-1999: 6-digit address code, 8-digit
 * birth date, 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character.
 * The number is for life, so any address code is accepted, not only Puning's 445281:
 * older residents carry codes from before today's divisions, and permit holders from
 * elsewhere carry their own county's.
 */

export type IdNumberFailure = 'length' | 'characters' | 'birthDate' | 'bornAfterToday' | 'checksum';

export type ParsedIdNumber =
  | {
      readonly ok: true;
      /** Normalised: 18 characters, a final `x` upper-cased. */
      readonly idNumber: string;
      readonly birthDate: IsoDate;
      readonly sex: 'male' | 'female';
    }
  | { readonly ok: false; readonly reason: IdNumberFailure };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
// Nobody alive was born before 1900; an earlier "birth date" is a typing error.
const EARLIEST_BIRTH_YEAR = 1900;

/** The check character for the first 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/**
 * Checks and reads an 18-character ID number. `today` (YYYY-MM-DD), when given, also
 * rejects birth dates after it (`bornAfterToday`; born today is fine). 15-digit legacy
 * numbers are rejected (`length`): the second-generation card carries the 18-character
 * form.
 */
export function parseIdNumber(raw: string, today?: IsoDate): ParsedIdNumber {
  const idNumber = raw.trim().toUpperCase();
  if (idNumber.length !== 18) return { ok: false, reason: 'length' };
  if (!SHAPE.test(idNumber)) return { ok: false, reason: 'characters' };
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isIsoDate(birthDate) || Number(idNumber.slice(6, 10)) < EARLIEST_BIRTH_YEAR) {
    return { ok: false, reason: 'birthDate' };
  }
  if (idNumberCheckCharacter(idNumber) !== idNumber[17]) return { ok: false, reason: 'checksum' };
  // After the checksum: a mistyped digit is reported as such, not as a date.
  if (today !== undefined && birthDate > today) return { ok: false, reason: 'bornAfterToday' };
  const sex = Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, idNumber, birthDate, sex };
}

/** Shows only the first 4 and last 4 characters: `4452**********123X`. */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** Message keys the schemas below use, with their texts (pass to toFieldErrors). */
export const idNumberMessages = {
  'idNumber.length': {
    'zh-CN': '身份证号码应为 18 位',
    en: 'The ID number must have 18 characters',
  },
  'idNumber.characters': {
    'zh-CN': '身份证号码只能是数字，最后一位可以是 X',
    en: 'The ID number can only contain digits, and the last one may be X',
  },
  'idNumber.birthDate': {
    'zh-CN': '身份证号码中的出生日期不正确',
    en: 'The date of birth in the ID number is not right',
  },
  'idNumber.bornAfterToday': {
    'zh-CN': '身份证号码中的出生日期晚于今天，请核对号码',
    en: 'The date of birth in the ID number is after today. Check the number',
  },
  'idNumber.checksum': {
    'zh-CN': '身份证号码有误，请对照证件逐位核对',
    en: 'The ID number is not right. Check each character against the card',
  },
} as const satisfies Record<`idNumber.${IdNumberFailure}`, LocalizedText>;

/**
 * A zod/mini schema that validates and normalises an ID number; `today` as above, or a
 * function that gives today's date each time a value is checked (a long-lived schema
 * must not keep the day it was built on).
 */
export function idNumberSchemaOn(today?: IsoDate | (() => IsoDate)) {
  return z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const parsed = parseIdNumber(raw, typeof today === 'function' ? today() : today);
      if (parsed.ok) return parsed.idNumber;
      ctx.issues.push({ code: 'custom', message: `idNumber.${parsed.reason}`, input: raw });
      return z.NEVER;
    }),
  );
}

/** ID number schema without the "not in the future" check (that needs today's date). */
export const idNumberSchema = idNumberSchemaOn();
