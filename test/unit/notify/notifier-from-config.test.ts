import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChannelNotConfiguredError, type Delivery } from '../../../functions/notify/channel.ts';
import { loadNotifierConfig } from '../../../functions/notify/notifier-config.ts';
import { notifierFromConfig } from '../../../functions/notify/notifier-from-config.ts';

const delivery: Delivery = {
  id: 'PN-2611-ABCD-EFGH-received-1-sms',
  channel: 'sms',
  to: '+8613812345678',
  template: 'received',
  locale: 'zh-CN',
  text: '您的申请已收到',
  subject: '申请已收到',
  smsParams: ['PN-2611-ABCD-EFGH'],
};

describe('the notifier built from its configuration', () => {
  const sns = mockClient(SNSClient);
  const ses = mockClient(SESv2Client);
  beforeEach(() => {
    sns.reset();
    ses.reset();
  });

  it('sends SMS through SNS and email through SES in the AWS global regions', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    ses.on(SendEmailCommand).resolves({ MessageId: 'e-1' });
    const { channels } = notifierFromConfig(
      loadNotifierConfig({
        TABLE_NAME: 'puning',
        NOTIFY_SITE_ORIGIN: 'https://dibao.puning.gov.cn',
        AWS_REGION: 'ap-southeast-1',
        NOTIFY_SMS_PROVIDER: 'sns',
        NOTIFY_EMAIL_PROVIDER: 'ses',
        NOTIFY_EMAIL_FROM: 'noreply@example.org',
      }),
    );
    await channels.sms.send(delivery);
    await channels.email.send({ ...delivery, channel: 'email', to: 'resident@example.org' });
    expect(sns.commandCalls(PublishCommand)[0]?.args[0].input.PhoneNumber).toBe('+8613812345678');
    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input).toMatchObject({
      FromEmailAddress: 'noreply@example.org',
      Destination: { ToAddresses: ['resident@example.org'] },
    });
  });

  it('skips email where no provider is configured (the AWS China regions)', async () => {
    const { channels } = notifierFromConfig(
      loadNotifierConfig({
        TABLE_NAME: 'puning',
        NOTIFY_SITE_ORIGIN: 'https://dibao.puning.gov.cn',
        NOTIFY_SMS_PROVIDER: 'tencent',
        TENCENT_SMS_APP_ID: '1400000000',
        TENCENT_SMS_SIGN_NAME: '普宁市民政局',
        TENCENT_SMS_TEMPLATE_IDS: '{"received":"100001"}',
        TENCENT_SMS_SECRET: '{"secretId":"id","secretKey":"key"}',
      }),
    );
    await expect(channels.email.send(delivery)).rejects.toBeInstanceOf(ChannelNotConfiguredError);
    expect(ses.calls()).toHaveLength(0);
  });

  it('signs and links messages as configured: the SNS signature, or Tencent’s own sign name', () => {
    const base = { TABLE_NAME: 'puning', NOTIFY_SITE_ORIGIN: 'https://dibao.puning.gov.cn' };
    const sns = notifierFromConfig(
      loadNotifierConfig({ ...base, NOTIFY_SMS_PROVIDER: 'sns', NOTIFY_SMS_SIGNATURE: '普宁民政' }),
    );
    expect(sns.messages).toEqual({ signature: '普宁民政', siteOrigin: base.NOTIFY_SITE_ORIGIN });
    const tencent = notifierFromConfig(
      loadNotifierConfig({
        ...base,
        NOTIFY_SMS_PROVIDER: 'tencent',
        TENCENT_SMS_APP_ID: '1400000000',
        TENCENT_SMS_SIGN_NAME: '普宁市民政局',
        TENCENT_SMS_TEMPLATE_IDS: '{"received":"100001"}',
        TENCENT_SMS_SECRET: '{"secretId":"id","secretKey":"key"}',
      }),
    );
    expect(tencent.messages.signature).toBe('普宁市民政局');
    expect(() => loadNotifierConfig({ TABLE_NAME: 'puning', NOTIFY_SMS_PROVIDER: 'sns' })).toThrow(
      'NOTIFY_SITE_ORIGIN',
    );
  });

  it('refuses Tencent template ids that are not a map of strings when it starts, not at the first message', () => {
    expect(() =>
      notifierFromConfig(
        loadNotifierConfig({
          TABLE_NAME: 'puning',
          NOTIFY_SITE_ORIGIN: 'https://dibao.puning.gov.cn',
          NOTIFY_SMS_PROVIDER: 'tencent',
          TENCENT_SMS_APP_ID: '1400000000',
          TENCENT_SMS_SIGN_NAME: '普宁市民政局',
          TENCENT_SMS_TEMPLATE_IDS: '{"received":42}',
          TENCENT_SMS_SECRET: '{"secretId":"id","secretKey":"key"}',
        }),
      ),
    ).toThrow('TENCENT_SMS_TEMPLATE_IDS');
  });
});
