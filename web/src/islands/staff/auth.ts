import type { Locale } from '../../../../functions/domain/locale.ts';

/**
 * Staff sign-in: OAuth 2.0 authorization code with PKCE (S256), the same code path
 * against the local dev issuer, Cognito and an external OIDC issuer. The ID token is
 * kept in sessionStorage only (gone when the tab closes), never in localStorage.
 */
export interface AuthConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly logoutUrl?: string;
  readonly scope: string;
}

const tokenKey = 'puning.staff.idToken';
/** The queue's filters, for the way back from an application to the same list. */
export const queueQueryKey = 'puning.staff.queueQuery';
const pendingKey = 'puning.staff.signIn';

/** The one callback registered with the identity provider, whatever the page language. */
export const callbackPath = '/staff/callback/';
/** Where the identity provider sends staff after signing out. */
export const signedOutPath = '/staff/';

export function consolePath(locale: Locale, path = '/staff/'): string {
  return locale === 'en' ? `/en${path}` : path;
}

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function idToken(): string | null {
  return session()?.getItem(tokenKey) ?? null;
}

export function forgetToken(): void {
  session()?.removeItem(tokenKey);
}

export async function authConfig(): Promise<AuthConfig> {
  const res = await fetch('/api/auth/config', { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`auth config ${res.status}`);
  return (await res.json()) as AuthConfig;
}

const absolute = (url: string) => new URL(url, window.location.origin);

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function randomString(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

interface PendingSignIn {
  readonly state: string;
  readonly verifier: string;
  /** The console page to come back to (its language included). */
  readonly returnTo: string;
}

/** Starts signing in: remembers state and verifier in this tab, then leaves for the issuer. */
export async function signIn(returnTo: string): Promise<void> {
  const config = await authConfig();
  const state = randomString(16);
  const verifier = randomString(48);
  const pending: PendingSignIn = { state, verifier, returnTo };
  session()?.setItem(pendingKey, JSON.stringify(pending));
  const url = absolute(config.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: absolute(callbackPath).toString(),
    scope: config.scope,
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

export type CallbackResult =
  | { readonly ok: true; readonly returnTo: string }
  | { readonly ok: false; readonly reason: 'state' | 'denied' | 'exchange' };

/** Finishes signing in on the callback page: checks state, exchanges the code. */
export async function completeSignIn(search: string): Promise<CallbackResult> {
  const params = new URLSearchParams(search);
  const raw = session()?.getItem(pendingKey);
  session()?.removeItem(pendingKey);
  let pending: PendingSignIn | null = null;
  try {
    pending = raw ? (JSON.parse(raw) as PendingSignIn) : null;
  } catch {
    pending = null;
  }
  if (params.get('error')) return { ok: false, reason: 'denied' };
  const code = params.get('code');
  if (!pending || !code || params.get('state') !== pending.state)
    return { ok: false, reason: 'state' };
  try {
    const config = await authConfig();
    const res = await fetch(absolute(config.tokenUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: absolute(callbackPath).toString(),
        client_id: config.clientId,
        code_verifier: pending.verifier,
      }),
    });
    const body = (await res.json().catch(() => ({}))) as { id_token?: unknown };
    if (!res.ok || typeof body.id_token !== 'string') return { ok: false, reason: 'exchange' };
    session()?.setItem(tokenKey, body.id_token);
  } catch {
    return { ok: false, reason: 'exchange' };
  }
  // Only a path on this site: never an open redirect.
  const returnTo = /^\/(?![/\\])/.test(pending.returnTo);
  return { ok: true, returnTo: returnTo ? pending.returnTo : signedOutPath };
}

/** Signs out: forgets the token, and ends the issuer's session when it has a logout page. */
export async function signOut(): Promise<'left' | 'stayed'> {
  forgetToken();
  try {
    const config = await authConfig();
    if (config.logoutUrl) {
      const url = absolute(config.logoutUrl);
      url.searchParams.set('client_id', config.clientId);
      url.searchParams.set('logout_uri', absolute(signedOutPath).toString());
      window.location.assign(url.toString());
      return 'left';
    }
  } catch {
    // Signed out here anyway; the issuer's session ends when it expires.
  }
  return 'stayed';
}
