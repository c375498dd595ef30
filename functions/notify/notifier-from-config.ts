import { createLogger } from '../shared/logger.ts';
import { createApplicationRepository } from '../store/application-repository.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { ChannelNotConfiguredError, type ChannelPort } from './channel.ts';
import { sesEmailChannelIn } from './channels/ses-email.ts';
import { snsSmsChannelIn } from './channels/sns-sms.ts';
import { tencentSmsChannel } from './channels/tencent-sms.ts';
import type { NotifierDeps } from './drain.ts';
import {
  messageSettingsOf,
  type NotifierConfig,
  staffInboxFor,
  tencentTemplateIds,
} from './notifier-config.ts';
import { defaultRetryPolicy } from './retry-policy.ts';

/** No email provider here (AWS China regions, or none configured): emails are skipped. */
const noEmail: ChannelPort = {
  async send() {
    throw new ChannelNotConfiguredError('EmailNotConfigured');
  },
};

// The channel modules build their own clients, so the bundle carries only the
// commands they send.

/** Amazon SNS text messages (AWS global regions). */
function snsSms(config: NotifierConfig): ChannelPort {
  const options = config.NOTIFY_SMS_SENDER_ID ? { senderId: config.NOTIFY_SMS_SENDER_ID } : {};
  return snsSmsChannelIn(config.AWS_REGION, options);
}

/** Tencent Cloud SMS (AWS China regions). */
function tencentSms(config: NotifierConfig): ChannelPort {
  const secret = JSON.parse(config.TENCENT_SMS_SECRET ?? '{}') as {
    secretId?: string;
    secretKey?: string;
  };
  const options = {
    secretId: secret.secretId ?? '',
    secretKey: secret.secretKey ?? '',
    region: config.TENCENT_SMS_REGION,
    sdkAppId: config.TENCENT_SMS_APP_ID ?? '',
    signName: config.TENCENT_SMS_SIGN_NAME ?? '',
    templateIds: tencentTemplateIds(config.TENCENT_SMS_TEMPLATE_IDS ?? '{}'),
  };
  return tencentSmsChannel(options);
}

/** Email through SES v2 (AWS global regions). */
function sesEmail(config: NotifierConfig, from: string): ChannelPort {
  return sesEmailChannelIn(config.AWS_REGION, { from });
}

/** The notifier's dependencies in AWS, built once per cold start. */
export function notifierFromConfig(config: NotifierConfig): NotifierDeps {
  const sms = config.NOTIFY_SMS_PROVIDER === 'sns' ? snsSms(config) : tencentSms(config);
  const email =
    config.NOTIFY_EMAIL_PROVIDER === 'ses' && config.NOTIFY_EMAIL_FROM
      ? sesEmail(config, config.NOTIFY_EMAIL_FROM)
      : noEmail;
  return {
    repo: createApplicationRepository(
      createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT }),
      config.TABLE_NAME,
    ),
    channels: { sms, email, staff: email },
    staffInbox: staffInboxFor(config.STAFF_INBOX_EMAIL),
    messages: messageSettingsOf(config),
    policy: defaultRetryPolicy,
    now: () => new Date(),
    random: Math.random,
    logger: createLogger(),
  };
}
