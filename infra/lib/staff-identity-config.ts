/**
 * Which identity provider signs staff in, decided from CDK context before any construct
 * exists. Pure (no CDK imports) so bin/app.ts and the tests share one decision.
 */

/** An OIDC issuer outside AWS (AWS China regions have no Cognito user pools). */
export interface ExternalIssuer {
  /** The `iss` claim; `<issuer>/.well-known/openid-configuration` must be public. */
  readonly issuer: string;
  readonly jwksUrl: string;
  /** The expected `aud` of ID tokens: the console's client id at the issuer. */
  readonly audience: string;
  /** OAuth 2.0 authorization endpoint (authorization code + PKCE, public client). */
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly logoutUrl?: string;
  /** Allowed signing algorithms; RS256 when omitted. */
  readonly algorithms?: readonly string[];
  /** The ID-token claim that lists the user's groups; `cognito:groups` when omitted. */
  readonly groupsClaim?: string;
  /** The claim with a village assistant's village or township code; `custom:division` when omitted. */
  readonly divisionClaim?: string;
}

export type StaffIdentityConfig =
  | { readonly kind: 'cognito'; readonly domainPrefix?: string }
  | { readonly kind: 'external'; readonly issuer: ExternalIssuer };

export const defaultGroupsClaim = 'cognito:groups';
/** Cognito's name for the custom attribute `division` in ID tokens. */
export const defaultDivisionClaim = 'custom:division';
export const defaultAlgorithms: readonly string[] = ['RS256'];

/**
 * API Gateway JWT authorizers verify RSA signatures only, so an issuer that signs with
 * anything else would be turned away at the gateway before the function is reached.
 */
const gatewayAlgorithms = new Set(['RS256', 'RS384', 'RS512']);

/** The context keys of an external issuer. */
const externalKeys = [
  'staffIssuer',
  'staffJwksUrl',
  'staffAudience',
  'staffAuthorizeUrl',
  'staffTokenUrl',
  'staffLogoutUrl',
  'staffAlgorithms',
  'staffGroupsClaim',
  'staffDivisionClaim',
] as const;

const requiredKeys = [
  'staffIssuer',
  'staffJwksUrl',
  'staffAudience',
  'staffAuthorizeUrl',
  'staffTokenUrl',
] as const;
const urlKeys = [
  'staffIssuer',
  'staffJwksUrl',
  'staffAuthorizeUrl',
  'staffTokenUrl',
  'staffLogoutUrl',
] as const;

/** Every context key this decision reads; bin/app.ts looks each one up. */
export const staffContextKeys: readonly string[] = [...externalKeys, 'staffAuthDomainPrefix'];

const exampleCommand =
  'cdk deploy -c staffIssuer=https://idp.example.gov.cn -c staffJwksUrl=https://idp.example.gov.cn/jwks ' +
  '-c staffAudience=<client id> -c staffAuthorizeUrl=https://idp.example.gov.cn/authorize ' +
  '-c staffTokenUrl=https://idp.example.gov.cn/token (see docs/deploy-staff-identity.md)';

/**
 * The external issuer when any staff issuer value is in context (all required ones must
 * be); otherwise a Cognito user pool, refused for AWS China regions. Throws, naming the
 * context values to set, when the configuration cannot work.
 */
export function staffIdentityFromContext(
  context: Readonly<Record<string, unknown>>,
  region: string | undefined,
): StaffIdentityConfig {
  const value = (key: string): string | undefined => {
    const raw = context[key];
    if (raw === undefined || raw === null) return undefined;
    const text = Array.isArray(raw) ? raw.join(',') : String(raw);
    return text.trim() === '' ? undefined : text.trim();
  };

  if (!externalKeys.some((key) => value(key) !== undefined)) {
    if (region?.startsWith('cn-')) {
      throw new Error(
        `Staff sign-in: Amazon Cognito user pools are not available in the AWS China regions (${region}). ` +
          `Configure an external OIDC issuer with the context values ${requiredKeys.join(', ')} ` +
          `(optional: staffLogoutUrl, staffAlgorithms, staffGroupsClaim, staffDivisionClaim), e.g. ${exampleCommand}`,
      );
    }
    const domainPrefix = value('staffAuthDomainPrefix');
    if (domainPrefix !== undefined) assertDomainPrefix(domainPrefix);
    return { kind: 'cognito', domainPrefix };
  }

  const missing = requiredKeys.filter((key) => value(key) === undefined);
  if (missing.length > 0) {
    throw new Error(
      `Staff sign-in: an external OIDC issuer needs the context values ${requiredKeys.join(', ')}; ` +
        `missing: ${missing.join(', ')}`,
    );
  }
  const notHttps = urlKeys.filter((key) => {
    const url = value(key);
    return url !== undefined && !isHttpsUrl(url);
  });
  if (notHttps.length > 0) {
    throw new Error(
      `Staff sign-in: these context values must be https:// URLs: ${notHttps.join(', ')}`,
    );
  }
  const algorithms = value('staffAlgorithms')
    ?.split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '') ?? [...defaultAlgorithms];
  const unsupported = algorithms.filter((a) => !gatewayAlgorithms.has(a));
  if (algorithms.length === 0 || unsupported.length > 0) {
    throw new Error(
      `Staff sign-in: staffAlgorithms must list only ${[...gatewayAlgorithms].join(', ')} ` +
        `(API Gateway JWT authorizers verify RSA signatures only); got ${value('staffAlgorithms')}`,
    );
  }

  const required = (key: (typeof requiredKeys)[number]): string => value(key) ?? '';
  return {
    kind: 'external',
    issuer: {
      issuer: required('staffIssuer'),
      jwksUrl: required('staffJwksUrl'),
      audience: required('staffAudience'),
      authorizeUrl: required('staffAuthorizeUrl'),
      tokenUrl: required('staffTokenUrl'),
      logoutUrl: value('staffLogoutUrl'),
      algorithms,
      groupsClaim: value('staffGroupsClaim') ?? defaultGroupsClaim,
      divisionClaim: value('staffDivisionClaim') ?? defaultDivisionClaim,
    },
  };
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A Cognito prefix domain: lower-case letters, digits and hyphens, at most 63 characters,
 * not starting or ending with a hyphen, and without the reserved words aws, amazon, cognito.
 */
export function assertDomainPrefix(prefix: string): void {
  const valid = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix);
  const reserved = ['aws', 'amazon', 'cognito'].filter((word) => prefix.includes(word));
  if (!valid || reserved.length > 0) {
    throw new Error(
      `Staff sign-in: staffAuthDomainPrefix "${prefix}" is not a valid Cognito domain prefix ` +
        '(lower-case letters, digits and inner hyphens, at most 63 characters, ' +
        'without "aws", "amazon" or "cognito")',
    );
  }
}
