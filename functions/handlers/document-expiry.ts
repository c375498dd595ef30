import { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { deleteApplicationDocuments } from '../retention/document-purge.ts';
import { handleExpiredApplications } from '../retention/expired-applications.ts';
import { loadDocumentExpiryConfig } from '../shared/config.ts';
import { createLogger } from '../shared/logger.ts';

// Built once per cold start. The event source mapping passes only application items
// that DynamoDB deleted because their TTL (closed + retention) had passed.
const config = loadDocumentExpiryConfig(process.env);
const s3 = new S3Client({ region: config.AWS_REGION });
const logger = createLogger();

/** Deletes the supporting documents of applications whose retention ran out. */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  return handleExpiredApplications(event, {
    deleteDocuments: (reference) =>
      deleteApplicationDocuments(s3, config.DOCUMENTS_BUCKET, reference),
    logger,
  });
}
