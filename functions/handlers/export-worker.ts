import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { newExportJobId, runExport } from '../exports/run-export.ts';
import { loadExportWorkerConfig } from '../shared/config.ts';
import { createLogger } from '../shared/logger.ts';
import { createApplicationRepository } from '../store/application-repository.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { createExportJobStore } from '../store/export-jobs.ts';
import { createS3ExportStorage } from '../store/export-storage.ts';

// The export worker: the event source passes only new EXPORT# items (infra/lib/exports.ts);
// each is one job, written to the exports bucket part by part.
const config = loadExportWorkerConfig(process.env);
const db = createDocumentClient({ region: config.AWS_REGION });
const deps = {
  // Reads summaries only: the retention of closed applications plays no part.
  repo: createApplicationRepository(db, config.TABLE_NAME),
  jobs: createExportJobStore(db, config.TABLE_NAME),
  storage: createS3ExportStorage({ bucket: config.EXPORTS_BUCKET, region: config.AWS_REGION }),
  now: () => new Date(),
  logger: createLogger(),
};

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const id = newExportJobId(record);
    if (!id) continue;
    try {
      // A job that fails is marked failed by runExport; only a failure to read or mark
      // the job itself comes here, and the stream tries that record again.
      await runExport(deps, id);
    } catch {
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
  }
  return { batchItemFailures };
}
