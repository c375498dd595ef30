import type { JWTVerifyGetKey } from 'jose';
import type { StaffIdentity } from '../../shared/config.ts';
import type { AppDeps } from '../deps.ts';
import { createStaffAuthenticator, remoteKeys } from './authenticate.ts';
import { staffSignInOf } from './sign-in-config.ts';

/** The app's staff dependency from the identity settings (keys from the JWKS URL by default). */
export function staffAccess(
  identity: StaffIdentity,
  keys: JWTVerifyGetKey = remoteKeys(identity.jwksUrl),
): NonNullable<AppDeps['staff']> {
  return {
    authenticate: createStaffAuthenticator({
      issuer: identity.issuer,
      audience: identity.audience,
      algorithms: identity.algorithms,
      groupsClaim: identity.groupsClaim,
      divisionClaim: identity.divisionClaim,
      keys,
    }),
    signIn: staffSignInOf(identity),
  };
}
