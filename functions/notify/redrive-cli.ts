import { createApplicationRepository } from '../store/application-repository.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { redrive } from './drain.ts';

/**
 * `npm run redrive [-- <reference>]`: puts messages that could not be delivered back
 * in the queue (all of them, or one application's); the next sweep sends them.
 * Needs TABLE_NAME and AWS credentials (or DYNAMODB_ENDPOINT for the local engine).
 */
const tableName = process.env.TABLE_NAME;
if (!tableName) {
  console.error('Set TABLE_NAME (and AWS credentials, or DYNAMODB_ENDPOINT locally).');
  process.exit(2);
}
const repo = createApplicationRepository(
  createDocumentClient({
    region: process.env.AWS_REGION ?? 'cn-north-1',
    endpoint: process.env.DYNAMODB_ENDPOINT,
  }),
  tableName,
);
const result = await redrive({ repo, now: () => new Date() }, process.argv[2]);
console.info(`Re-queued ${result.messages} message(s) of ${result.applications} application(s).`);
