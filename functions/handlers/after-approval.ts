import { closedApplicationRetention, parseRetentionDays } from '../domain/application/retention.ts';
import { createLogger } from '../shared/logger.ts';
import { runAfterApprovalSweep } from '../store/after-approval-sweep.ts';
import { createApplicationRepository } from '../store/application-repository.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';

// Built once per cold start: the table only (no secrets, no documents).
const logger = createLogger();
const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('Configuration is missing or invalid: TABLE_NAME');
const repo = createApplicationRepository(
  createDocumentClient({
    region: process.env.AWS_REGION ?? 'cn-north-1',
    endpoint: process.env.DYNAMODB_ENDPOINT,
  }),
  tableName,
  {
    closedApplicationRetentionDays: parseRetentionDays(
      process.env[closedApplicationRetention.environmentVariable],
      closedApplicationRetention.environmentVariable,
    ),
  },
);

/**
 * The daily after-approval run (EventBridge, early morning in Puning): opens the
 * periodic reviews that fell due, reminds households whose 渐退期 is in its last month
 * and ends those whose last month has passed. Idempotent: see after-approval-sweep.ts.
 */
export async function handler(): Promise<void> {
  const totals = await runAfterApprovalSweep(repo, new Date(), logger);
  logger.info('after-approval run', { ...totals });
}
