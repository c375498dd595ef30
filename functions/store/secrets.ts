import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keyed hashes: the ID number is never a key (the duplicate check uses an HMAC of it),
 * and the access code is stored only as an HMAC with its own salt. The key comes from
 * configuration (Secrets Manager in AWS); without the key, a copy of the table cannot
 * be used to find a person or guess a code offline.
 */
export interface Hasher {
  personHash(idNumber: string): string;
  accessCodeHash(code: string, salt: string): string;
  newSalt(): string;
  matches(code: string, salt: string, expected: string): boolean;
}

export function createHasher(secret: string): Hasher {
  const derive = (purpose: string) => createHmac('sha256', secret).update(purpose).digest();
  const personKey = derive('person-id-number');
  const accessKey = derive('access-code');
  const accessCodeHash = (code: string, salt: string) =>
    createHmac('sha256', accessKey).update(`${salt}:${code}`).digest('base64url');
  return {
    personHash: (idNumber) =>
      createHmac('sha256', personKey).update(idNumber.toUpperCase()).digest('base64url'),
    accessCodeHash,
    newSalt: () => randomBytes(16).toString('base64url'),
    matches: (code, salt, expected) => {
      const actual = Buffer.from(accessCodeHash(code, salt));
      const wanted = Buffer.from(expected);
      return actual.length === wanted.length && timingSafeEqual(actual, wanted);
    },
  };
}
