import { sweepOutbox } from '../notify/drain.ts';
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
}
