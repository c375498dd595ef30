/**
 * How the notifier delivers, decided from CDK context before any construct exists.
 * Pure (no CDK imports) so bin/app.ts and the tests share one decision. The variables
 * it produces are the ones functions/notify/notifier-config.ts reads.
 */
import {
  registeredSmsText,
  type TemplateId,
  templateIds,
  templates,
} from '../../functions/domain/notifications/templates.ts';

/** Amazon SNS text messages (AWS global regions only). */
export interface SnsSmsSettings {
  readonly provider: 'sns';
  /** NOTIFY_SMS_SENDER_ID, where the destination country supports sender ids. */
  readonly senderId?: string;
  /** NOTIFY_SMS_SIGNATURE: what each text opens with, in 【】 (the function's default: 普宁市民政局). */
  readonly signature?: string;
}

/** Tencent Cloud SMS: registered templates under an approved signature. */
export interface TencentSmsSettings {
  readonly provider: 'tencent';
  readonly appId: string;
  readonly signName: string;
  /** Tencent's region endpoint of the SMS API (not an AWS region). */
  readonly region: string;
  /** Our template id → the approved Tencent template id; every applicant template. */
  readonly templateIds: Readonly<Partial<Record<TemplateId, string>>>;
  /**
   * The version of the TencentSmsCredentials secret the functions get. Without it they
   * get AWSCURRENT as it was at deploy time; naming the version an operator just wrote
   * changes the template, so the next deploy passes the new credentials.
   */
  readonly secretVersionId?: string;
}

/** Amazon SES v2 email (AWS global regions only). */
export interface SesEmailSettings {
  /** NOTIFY_EMAIL_FROM: an address of an SES identity verified in the deploy region. */
  readonly from: string;
  /** A configuration set the identity uses by default, to be granted as well. */
  readonly configurationSet?: string;
}

export interface NotifierSettings {
  readonly sms: SnsSmsSettings | TencentSmsSettings;
  /** Without it NOTIFY_EMAIL_PROVIDER is `none`. */
  readonly email?: SesEmailSettings;
  /** STAFF_INBOX_EMAIL: the township staff inbox, may contain `{township}`. */
  readonly staffInboxEmail?: string;
}

/** Every context key this decision reads; bin/app.ts looks each one up. */
export const notifierContextKeys = [
  'notifySmsProvider',
  'notifySmsSenderId',
  'notifySmsSignature',
  'notifyEmailFrom',
  'notifyEmailConfigurationSet',
  'staffInboxEmail',
  'tencentSmsAppId',
  'tencentSmsSignName',
  'tencentSmsTemplateIds',
  'tencentSmsRegion',
  'tencentSmsSecretVersion',
] as const;

const tencentRequiredKeys = ['tencentSmsAppId', 'tencentSmsSignName', 'tencentSmsTemplateIds'];
export const defaultTencentSmsRegion = 'ap-guangzhou';

/**
 * The templates sent by text message: every one whose audience is the applicant or a
 * reporter (a lead handled, a complaint answered); the staff inbox is emailed only.
 */
export const applicantTemplateIds: readonly TemplateId[] = templateIds.filter(
  (id) => templates[id].audience !== 'staff',
);

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const isChinaRegion = (region: string | undefined) => region?.startsWith('cn-') === true;

/**
 * SNS text messages (plus SES email when `notifyEmailFrom` is given) in AWS global
 * regions; Tencent Cloud SMS in AWS China regions, which have neither SNS SMS nor SES.
 * `notifySmsProvider=tencent` chooses Tencent in a global region too. Throws, naming
 * the context values to set, when the configuration cannot work.
 */
export function notifierSettingsFromContext(
  context: Readonly<Record<string, unknown>>,
  region: string | undefined,
): NotifierSettings {
  const value = (key: string): string | undefined => {
    const raw = context[key];
    if (raw === undefined || raw === null) return undefined;
    const text = typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
    return text.trim() === '' ? undefined : text.trim();
  };
  const china = isChinaRegion(region);

  const provider = value('notifySmsProvider') ?? (china ? 'tencent' : 'sns');
  if (provider !== 'sns' && provider !== 'tencent') {
    throw new Error(`Notifier: notifySmsProvider must be sns or tencent; got ${provider}`);
  }
  if (provider === 'sns' && china) {
    throw new Error(
      `Notifier: Amazon SNS text messages are not available in the AWS China regions (${region}); ` +
        'use Tencent Cloud SMS (notifySmsProvider=tencent, the default there)',
    );
  }

  let sms: NotifierSettings['sms'];
  if (provider === 'sns') {
    const senderId = value('notifySmsSenderId');
    const signature = value('notifySmsSignature');
    sms = {
      provider,
      ...(senderId === undefined ? {} : { senderId }),
      ...(signature === undefined ? {} : { signature }),
    };
  } else {
    const missing = tencentRequiredKeys.filter((key) => value(key) === undefined);
    if (missing.length > 0) {
      throw new Error(
        `Notifier: Tencent Cloud SMS${china ? ` (the text-message provider in ${region})` : ''} needs ` +
          `the context values ${tencentRequiredKeys.join(', ')}; missing: ${missing.join(', ')}. ` +
          'See docs/notifications.md',
      );
    }
    const secretVersionId = value('tencentSmsSecretVersion');
    sms = {
      provider,
      appId: value('tencentSmsAppId') ?? '',
      signName: value('tencentSmsSignName') ?? '',
      region: value('tencentSmsRegion') ?? defaultTencentSmsRegion,
      templateIds: tencentTemplateMapping(context.tencentSmsTemplateIds),
      ...(secretVersionId === undefined ? {} : { secretVersionId }),
    };
  }

  const from = value('notifyEmailFrom');
  const configurationSet = value('notifyEmailConfigurationSet');
  if (from === undefined && configurationSet !== undefined) {
    throw new Error('Notifier: notifyEmailConfigurationSet needs notifyEmailFrom');
  }
  if (from !== undefined) {
    if (china) {
      throw new Error(
        `Notifier: Amazon SES is not available in the AWS China regions (${region}); remove notifyEmailFrom`,
      );
    }
    if (!emailPattern.test(from)) {
      throw new Error(`Notifier: notifyEmailFrom must be an email address; got ${from}`);
    }
  }

  const staffInboxEmail = value('staffInboxEmail');
  if (staffInboxEmail !== undefined) {
    if (!emailPattern.test(staffInboxEmail.replaceAll('{township}', 'township'))) {
      throw new Error(
        `Notifier: staffInboxEmail must be an email address (it may contain {township}); got ${staffInboxEmail}`,
      );
    }
    if (from === undefined) {
      throw new Error(
        'Notifier: staffInboxEmail needs an email provider: set notifyEmailFrom (SES, AWS global regions only)',
      );
    }
  }

  return {
    sms,
    ...(from === undefined
      ? {}
      : { email: configurationSet === undefined ? { from } : { from, configurationSet } }),
    ...(staffInboxEmail === undefined ? {} : { staffInboxEmail }),
  };
}

/**
 * `tencentSmsTemplateIds`: a JSON string (`-c tencentSmsTemplateIds='{"received":"2212345"}'`)
 * or an object (cdk.json). It must name every applicant template, and only our
 * template ids; Tencent ids are strings of digits, numbers are accepted.
 */
export function tencentTemplateMapping(raw: unknown): Partial<Record<TemplateId, string>> {
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new Error(
        'Notifier: tencentSmsTemplateIds must be JSON mapping our template ids to Tencent template ids, ' +
          `e.g. {"received":"2212345"}; got ${raw}`,
      );
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(
      'Notifier: tencentSmsTemplateIds must be a JSON object mapping our template ids to Tencent template ids',
    );
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  const known = new Set<string>(templateIds);
  const unknown = entries.map(([id]) => id).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `Notifier: tencentSmsTemplateIds names templates that do not exist: ${unknown.join(', ')} ` +
        `(ours are ${templateIds.join(', ')})`,
    );
  }
  const notIds = entries.filter(([, id]) => !/^\d+$/.test(String(id).trim())).map(([name]) => name);
  if (notIds.length > 0) {
    throw new Error(
      `Notifier: tencentSmsTemplateIds must give a Tencent template id (digits) for: ${notIds.join(', ')}`,
    );
  }
  const mapping = Object.fromEntries(
    entries.map(([name, id]) => [name, String(id).trim()]),
  ) as Partial<Record<TemplateId, string>>;
  const missing = applicantTemplateIds.filter((id) => mapping[id] === undefined);
  if (missing.length > 0) {
    throw new Error(
      `Notifier: tencentSmsTemplateIds lacks a Tencent template for: ${missing.join(', ')} ` +
        '(register each with the parameters listed in docs/notifications.md)',
    );
  }
  return mapping;
}

/** The function variables of these settings (read by functions/notify/notifier-config.ts). */
export function notifierEnvironment(settings: NotifierSettings): Record<string, string> {
  const { sms, email, staffInboxEmail } = settings;
  return {
    NOTIFY_SMS_PROVIDER: sms.provider,
    ...(sms.provider === 'sns' && sms.senderId !== undefined
      ? { NOTIFY_SMS_SENDER_ID: sms.senderId }
      : {}),
    ...(sms.provider === 'sns' && sms.signature !== undefined
      ? { NOTIFY_SMS_SIGNATURE: sms.signature }
      : {}),
    ...(sms.provider === 'tencent'
      ? {
          TENCENT_SMS_APP_ID: sms.appId,
          TENCENT_SMS_SIGN_NAME: sms.signName,
          TENCENT_SMS_REGION: sms.region,
          TENCENT_SMS_TEMPLATE_IDS: JSON.stringify(sms.templateIds),
        }
      : {}),
    ...(email === undefined
      ? { NOTIFY_EMAIL_PROVIDER: 'none' }
      : { NOTIFY_EMAIL_PROVIDER: 'ses', NOTIFY_EMAIL_FROM: email.from }),
    ...(staffInboxEmail === undefined ? {} : { STAFF_INBOX_EMAIL: staffInboxEmail }),
  };
}

/** The identities SES may check for a sender address: the address, and its domain. */
export function sesIdentities(from: string): string[] {
  const domain = from.slice(from.lastIndexOf('@') + 1);
  return [from, domain];
}

/** What to register at Tencent for one of our templates. */
export interface TencentTemplateRegistration {
  readonly id: TemplateId;
  /** Our parameter names, in the order Tencent numbers them ({1}, {2}, …). */
  readonly params: readonly string[];
  /** The zh-CN text message with `{n}` in place of each parameter, the status link fixed. */
  readonly text: string;
}

/**
 * Every applicant template as it must be registered
 * (`npx tsx infra/bin/tencent-templates.ts https://<domainName>`).
 */
export function tencentTemplateRegistrations(
  siteOrigin = 'https://<domainName>',
): TencentTemplateRegistration[] {
  return applicantTemplateIds.map((id) => ({
    id,
    params: templates[id].smsParams,
    text: registeredSmsText(id, siteOrigin),
  }));
}

/**
 * `-c notifierReservedConcurrency=<n>`: concurrency set aside for the notifier stream
 * function (and 1 for the sweep). Off by default: Lambda keeps 10 executions of the
 * account's quota unreserved, so on an account whose quota is 10 (new accounts, many in
 * the China regions) any reservation fails the deploy.
 */
export function notifierReservedConcurrencyFromContext(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '' || value === 'off') return undefined;
  const count = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw new Error(
      `notifierReservedConcurrency must be a whole number from 1 to 1000 (or absent for none); got ${String(value)}`,
    );
  }
  return count;
}
