import { createHash, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStaff, devClientId } from '../../../functions/local/dev-issuer.ts';
import type { LocalSystem } from '../../../functions/local/local-system.ts';
import { buildSiteIfStale } from '../../../functions/local/site-build.ts';
import { startTestSystem } from '../../support/local-system.ts';

const root = resolve(import.meta.dirname, '../../..');
let system: LocalSystem;

beforeAll(async () => {
  await buildSiteIfStale(root);
  system = await startTestSystem({ port: 0, siteDir: join(root, 'web/dist') });
}, 120_000);
afterAll(() => system.close());

/** Signs in as a demo staff member the way the console does: code flow with PKCE. */
async function signIn(staffId: string, verifier = randomBytes(32).toString('base64url')) {
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirectUri = `${system.url}/staff/callback/`;
  const chosen = await fetch(`${system.url}/dev/oidc/authorize`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({
      staff: staffId,
      redirect_uri: redirectUri,
      state: 'state-1',
      code_challenge: challenge,
    }),
  });
  const location = new URL(chosen.headers.get('location') ?? '');
  return { location, redirectUri, verifier };
}

async function exchange(code: string, redirectUri: string, verifier: string) {
  return fetch(`${system.url}/dev/oidc/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: devClientId,
      code_verifier: verifier,
    }),
  });
}

describe('the local dev issuer (npm start only)', () => {
  it('lists the seeded demo staff: one per township, a city reviewer and an admin', async () => {
    const config = (await (await fetch(`${system.url}/api/auth/config`)).json()) as {
      authorizeUrl: string;
      clientId: string;
    };
    const page = await fetch(
      `${system.url}${config.authorizeUrl}?${new URLSearchParams({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: `${system.url}/staff/callback/`,
        state: 's',
        code_challenge: 'c'.repeat(43),
        code_challenge_method: 'S256',
      })}`,
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('流沙东街道 经办人');
    expect(html).toContain('市民政局 审核员');
    expect(demoStaff.filter((s) => s.groups[0]?.startsWith('township-'))).toHaveLength(33);
  });

  it('signs a demo reviewer in with a code and PKCE; the API accepts the ID token', async () => {
    const { location, redirectUri, verifier } = await signIn('dev-445281001000');
    expect(location.pathname).toBe('/staff/callback/');
    expect(location.searchParams.get('state')).toBe('state-1');
    const token = await exchange(location.searchParams.get('code') ?? '', redirectUri, verifier);
    expect(token.status).toBe(200);
    const { id_token } = (await token.json()) as { id_token: string };
    const me = await fetch(`${system.url}/api/staff/me`, {
      headers: { Authorization: `Bearer ${id_token}` },
    });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      role: 'township-reviewer',
      township: { code: '445281001000', name: '流沙东街道' },
    });
  });

  it('refuses a code with the wrong verifier, and a code used twice', async () => {
    const { location, redirectUri, verifier } = await signIn('dev-city');
    const code = location.searchParams.get('code') ?? '';
    expect((await exchange(code, redirectUri, `${verifier}x`)).status).toBe(400);
    expect((await exchange(code, redirectUri, verifier)).status).toBe(400);
  });

  it('redirects only to the console on this server', async () => {
    const refused = await fetch(`${system.url}/dev/oidc/authorize`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({
        staff: 'dev-city',
        redirect_uri: 'https://attacker.example/staff/callback/',
        state: 's',
        code_challenge: 'c'.repeat(43),
      }),
    });
    expect(refused.status).toBe(400);
  });
});
