import { sms } from 'tencentcloud-sdk-nodejs-sms';
import {
  type ChannelPort,
  PermanentDeliveryError,
  TransientDeliveryError,
} from '../../functions/notify/channel.ts';
import type { TencentSmsOptions } from '../../functions/notify/channels/tencent-sms.ts';

/**
 * The product's Tencent Cloud SMS channel (functions/notify/channels/tencent-sms.ts)
 * written with the official SDK instead of its own TC3 signer: the same SendSms call,
 * the same outcomes. Only the benchmark uses it, to weigh the two (bench/tencent-sms.ts).
 */
export function tencentSmsSdkChannel(options: TencentSmsOptions): ChannelPort {
  const client = new sms.v20210111.Client({
    credential: { secretId: options.secretId, secretKey: options.secretKey },
    region: options.region,
    profile: {
      httpProfile: {
        endpoint: options.endpoint ?? 'sms.tencentcloudapi.com',
        protocol: options.protocol ?? 'https://',
        reqTimeout: 10,
      },
    },
  });
  return {
    async send(delivery) {
      const templateId = options.templateIds[delivery.template];
      if (!templateId) throw new PermanentDeliveryError('TemplateNotRegistered');
      let status: string | undefined;
      try {
        const answer = await client.SendSms({
          PhoneNumberSet: [delivery.to],
          SmsSdkAppId: options.sdkAppId,
          SignName: options.signName,
          TemplateId: templateId,
          TemplateParamSet: [...delivery.smsParams],
          SessionContext: delivery.id,
        });
        status = answer.SendStatusSet?.[0]?.Code;
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw code?.startsWith('InvalidParameter')
          ? new PermanentDeliveryError(code)
          : new TransientDeliveryError(code ?? 'Unknown');
      }
      if (status !== 'Ok') throw new TransientDeliveryError(status ?? 'NoSendStatus');
    },
  };
}
