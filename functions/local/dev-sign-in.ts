import { createHash, randomBytes } from 'node:crypto';
import { devClientId } from './dev-issuer.ts';

/**
 * Local only: signs a demo staff member in against the dev issuer exactly as the
 * console does (authorization code + PKCE) and returns the ID token. For scripts and
 * tests that talk to a running local system.
 */
export async function devIdToken(baseUrl: string, staffId: string): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const redirect = `${baseUrl}/staff/callback/`;
  const chosen = await fetch(`${baseUrl}/dev/oidc/authorize`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({
      staff: staffId,
      redirect_uri: redirect,
      state: 's',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    }),
  });
  const code = new URL(chosen.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const token = await fetch(`${baseUrl}/dev/oidc/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirect,
      client_id: devClientId,
      code_verifier: verifier,
    }),
  });
  return ((await token.json()) as { id_token: string }).id_token;
}
