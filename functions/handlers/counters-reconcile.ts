import { createLogger } from '../shared/logger.ts';
import { createApplicationRepository } from '../store/application-repository.ts';
import { counterDriftLogMessage, reconcileCounters } from '../store/counter-reconcile.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';

// Built once per cold start.
const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is not set');
const db = createDocumentClient({
  region: process.env.AWS_REGION ?? 'cn-north-1',
  endpoint: process.env.DYNAMODB_ENDPOINT,
});
const repo = createApplicationRepository(db, tableName);
const logger = createLogger();

/**
 * The weekly reconcile (infra/lib/counters.ts): sets counter items that drifted from
 * what the applications counted, then drains what is still pending. A drift found is
 * logged as a warning ("counter drift"), which the operators' alarm counts.
 */
export async function handler(): Promise<void> {
  const report = await reconcileCounters(db, tableName as string, repo, { segments: 8 });
  if (report.drifted > 0) logger.warn(counterDriftLogMessage, { ...report });
  else logger.info('counters reconciled', { ...report });
}
