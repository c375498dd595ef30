import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { principalFromGroups, type StaffPrincipal } from '../../domain/staff/principal.ts';

/**
 * Verifies staff bearer tokens (OIDC ID tokens): signature against the issuer's JWKS,
 * issuer, audience, an algorithm allow-list (so `alg: none` and HS256-with-the-public-
 * key tricks fail), expiry and not-before. The same path serves Cognito in AWS global
 * regions, an external OIDC issuer in China regions and the dev issuer locally.
 */
export interface StaffAuthConfig {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: readonly string[];
  /** The claim listing the groups that give the role and township. */
  readonly groupsClaim: string;
  /** The claim holding a village assistant's village or township code (`custom:division`). */
  readonly divisionClaim?: string;
  /** Where the public keys come from: the issuer's JWKS URL, or keys given directly. */
  readonly keys: JWTVerifyGetKey;
}

/** The issuer's JWKS fetched over HTTPS (HTTP for the local dev issuer), cached. */
export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), {
    cacheMaxAge: 10 * 60_000,
    cooldownDuration: 30_000,
    timeoutDuration: 3_000,
  });
}

function groupsOf(payload: JWTPayload, claim: string): string[] {
  const value = payload[claim];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  // Some issuers send a space- or comma-separated string.
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

function divisionOf(payload: JWTPayload, claim: string): string | undefined {
  const value = payload[claim];
  return typeof value === 'string' ? value.trim() : undefined;
}

function displayName(payload: JWTPayload): string {
  for (const claim of ['name', 'preferred_username', 'cognito:username', 'email']) {
    const value = payload[claim];
    if (typeof value === 'string' && value.length > 0) return value.slice(0, 60);
  }
  return String(payload.sub);
}

/** Cognito puts a custom attribute `division` into the ID token under this name. */
export const defaultDivisionClaim = 'custom:division';

export type Authentication =
  | { readonly ok: true; readonly principal: StaffPrincipal }
  | { readonly ok: false; readonly reason: 'missing' | 'invalid' | 'no-role' };

/**
 * Tokens already verified, for at most this long and never past their expiry: the
 * console sends the same token with every request, and checking an RS256 or ES256
 * signature each time was a third of the cost of a queue page. Only tokens that passed
 * every check are kept, under their exact text, so nothing unverified is ever taken.
 */
const verifiedFor = { maxMs: 5 * 60_000, maxTokens: 1000 } as const;

export function createStaffAuthenticator(config: StaffAuthConfig, now = () => Date.now()) {
  const verified = new Map<string, { principal: StaffPrincipal; until: number }>();
  return async function authenticate(authorization: string | undefined): Promise<Authentication> {
    const token = /^Bearer ([\w-]+\.[\w-]*\.[\w-]*)$/.exec(authorization ?? '')?.[1];
    if (!token) return { ok: false, reason: authorization ? 'invalid' : 'missing' };
    const known = verified.get(token);
    if (known && known.until > now()) return { ok: true, principal: known.principal };
    verified.delete(token);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, config.keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: [...config.algorithms],
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: 5,
        currentDate: new Date(now()),
      }));
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    const principal = principalFromGroups(
      String(payload.sub),
      displayName(payload),
      groupsOf(payload, config.groupsClaim),
      divisionOf(payload, config.divisionClaim ?? defaultDivisionClaim),
    );
    if (!principal) return { ok: false, reason: 'no-role' };
    // The oldest entry makes room: a Map iterates in insertion order.
    if (verified.size >= verifiedFor.maxTokens) {
      const oldest = verified.keys().next().value;
      if (oldest !== undefined) verified.delete(oldest);
    }
    const expiresAt = Number(payload.exp) * 1000;
    verified.set(token, { principal, until: Math.min(expiresAt, now() + verifiedFor.maxMs) });
    return { ok: true, principal };
  };
}

export type StaffAuthenticator = ReturnType<typeof createStaffAuthenticator>;
