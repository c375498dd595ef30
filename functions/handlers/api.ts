import { S3Client } from '@aws-sdk/client-s3';
import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app.ts';
import { staffAccess } from '../api/staff/staff-access.ts';
import { loadConfig, staffIdentityOf } from '../shared/config.ts';
import { createLogger } from '../shared/logger.ts';
import { createS3DocumentStorage } from '../store/document-storage.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { createHasher } from '../store/secrets.ts';

// Built once per cold start and reused by every invocation. This is the only file
// that imports the Lambda adapter (it moves to @hono/aws-lambda in Hono 5).
const config = loadConfig(process.env);
const staffIdentity = staffIdentityOf(config);

export const handler = handle(
  createApp({
    logger: createLogger(),
    db: createDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT }),
    tableName: config.TABLE_NAME,
    version: config.APP_VERSION,
    now: () => new Date(),
    hasher: createHasher(config.ID_HASH_KEY),
    documents: createS3DocumentStorage({
      bucket: config.DOCUMENTS_BUCKET,
      client: new S3Client({ region: config.AWS_REGION }),
    }),
    ...(staffIdentity ? { staff: staffAccess(staffIdentity) } : {}),
  }),
);
