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

function displayName(payload: JWTPayload): string {
  for (const claim of ['name', 'preferred_username', 'cognito:username', 'email']) {
    const value = payload[claim];
    if (typeof value === 'string' && value.length > 0) return value.slice(0, 60);
  }
  return String(payload.sub);
}

export type Authentication =
  | { readonly ok: true; readonly principal: StaffPrincipal }
  | { readonly ok: false; readonly reason: 'missing' | 'invalid' | 'no-role' };

export function createStaffAuthenticator(config: StaffAuthConfig) {
  return async function authenticate(authorization: string | undefined): Promise<Authentication> {
    const token = /^Bearer ([\w-]+\.[\w-]*\.[\w-]*)$/.exec(authorization ?? '')?.[1];
    if (!token) return { ok: false, reason: authorization ? 'invalid' : 'missing' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, config.keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: [...config.algorithms],
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: 5,
      }));
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    const principal = principalFromGroups(
      String(payload.sub),
      displayName(payload),
      groupsOf(payload, config.groupsClaim),
    );
    return principal ? { ok: true, principal } : { ok: false, reason: 'no-role' };
  };
}

export type StaffAuthenticator = ReturnType<typeof createStaffAuthenticator>;
