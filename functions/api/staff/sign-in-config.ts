import type { StaffIdentity } from '../../shared/config.ts';
import type { StaffSignInConfig } from '../deps.ts';

/** What the console needs to sign in, from the identity settings (no key material). */
export function staffSignInOf(identity: StaffIdentity): StaffSignInConfig {
  return {
    issuer: identity.issuer,
    clientId: identity.audience,
    authorizeUrl: identity.authorizeUrl,
    tokenUrl: identity.tokenUrl,
    ...(identity.logoutUrl ? { logoutUrl: identity.logoutUrl } : {}),
  };
}
