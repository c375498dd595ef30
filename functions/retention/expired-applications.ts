import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Logger } from '../shared/logger.ts';

/**
 * The document-expiry function's side of the table stream: which records are
 * applications DynamoDB deleted because their retention ran out (TTL), and what to do
 * with each. The event source mapping filters the same way (infra/lib/retention.ts);
 * this check is the second line, so a change of filter can never make it delete the
 * documents of an application staff or an operator deleted, or of anything else.
 */

/** A reference as the portal makes them (PN-YYMM-XXXX-XXXX): nothing else is a prefix. */
const referencePattern = /^PN-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

export function isApplicationReference(value: string): boolean {
  return referencePattern.test(value);
}

/** The folder of one application's documents, trailing slash included. */
export function applicationDocumentsPrefix(reference: string): string {
  // A bad reference could widen the prefix to other applications' documents.
  if (!isApplicationReference(reference)) throw new Error('Not an application reference');
  return `applications/${reference}/`;
}

/** How DynamoDB names itself on the stream records of TTL deletions. */
export const ttlDeletion = { type: 'Service', principalId: 'dynamodb.amazonaws.com' } as const;

/** The reference of an application item that TTL deleted; null for any other record. */
export function expiredApplicationReference(record: DynamoDBRecord): string | null {
  if (record.eventName !== 'REMOVE') return null;
  const identity = record.userIdentity as { type?: unknown; principalId?: unknown } | undefined;
  if (identity?.type !== ttlDeletion.type || identity.principalId !== ttlDeletion.principalId)
    return null;
  const pk = record.dynamodb?.Keys?.PK?.S;
  const sk = record.dynamodb?.Keys?.SK?.S;
  if (sk !== 'APP' || !pk?.startsWith('APP#')) return null;
  const reference = pk.slice('APP#'.length);
  return isApplicationReference(reference) ? reference : null;
}

export interface ExpiryDeps {
  /** Deletes every version of the application's documents; returns how many. */
  readonly deleteDocuments: (reference: string) => Promise<number>;
  readonly logger: Pick<Logger, 'info' | 'warn' | 'error'>;
}

/** The log line of a deletion that failed: the alarm's and the operator's search term. */
export const documentDeletionFailedLogMessage = 'document deletion failed';

/**
 * Deletes the documents of each expired application in the batch. A failure is
 * reported for its record alone (partial batch response): the event source retries
 * from it, then sets the batch aside in the dead-letter queue. Deleting is idempotent,
 * so records retried after one that failed do no harm.
 */
export async function handleExpiredApplications(
  event: DynamoDBStreamEvent,
  deps: ExpiryDeps,
): Promise<DynamoDBBatchResponse> {
  const failures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const reference = expiredApplicationReference(record);
    if (reference === null) {
      deps.logger.warn('record skipped: not an expired application', {
        eventName: record.eventName,
        eventId: record.eventID,
      });
      continue;
    }
    try {
      const deleted = await deps.deleteDocuments(reference);
      deps.logger.info('documents deleted', { reference, versions: deleted });
    } catch (error) {
      deps.logger.error(documentDeletionFailedLogMessage, {
        reference,
        errorName: error instanceof Error ? error.name : 'UnknownError',
        errorMessage: error instanceof Error ? error.message : String(error),
      });
      const sequence = record.dynamodb?.SequenceNumber;
      // Without a sequence number the record cannot be named: fail the whole batch.
      if (!sequence) throw error;
      failures.push({ itemIdentifier: sequence });
    }
  }
  return { batchItemFailures: failures };
}
