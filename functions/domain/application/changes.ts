/**
 * The dotted paths of the fields that differ between two versions of an application
 * (`household.members.1.income`), so the console can highlight what the applicant
 * changed when answering a request for information. Arrays compare by position.
 */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (Object.is(before, after)) return [];
  const bothObjects =
    typeof before === 'object' && before !== null && typeof after === 'object' && after !== null;
  if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) return [prefix];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((key) =>
    changedPaths(a[key], b[key], prefix ? `${prefix}.${key}` : key),
  );
}
