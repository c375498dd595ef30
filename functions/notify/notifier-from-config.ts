import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import { createLogger } from '../shared/logger.ts';
import { createApplicationRepository } from '../store/application-repository.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { ChannelNotConfiguredError, type ChannelPort } from './channel.ts';
import { sesEmailChannel } from './channels/ses-email.ts';
import { snsSmsChannel } from './channels/sns-sms.ts';
import { tencentSmsChannel } from './channels/tencent-sms.ts';
import type { NotifierDeps } from './drain.ts';
import { type NotifierConfig, staffInboxFor, tencentTemplateIds } from './notifier-config.ts';
import { defaultRetryPolicy } from './retry-policy.ts';

/** No email provider here (AWS China regions, or none configured): emails are skipped. */
const noEmail: ChannelPort = {
  async send() {
    throw new ChannelNotConfiguredError('EmailNotConfigured');
  },
};

/** The notifier's dependencies in AWS, built once per cold start. */
export function notifierFromConfig(config: NotifierConfig): NotifierDeps {
  const sms: ChannelPort =
    config.NOTIFY_SMS_PROVIDER === 'sns'
      ? snsSmsChannel(new SNSClient({ region: config.AWS_REGION }), {
          ...(config.NOTIFY_SMS_SENDER_ID ? { senderId: config.NOTIFY_SMS_SENDER_ID } : {}),
        })
      : (() => {
          const secret = JSON.parse(config.TENCENT_SMS_SECRET ?? '{}') as {
            secretId?: string;
            secretKey?: string;
          };
          return tencentSmsChannel({
            secretId: secret.secretId ?? '',
            secretKey: secret.secretKey ?? '',
            region: config.TENCENT_SMS_REGION,
            sdkAppId: config.TENCENT_SMS_APP_ID ?? '',
            signName: config.TENCENT_SMS_SIGN_NAME ?? '',
            templateIds: tencentTemplateIds(config.TENCENT_SMS_TEMPLATE_IDS ?? '{}'),
          });
        })();
  const email =
    config.NOTIFY_EMAIL_PROVIDER === 'ses' && config.NOTIFY_EMAIL_FROM
      ? sesEmailChannel(new SESv2Client({ region: config.AWS_REGION }), {
          from: config.NOTIFY_EMAIL_FROM,
        })
      : noEmail;
  return {
    repo: createApplicationRepository(
      createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT }),
      config.TABLE_NAME,
    ),
    channels: { sms, email, staff: email },
    staffInbox: staffInboxFor(config.STAFF_INBOX_EMAIL),
    policy: defaultRetryPolicy,
    now: () => new Date(),
    random: Math.random,
    logger: createLogger(),
  };
}
