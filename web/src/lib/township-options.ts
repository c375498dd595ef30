import { townshipName, townships } from '../../../functions/domain/divisions.ts';
import type { Locale } from '../i18n/locales.ts';

/** The 33 units as select options, rendered into pages at build time (no request). */
export function townshipOptions(locale: Locale): { value: string; label: string }[] {
  return townships.map((t) => ({ value: t.code, label: townshipName(t, locale) }));
}

/** Villages and communities of each unit, for the address step (names are Chinese only). */
export function villageOptions(): Record<string, { value: string; label: string }[]> {
  return Object.fromEntries(
    townships.map((t) => [t.code, t.villages.map((v) => ({ value: v.code, label: v.name }))]),
  );
}
