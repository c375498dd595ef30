import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../functions/shared/redact.ts';

describe('redacting personal data from free text', () => {
  it('masks 18-character ID numbers, legacy 15-digit ones and mobile numbers', () => {
    const text =
      'key 44528119800101123X and 445281800101123 conflicts; phone 13812345678, +8613912345678';
    const redacted = redactPersonalData(text);
    expect(redacted).toBe('key [id-number] and [id-number] conflicts; phone [phone], [phone]');
  });

  it('leaves ordinary numbers such as amounts and dates alone', () => {
    expect(redactPersonalData('amount 860 on 2026-11-28, ref PN-2026-ABCD')).toBe(
      'amount 860 on 2026-11-28, ref PN-2026-ABCD',
    );
  });
});
