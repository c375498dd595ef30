import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  type CounterContribution,
  contributionOf,
  counterDelta,
  isEmptyDelta,
} from '../domain/staff/counters.ts';
import type { ApplicationSummary } from '../domain/staff/summary.ts';
import type { ApplicationRepository } from './application-repository.ts';

/** What the scheduled reconcile logs when it set counters right (its alarm counts these lines). */
export const counterDriftLogMessage = 'counter drift';

export interface ReconcileReport {
  /** Applications read. */
  readonly applications: number;
  /** Applications whose counter deltas were still pending (drained at the end). */
  readonly pending: number;
  /** Counter items that differed from the sum of what the applications counted. */
  readonly drifted: number;
  /** Of those, set right. */
  readonly corrected: number;
  /** Of those, left because a change reached them during the run (the next run retries). */
  readonly skipped: number;
}

/** Non-zero figures only: an item whose figures all fell to 0 holds nothing. */
const nonZero = (figures: Readonly<Record<string, number>>) =>
  Object.fromEntries(Object.entries(figures).filter(([, n]) => n !== 0));

/**
 * Heals counter drift (a crash inside a drain on an engine without transactions, an
 * application deleted by its TTL, a bug): reads every application item (a paginated,
 * parallel scan — a batch job, never a request path), sums what each has `counted`,
 * and sets each counter item that differs to that sum — only if no drain changed the
 * item since the run began (its `drains` count), so a change applied meanwhile is never
 * overwritten. Then it drains the applications still pending (those stored before
 * counters existed included), which brings the counters to what the summaries say.
 */
export async function reconcileCounters(
  db: DynamoDBDocumentClient,
  tableName: string,
  repo: ApplicationRepository,
  options: { readonly segments?: number; readonly now?: () => Date } = {},
): Promise<ReconcileReport> {
  const now = options.now ?? (() => new Date());
  const before = await repo.counters.readAll();
  const segments = options.segments ?? 4;
  // Summed as the pages come: a million applications' parts never sit in memory at once.
  const totals: Record<string, Record<string, number>> = {};
  let applications = 0;
  const pending: string[] = [];
  await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new ScanCommand({
            TableName: tableName,
            Segment: segment,
            TotalSegments: segments,
            FilterExpression: 'begins_with(PK, :app) AND SK = :app',
            ProjectionExpression: 'PK, #summary, #record.#counted',
            ExpressionAttributeNames: {
              '#summary': 'summary',
              '#record': 'record',
              '#counted': 'counted',
            },
            ExpressionAttributeValues: { ':app': 'APP' },
            ConsistentRead: true,
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        for (const item of page.Items ?? []) {
          const done = (item.record?.counted ?? {}) as CounterContribution;
          applications++;
          for (const [key, figures] of Object.entries(done)) {
            const total = totals[key] ?? {};
            totals[key] = total;
            for (const [attribute, amount] of Object.entries(figures))
              total[attribute] = (total[attribute] ?? 0) + amount;
          }
          const summary = item.summary as ApplicationSummary | undefined;
          if (summary && !isEmptyDelta(counterDelta(done, contributionOf(summary))))
            pending.push(String(item.PK).slice('APP#'.length));
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }),
  );
  let drifted = 0;
  let corrected = 0;
  for (const key of new Set([...Object.keys(totals), ...before.keys()])) {
    const want = nonZero(totals[key] ?? {});
    const have = before.get(key);
    if (isEmptyDelta(counterDelta({ [key]: nonZero(have?.figures ?? {}) }, { [key]: want })))
      continue;
    drifted++;
    if (await repo.counters.replace(key, want, have?.drains, now())) corrected++;
  }
  for (const reference of pending) await repo.drainCounts(reference);
  return {
    applications,
    pending: pending.length,
    drifted,
    corrected,
    skipped: drifted - corrected,
  };
}
