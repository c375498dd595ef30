import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { type ChannelPort, PermanentDeliveryError, TransientDeliveryError } from '../channel.ts';

/**
 * Text messages through Amazon SNS (AWS global regions), as transactional SMS. SNS has
 * no dedupe key for SMS, so the message id travels as the end-user-messaging context
 * attribute for tracing; the drain's bookkeeping keeps re-sends rare.
 */
const permanent = new Set([
  'InvalidParameterException',
  'InvalidParameterValueException',
  'OptedOutException',
]);

export function snsSmsChannel(client: SNSClient, options: { senderId?: string } = {}): ChannelPort {
  return {
    async send(delivery) {
      try {
        await client.send(
          new PublishCommand({
            PhoneNumber: delivery.to,
            Message: delivery.text,
            MessageAttributes: {
              'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
              ...(options.senderId
                ? { 'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: options.senderId } }
                : {}),
            },
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
export function snsSmsChannelIn(region: string, options: { senderId?: string } = {}): ChannelPort {
  return snsSmsChannel(new SNSClient({ region }), options);
}
