import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
// The official SDK's signer, to check ours against (a dev dependency only).
import Sign from 'tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderMessage } from '../../../functions/domain/notifications/templates.ts';
import { renderReporterMessage } from '../../../functions/domain/reports/reporter-messages.ts';
import {
  type Delivery,
  PermanentDeliveryError,
  TransientDeliveryError,
} from '../../../functions/notify/channel.ts';
import { sesEmailChannel } from '../../../functions/notify/channels/ses-email.ts';
import { snsSmsChannel } from '../../../functions/notify/channels/sns-sms.ts';
import { tencentSmsChannel } from '../../../functions/notify/channels/tencent-sms.ts';
import { tc3Authorization } from '../../../functions/notify/channels/tencent-tc3.ts';

const rendered = renderMessage(
  'confirmed',
  'zh-CN',
  { reference: 'PN-2611-ABCD-EFGH', amount: '500', startMonth: '2027-01' },
  { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' },
);
const delivery: Delivery = {
  id: 'PN-2611-ABCD-EFGH-confirm-9-sms',
  channel: 'sms',
  to: '+8613812345678',
  template: 'confirmed',
  locale: 'zh-CN',
  text: rendered.sms,
  subject: rendered.subject,
  smsParams: rendered.smsParams,
};

describe('Amazon SNS text messages', () => {
  const sns = mockClient(SNSClient);
  beforeEach(() => sns.reset());

  it('publishes a transactional SMS to the number with the rendered text', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    await snsSmsChannel(new SNSClient({ region: 'ap-southeast-1' }), { senderId: 'PUNING' }).send(
      delivery,
    );
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({
      PhoneNumber: '+8613812345678',
      Message: rendered.sms,
      MessageAttributes: {
        'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
        'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: 'PUNING' },
      },
    });
  });

  it('gives up on a bad number at once and retries a throttle', async () => {
    const channel = snsSmsChannel(new SNSClient({ region: 'ap-southeast-1' }));
    sns
      .on(PublishCommand)
      .rejects(Object.assign(new Error('bad'), { name: 'InvalidParameterException' }));
    await expect(channel.send(delivery)).rejects.toBeInstanceOf(PermanentDeliveryError);
    sns
      .on(PublishCommand)
      .rejects(Object.assign(new Error('slow'), { name: 'ThrottledException' }));
    await expect(channel.send(delivery)).rejects.toBeInstanceOf(TransientDeliveryError);
  });
});

describe('Amazon SES email', () => {
  const ses = mockClient(SESv2Client);
  beforeEach(() => ses.reset());

  it('sends a UTF-8 text email from the configured address, tagged with the message id', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'e-1' });
    await sesEmailChannel(new SESv2Client({ region: 'ap-southeast-1' }), {
      from: 'noreply@mz.puning.gov.cn',
    }).send({ ...delivery, channel: 'email', to: 'chen@example.cn', text: rendered.email });
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      FromEmailAddress: 'noreply@mz.puning.gov.cn',
      Destination: { ToAddresses: ['chen@example.cn'] },
      Content: {
        Simple: {
          Subject: { Data: rendered.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: rendered.email, Charset: 'UTF-8' } },
        },
      },
      EmailTags: [
        { Name: 'message-id', Value: 'PN-2611-ABCD-EFGH-confirm-9-sms' },
        { Name: 'template', Value: 'confirmed' },
      ],
    });
  });

  it('treats a rejected message as permanent', async () => {
    ses.on(SendEmailCommand).rejects(Object.assign(new Error('no'), { name: 'MessageRejected' }));
    await expect(
      sesEmailChannel(new SESv2Client({ region: 'ap-southeast-1' }), { from: 'a@b.cn' }).send(
        delivery,
      ),
    ).rejects.toBeInstanceOf(PermanentDeliveryError);
  });
});

/**
 * Tencent Cloud SMS against a local HTTP server standing in for sms.tencentcloudapi.com,
 * which checks each request's TC3-HMAC-SHA256 signature with the official SDK's signer.
 */
describe('Tencent Cloud SMS', () => {
  let server: Server;
  let endpoint = '';
  const received: {
    headers: IncomingMessage['headers'];
    body: Record<string, unknown>;
    expectedAuthorization: string;
  }[] = [];
  let answer: (body: Record<string, unknown>) => unknown = () => ({});

  beforeAll(async () => {
    server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => {
        raw += chunk;
      });
      request.on('end', () => {
        const body = JSON.parse(raw) as Record<string, unknown>;
        const expectedAuthorization = Sign.sign3({
          method: 'POST',
          url: `https://${String(request.headers.host).replace(/:\d+$/, '')}/`,
          payload: Buffer.from(raw),
          timestamp: Number(request.headers['x-tc-timestamp']),
          service: 'sms',
          secretId: 'AKIDtest',
          secretKey: 'secret-test',
          headers: { 'Content-Type': String(request.headers['content-type']) },
          multipart: false,
          boundary: '',
        });
        received.push({ headers: request.headers, body, expectedAuthorization });
        response.setHeader('Content-Type', 'application/json');
        const reply = answer(body);
        response.end(typeof reply === 'string' ? reply : JSON.stringify(reply));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
  });

  const channel = (at = endpoint) =>
    tencentSmsChannel({
      secretId: 'AKIDtest',
      secretKey: 'secret-test',
      region: 'ap-guangzhou',
      sdkAppId: '1400000001',
      signName: '普宁民政',
      templateIds: {
        confirmed: '2000001',
        'lead-handled': '2000002',
        'complaint-answered': '2000003',
      },
      endpoint: at,
      protocol: 'http://',
    });

  it('sends the registered template with its parameters in order and the message id as session context', async () => {
    answer = (body) => ({
      Response: {
        SendStatusSet: [
          {
            SerialNo: 's-1',
            PhoneNumber: '+8613812345678',
            Fee: 1,
            SessionContext: body.SessionContext,
            Code: 'Ok',
            Message: 'send success',
            IsoCode: 'CN',
          },
        ],
        RequestId: 'r-1',
      },
    });
    await channel().send(delivery);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.headers['x-tc-action']).toBe('SendSms');
    expect(request?.headers['x-tc-version']).toBe('2021-01-11');
    expect(request?.headers['x-tc-region']).toBe('ap-guangzhou');
    expect(request?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(String(request?.headers.authorization)).toMatch(
      /^TC3-HMAC-SHA256 Credential=AKIDtest\/\d{4}-\d{2}-\d{2}\/sms\/tc3_request, /,
    );
    expect(request?.headers.authorization).toBe(request?.expectedAuthorization);
    expect(request?.body).toEqual({
      PhoneNumberSet: ['+8613812345678'],
      SmsSdkAppId: '1400000001',
      SignName: '普宁民政',
      TemplateId: '2000001',
      TemplateParamSet: ['PN-2611-ABCD-EFGH', '500', '2027年1月'],
      SessionContext: 'PN-2611-ABCD-EFGH-confirm-9-sms',
    });
  });

  it('classifies Tencent error codes: a wrong number is permanent, a rate limit is not', async () => {
    answer = () => ({
      Response: {
        SendStatusSet: [{ Code: 'InvalidParameterValue.IncorrectPhoneNumber', Message: 'bad' }],
        RequestId: 'r-2',
      },
    });
    await expect(channel().send(delivery)).rejects.toBeInstanceOf(PermanentDeliveryError);
    answer = () => ({
      Response: {
        Error: { Code: 'LimitExceeded.PhoneNumberThirtySecondLimit', Message: 'slow down' },
        RequestId: 'r-3',
      },
    });
    await expect(channel().send(delivery)).rejects.toBeInstanceOf(TransientDeliveryError);
  });

  it('signs exactly as the official SDK does, across a change of UTC day', () => {
    for (const timestamp of [1_795_831_199, 1_795_831_200, 1_800_000_000]) {
      const body = JSON.stringify({ PhoneNumberSet: ['+8613812345678'], SignName: '普宁民政' });
      expect(
        tc3Authorization({
          service: 'sms',
          host: 'sms.tencentcloudapi.com',
          body,
          timestamp,
          secretId: 'AKIDexample',
          secretKey: 'example-key',
        }),
      ).toBe(
        Sign.sign3({
          method: 'POST',
          url: 'https://sms.tencentcloudapi.com/',
          payload: Buffer.from(body),
          timestamp,
          service: 'sms',
          secretId: 'AKIDexample',
          secretKey: 'example-key',
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
          multipart: false,
          boundary: '',
        }),
      );
    }
  });

  it('retries later when Tencent cannot be reached or answers something not JSON', async () => {
    // Port 9 (discard) on this machine: nothing listens, the connection is refused.
    await expect(channel('127.0.0.1:9').send(delivery)).rejects.toBeInstanceOf(
      TransientDeliveryError,
    );
    answer = () => 'not json';
    await expect(channel().send(delivery)).rejects.toBeInstanceOf(TransientDeliveryError);
  });

  it('sends a reporter’s message with its registered template, the reference its one parameter', async () => {
    answer = () => ({ Response: { SendStatusSet: [{ Code: 'Ok' }], RequestId: 'r-2' } });
    const cases = [
      ['lead-handled', 'XS-2612-AAAA-BBBB', '2000002'],
      ['complaint-answered', 'TS-2612-CCCC-DDDD', '2000003'],
    ] as const;
    for (const [template, reference, tencentId] of cases) {
      const message = renderReporterMessage(
        { template, locale: 'zh-CN', params: { reference } },
        { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' },
      );
      await channel().send({
        id: `${reference}-1`,
        channel: 'sms',
        to: '+8613812345678',
        template,
        locale: 'zh-CN',
        text: message.sms,
        subject: '',
        smsParams: message.smsParams,
      });
      expect(received.at(-1)?.body).toMatchObject({
        TemplateId: tencentId,
        TemplateParamSet: [reference],
        SessionContext: `${reference}-1`,
      });
    }
    expect(received).toHaveLength(2);
  });

  it('refuses a template that was never registered, without calling Tencent', async () => {
    await expect(channel().send({ ...delivery, template: 'rejected' })).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
    expect(received).toHaveLength(0);
  });
});
