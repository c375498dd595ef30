import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64 } from '../../../functions/domain/hash.ts';

describe('fnv1a64', () => {
  // Published FNV-1a 64-bit test vectors (Fowler/Noll/Vo reference table).
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes %j to the reference value', (input, expected) => {
    expect(fnv1a64(input)).toBe(expected);
  });

  it('hashes the UTF-8 bytes, so Chinese text hashes the same everywhere', () => {
    expect(fnv1a64('普宁')).toBe(fnv1a64('\u666e\u5b81'));
    expect(fnv1a64('普宁')).toMatch(/^[0-9a-f]{16}$/);
    expect(fnv1a64('普宁')).not.toBe(fnv1a64('普寧'));
  });

  it('agrees with the definition computed in 64-bit BigInt arithmetic on any text', () => {
    const byDefinition = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) {
        hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      }
      return hash.toString(16).padStart(16, '0');
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(fnv1a64(text)).toBe(byDefinition(text));
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever order keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { x: 0, y: 1 }] }, b: 1 }),
    );
  });

  it('keeps array order and drops undefined members', () => {
    expect(canonicalJson({ list: [3, 1, 2], gone: undefined })).toBe('{"list":[3,1,2]}');
  });
});
