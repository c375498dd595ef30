import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applicantMessages } from '../../../functions/domain/application/outbox.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { exampleRecord } from '../../support/record-example.ts';

/**
 * The notifier's Lambda handlers as deployed in an AWS global region: real table
 * (the tests' engine) in that region, SNS mocked (it cannot run here).
 */
let database: TestDatabase;
let repo: ReturnType<typeof createApplicationRepository>;
const sns = mockClient(SNSClient);
let streamHandler: (event: DynamoDBStreamEvent) => Promise<{
  batchItemFailures: { itemIdentifier: string }[];
}>;
let sweepHandler: () => Promise<void>;

beforeAll(async () => {
  // The table lives in the function's region: DynamoDB keeps each region's tables apart.
  vi.stubEnv('AWS_REGION', 'ap-southeast-1');
  database = await startTestDatabase();
  repo = createApplicationRepository(database.db, database.tableName);
  vi.stubEnv('TABLE_NAME', database.tableName);
  vi.stubEnv('DYNAMODB_ENDPOINT', database.engine.endpoint);
  vi.stubEnv('NOTIFY_SMS_PROVIDER', 'sns');
  vi.stubEnv('NOTIFY_SITE_ORIGIN', 'https://dibao.puning.gov.cn');
  ({ handler: streamHandler } = await import('../../../functions/handlers/notifier-stream.ts'));
  ({ handler: sweepHandler } = await import('../../../functions/handlers/notifier-sweep.ts'));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  sns.restore();
  await database.close();
});

async function seed(reference: string) {
  const application = exampleApplication();
  const outbox = applicantMessages(
    { reference, locale: 'zh-CN', application },
    {
      template: 'received',
      params: { accessCode: 'ABCD2345', township: '流沙东街道' },
      key: 'received',
      at: new Date().toISOString(),
    },
  );
  await repo.create(exampleRecord({ reference, outbox }, application));
}

const streamRecord = (reference: string, sequence: string) => ({
  eventName: 'MODIFY' as const,
  dynamodb: {
    Keys: { PK: { S: `APP#${reference}` }, SK: { S: 'APP' } },
    SequenceNumber: sequence,
  },
});

describe('the notifier Lambda handlers', () => {
  it('delivers what a stream record points at through SNS and marks it sent', async () => {
    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    await seed('PN-2611-STRM-0001');
    const result = await streamHandler({ Records: [streamRecord('PN-2611-STRM-0001', '100')] });
    expect(result.batchItemFailures).toEqual([]);
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input.PhoneNumber).toBe('+8613812345678');
    expect(calls[0]?.args[0].input.Message).toContain('PN-2611-STRM-0001');
    // Signed with the default signature, linked to the configured site's status page.
    expect(calls[0]?.args[0].input.Message).toMatch(
      /^【普宁市民政局】.*https:\/\/dibao\.puning\.gov\.cn\/status\/$/,
    );
    expect((await repo.get('PN-2611-STRM-0001'))?.outbox[0]?.status).toBe('sent');
  });

  it('reports a failing record alone (partial batch response), and the sweep retries it later', async () => {
    sns.reset();
    sns
      .on(PublishCommand)
      .rejects(Object.assign(new Error('down'), { name: 'InternalErrorException' }));
    await seed('PN-2611-STRM-0002');
    const result = await streamHandler({ Records: [streamRecord('PN-2611-STRM-0002', '200')] });
    // A provider failure is the drain's business (backoff), not a failed batch item.
    expect(result.batchItemFailures).toEqual([]);
    const waiting = (await repo.get('PN-2611-STRM-0002'))?.outbox[0];
    expect(waiting).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'InternalErrorException',
    });

    // A record whose drain cannot run at all (a corrupt item) is reported alone, by
    // its sequence number, so only it is retried and then sent to the DLQ.
    await database.db.send(
      new PutCommand({
        TableName: database.tableName,
        Item: {
          PK: 'APP#PN-2611-BRKN-0001',
          SK: 'APP',
          record: { reference: 'PN-2611-BRKN-0001' },
        },
      }),
    );
    const broken = await streamHandler({
      Records: [streamRecord('PN-2611-STRM-0001', '300'), streamRecord('PN-2611-BRKN-0001', '301')],
    });
    expect(broken.batchItemFailures).toEqual([{ itemIdentifier: '301' }]);

    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'sns-2' });
    vi.useFakeTimers({ now: Date.now() + 60 * 60_000, toFake: ['Date'] });
    try {
      await sweepHandler();
    } finally {
      vi.useRealTimers();
    }
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect((await repo.get('PN-2611-STRM-0002'))?.outbox[0]?.status).toBe('sent');
  });
});
