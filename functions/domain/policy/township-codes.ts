/**
 * The 33 township-level units of Puning (镇/街道/乡/农场/园区) by NBS 2023 code, without
 * their names: what schemas and routing checks need, so the browser's first screens do
 * not carry the names in both languages (townships.ts has them, keyed by these codes; a
 * unit test checks both against functions/domain/data/puning-divisions.json).
 */
export const townshipCodes = [
  '445281001000',
  '445281002000',
  '445281003000',
  '445281004000',
  '445281005000',
  '445281006000',
  '445281007000',
  '445281102000',
  '445281103000',
  '445281104000',
  '445281105000',
  '445281106000',
  '445281107000',
  '445281108000',
  '445281109000',
  '445281110000',
  '445281111000',
  '445281113000',
  '445281114000',
  '445281115000',
  '445281116000',
  '445281117000',
  '445281119000',
  '445281121000',
  '445281123000',
  '445281201000',
  '445281401000',
  '445281402000',
  '445281403000',
  '445281405000',
  '445281406000',
  '445281407000',
  '445281408000',
] as const;

export type TownshipCode = (typeof townshipCodes)[number];

export function isTownshipCode(value: string): value is TownshipCode {
  return (townshipCodes as readonly string[]).includes(value);
}
