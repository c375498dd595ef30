import { describe, expect, it } from 'vitest';
import {
  idNumberCheckCharacter,
  idNumberMessages,
  idNumberSchema,
  idNumberSchemaOn,
  maskIdNumber,
  parseIdNumber,
} from '../../../functions/domain/id-number.ts';
import { toFieldErrors } from '../../../functions/domain/validation/field-errors.ts';

/** A number with a correct check character for the given first 17 digits. */
function withCheck(first17: string): string {
  return `${first17}${idNumberCheckCharacter(first17)}`;
}

// GB 11643-1999 (FACTS §7): 18 characters, MOD 11-2 check character, real birth date.
describe('parseIdNumber', () => {
  it('accepts the standard example and reads birth date and sex', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('accepts a lower-case x and normalises it to X', () => {
    const parsed = parseIdNumber(' 11010519491231002x ');
    expect(parsed).toMatchObject({ ok: true, idNumber: '11010519491231002X' });
  });

  it('reads an odd sequence digit as male', () => {
    expect(parseIdNumber(withCheck('44528119800101001'))).toMatchObject({ sex: 'male' });
  });

  it('does not restrict the address code to Puning (445281): the number is for life', () => {
    expect(parseIdNumber(withCheck('44052219700101002')).ok).toBe(true);
    expect(parseIdNumber(withCheck('81000019900101003')).ok).toBe(true);
  });

  it.each([
    ['a 15-digit legacy number', '110105491231002', 'length'],
    ['17 characters', '11010519491231002', 'length'],
    ['19 characters', '11010519491231002X1', 'length'],
    ['a letter in the body', '1101051949123100AX', 'characters'],
    ['X not in last place', '1101051949123100X2', 'characters'],
    ['30 February 1999', withCheck('44528119990230123'), 'birthDate'],
    ['month 13', withCheck('44528119991301123'), 'birthDate'],
    ['born before 1900', withCheck('44528118991231123'), 'birthDate'],
    ['a wrong check character', '110105194912310021', 'checksum'],
    ['X where a digit is due', '11010519491231003X', 'checksum'],
  ])('rejects %s (%s)', (_name, raw, reason) => {
    expect(parseIdNumber(raw)).toEqual({ ok: false, reason });
  });

  it('rejects a birth date after the given today, and accepts one on it', () => {
    const bornToday = withCheck('44528120261128001');
    expect(parseIdNumber(bornToday, '2026-11-28').ok).toBe(true);
    expect(parseIdNumber(bornToday, '2026-11-27')).toEqual({
      ok: false,
      reason: 'bornAfterToday',
    });
  });

  it('reports a wrong check character before a future birth date', () => {
    const valid = withCheck('44528120271128001');
    const mistyped = `${valid.slice(0, 17)}${valid.endsWith('0') ? '1' : '0'}`;
    expect(parseIdNumber(mistyped, '2026-11-28')).toEqual({ ok: false, reason: 'checksum' });
  });
});

describe('maskIdNumber', () => {
  it('shows only the first 4 and last 4 characters', () => {
    expect(maskIdNumber('44528119900101123X')).toBe('4452**********123X');
  });

  it('masks short input entirely', () => {
    expect(maskIdNumber('12345678')).toBe('********');
  });
});

describe('idNumberSchema', () => {
  it('normalises a valid number', () => {
    expect(idNumberSchema.parse('11010519491231002x')).toBe('11010519491231002X');
  });

  it('names the failure by message key, with texts in both languages', () => {
    const result = idNumberSchema.safeParse('110105194912310021');
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error?.issues ?? [], 'zh-CN', idNumberMessages);
    expect(errors).toEqual([{ path: '', message: idNumberMessages['idNumber.checksum']['zh-CN'] }]);
  });

  it('checks the birth date against today when given one', () => {
    const schema = idNumberSchemaOn('2000-01-01');
    const issues = schema.safeParse(withCheck('44528120010101001')).error?.issues ?? [];
    expect(issues.map((issue) => issue.message)).toEqual(['idNumber.bornAfterToday']);
  });

  it('asks a clock for today at each check, so a long-lived schema moves with the days', () => {
    let today = '2026-12-31';
    const schema = idNumberSchemaOn(() => today);
    const newYearsBaby = withCheck('44528120270101001');
    expect(schema.safeParse(newYearsBaby).success).toBe(false);
    today = '2027-01-01';
    expect(schema.safeParse(newYearsBaby).success).toBe(true);
  });
});
