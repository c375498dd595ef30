import * as z from 'zod/mini';
import { closedApplicationRetention } from '../domain/application/retention.ts';

/**
 * CLOSED_APPLICATION_RETENTION_DAYS: how long a closed application is kept (whole
 * days, bounds and default in functions/domain/application/retention.ts). CDK sets it
 * from `-c closedApplicationRetentionDays`; unset, the five-year default applies.
 */
const retentionDays = z._default(
  z.pipe(
    z.string().check(z.regex(/^\d+$/)),
    z.pipe(
      z.transform(Number),
      z
        .number()
        .check(
          z.gte(closedApplicationRetention.minimumDays),
          z.lte(closedApplicationRetention.maximumDays),
        ),
    ),
  ),
  closedApplicationRetention.defaultDays,
);

/** Environment the functions read once per cold start (and the local server sets). */
const configSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z._default(z.string(), 'cn-north-1'),
  /** Only set locally: the embedded DynamoDB engine's address. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  APP_VERSION: z._default(z.string(), '0.1.0'),
  /** Secret for the keyed hashes of ID numbers and access codes (≥ 32 characters). */
  ID_HASH_KEY: z.string().check(z.minLength(32)),
  /**
   * The origin secret CloudFront sends in X-Origin-Verify (read from ORIGIN_VERIFY_SECRET_ARN
   * at cold start), and the one before the last rotation. Unset: the origin lock is off.
   */
  ORIGIN_VERIFY_SECRET: z.optional(z.string().check(z.minLength(32))),
  ORIGIN_VERIFY_SECRET_PREVIOUS: z.optional(z.string().check(z.minLength(32))),
  /** The private bucket supporting documents are uploaded to (presigned PUT). */
  DOCUMENTS_BUCKET: z.string().check(z.minLength(3)),
  /** Staff sign-in (OIDC): Cognito in AWS global regions, an external issuer in China. */
  STAFF_ISSUER: z.optional(z.url()),
  STAFF_JWKS_URL: z.optional(z.url()),
  STAFF_AUDIENCE: z.optional(z.string().check(z.minLength(1))),
  /** Asymmetric algorithms only: an HMAC or `none` would let a token be forged. */
  STAFF_ALGORITHMS: z._default(
    z.string().check(z.regex(/^(RS|PS|ES)(256|384|512)(,(RS|PS|ES)(256|384|512))*$/)),
    'RS256',
  ),
  STAFF_GROUPS_CLAIM: z._default(z.string(), 'cognito:groups'),
  /** The claim with a village assistant's village or township code. */
  STAFF_DIVISION_CLAIM: z._default(z.string(), 'custom:division'),
  STAFF_AUTHORIZE_URL: z.optional(z.url()),
  STAFF_TOKEN_URL: z.optional(z.url()),
  STAFF_LOGOUT_URL: z.optional(z.url()),
  /** Days a rejected, withdrawn or exited application is kept after it closed. */
  CLOSED_APPLICATION_RETENTION_DAYS: retentionDays,
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Configuration is missing or invalid: ${names}`);
  }
  return parsed.data;
}

/**
 * The retention of closed applications alone, for code that builds the repository
 * without the whole configuration (every function that writes applications reads it
 * the same way, so a status change sets the same TTL whichever function made it).
 */
export function closedApplicationRetentionDaysOf(env: Record<string, string | undefined>): number {
  const parsed = retentionDays.safeParse(env.CLOSED_APPLICATION_RETENTION_DAYS);
  if (!parsed.success)
    throw new Error('Configuration is missing or invalid: CLOSED_APPLICATION_RETENTION_DAYS');
  return parsed.data;
}

/** What the document-expiry function reads: the documents bucket and its region. */
const documentExpirySchema = z.object({
  AWS_REGION: z._default(z.string(), 'cn-north-1'),
  DOCUMENTS_BUCKET: z.string().check(z.minLength(3)),
});

export type DocumentExpiryConfig = z.infer<typeof documentExpirySchema>;

export function loadDocumentExpiryConfig(
  env: Record<string, string | undefined>,
): DocumentExpiryConfig {
  const parsed = documentExpirySchema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Configuration is missing or invalid: ${names}`);
  }
  return parsed.data;
}

/** The staff identity settings, or null when staff sign-in is not configured. */
export function staffIdentityOf(config: Config) {
  const { STAFF_ISSUER, STAFF_JWKS_URL, STAFF_AUDIENCE, STAFF_AUTHORIZE_URL, STAFF_TOKEN_URL } =
    config;
  if (
    !STAFF_ISSUER ||
    !STAFF_JWKS_URL ||
    !STAFF_AUDIENCE ||
    !STAFF_AUTHORIZE_URL ||
    !STAFF_TOKEN_URL
  )
    return null;
  return {
    issuer: STAFF_ISSUER,
    jwksUrl: STAFF_JWKS_URL,
    audience: STAFF_AUDIENCE,
    algorithms: config.STAFF_ALGORITHMS.split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    groupsClaim: config.STAFF_GROUPS_CLAIM,
    divisionClaim: config.STAFF_DIVISION_CLAIM,
    authorizeUrl: STAFF_AUTHORIZE_URL,
    tokenUrl: STAFF_TOKEN_URL,
    ...(config.STAFF_LOGOUT_URL ? { logoutUrl: config.STAFF_LOGOUT_URL } : {}),
  };
}

export type StaffIdentity = NonNullable<ReturnType<typeof staffIdentityOf>>;

/** The values the origin lock accepts; none means the lock is off. */
export function originSecretsOf(config: Config): string[] {
  return [config.ORIGIN_VERIFY_SECRET, config.ORIGIN_VERIFY_SECRET_PREVIOUS].filter(
    (value): value is string => value !== undefined,
  );
}
