import * as z from 'zod/mini';
import { type MessageSettings, templateIds } from '../domain/notifications/templates.ts';

/**
 * How the notifier delivers, chosen by configuration: SNS SMS and SES email in AWS
 * global regions; Tencent Cloud SMS (its secret from Secrets Manager) in AWS China
 * regions, where SNS SMS and SES are not offered; dev sinks locally.
 */
// Partial: staff-inbox templates go by email, so not every template needs an SMS id.
const tencentTemplates = z.partialRecord(z.enum(templateIds), z.string().check(z.minLength(1)));

const schema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z._default(z.string(), 'cn-north-1'),
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  NOTIFY_SMS_PROVIDER: z.enum(['sns', 'tencent']),
  NOTIFY_EMAIL_PROVIDER: z._default(z.enum(['ses', 'none']), 'none'),
  NOTIFY_EMAIL_FROM: z.optional(z.email()),
  NOTIFY_SMS_SENDER_ID: z.optional(z.string()),
  /**
   * The signature a text message opens with, without its brackets (【普宁市民政局】); with
   * Tencent it is TENCENT_SMS_SIGN_NAME, which Tencent adds itself.
   */
  NOTIFY_SMS_SIGNATURE: z._default(z.string().check(z.minLength(1)), '普宁市民政局'),
  /**
   * The site's public origin (https://<domain>), for the status link in every message.
   * In AWS the stack passes the site's URL, a deploy-time value.
   */
  NOTIFY_SITE_ORIGIN: z.string().check(z.minLength(1)),
  /** The township staff inbox; `{township}` is replaced by the township code. */
  STAFF_INBOX_EMAIL: z.optional(z.string().check(z.includes('@'))),
  TENCENT_SMS_APP_ID: z.optional(z.string()),
  TENCENT_SMS_SIGN_NAME: z.optional(z.string()),
  TENCENT_SMS_REGION: z._default(z.string(), 'ap-guangzhou'),
  /** JSON: our template id → the approved Tencent template id. */
  TENCENT_SMS_TEMPLATE_IDS: z.optional(z.string()),
  /**
   * JSON { "secretId", "secretKey" }: read from Secrets Manager at cold start
   * (TENCENT_SMS_SECRET_ARN, functions/store/secrets-manager.ts).
   */
  TENCENT_SMS_SECRET: z.optional(z.string()),
});

export type NotifierConfig = z.infer<typeof schema>;

export function loadNotifierConfig(env: Record<string, string | undefined>): NotifierConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Notifier configuration is missing or invalid: ${names}`);
  }
  const config = parsed.data;
  const missing: string[] = [];
  if (config.NOTIFY_EMAIL_PROVIDER === 'ses' && !config.NOTIFY_EMAIL_FROM)
    missing.push('NOTIFY_EMAIL_FROM');
  if (config.NOTIFY_SMS_PROVIDER === 'tencent')
    for (const name of [
      'TENCENT_SMS_APP_ID',
      'TENCENT_SMS_SIGN_NAME',
      'TENCENT_SMS_TEMPLATE_IDS',
      'TENCENT_SMS_SECRET',
    ] as const)
      if (!config[name]) missing.push(name);
  if (missing.length > 0)
    throw new Error(`Notifier configuration is missing: ${missing.join(', ')}`);
  return config;
}

/** What every message is signed and linked with in this deployment. */
export function messageSettingsOf(config: NotifierConfig): MessageSettings {
  return {
    signature:
      config.NOTIFY_SMS_PROVIDER === 'tencent' && config.TENCENT_SMS_SIGN_NAME
        ? config.TENCENT_SMS_SIGN_NAME
        : config.NOTIFY_SMS_SIGNATURE,
    siteOrigin: config.NOTIFY_SITE_ORIGIN,
  };
}

export function tencentTemplateIds(json: string) {
  const parsed = tencentTemplates.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error('TENCENT_SMS_TEMPLATE_IDS must map template ids to strings');
  return parsed.data;
}

export function staffInboxFor(pattern: string | undefined) {
  return (townshipCode: string) => (pattern ? pattern.replace('{township}', townshipCode) : null);
}
