import type { TemplateId } from '../../domain/notifications/templates.ts';
import { type ChannelPort, PermanentDeliveryError, TransientDeliveryError } from '../channel.ts';
import { tc3Authorization, tc3ContentType } from './tencent-tc3.ts';

/**
 * Text messages through Tencent Cloud SMS (API 2021-01-11, SendSms) — the domestic
 * provider for the AWS China regions, which have no SNS SMS. Tencent sends only
 * templates registered and approved in advance under a signature, so each of our
 * templates maps to a Tencent template id; parameters go in their registered order.
 * The message id travels as SessionContext, returned in delivery receipts.
 *
 * One signed JSON POST with Node's fetch, not the official SDK, which would bring
 * node-fetch, whatwg-url, tr46 and mime-db (126 KB gzip) into the notifier for it
 * (decisions §16); the signature is checked against the SDK's own in the tests.
 */
export interface TencentSmsOptions {
  readonly secretId: string;
  readonly secretKey: string;
  readonly region: string;
  readonly sdkAppId: string;
  readonly signName: string;
  readonly templateIds: Readonly<Partial<Record<TemplateId, string>>>;
  /** Only tests and local fakes change this; production uses sms.tencentcloudapi.com. */
  readonly endpoint?: string;
  readonly protocol?: 'https://' | 'http://';
}

interface SendSmsResponse {
  readonly Response?: {
    readonly SendStatusSet?: readonly { readonly Code?: string }[];
    readonly Error?: { readonly Code?: string };
  };
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
  const url = `${options.protocol ?? 'https://'}${options.endpoint ?? 'sms.tencentcloudapi.com'}/`;
  const { hostname } = new URL(url); // signed without a port, as Tencent's SDK does
  return {
    async send(delivery) {
      const templateId = options.templateIds[delivery.template];
      if (!templateId) throw new PermanentDeliveryError('TemplateNotRegistered');
      const body = JSON.stringify({
        PhoneNumberSet: [delivery.to],
        SmsSdkAppId: options.sdkAppId,
        SignName: options.signName,
        TemplateId: templateId,
        TemplateParamSet: [...delivery.smsParams],
        SessionContext: delivery.id,
      });
      const timestamp = Math.floor(Date.now() / 1000);
      let answer: SendSmsResponse;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            Authorization: tc3Authorization({
              service: 'sms',
              host: hostname,
              body,
              timestamp,
              secretId: options.secretId,
              secretKey: options.secretKey,
            }),
            'Content-Type': tc3ContentType,
            'X-TC-Action': 'SendSms',
            'X-TC-Version': '2021-01-11',
            'X-TC-Region': options.region,
            'X-TC-Timestamp': String(timestamp),
          },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        answer = (await response.json()) as SendSmsResponse;
      } catch (error) {
        // Network, timeout or a body that is not JSON: worth trying again later.
        throw new TransientDeliveryError(error instanceof Error ? error.name : 'Unknown');
      }
      const failure = answer.Response?.Error?.Code;
      if (failure) throw classify(failure);
      const status = answer.Response?.SendStatusSet?.[0];
      if (!status) throw new TransientDeliveryError('NoSendStatus');
      if (status.Code !== 'Ok') throw classify(status.Code ?? 'Unknown');
    },
  };
}
