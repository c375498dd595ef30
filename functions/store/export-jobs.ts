import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  type ExportJob,
  type ExportJobState,
  exportExpiresAt,
} from '../domain/staff/export-job.ts';

/**
 * Export jobs in the single table: `EXPORT#<id>/EXPORT`, with the TTL the table already
 * has (`expiresAt`), so a job is gone a day after it was asked for. Inserting one is what
 * starts its worker in AWS (a stream filter on this key), so the item is all there is.
 */
export function createExportJobStore(db: DynamoDBDocumentClient, tableName: string) {
  const key = (id: string) => ({ PK: `EXPORT#${id}`, SK: 'EXPORT' });
  return {
    async create(job: ExportJob): Promise<void> {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...key(job.id), job, expiresAt: exportExpiresAt(job) },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    },

    async get(id: string): Promise<ExportJob | null> {
      const found = await db.send(
        new GetCommand({ TableName: tableName, Key: key(id), ConsistentRead: true }),
      );
      return (found.Item?.job as ExportJob | undefined) ?? null;
    },

    /**
     * Moves the job on (state, rows so far) unless it has already finished: a worker
     * retried after it wrote `done` must not turn it back.
     */
    async advance(
      id: string,
      change: { state: ExportJobState; rows: number },
      now: Date,
    ): Promise<boolean> {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(id),
            UpdateExpression: 'SET job.#state = :state, job.#rows = :rows, job.updatedAt = :at',
            ConditionExpression: 'attribute_exists(PK) AND NOT job.#state IN (:done, :failed)',
            ExpressionAttributeNames: { '#state': 'state', '#rows': 'rows' },
            ExpressionAttributeValues: {
              ':state': change.state,
              ':rows': change.rows,
              ':at': now.toISOString(),
              ':done': 'done',
              ':failed': 'failed',
            },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
  };
}

export type ExportJobStore = ReturnType<typeof createExportJobStore>;
