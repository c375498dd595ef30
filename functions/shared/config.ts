import * as z from 'zod/mini';

/** Environment the functions read once per cold start (and the local server sets). */
const configSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z._default(z.string(), 'cn-north-1'),
  /** Only set locally: the embedded DynamoDB engine's address. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  APP_VERSION: z._default(z.string(), '0.1.0'),
  /** Secret for the keyed hashes of ID numbers and access codes (≥ 32 characters). */
  ID_HASH_KEY: z.string().check(z.minLength(32)),
  /** The private bucket supporting documents are uploaded to (presigned PUT). */
  DOCUMENTS_BUCKET: z.string().check(z.minLength(3)),
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
