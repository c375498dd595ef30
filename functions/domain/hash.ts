/**
 * Small, dependency-free hashing for version stamps (not for secrets: FNV is not a
 * cryptographic hash). Pure JS so the browser and the server compute the same value.
 */

const utf8 = new TextEncoder();

/**
 * FNV-1a 64-bit over the UTF-8 bytes of `text`, as 16 lower-case hex digits.
 *
 * Computed on two 32-bit halves with plain numbers rather than BigInt: the rules
 * version is hashed when the rules load, so this runs on every Lambda cold start and
 * BigInt arithmetic per byte cost several milliseconds there.
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3.
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const byte of utf8.encode(text)) {
    low = (low ^ byte) >>> 0;
    // hash × prime mod 2^64 = hash × 0x1b3 + (hash << 40); every product below stays
    // under 2^53, so it is exact in a double.
    const lowProduct = low * 0x1b3;
    const carry = Math.floor(lowProduct / 0x1_0000_0000);
    const nextHigh = (high * 0x1b3 + carry + ((low << 8) >>> 0)) % 0x1_0000_0000;
    low = lowProduct >>> 0;
    high = nextHigh >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/**
 * JSON with object keys sorted at every level, so the same data always gives the same
 * text (and hash) whatever order the keys were written in. `undefined` members are
 * dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = sortKeys(member);
    }
    return sorted;
  }
  return value;
}
