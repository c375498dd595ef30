import { Match, type Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';

/** A dead-letter queue as the stack makes them: SQS-encrypted, TLS only, kept 14 days. */
export function expectDeadLetterQueue(
  template: Template,
  queueId: string,
  queue: { Properties?: Record<string, unknown> },
): void {
  expect(queue.Properties).toMatchObject({
    SqsManagedSseEnabled: true,
    MessageRetentionPeriod: 14 * 24 * 3600,
  });
  template.hasResourceProperties('AWS::SQS::QueuePolicy', {
    Queues: [{ Ref: queueId }],
    PolicyDocument: {
      Statement: Match.arrayWith([
        Match.objectLike({
          Effect: 'Deny',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      ]),
    },
  });
}
