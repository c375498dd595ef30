import { sms } from 'tencentcloud-sdk-nodejs-sms';
import type { TemplateId } from '../../domain/notifications/templates.ts';
import { type ChannelPort, PermanentDeliveryError, TransientDeliveryError } from '../channel.ts';

/**
 * Text messages through Tencent Cloud SMS with its official SDK — the domestic
 * provider for the AWS China regions, which have no SNS SMS. Tencent sends only
 * templates registered and approved in advance under a signature, so each of our
 * templates maps to a Tencent template id; parameters go in their registered order.
 * The message id travels as SessionContext, returned in delivery receipts.
 */
export interface TencentSmsOptions {
  readonly secretId: string;
  readonly secretKey: string;
  readonly region: string;
  readonly sdkAppId: string;
  readonly signName: string;
  readonly templateIds: Readonly<Partial<Record<TemplateId, string>>>;
  /** Only tests and local fakes change these; production uses the SDK's defaults. */
  readonly endpoint?: string;
  readonly protocol?: 'https://' | 'http://';
}

// Codes that will fail again however often they are retried.
const permanentPrefixes = [
  'InvalidParameterValue',
  'FailedOperation.TemplateIncorrectOrUnapproved',
  'FailedOperation.SignatureIncorrectOrUnapproved',
  'FailedOperation.PhoneNumberInBlacklist',
  'UnauthorizedOperation',
  'MissingParameter',
  'UnsupportedOperation',
];

function classify(code: string): Error {
  return permanentPrefixes.some((prefix) => code.startsWith(prefix))
    ? new PermanentDeliveryError(code)
    : new TransientDeliveryError(code);
}

export function tencentSmsChannel(options: TencentSmsOptions): ChannelPort {
  const client = new sms.v20210111.Client({
    credential: { secretId: options.secretId, secretKey: options.secretKey },
    region: options.region,
    profile: {
      httpProfile: {
        reqTimeout: 10,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.protocol ? { protocol: options.protocol } : {}),
      },
    },
  });
  return {
    async send(delivery) {
      const templateId = options.templateIds[delivery.template];
      if (!templateId) throw new PermanentDeliveryError('TemplateNotRegistered');
      let response: Awaited<ReturnType<typeof client.SendSms>>;
      try {
        response = await client.SendSms({
          PhoneNumberSet: [delivery.to],
          SmsSdkAppId: options.sdkAppId,
          SignName: options.signName,
          TemplateId: templateId,
          TemplateParamSet: [...delivery.smsParams],
          SessionContext: delivery.id,
        });
      } catch (error) {
        // The SDK throws TencentCloudSDKHttpException with the API's error code.
        const code =
          (error as { code?: string }).code ?? (error instanceof Error ? error.name : 'Unknown');
        throw classify(String(code));
      }
      const status = response.SendStatusSet?.[0];
      if (!status) throw new TransientDeliveryError('NoSendStatus');
      if (status.Code !== 'Ok') throw classify(status.Code ?? 'Unknown');
    },
  };
}
