import { S3Client } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { deleteApplicationDocuments } from './document-purge.ts';
import { isApplicationReference } from './expired-applications.ts';

/**
 * `npx tsx functions/retention/purge-cli.ts <reference>…`: deletes every version of
 * the documents of applications that are no longer in the table — what the
 * document-expiry function does, for the references its alarm or dead-letter queue
 * points to (docs/deploy.md). Refuses a reference whose application still exists.
 * Needs TABLE_NAME, DOCUMENTS_BUCKET and AWS credentials.
 */
const tableName = process.env.TABLE_NAME;
const bucket = process.env.DOCUMENTS_BUCKET;
const references = process.argv.slice(2);
if (!tableName || !bucket || references.length === 0) {
  console.error(
    'Usage: TABLE_NAME=… DOCUMENTS_BUCKET=… npx tsx functions/retention/purge-cli.ts <reference>…',
  );
  process.exit(2);
}
const region = process.env.AWS_REGION ?? 'cn-north-1';
const db = createDocumentClient({ region, endpoint: process.env.DYNAMODB_ENDPOINT });
const s3 = new S3Client({ region });
let refused = 0;
for (const reference of references) {
  if (!isApplicationReference(reference)) {
    console.error(`${reference}: not a reference (PN-YYMM-XXXX-XXXX)`);
    refused++;
    continue;
  }
  const found = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: { PK: `APP#${reference}`, SK: 'APP' },
      ConsistentRead: true,
      ProjectionExpression: 'PK',
    }),
  );
  if (found.Item) {
    console.error(`${reference}: the application is still in the table; nothing deleted`);
    refused++;
    continue;
  }
  const deleted = await deleteApplicationDocuments(s3, bucket, reference);
  console.info(`${reference}: deleted ${deleted} object version(s)`);
}
process.exit(refused > 0 ? 1 : 0);
