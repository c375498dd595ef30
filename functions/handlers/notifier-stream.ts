import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { drainApplication } from '../notify/drain.ts';
import { loadNotifierConfig } from '../notify/notifier-config.ts';
import { notifierFromConfig } from '../notify/notifier-from-config.ts';
import { withSecrets } from '../store/secrets-manager.ts';

// Built once per cold start. The event source mapping's filter passes only
// application items that have a message pending (GSI3PK = OUTBOX#<shard>).
const deps = notifierFromConfig(
  loadNotifierConfig(await withSecrets(process.env, ['TENCENT_SMS_SECRET'])),
);

/**
 * Delivers what a change just queued. Reports failures per record (partial batch
 * response), so one bad application is retried — then sent to the DLQ — alone.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const failures: DynamoDBBatchResponse['batchItemFailures'] = [];
  const references = new Map<string, string>();
  for (const record of event.Records) {
    const pk = record.dynamodb?.Keys?.PK?.S;
    const sequence = record.dynamodb?.SequenceNumber;
    if (pk?.startsWith('APP#') && sequence) references.set(pk.slice(4), sequence);
  }
  for (const [reference, sequence] of references) {
    try {
      await drainApplication(reference, deps);
    } catch (error) {
      deps.logger.error('drain failed', {
        reference,
        errorName: error instanceof Error ? error.name : 'UnknownError',
      });
      failures.push({ itemIdentifier: sequence });
    }
  }
  return { batchItemFailures: failures };
}
