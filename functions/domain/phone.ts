import * as z from 'zod/mini';
import type { LocalizedText } from './locale.ts';

/**
 * Mainland mobile numbers: 11 digits, 1 then 3–9, with an optional +86 / 86 / 0086
 * prefix. Deliberately permissive on number ranges (new ranges appear; SMS delivery is
 * the real test). People type spaces and hyphens, so those are dropped first.
 */
const MOBILE = /^(?:\+?86|0086)?(1[3-9]\d{9})$/;

/** The 11-digit national number, or null when the input is not a mainland mobile. */
export function normaliseMobile(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '');
  return MOBILE.exec(compact)?.[1] ?? null;
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  const value = normaliseMobile(phone) ?? phone.replace(/[\s-]/g, '');
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

export const phoneMessages = {
  'mobile.invalid': {
    'zh-CN': '请填写 11 位手机号码，例如 13812345678',
    en: 'Enter an 11-digit mainland mobile number, for example 13812345678',
  },
} as const satisfies Record<string, LocalizedText>;

/** Validates a mobile number and normalises it to 11 digits. */
export const mobileSchema = z.pipe(
  z.string(),
  z.transform((raw: string, ctx) => {
    const mobile = normaliseMobile(raw);
    if (mobile !== null) return mobile;
    ctx.issues.push({ code: 'custom', message: 'mobile.invalid', input: raw });
    return z.NEVER;
  }),
);
