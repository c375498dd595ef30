import { createApplicationRepository } from './application-repository.ts';
import { reconcileCounters } from './counter-reconcile.ts';
import { createDocumentClient } from './dynamo-client.ts';

/**
 * `npm run counters:reconcile`: recomputes the dashboard's counters from the
 * applications (what the weekly scheduled function does; also the backfill after the
 * first deploy with counters). Needs TABLE_NAME and AWS credentials (or
 * DYNAMODB_ENDPOINT for the local engine).
 */
const tableName = process.env.TABLE_NAME;
if (!tableName) {
  console.error('Set TABLE_NAME (and AWS credentials, or DYNAMODB_ENDPOINT locally).');
  process.exit(2);
}
const db = createDocumentClient({
  region: process.env.AWS_REGION ?? 'cn-north-1',
  endpoint: process.env.DYNAMODB_ENDPOINT,
});
const report = await reconcileCounters(db, tableName, createApplicationRepository(db, tableName));
console.info(
  `Read ${report.applications} application(s): ${report.pending} pending drained; ` +
    `${report.drifted} counter item(s) had drifted, ${report.corrected} set right, ` +
    `${report.skipped} changed during the run (run again).`,
);
