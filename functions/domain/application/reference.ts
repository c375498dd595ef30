/**
 * References and access codes. A reference is for people to read out on the phone
 * (`PN-2611-7K4Q-MX9T`: year and month, then 8 characters from an alphabet without
 * look-alikes, 40 bits of randomness); the access code (8 characters, 40 bits) is
 * shown once and proves the holder is the applicant. Randomness is passed in, so this
 * stays pure and testable.
 */
export const unambiguousAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'; // no 0 O 1 I L

export type RandomBytes = (length: number) => Uint8Array;

/** 8 characters, 5 bits each, taken from 5 random bytes (no modulo bias: 32 = 2^5). */
function randomCode(random: RandomBytes, alphabet: string): string {
  const bytes = random(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code += alphabet[Number((bits >> BigInt(35 - i * 5)) & 31n) % alphabet.length];
  }
  return code;
}

// 31 symbols; the 32nd 5-bit value folds onto the first, a negligible bias for ids.
export function newReference(submittedAt: Date, random: RandomBytes): string {
  const yymm = submittedAt.toISOString().slice(2, 7).replace('-', '');
  const code = randomCode(random, unambiguousAlphabet);
  return `PN-${yymm}-${code.slice(0, 4)}-${code.slice(4)}`;
}

export function newAccessCode(random: RandomBytes): string {
  return randomCode(random, unambiguousAlphabet);
}

/** Accepts what people type: lower case, spaces, missing or extra dashes. */
export function normaliseReference(raw: string): string | null {
  const compact = raw.toUpperCase().replace(/[\s-]/g, '');
  const match = /^PN(\d{4})([23456789A-HJKMNP-Z]{8})$/.exec(compact);
  if (!match) return null;
  const code = match[2] ?? '';
  return `PN-${match[1]}-${code.slice(0, 4)}-${code.slice(4)}`;
}

export function normaliseAccessCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}
