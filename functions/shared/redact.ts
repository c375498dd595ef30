/**
 * Masks anything that looks like a citizen ID number (18 characters or the legacy 15
 * digits) or a mainland mobile number in free text, e.g. an error message from a
 * library, before it can reach a log line.
 */
const idNumberLike = /\d{17}[\dXx]|\d{15}/g;
const mobileLike = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/g;

export function redactPersonalData(text: string): string {
  return text.replace(idNumberLike, '[id-number]').replace(mobileLike, '[phone]');
}
