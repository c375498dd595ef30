import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { staffAccess } from '../../functions/api/staff/staff-access.ts';

/**
 * A test OIDC issuer: real RS256 keys, real signed tokens, verified by the API's own
 * code through a local JWKS. Helpers forge the bad tokens the authorization matrix
 * needs (expired, wrong issuer, alg none, tampered signature).
 */
export const testIssuer = 'https://issuer.test.invalid/puning';
export const testAudience = 'puning-staff-console-test';

const { publicKey, privateKey } = await generateKeyPair('RS256');
const kid = 'test-key-1';
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
const otherKeys = await generateKeyPair('RS256');

export const testStaff = staffAccess(
  {
    issuer: testIssuer,
    jwksUrl: 'https://issuer.test.invalid/jwks.json',
    audience: testAudience,
    algorithms: ['RS256'],
    groupsClaim: 'cognito:groups',
    divisionClaim: 'custom:division',
    authorizeUrl: 'https://issuer.test.invalid/authorize',
    tokenUrl: 'https://issuer.test.invalid/token',
  },
  createLocalJWKSet(jwks),
);

export interface TokenOptions {
  readonly sub?: string;
  readonly name?: string;
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds from now; negative for an expired token. */
  readonly expiresIn?: number;
  /** Sign with a key the issuer never published. */
  readonly foreignKey?: boolean;
  /** A village assistant's village or township code (the division claim). */
  readonly division?: string;
}

export async function staffToken(groups: string[], options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresIn ?? 3600;
  return new SignJWT({
    name: options.name ?? 'Test Reviewer',
    'cognito:groups': groups,
    ...(options.division ? { 'custom:division': options.division } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(options.issuer ?? testIssuer)
    .setAudience(options.audience ?? testAudience)
    .setSubject(options.sub ?? `staff-${groups.join('-')}`)
    .setIssuedAt(expiresIn < 0 ? now + expiresIn - 3600 : now)
    .setExpirationTime(now + expiresIn)
    .sign(options.foreignKey ? otherKeys.privateKey : privateKey);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token (`alg: none`) with otherwise perfect claims. */
export function unsignedToken(groups: string[]): string {
  const now = Math.floor(Date.now() / 1000);
  const payload: JWTPayload = {
    iss: testIssuer,
    aud: testAudience,
    sub: 'attacker',
    iat: now,
    exp: now + 3600,
    'cognito:groups': groups,
  };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
}

/** A valid token whose payload was changed afterwards (the signature no longer matches). */
export async function tamperedToken(groups: string[], newGroups: string[]): Promise<string> {
  const [header, payload, signature] = (await staffToken(groups)).split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as JWTPayload;
  return `${header}.${base64url({ ...claims, 'cognito:groups': newGroups })}.${signature}`;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
