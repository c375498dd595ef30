import { newReference, type RandomBytes } from '../application/reference.ts';

/**
 * References of leads (线索, `XS-2612-7K4Q-MX9T`) and complaints (投诉, `TS-…`): the
 * application reference's shape and randomness with their own prefix, so a reference
 * read out on the phone says what it is and can never be taken for an application's.
 */
export const reportPrefixes = { lead: 'XS', complaint: 'TS' } as const;
export type ReportKind = keyof typeof reportPrefixes;

export function newReportReference(kind: ReportKind, at: Date, random: RandomBytes): string {
  return `${reportPrefixes[kind]}${newReference(at, random).slice(2)}`;
}

/** Accepts what people type (lower case, spaces, missing dashes); null if not one of `kind`. */
export function normaliseReportReference(kind: ReportKind, raw: string): string | null {
  const compact = raw.toUpperCase().replace(/[\s-]/g, '');
  const match = new RegExp(`^${reportPrefixes[kind]}(\\d{4})([23456789A-HJKMNP-Z]{8})$`).exec(
    compact,
  );
  if (!match) return null;
  const code = match[2] ?? '';
  return `${reportPrefixes[kind]}-${match[1]}-${code.slice(0, 4)}-${code.slice(4)}`;
}
