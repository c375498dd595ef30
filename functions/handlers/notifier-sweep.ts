import { sweepOutbox } from '../notify/drain.ts';
import { sweepReportMessages } from '../notify/drain-reports.ts';
import { loadNotifierConfig } from '../notify/notifier-config.ts';
import { notifierFromConfig } from '../notify/notifier-from-config.ts';
import { withSecrets } from '../store/secrets-manager.ts';

const deps = notifierFromConfig(
  loadNotifierConfig(await withSecrets(process.env, ['TENCENT_SMS_SECRET'])),
);

/**
 * The scheduled sweep (every minute): delivers whatever is due in the sparse outbox
 * index — retries after their backoff, and anything a stream invocation missed.
 */
export async function handler(): Promise<void> {
  const totals = await sweepOutbox(deps, { limit: 1000, concurrency: 8, graceMs: 30_000 });
  deps.logger.info('outbox swept', { ...totals });
  // Reporters' messages (leads handled, complaints answered) have their own partition.
  const reports = await sweepReportMessages(deps, 500);
  deps.logger.info('report messages swept', { ...reports });
}
