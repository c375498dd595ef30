import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTVerifyGetKey, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createStaffAuthenticator } from '../../../functions/api/staff/authenticate.ts';

const issuer = 'https://issuer.test.invalid/puning';
const audience = 'puning-staff-console-test';
const { publicKey, privateKey } = await generateKeyPair('ES256');
const localKeys = createLocalJWKSet({
  keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }],
});

/** The issuer's keys, counting how often a signature had to be checked. */
function countingKeys() {
  const counter = { lookups: 0 };
  const keys: JWTVerifyGetKey = (header, token) => {
    counter.lookups++;
    return localKeys(header, token);
  };
  return { keys, counter };
}

async function token(issuedAtMs: number, lifetimeSeconds: number, groups = ['city-reviewer']) {
  const iat = Math.floor(issuedAtMs / 1000);
  return new SignJWT({ 'cognito:groups': groups, name: '市审核员' })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject('city-1')
    .setIssuedAt(iat)
    .setExpirationTime(iat + lifetimeSeconds)
    .sign(privateKey);
}

function authenticatorAt(clock: { ms: number }) {
  const { keys, counter } = countingKeys();
  const authenticate = createStaffAuthenticator(
    { issuer, audience, algorithms: ['ES256'], groupsClaim: 'cognito:groups', keys },
    () => clock.ms,
  );
  return { authenticate, counter };
}

describe('staff token verification', () => {
  it('checks the signature of a token once and trusts the same token until the cache window ends', async () => {
    const clock = { ms: Date.parse('2026-11-29T02:00:00Z') };
    const { authenticate, counter } = authenticatorAt(clock);
    const bearer = `Bearer ${await token(clock.ms, 3600)}`;
    for (let i = 0; i < 5; i++) {
      expect(await authenticate(bearer)).toMatchObject({
        ok: true,
        principal: { role: 'city-reviewer' },
      });
    }
    expect(counter.lookups).toBe(1);
    clock.ms += 5 * 60_000 + 1;
    expect(await authenticate(bearer)).toMatchObject({ ok: true });
    expect(counter.lookups).toBe(2);
  });

  it('refuses a remembered token once it has expired', async () => {
    const clock = { ms: Date.parse('2026-11-29T02:00:00Z') };
    const { authenticate } = authenticatorAt(clock);
    const bearer = `Bearer ${await token(clock.ms, 60)}`;
    expect(await authenticate(bearer)).toMatchObject({ ok: true });
    clock.ms += 60_000 + 6_000;
    expect(await authenticate(bearer)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('never remembers a token that failed, so a tampered copy of a good one stays refused', async () => {
    const clock = { ms: Date.parse('2026-11-29T02:00:00Z') };
    const { authenticate, counter } = authenticatorAt(clock);
    const good = await token(clock.ms, 3600);
    const [header, , signature] = good.split('.');
    const payload = Buffer.from(
      JSON.stringify({ iss: issuer, aud: audience, sub: 'x', 'cognito:groups': ['admin'] }),
    ).toString('base64url');
    const tampered = `Bearer ${header}.${payload}.${signature}`;
    expect(await authenticate(`Bearer ${good}`)).toMatchObject({ ok: true });
    expect(await authenticate(tampered)).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate(tampered)).toEqual({ ok: false, reason: 'invalid' });
    expect(counter.lookups).toBe(3);
  });

  it('does not remember a valid token that gives no role', async () => {
    const clock = { ms: Date.parse('2026-11-29T02:00:00Z') };
    const { authenticate, counter } = authenticatorAt(clock);
    const bearer = `Bearer ${await token(clock.ms, 3600, ['somebody-else'])}`;
    expect(await authenticate(bearer)).toEqual({ ok: false, reason: 'no-role' });
    expect(await authenticate(bearer)).toEqual({ ok: false, reason: 'no-role' });
    expect(counter.lookups).toBe(2);
  });
});
