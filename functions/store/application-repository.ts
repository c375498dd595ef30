import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  pendingClaimTtlSeconds,
  type StoredClaim,
  type SubmissionPlan,
  submissionLeaseSeconds,
} from '../domain/application/claims.ts';
import type { ApplicationRecord } from '../domain/application/record.ts';
import { closedApplicationRetention, retentionExpiresAt } from '../domain/application/retention.ts';
import { isOpen } from '../domain/application/states.ts';
import type { ProgrammeId } from '../domain/policy/programmes.ts';
import {
  contributionOf,
  counterDelta,
  hasPendingCounts,
  isEmptyDelta,
} from '../domain/staff/counters.ts';
import { type ApplicationSummary, summarise } from '../domain/staff/summary.ts';
import { counterUpdate, createCounterStore } from './counter-store.ts';
import { compactForStorage, expandFromStorage } from './item-compaction.ts';
import { createReportRepository } from './report-repository.ts';
import { checkTable } from './table-health.ts';

/**
 * The DynamoDB single table for applications: the only code that knows its keys.
 * Every write is one item with a condition (dynalite has no transactions):
 * - `APP#<reference>/APP`: the application with its history and outbox inside; once
 *   it is rejected, withdrawn or exited it carries `expiresAt` (TTL) = the second it
 *   closed + the retention, set by the same conditional write that closes it;
 * - `IDEM#<key>/IDEM`: an idempotency record (TTL) so a retried submission returns the
 *   first result; while in progress it holds a lease and the plan (reference, access
 *   code) that a retry after the lease takes over (claims.ts);
 * - `PER#<hmac>/OPEN#<programme>`: a claim that the person has an open application for
 *   a programme, so a second one is refused without any scan; pending (with a TTL)
 *   until its application is written, then held;
 * - `RL#<scope>#<id>/<window>`: wrong-access-code counters (TTL).
 */
export type {
  ApplicationRecord,
  DocumentRecord,
  HistoryEvent,
  OutboxMessage,
} from '../domain/application/record.ts';

const appKey = (reference: string) => ({ PK: `APP#${reference}`, SK: 'APP' });
const claimKey = (personHash: string, programme: ProgrammeId) => ({
  PK: `PER#${personHash}`,
  SK: `OPEN#${programme}`,
});
const idempotencyKey = (key: string) => ({ PK: `IDEM#${key}`, SK: 'IDEM' });

/** A retry with the same key within a day returns the first result. */
const keepIdempotencyRecordsSeconds = 24 * 60 * 60;

/** An idempotency record as stored; `leaseUntil` and `plan` only while in progress. */
export interface IdempotencyRecord {
  readonly state: 'in-progress' | 'done';
  readonly requestHash: string;
  /** Epoch seconds; past it the request's process is taken to be dead. */
  readonly leaseUntil?: number;
  readonly plan?: SubmissionPlan;
  readonly status?: number;
  readonly body?: unknown;
}

/** Queue position: emergencies first, then the earliest statutory due date. */
function queueKeys(
  record: Pick<ApplicationRecord, 'townshipCode' | 'status' | 'priority' | 'dueAt' | 'reference'>,
  open: boolean,
) {
  return {
    GSI1PK: `TWP#${record.townshipCode}#${open ? 'open' : 'closed'}`,
    GSI1SK: `${record.priority === 'emergency' ? '0' : '1'}#${record.dueAt}#${record.reference}`,
  };
}

/** Shards of the pending-outbox index; the sweep reads each. */
export const outboxShards = 4;
export const failedOutboxPartition = 'OUTBOX#failed';

/**
 * The sparse outbox index: while a message is pending the item sits in a shard,
 * sorted by when its earliest message is due, so the sweep reads only what is due;
 * when only failed messages remain it sits in the failed partition (alarm, redrive);
 * when everything is delivered it leaves the index.
 */
function outboxKeys(
  record: Pick<ApplicationRecord, 'outbox' | 'reference' | 'history' | 'submittedAt'>,
  countsPending: boolean,
) {
  const pending = record.outbox.filter((m) => m.status === 'pending');
  // Counter deltas waiting for the drain are due at once, like a fresh message.
  const countsDue = countsPending ? [record.history.at(-1)?.at ?? record.submittedAt] : [];
  if (pending.length > 0 || countsDue.length > 0) {
    const due = [...pending.map((m) => m.nextAttemptAt ?? m.createdAt), ...countsDue].sort()[0];
    // The reference picks a shard stably.
    const shard = [...record.reference].reduce((sum, c) => sum + c.charCodeAt(0), 0) % outboxShards;
    return { GSI3PK: `OUTBOX#${shard}`, GSI3SK: `${due}#${record.reference}` };
  }
  const failed = record.outbox.filter((m) => m.status === 'failed');
  if (failed.length > 0) {
    const since = failed.map((m) => m.failedAt ?? m.createdAt).sort()[0];
    return { GSI3PK: failedOutboxPartition, GSI3SK: `${since}#${record.reference}` };
  }
  return {};
}

/** `next` moved onto `fresh`'s outbox: fresh delivery states, plus the messages next added. */
function rebaseOutbox(next: ApplicationRecord, fresh: ApplicationRecord): ApplicationRecord {
  const known = new Set(fresh.outbox.map((m) => m.id));
  return {
    ...next,
    outbox: [...fresh.outbox, ...next.outbox.filter((m) => !known.has(m.id))],
    outboxRevision: fresh.outboxRevision ?? 0,
    // What the counter drain applied meanwhile is the fresh item's to say.
    ...(fresh.counted ? { counted: fresh.counted } : {}),
  };
}

export type DeliveryPatch = Partial<
  Pick<
    ApplicationRecord['outbox'][number],
    'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt' | 'failedAt' | 'params'
  >
> & {
  /**
   * The message as the caller read it: the patch applies only if it is still so, so
   * a slower drain can never overwrite a newer result (a `failed` over a `sent`).
   */
  readonly expected?: { readonly status: string; readonly attempts?: number };
};

/**
 * The stored item: the record, its summary, the keys of the indexes it belongs to and,
 * for a closed application, its TTL. A put replaces the whole item, so a record that is
 * not (or no longer) closed is written without `expiresAt`.
 */
function applicationItem(record: ApplicationRecord, expiresAt: number | undefined) {
  const open = isOpen(record.status);
  const compacted = compactForStorage(record);
  const summary = summarise(record);
  return {
    ...appKey(record.reference),
    ...queueKeys(record, open),
    summary,
    GSI2PK: `PER#${record.personHash}`,
    GSI2SK: record.submittedAt,
    ...outboxKeys(record, hasPendingCounts(record.counted, summary)),
    version: record.version,
    outboxRevision: record.outboxRevision ?? 0,
    record: compacted.record,
    ...(compacted.historyArchive ? { historyArchive: compacted.historyArchive } : {}),
    ...(expiresAt === undefined ? {} : { expiresAt }),
  };
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

/** One page of a township queue; `cursor` continues it, absent on the last page. */
export interface QueuePage {
  readonly items: readonly ApplicationSummary[];
  readonly cursor?: string;
}

export interface QueueQuery {
  readonly townshipCode: string;
  readonly open: boolean;
  readonly limit: number;
  readonly cursor?: string;
  readonly status?: string;
  readonly programme?: string;
}

type QueueKey = { PK: string; SK: string; GSI1PK: string; GSI1SK: string };

const encodeCursor = (key: QueueKey) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The key a cursor stands for, only if it belongs to `partition` (no hopping townships). */
function decodeCursor(cursor: string, partition: string): QueueKey | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as QueueKey;
    const strings = [key.PK, key.SK, key.GSI1PK, key.GSI1SK].every((v) => typeof v === 'string');
    return strings && key.GSI1PK === partition && Object.keys(key).length === 4 ? key : null;
  } catch {
    return null;
  }
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/** The city's queue across townships: every township's queue merged in one order. */
export interface CityQueueQuery extends Omit<QueueQuery, 'townshipCode'> {
  readonly townshipCodes: readonly string[];
}

/** A queue position (GSI1SK): priority digit, due date, reference. */
const queuePosition = /^[01]#\d{4}-\d{2}-\d{2}#[A-Z0-9-]{1,40}$/;

/**
 * A city-queue cursor: the last position shown and which view it was. The position
 * alone continues every township's queue (all share one sort order), so the cursor
 * stays small however many townships there are.
 */
const encodeCityCursor = (view: 'open' | 'closed', after: string) =>
  Buffer.from(JSON.stringify({ city: view, after })).toString('base64url');

function decodeCityCursor(cursor: string, view: 'open' | 'closed'): string | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      city?: unknown;
      after?: unknown;
    };
    return key.city === view &&
      typeof key.after === 'string' &&
      queuePosition.test(key.after) &&
      Object.keys(key).length === 2
      ? key.after
      : null;
  } catch {
    return null;
  }
}

export interface ApplicationRepositoryOptions {
  /**
   * Days a closed application is kept (its TTL): the function's configured
   * CLOSED_APPLICATION_RETENTION_DAYS, which its entry point passes; five years when
   * not given (retention.ts). Code that never closes an application (the notifier)
   * carries each item's stored TTL over and needs none.
   */
  readonly closedApplicationRetentionDays?: number;
  /** The current instant, for treating an expired item as absent; tests pass a clock. */
  readonly now?: () => Date;
}

export function createApplicationRepository(
  db: DynamoDBDocumentClient,
  tableName: string,
  options: ApplicationRepositoryOptions = {},
) {
  const isConditionFailure = (error: unknown) => error instanceof ConditionalCheckFailedException;
  const retentionDays =
    options.closedApplicationRetentionDays ?? closedApplicationRetention.defaultDays;
  const now = options.now ?? (() => new Date());
  const expiresAtOf = (record: ApplicationRecord) => retentionExpiresAt(record, retentionDays);

  /**
   * The stored application and its TTL. Past its TTL it is absent, as DynamoDB deletes
   * expired items only within a few days (and the local engine never does).
   */
  async function read(
    reference: string,
  ): Promise<{ record: ApplicationRecord; expiresAt: number | undefined } | null> {
    const found = await db.send(
      new GetCommand({ TableName: tableName, Key: appKey(reference), ConsistentRead: true }),
    );
    const stored = found.Item?.record as ApplicationRecord | undefined;
    if (!stored) return null;
    const record = expandFromStorage(stored, found.Item?.historyArchive as Uint8Array | undefined);
    const expiresAt = found.Item?.expiresAt;
    if (typeof expiresAt !== 'number') return { record, expiresAt: undefined };
    return expiresAt < Math.floor(now().getTime() / 1000) ? null : { record, expiresAt };
  }

  /**
   * Writes `item` unless a live item (absent, or past its TTL, counts as free) has its
   * key; otherwise returns what holds the key, as `readHolder` reads it. Tried again if
   * the holder vanished between the two calls.
   */
  async function putUnlessHeld<T>(
    item: Record<string, unknown>,
    at: Date,
    readHolder: () => Promise<T | null>,
  ): Promise<{ written: true } | { written: false; holder: T }> {
    const nowSeconds = Math.floor(at.getTime() / 1000);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: item,
            ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
            ExpressionAttributeValues: { ':now': nowSeconds },
          }),
        );
        return { written: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      const holder = await readHolder();
      if (holder) return { written: false, holder };
    }
    throw new ConflictError(`${String(item.PK).split('#')[0]} item kept changing`);
  }

  async function readClaim(personHash: string, programme: ProgrammeId, at: Date = now()) {
    const found = await db.send(
      new GetCommand({
        TableName: tableName,
        Key: claimKey(personHash, programme),
        ConsistentRead: true,
      }),
    );
    const item = found.Item;
    if (!item) return null;
    const nowSeconds = Math.floor(at.getTime() / 1000);
    if (typeof item.expiresAt === 'number' && item.expiresAt < nowSeconds) return null;
    return {
      reference: String(item.reference ?? ''),
      ...(typeof item.claimedAt === 'string' ? { claimedAt: item.claimedAt } : {}),
      ...(item.state === 'pending' || item.state === 'held' ? { state: item.state } : {}),
    } satisfies StoredClaim as StoredClaim;
  }

  const counters = createCounterStore(db, tableName);
  /** Whether the engine has TransactWriteItems: unknown until the first drain tries. */
  let transactions: boolean | undefined;

  /**
   * Without transactions: records `counted` on the item, re-reading on a concurrent
   * write, as long as what it had counted is still `before`; false when another drain
   * changed that first.
   */
  async function markCounted(
    reference: string,
    before: ApplicationRecord['counted'],
    counted: ApplicationRecord['counted'],
  ): Promise<boolean> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const found = await db.send(
        new GetCommand({ TableName: tableName, Key: appKey(reference), ConsistentRead: true }),
      );
      const stored = found.Item?.record as ApplicationRecord | undefined;
      if (!found.Item || !stored) return true;
      const fresh = expandFromStorage(stored, found.Item.historyArchive as Uint8Array | undefined);
      if (!isEmptyDelta(counterDelta(fresh.counted, before ?? {}))) return false;
      const revision = fresh.outboxRevision ?? 0;
      const expiresAt = typeof found.Item.expiresAt === 'number' ? found.Item.expiresAt : undefined;
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: applicationItem({ ...fresh, counted, outboxRevision: revision + 1 }, expiresAt),
            ConditionExpression:
              'version = :version AND (outboxRevision = :revision OR (attribute_not_exists(outboxRevision) AND :revision = :zero))',
            ExpressionAttributeValues: {
              ':version': fresh.version,
              ':revision': revision,
              ':zero': 0,
            },
          }),
        );
        return true;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new ConflictError('Could not record the counted figures');
  }

  return {
    /** The dashboard's counter items (counter-store.ts). */
    counters,

    /** Whether the table answers with this function's permissions (one cheap read). */
    healthy: () => checkTable(db, tableName),

    /** Leads and complaints, in the same table under their own keys (report-repository.ts). */
    reports: createReportRepository(db, tableName),

    async get(reference: string): Promise<ApplicationRecord | null> {
      return (await read(reference))?.record ?? null;
    },

    /** Writes a new application; false if the reference already exists. */
    async create(record: ApplicationRecord): Promise<boolean> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: applicationItem(record, expiresAtOf(record)),
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /**
     * Replaces the application if its version is still `expectedVersion` (optimistic
     * lock). Delivery bookkeeping does not change the version: if only that happened
     * meanwhile, the change is moved onto the fresh outbox and written again. A change
     * into a terminal state sets the TTL in this same write; any other clears it.
     */
    async update(record: ApplicationRecord, expectedVersion: number): Promise<void> {
      let next = record;
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: applicationItem(next, expiresAtOf(next)),
              ConditionExpression:
                'version = :expected AND (outboxRevision = :revision OR (attribute_not_exists(outboxRevision) AND :revision = :zero))',
              ExpressionAttributeValues: {
                ':expected': expectedVersion,
                ':revision': next.outboxRevision ?? 0,
                ':zero': 0,
              },
            }),
          );
          return;
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          const fresh = await this.get(record.reference);
          if (!fresh || fresh.version !== expectedVersion)
            throw new ConflictError('The application changed meanwhile');
          next = rebaseOutbox(next, fresh);
        }
      }
      throw new ConflictError('The outbox kept changing');
    },

    /**
     * Records delivery results by message id, leaving the version alone. Re-reads and
     * re-applies on a concurrent write, so a staff change in between is never lost.
     * The status does not change here, so the TTL is carried over as stored (whatever
     * retention this function was configured with).
     */
    async recordDeliveries(
      reference: string,
      patches: ReadonlyMap<string, DeliveryPatch>,
    ): Promise<ApplicationRecord | null> {
      for (let attempt = 0; attempt < 8; attempt++) {
        const stored = await read(reference);
        if (!stored) return null;
        const fresh = stored.record;
        const revision = fresh.outboxRevision ?? 0;
        const next: ApplicationRecord = {
          ...fresh,
          outbox: fresh.outbox.map((m) => {
            const patch = patches.get(m.id);
            if (!patch) return m;
            const { expected, ...change } = patch;
            const unchanged =
              !expected ||
              (m.status === expected.status &&
                (expected.attempts === undefined || (m.attempts ?? 0) === expected.attempts));
            return unchanged ? { ...m, ...change } : m;
          }),
          outboxRevision: revision + 1,
        };
        try {
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: applicationItem(next, stored.expiresAt),
              ConditionExpression:
                'version = :version AND (outboxRevision = :revision OR (attribute_not_exists(outboxRevision) AND :revision = :zero))',
              ExpressionAttributeValues: {
                ':version': fresh.version,
                ':revision': revision,
                ':zero': 0,
              },
            }),
          );
          return next;
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }
      throw new ConflictError('Could not record deliveries');
    },

    /**
     * Applies the application's pending counter deltas (what its summary contributes,
     * less what it `counted`) to the counter items and records them as counted.
     * Where the engine has transactions (DynamoDB, DynamoDB Local) both happen in one
     * TransactWriteItems, conditional on the item being as read: exact, whatever
     * crashes or races. The embedded engine has none, so there the deltas are added
     * first and the item marked after (a crash in between counts the change twice
     * until the reconcile job; never loses it); a drain that finds another one
     * marked the item meanwhile takes its own addition back. Decisions "Counters".
     */
    async drainCounts(reference: string): Promise<{ applied: boolean }> {
      let applied = false;
      for (let attempt = 0; attempt < 8; attempt++) {
        const found = await db.send(
          new GetCommand({ TableName: tableName, Key: appKey(reference), ConsistentRead: true }),
        );
        const stored = found.Item?.record as ApplicationRecord | undefined;
        if (!found.Item || !stored) return { applied };
        const fresh = expandFromStorage(
          stored,
          found.Item.historyArchive as Uint8Array | undefined,
        );
        const counted = contributionOf(summarise(fresh));
        const delta = counterDelta(fresh.counted, counted);
        if (isEmptyDelta(delta)) return { applied };
        const revision = fresh.outboxRevision ?? 0;
        const expiresAt =
          typeof found.Item.expiresAt === 'number' ? found.Item.expiresAt : undefined;
        const mark = {
          TableName: tableName,
          Item: applicationItem({ ...fresh, counted, outboxRevision: revision + 1 }, expiresAt),
          ConditionExpression:
            'version = :version AND (outboxRevision = :revision OR (attribute_not_exists(outboxRevision) AND :revision = :zero))',
          ExpressionAttributeValues: {
            ':version': fresh.version,
            ':revision': revision,
            ':zero': 0,
          },
        };
        const at = now();
        if (transactions !== false) {
          try {
            await db.send(
              new TransactWriteCommand({
                TransactItems: [
                  { Put: mark },
                  ...Object.entries(delta).map(([key, figures]) => ({
                    Update: counterUpdate(tableName, key, figures, at),
                  })),
                ],
              }),
            );
            transactions = true;
            applied = true;
            continue;
          } catch (error) {
            if (error instanceof TransactionCanceledException) continue;
            if (!(error instanceof Error && error.name === 'UnknownOperationException'))
              throw error;
            transactions = false;
          }
        }
        await counters.addDelta(delta, at);
        applied = true;
        if (!(await markCounted(reference, fresh.counted, counted))) {
          // Another drain counted this change first: take our addition back.
          await counters.addDelta(counterDelta(delta, {}), at);
        }
      }
      return { applied };
    },

    /** References with a message due by `now`, shard by shard, at most `limit`. */
    async dueOutboxes(now: Date, limit: number): Promise<string[]> {
      const upTo = `${now.toISOString()}#\uffff`;
      const references: string[] = [];
      for (let shard = 0; shard < outboxShards && references.length < limit; shard++) {
        let startKey: Record<string, unknown> | undefined;
        do {
          const page = await db.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: 'GSI3',
              KeyConditionExpression: 'GSI3PK = :shard AND GSI3SK <= :upTo',
              ExpressionAttributeValues: { ':shard': `OUTBOX#${shard}`, ':upTo': upTo },
              ProjectionExpression: 'PK',
              Limit: limit - references.length,
              ...(startKey ? { ExclusiveStartKey: startKey } : {}),
            }),
          );
          for (const item of page.Items ?? []) references.push(String(item.PK).slice(4));
          startKey = page.LastEvaluatedKey;
        } while (startKey && references.length < limit);
      }
      return references;
    },

    /** References holding messages that could not be delivered, oldest first. */
    async failedOutboxes(limit: number): Promise<string[]> {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'GSI3',
          KeyConditionExpression: 'GSI3PK = :failed',
          ExpressionAttributeValues: { ':failed': failedOutboxPartition },
          ProjectionExpression: 'PK',
          Limit: limit,
        }),
      );
      return (page.Items ?? []).map((item) => String(item.PK).slice(4));
    },

    /**
     * A page of a township's queue in index order (emergencies first, then the earliest
     * due date), reading summaries only. Filters apply after the key condition, so a
     * page is filled by a few bounded queries, never by a scan.
     */
    async queue(query: QueueQuery): Promise<QueuePage> {
      const partition = `TWP#${query.townshipCode}#${query.open ? 'open' : 'closed'}`;
      let startKey: QueueKey | undefined;
      if (query.cursor) {
        const decoded = decodeCursor(query.cursor, partition);
        if (!decoded) throw new InvalidCursorError('The cursor is not for this queue');
        startKey = decoded;
      }
      const filters: string[] = [];
      const names: Record<string, string> = { '#summary': 'summary' };
      const values: Record<string, unknown> = { ':partition': partition };
      if (query.status) {
        filters.push('#summary.#status = :status');
        names['#status'] = 'status';
        values[':status'] = query.status;
      }
      if (query.programme) {
        filters.push('contains(#summary.programmes, :programme)');
        values[':programme'] = query.programme;
      }
      const items: ApplicationSummary[] = [];
      for (let round = 0; round < 10 && items.length < query.limit; round++) {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'GSI1',
            KeyConditionExpression: 'GSI1PK = :partition',
            ProjectionExpression: '#summary, PK, SK, GSI1PK, GSI1SK',
            ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            Limit: query.limit - items.length,
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        for (const item of page.Items ?? []) items.push(item.summary as ApplicationSummary);
        startKey = page.LastEvaluatedKey as QueueKey | undefined;
        if (!startKey) break;
      }
      return { items, ...(startKey ? { cursor: encodeCursor(startKey) } : {}) };
    },

    /**
     * A page of the city's queue across `townshipCodes`, in the same order as one
     * township's (emergencies first, then the earliest due date, then the reference).
     * Each township's index is read from the cursor's position for at most `limit`
     * matches (a few bounded queries each, as `queue`), and the merged page stops where
     * any township's reading stopped short, so nothing is skipped: one query round per
     * township and page, never a scan.
     */
    async cityQueue(query: CityQueueQuery): Promise<QueuePage> {
      const view = query.open ? 'open' : 'closed';
      let after: string | undefined;
      if (query.cursor) {
        const decoded = decodeCityCursor(query.cursor, view);
        if (!decoded) throw new InvalidCursorError('The cursor is not for this queue');
        after = decoded;
      }
      const filters: string[] = [];
      const names: Record<string, string> = { '#summary': 'summary' };
      const baseValues: Record<string, unknown> = {};
      if (query.status) {
        filters.push('#summary.#status = :status');
        names['#status'] = 'status';
        baseValues[':status'] = query.status;
      }
      if (query.programme) {
        filters.push('contains(#summary.programmes, :programme)');
        baseValues[':programme'] = query.programme;
      }
      type Found = { position: string; summary: ApplicationSummary };
      /** One township's next matches after `after`; `stoppedAt` when it was not read to the end. */
      const readTownship = async (townshipCode: string) => {
        const found: Found[] = [];
        let startKey: Record<string, unknown> | undefined;
        for (let round = 0; round < 5 && found.length < query.limit; round++) {
          const page = await db.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: 'GSI1',
              KeyConditionExpression: after
                ? 'GSI1PK = :partition AND GSI1SK > :after'
                : 'GSI1PK = :partition',
              ProjectionExpression: '#summary, GSI1SK',
              ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: {
                ...baseValues,
                ':partition': `TWP#${townshipCode}#${view}`,
                ...(after ? { ':after': after } : {}),
              },
              Limit: query.limit - found.length,
              ...(startKey ? { ExclusiveStartKey: startKey } : {}),
            }),
          );
          for (const item of page.Items ?? [])
            found.push({
              position: String(item.GSI1SK),
              summary: item.summary as ApplicationSummary,
            });
          startKey = page.LastEvaluatedKey;
          if (!startKey) break;
        }
        return { found, stoppedAt: startKey ? String(startKey.GSI1SK) : undefined };
      };
      // Township by township in small batches: 33 parallel queries would be a burst.
      const results: Awaited<ReturnType<typeof readTownship>>[] = [];
      for (let i = 0; i < query.townshipCodes.length; i += 8)
        results.push(...(await Promise.all(query.townshipCodes.slice(i, i + 8).map(readTownship))));
      // Past the earliest place a township stopped reading, its items are not known yet.
      const frontier = results
        .map((r) => r.stoppedAt)
        .filter((p): p is string => p !== undefined)
        .sort()[0];
      const merged = results
        .flatMap((r) => r.found)
        .filter((f) => frontier === undefined || f.position <= frontier)
        .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
      const page = merged.slice(0, query.limit);
      const more = frontier !== undefined || merged.length > page.length;
      const last = page.at(-1)?.position ?? frontier;
      return {
        items: page.map((f) => f.summary),
        ...(more && last ? { cursor: encodeCityCursor(view, last) } : {}),
      };
    },

    /**
     * Every open summary of a township: today's workload, whose size does not grow
     * with closed cases (the dashboard's "overdue now" and open lines' standing).
     */
    openSummaries(townshipCode: string): Promise<ApplicationSummary[]> {
      return this.allSummaries(townshipCode, [true]);
    },

    /** Every summary of a township, open and closed, for its export (and to check the counters). */
    async allSummaries(
      townshipCode: string,
      views: readonly boolean[] = [true, false],
    ): Promise<ApplicationSummary[]> {
      const all: ApplicationSummary[] = [];
      for (const open of views) {
        let cursor: string | undefined;
        do {
          const page: QueuePage = await this.queue({ townshipCode, open, limit: 500, cursor });
          all.push(...page.items);
          cursor = page.cursor;
        } while (cursor);
      }
      return all;
    },

    claims: {
      /**
       * Claims (person, programme) for `reference`, pending until its application is
       * written. A claim already there is returned as found, for the caller to judge
       * (claims.ts); one past its TTL counts as absent (DynamoDB deletes late).
       */
      async claim(
        personHash: string,
        programme: ProgrammeId,
        reference: string,
        at: Date,
      ): Promise<{ held: true } | { held: false; claim: StoredClaim }> {
        const item = {
          ...claimKey(personHash, programme),
          reference,
          claimedAt: at.toISOString(),
          state: 'pending',
          expiresAt: Math.floor(at.getTime() / 1000) + pendingClaimTtlSeconds,
        };
        const put = await putUnlessHeld(item, at, () => readClaim(personHash, programme, at));
        return put.written ? { held: true } : { held: false, claim: put.holder };
      },

      /** Takes over a stale claim, only if it is still exactly the one judged stale. */
      async takeOver(
        personHash: string,
        programme: ProgrammeId,
        stale: StoredClaim,
        reference: string,
        at: Date,
      ): Promise<boolean> {
        const values: Record<string, unknown> = { ':stale': stale.reference };
        if (stale.claimedAt) values[':claimedAt'] = stale.claimedAt;
        try {
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: {
                ...claimKey(personHash, programme),
                reference,
                claimedAt: at.toISOString(),
                state: 'pending',
                expiresAt: Math.floor(at.getTime() / 1000) + pendingClaimTtlSeconds,
              },
              ConditionExpression: `#reference = :stale AND ${
                stale.claimedAt ? 'claimedAt = :claimedAt' : 'attribute_not_exists(claimedAt)'
              }`,
              ExpressionAttributeNames: { '#reference': 'reference' },
              ExpressionAttributeValues: values,
            }),
          );
          return true;
        } catch (error) {
          if (isConditionFailure(error)) return false;
          throw error;
        }
      },

      /** The application is written: the claim is held, and no longer expires. */
      async confirm(personHash: string, programme: ProgrammeId, reference: string): Promise<void> {
        try {
          await db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: claimKey(personHash, programme),
              UpdateExpression: 'SET #state = :held REMOVE expiresAt',
              ConditionExpression: '#reference = :reference',
              ExpressionAttributeNames: { '#state': 'state', '#reference': 'reference' },
              ExpressionAttributeValues: { ':held': 'held', ':reference': reference },
            }),
          );
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      },

      /** Frees (person, programme), only if `reference` still holds it. */
      async release(personHash: string, programme: ProgrammeId, reference: string): Promise<void> {
        try {
          await db.send(
            new DeleteCommand({
              TableName: tableName,
              Key: claimKey(personHash, programme),
              ConditionExpression: '#reference = :reference',
              ExpressionAttributeNames: { '#reference': 'reference' },
              ExpressionAttributeValues: { ':reference': reference },
            }),
          );
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      },

      /** The claim on (person, programme), if any (for tests and diagnosis). */
      read: (personHash: string, programme: ProgrammeId) => readClaim(personHash, programme),
    },

    idempotency: {
      /**
       * Starts a request under `key` with its plan (the reference and access code it
       * will use) and a lease; when the key is already in use, returns what is stored.
       */
      async begin(
        key: string,
        requestHash: string,
        plan: SubmissionPlan,
        at: Date,
      ): Promise<{ started: true } | { started: false; record: IdempotencyRecord }> {
        const nowSeconds = Math.floor(at.getTime() / 1000);
        const item = {
          ...idempotencyKey(key),
          state: 'in-progress',
          requestHash,
          plan,
          leaseUntil: nowSeconds + submissionLeaseSeconds,
          expiresAt: nowSeconds + keepIdempotencyRecordsSeconds,
        };
        const put = await putUnlessHeld(item, at, () => this.read(key, at));
        return put.written ? { started: true } : { started: false, record: put.holder };
      },

      /**
       * Takes over a request whose lease ran out (its process died): renews the lease and
       * returns the plan to carry on with — the first attempt's, so a retry ends with the
       * same application. Null if someone else took it over or finished it first.
       */
      async takeOver(
        key: string,
        expired: IdempotencyRecord,
        fallbackPlan: SubmissionPlan,
        at: Date,
      ): Promise<SubmissionPlan | null> {
        const nowSeconds = Math.floor(at.getTime() / 1000);
        const values: Record<string, unknown> = {
          ':inProgress': 'in-progress',
          ':lease': nowSeconds + submissionLeaseSeconds,
          ':plan': fallbackPlan,
        };
        if (expired.leaseUntil !== undefined) values[':old'] = expired.leaseUntil;
        try {
          const updated = await db.send(
            new UpdateCommand({
              TableName: tableName,
              Key: idempotencyKey(key),
              UpdateExpression: 'SET leaseUntil = :lease, #plan = if_not_exists(#plan, :plan)',
              ConditionExpression: `#state = :inProgress AND ${
                expired.leaseUntil === undefined
                  ? 'attribute_not_exists(leaseUntil)'
                  : 'leaseUntil = :old'
              }`,
              ExpressionAttributeNames: { '#state': 'state', '#plan': 'plan' },
              ExpressionAttributeValues: values,
              ReturnValues: 'ALL_NEW',
            }),
          );
          return (updated.Attributes?.plan as SubmissionPlan | undefined) ?? fallbackPlan;
        } catch (error) {
          if (isConditionFailure(error)) return null;
          throw error;
        }
      },

      async read(key: string, at: Date): Promise<IdempotencyRecord | null> {
        const found = await db.send(
          new GetCommand({ TableName: tableName, Key: idempotencyKey(key), ConsistentRead: true }),
        );
        const item = found.Item;
        const nowSeconds = Math.floor(at.getTime() / 1000);
        if (!item || (typeof item.expiresAt === 'number' && item.expiresAt < nowSeconds))
          return null;
        return {
          state: item.state === 'done' ? 'done' : 'in-progress',
          requestHash: String(item.requestHash),
          ...(typeof item.leaseUntil === 'number' ? { leaseUntil: item.leaseUntil } : {}),
          ...(item.plan ? { plan: item.plan as SubmissionPlan } : {}),
          ...(typeof item.status === 'number' ? { status: item.status } : {}),
          ...(item.body !== undefined ? { body: item.body } : {}),
        };
      },

      /** The first result, kept for the record's lifetime; the plan and lease go. */
      async finish(key: string, status: number, body: unknown): Promise<void> {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: idempotencyKey(key),
            UpdateExpression:
              'SET #state = :done, #status = :status, body = :body REMOVE leaseUntil, #plan',
            ExpressionAttributeNames: { '#state': 'state', '#status': 'status', '#plan': 'plan' },
            ExpressionAttributeValues: { ':done': 'done', ':status': status, ':body': body },
          }),
        );
      },

      async abandon(key: string): Promise<void> {
        await db.send(new DeleteCommand({ TableName: tableName, Key: idempotencyKey(key) }));
      },
    },

    rateLimit: {
      /** Wrong attempts counted so far for `scope` in the window (0 when none or expired). */
      async count(scope: string, window: string, nowSeconds: number): Promise<number> {
        const found = await db.send(
          new GetCommand({
            TableName: tableName,
            Key: { PK: `RL#${scope}`, SK: window },
            ConsistentRead: true,
          }),
        );
        const item = found.Item;
        if (!item || (typeof item.expiresAt === 'number' && item.expiresAt < nowSeconds)) return 0;
        return Number(item.failures ?? 0);
      },
      /** Adds one wrong attempt atomically and returns the new count. */
      async add(scope: string, window: string, expiresAt: number): Promise<number> {
        const updated = await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { PK: `RL#${scope}`, SK: window },
            UpdateExpression: 'ADD failures :one SET expiresAt = :expiresAt',
            ExpressionAttributeValues: { ':one': 1, ':expiresAt': expiresAt },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        return Number(updated.Attributes?.failures ?? 1);
      },
    },
  };
}

export type ApplicationRepository = ReturnType<typeof createApplicationRepository>;
