import { describe, expect, it } from 'vitest';
import {
  maskPhone,
  mobileSchema,
  normaliseMobile,
  phoneMessages,
} from '../../../functions/domain/phone.ts';
import { toFieldErrors } from '../../../functions/domain/validation/field-errors.ts';

// FACTS §7: mainland mobiles, permissive pattern ^(?:\+?86|0086)?1[3-9]\d{9}$.
describe('normaliseMobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['19912345678', '19912345678'],
  ])('accepts %s as %s', (raw, expected) => {
    expect(normaliseMobile(raw)).toBe(expected);
  });

  it.each([
    ['second digit 2', '12812345678'],
    ['10 digits', '1381234567'],
    ['12 digits', '138123456789'],
    ['a landline', '06632345678'],
    ['another country code', '+85213812345678'],
    ['letters', '138abcd5678'],
  ])('rejects %s', (_name, raw) => {
    expect(normaliseMobile(raw)).toBeNull();
  });
});

describe('maskPhone', () => {
  it('shows the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });
});

describe('mobileSchema', () => {
  it('normalises to 11 digits', () => {
    expect(mobileSchema.parse('+86 138 1234 5678')).toBe('13812345678');
  });

  it('reports mobile.invalid in the user language', () => {
    const issues = mobileSchema.safeParse('12345').error?.issues ?? [];
    expect(toFieldErrors(issues, 'en', phoneMessages)).toEqual([
      { path: '', message: phoneMessages['mobile.invalid'].en },
    ]);
  });
});
