import { staffStateNames } from '../../../../functions/domain/application/state-names.ts';
import type { ApplicationState } from '../../../../functions/domain/application/states.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { formatYuan } from '../../../../functions/domain/policy/money.ts';
import { type ProgrammeId, programmes } from '../../../../functions/domain/policy/programmes.ts';
import { townships } from '../../../../functions/domain/policy/townships.ts';

/** Times are shown as Puning's wall clock (Asia/Shanghai), whatever the device's zone. */
const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-11-30 10:05` in Asia/Shanghai. */
export function shanghaiTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(shanghai.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A state as staff read it: the applicant's task is named as the applicant's. */
export function stateName(state: string, locale: Locale): string {
  return staffStateNames[state as ApplicationState]?.[locale] ?? state;
}

export function programmeName(id: string, locale: Locale, short = false): string {
  const info = programmes[id as ProgrammeId];
  if (!info) return id;
  return (short ? info.shortName : info.name)[locale];
}

export function programmeList(ids: readonly string[], locale: Locale, short = false): string {
  return ids.map((id) => programmeName(id, locale, short)).join(locale === 'en' ? ', ' : '、');
}

export function townshipLabel(code: string, locale: Locale): string {
  return townships.find((t) => t.code === code)?.name[locale] ?? code;
}

export function townshipOptions(locale: Locale): { value: string; label: string }[] {
  return townships.map((t) => ({ value: t.code, label: t.name[locale] }));
}

export function yuan(amount: number, locale: Locale): string {
  return formatYuan(amount)[locale];
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 102.4) / 10} KB`;
  return `${Math.round(bytes / 104_857.6) / 10} MB`;
}
