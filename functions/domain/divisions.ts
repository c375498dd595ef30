import divisionsData from './data/puning-divisions.json' with { type: 'json' };
import type { Locale } from './locale.ts';

/**
 * Puning's 33 township-level units (镇/街道/乡/农场/园区) and their 580 villages and
 * communities, from the NBS 2023 division codes: the routing table. One copy of the
 * data, imported by the API, the local server and the web pages.
 */
export type TownshipKind = 'street' | 'town' | 'farm' | 'zone';

export interface Village {
  readonly code: string;
  readonly name: string;
}

export interface Township {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: TownshipKind;
  readonly aliases: readonly string[];
  readonly villages: readonly Village[];
}

interface RawTownship {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  aliases?: string[];
  villages: Village[];
}

function toKind(kind: string): TownshipKind {
  if (kind === 'street' || kind === 'town' || kind === 'farm' || kind === 'zone') return kind;
  throw new Error(`Unknown township kind in the divisions data: ${kind}`);
}

export const townships: readonly Township[] = (divisionsData.townships as RawTownship[]).map(
  (t) => ({
    code: t.code,
    name: t.name,
    nameEn: t.nameEn,
    kind: toKind(t.kind),
    aliases: t.aliases ?? [],
    villages: t.villages,
  }),
);

export const divisionsSource: string = divisionsData.source;

const byCode = new Map(townships.map((t) => [t.code, t]));
const villageToTownship = new Map(
  townships.flatMap((t) => t.villages.map((v) => [v.code, t] as const)),
);

export const townshipCodes: readonly string[] = townships.map((t) => t.code);

export function findTownship(code: string): Township | undefined {
  return byCode.get(code);
}

/** The township a village or community belongs to (routing by current residence). */
export function townshipOfVillage(villageCode: string): Township | undefined {
  return villageToTownship.get(villageCode);
}

export function townshipName(township: Township, locale: Locale): string {
  return locale === 'en' ? township.nameEn : township.name;
}

/**
 * NBS village codes 001–199 are 居委会 (urban communities), 200–399 村委会 (villages):
 * the urban or rural 低保 standard follows it.
 */
export function isUrbanCommunity(villageCode: string): boolean {
  const serial = Number(villageCode.slice(9, 12));
  return serial >= 1 && serial < 200;
}
