import type { LocalizedText } from '../locale.ts';

/**
 * Money in rules is compared in fen (integer cents) and ratios in basis points, so a
 * boundary such as "income exactly at the standard" is decided exactly, never by a
 * floating-point accident (0.6 × 3 is 1.7999…).
 */

export function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function fenToYuan(fen: number): number {
  return Math.round(fen) / 100;
}

/** A share or multiplier in basis points: 1.5 → 15000, 0.6 → 6000. */
export function basisPoints(ratio: number): number {
  return Math.round(ratio * 10_000);
}

function grouped(amount: number): string {
  const fen = Math.round(amount * 100);
  const whole = Math.trunc(Math.abs(fen) / 100);
  const cents = Math.abs(fen) % 100;
  const sign = fen < 0 ? '-' : '';
  const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
}

/** `860 元` / `¥860`; fen shown only when there are any (`967.50 元`). */
export function formatYuan(amount: number): LocalizedText {
  const text = grouped(amount);
  return { 'zh-CN': `${text} 元`, en: `¥${text}` };
}

/** A share as a percentage: 0.3 → `30%`. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 10_000) / 100}%`;
}

/**
 * `ratio × yuan`, rounded up to a whole yuan: rules set these amounts as "not less
 * than" a share, so rounding up keeps the floor. Exact for ratios in basis points.
 */
export function ratioOfYuanRoundedUp(ratio: number, yuan: number): number {
  return Math.ceil((basisPoints(ratio) * toFen(yuan)) / 1_000_000);
}
