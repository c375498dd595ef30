import { createApplicationRepository } from '../../functions/store/application-repository.ts';
import type { TestDatabase } from './local-db.ts';

/**
 * What the notifier's stream and sweep do for counters (functions/notify/drain.ts), at
 * once: every application with deltas pending has them applied. The dashboard reads
 * counters, so a test drains before it looks.
 */
export async function drainPendingCounts(database: TestDatabase): Promise<number> {
  const repo = createApplicationRepository(database.db, database.tableName);
  const references = await repo.dueOutboxes(new Date('9999-12-31T00:00:00Z'), 100_000);
  for (const reference of references) await repo.drainCounts(reference);
  return references.length;
}
