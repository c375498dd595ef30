import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { type ChannelPort, PermanentDeliveryError, TransientDeliveryError } from '../channel.ts';

/** Email through SES v2 (AWS global regions); the message id is tagged for tracing. */
const permanent = new Set([
  'MessageRejected',
  'BadRequestException',
  'MailFromDomainNotVerifiedException',
]);

export function sesEmailChannel(client: SESv2Client, options: { from: string }): ChannelPort {
  return {
    async send(delivery) {
      try {
        await client.send(
          new SendEmailCommand({
            FromEmailAddress: options.from,
            Destination: { ToAddresses: [delivery.to] },
            Content: {
              Simple: {
                Subject: { Data: delivery.subject, Charset: 'UTF-8' },
                Body: { Text: { Data: delivery.text, Charset: 'UTF-8' } },
              },
            },
            EmailTags: [
              { Name: 'message-id', Value: delivery.id.replace(/[^\w-]/g, '_') },
              { Name: 'template', Value: delivery.template },
            ],
          }),
        );
      } catch (error) {
        const name = error instanceof Error ? error.name : 'UnknownError';
        if (permanent.has(name)) throw new PermanentDeliveryError(name);
        throw new TransientDeliveryError(name);
      }
    },
  };
}

/** The channel with its own client for the region (what the notifier uses). */
export function sesEmailChannelIn(region: string, options: { from: string }): ChannelPort {
  return sesEmailChannel(new SESv2Client({ region }), options);
}
