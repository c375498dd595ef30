import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { closedApplicationRetention } from '../domain/application/retention.ts';
import {
  type ComplaintRecord,
  type ComplaintSummary,
  summariseComplaint,
} from '../domain/reports/complaint.ts';
import { type LeadRecord, type LeadSummary, summariseLead } from '../domain/reports/lead.ts';
import type { ReportMessage } from '../domain/reports/report-outbox.ts';
import { complaintAnsweredTally, leadClosedTally } from '../domain/reports/report-tallies.ts';
import { ConflictError } from './application-repository.ts';
import { counterUpdate } from './counter-store.ts';

/**
 * Leads (主动发现) and complaints (投诉举报) in the single table, beside applications:
 * - `LEAD#<reference>/LEAD`: a lead, in its township's queue on GSI1
 *   (`LEADS#<township>#<open|closed>` → `<dueOn>#<reference>`, the earliest visit
 *   date first); the index copies only the summary (no name, text or contact);
 * - `CMPL#<reference>/CMPL`: a complaint, in the city bureau's queue on GSI1
 *   (`CMPLS#city#<open|closed>` → `<dueOn>#<reference>`) — there is no township
 *   partition for complaints at all, so no township query can reach one;
 * - while a reporter's message waits, the item sits in GSI3's sparse partition
 *   `REPORTS#outbox` (apart from the applications' `OUTBOX#<shard>`, which their
 *   notifier reads), sorted by when it was queued.
 * Every write is one conditional put on the item's version (optimistic lock). The put
 * that moves an item from its open partition to its closed one then adds one to the
 * dashboard's tally (functions/domain/reports/report-tallies.ts): the version check lets
 * one writer only make that move, so it is counted once — or not at all if the process
 * dies between the two writes (no transaction: decisions "Counting the new kinds").
 */
const leadKey = (reference: string) => ({ PK: `LEAD#${reference}`, SK: 'LEAD' });
const complaintKey = (reference: string) => ({ PK: `CMPL#${reference}`, SK: 'CMPL' });
export const reportOutboxPartition = 'REPORTS#outbox';

const pendingOutbox = (pk: string, outbox: readonly ReportMessage[]) => {
  const pending = outbox.filter((m) => m.status === 'pending');
  if (pending.length === 0) return {};
  const since = pending.map((m) => m.nextAttemptAt ?? m.createdAt).sort()[0];
  return { GSI3PK: reportOutboxPartition, GSI3SK: `${since}#${pk}` };
};

/**
 * A closed lead or an answered complaint is kept as long as a closed application (five
 * years by default, retention.ts) and then expires (TTL): the names, the reporter's
 * mobile and the text go with it, as the contact consent says.
 */
const expiresAfter = (closedAt: string | undefined) =>
  closedAt === undefined
    ? {}
    : {
        expiresAt:
          Math.floor(Date.parse(closedAt) / 1000) +
          closedApplicationRetention.defaultDays * 24 * 60 * 60,
      };

function leadItem(lead: LeadRecord) {
  const key = leadKey(lead.reference);
  return {
    ...key,
    GSI1PK: `LEADS#${lead.townshipCode}#${lead.state === 'closed' ? 'closed' : 'open'}`,
    GSI1SK: `${lead.dueOn}#${lead.reference}`,
    summary: summariseLead(lead),
    ...pendingOutbox(key.PK, lead.outbox),
    ...expiresAfter(lead.outcome?.at),
    version: lead.version,
    record: lead,
  };
}

function complaintItem(complaint: ComplaintRecord) {
  const key = complaintKey(complaint.reference);
  return {
    ...key,
    GSI1PK: `CMPLS#city#${complaint.state === 'answered' ? 'closed' : 'open'}`,
    GSI1SK: `${complaint.dueOn}#${complaint.reference}`,
    summary: summariseComplaint(complaint),
    ...pendingOutbox(key.PK, complaint.outbox),
    ...expiresAfter(complaint.reply?.at),
    version: complaint.version,
    record: complaint,
  };
}

export interface ReportQueuePage<T> {
  readonly items: readonly T[];
  readonly cursor?: string;
}

const encodeCursor = (key: Record<string, unknown>) =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** A cursor's key, only if it belongs to `partition` (no hopping queues). */
function decodeCursor(cursor: string, partition: string): Record<string, string> | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const names = ['PK', 'SK', 'GSI1PK', 'GSI1SK'];
    const fine =
      Object.keys(key).length === 4 &&
      names.every((n) => typeof key[n] === 'string') &&
      key.GSI1PK === partition;
    return fine ? (key as Record<string, string>) : null;
  } catch {
    return null;
  }
}

export class InvalidReportCursorError extends Error {
  override readonly name = 'InvalidReportCursorError';
}

export function createReportRepository(db: DynamoDBDocumentClient, tableName: string) {
  const isConditionFailure = (error: unknown) => error instanceof ConditionalCheckFailedException;

  /** The item's previous copy ({} when new), or null if the version check failed. */
  async function put(
    item: Record<string, unknown>,
    expectedVersion: number | null,
  ): Promise<Record<string, unknown> | null> {
    try {
      const written = await db.send(
        new PutCommand({
          TableName: tableName,
          Item: item,
          ReturnValues: 'ALL_OLD',
          ...(expectedVersion === null
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : {
                ConditionExpression: 'version = :expected',
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
      return written.Attributes ?? {};
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  /** Adds one to a tally when the put moved the item out of its open partition. */
  async function tallyIfClosed(
    before: Record<string, unknown>,
    after: { GSI1PK: string },
    tally: { key: string; attribute: string },
    at: string | undefined,
  ): Promise<void> {
    const wasOpen = String(before.GSI1PK ?? '').endsWith('#open');
    if (!wasOpen || !after.GSI1PK.endsWith('#closed')) return;
    await db.send(
      new UpdateCommand(
        counterUpdate(tableName, tally.key, { [tally.attribute]: 1 }, new Date(at ?? Date.now())),
      ),
    );
  }

  async function get<T>(key: { PK: string; SK: string }): Promise<T | null> {
    const found = await db.send(
      new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
    );
    // Past its TTL it is absent (DynamoDB deletes expired items only within days).
    const expiresAt = found.Item?.expiresAt;
    if (typeof expiresAt === 'number' && expiresAt < Math.floor(Date.now() / 1000)) return null;
    return (found.Item?.record as T | undefined) ?? null;
  }

  async function queue<T>(
    partition: string,
    options: { limit: number; cursor?: string; villageCode?: string },
  ): Promise<ReportQueuePage<T>> {
    let startKey: Record<string, unknown> | undefined;
    if (options.cursor) {
      const decoded = decodeCursor(options.cursor, partition);
      if (!decoded) throw new InvalidReportCursorError('The cursor is not for this queue');
      startKey = decoded;
    }
    const items: T[] = [];
    for (let round = 0; round < 10 && items.length < options.limit; round++) {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :partition',
          ProjectionExpression: '#summary, PK, SK, GSI1PK, GSI1SK',
          ...(options.villageCode ? { FilterExpression: '#summary.villageCode = :village' } : {}),
          ExpressionAttributeNames: { '#summary': 'summary' },
          ExpressionAttributeValues: {
            ':partition': partition,
            ...(options.villageCode ? { ':village': options.villageCode } : {}),
          },
          Limit: options.limit - items.length,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of page.Items ?? []) items.push(item.summary as T);
      startKey = page.LastEvaluatedKey;
      if (!startKey) break;
    }
    return { items, ...(startKey ? { cursor: encodeCursor(startKey) } : {}) };
  }

  async function everything<T>(partition: string): Promise<T[]> {
    const all: T[] = [];
    let cursor: string | undefined;
    do {
      const page: ReportQueuePage<T> = await queue<T>(partition, { limit: 500, cursor });
      all.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return all;
  }

  const leadPartition = (townshipCode: string, open: boolean) =>
    `LEADS#${townshipCode}#${open ? 'open' : 'closed'}`;
  const complaintPartition = (open: boolean) => `CMPLS#city#${open ? 'open' : 'closed'}`;

  return {
    leads: {
      /** Writes a new lead; false if the reference is taken. */
      create: async (lead: LeadRecord) => (await put(leadItem(lead), null)) !== null,
      get: (reference: string) => get<LeadRecord>(leadKey(reference)),
      /** Replaces the lead if it is still at `expectedVersion`. */
      async update(lead: LeadRecord, expectedVersion: number): Promise<void> {
        const item = leadItem(lead);
        const before = await put(item, expectedVersion);
        if (!before) throw new ConflictError('The lead changed meanwhile');
        await tallyIfClosed(before, item, leadClosedTally(item.summary), lead.outcome?.at);
      },
      queue: (
        townshipCode: string,
        open: boolean,
        options: { limit: number; cursor?: string; villageCode?: string },
      ) => queue<LeadSummary>(leadPartition(townshipCode, open), options),
      /** A township's open leads: its workload today, however many were closed. */
      open: (townshipCode: string) => everything<LeadSummary>(leadPartition(townshipCode, true)),
      /** Every lead of a township, open and closed (for counts). */
      async all(townshipCode: string): Promise<LeadSummary[]> {
        const [open, closed] = await Promise.all([
          everything<LeadSummary>(leadPartition(townshipCode, true)),
          everything<LeadSummary>(leadPartition(townshipCode, false)),
        ]);
        return [...open, ...closed];
      },
    },
    complaints: {
      create: async (complaint: ComplaintRecord) =>
        (await put(complaintItem(complaint), null)) !== null,
      get: (reference: string) => get<ComplaintRecord>(complaintKey(reference)),
      async update(complaint: ComplaintRecord, expectedVersion: number): Promise<void> {
        const item = complaintItem(complaint);
        const before = await put(item, expectedVersion);
        if (!before) throw new ConflictError('The complaint changed meanwhile');
        await tallyIfClosed(before, item, complaintAnsweredTally, complaint.reply?.at);
      },
      queue: (open: boolean, options: { limit: number; cursor?: string }) =>
        queue<ComplaintSummary>(complaintPartition(open), options),
      /** The city's open complaints: the bureau's workload today. */
      open: () => everything<ComplaintSummary>(complaintPartition(true)),
      async all(): Promise<ComplaintSummary[]> {
        const [open, closed] = await Promise.all([
          everything<ComplaintSummary>(complaintPartition(true)),
          everything<ComplaintSummary>(complaintPartition(false)),
        ]);
        return [...open, ...closed];
      },
    },
    outbox: {
      /**
       * Applies delivery results to a lead's or complaint's messages by id, leaving its
       * version alone; re-read and re-applied when a staff change came in between.
       */
      async recordDeliveries(
        pk: string,
        patches: ReadonlyMap<string, Partial<ReportMessage>>,
      ): Promise<void> {
        const isLead = pk.startsWith('LEAD#');
        const reference = pk.slice(pk.indexOf('#') + 1);
        for (let attempt = 0; attempt < 5; attempt++) {
          const fresh = isLead
            ? await get<LeadRecord>(leadKey(reference))
            : await get<ComplaintRecord>(complaintKey(reference));
          if (!fresh) return;
          const outbox = fresh.outbox.map((m) => ({ ...m, ...(patches.get(m.id) ?? {}) }));
          const item = isLead
            ? leadItem({ ...(fresh as LeadRecord), outbox })
            : complaintItem({ ...(fresh as ComplaintRecord), outbox });
          if ((await put(item, fresh.version)) !== null) return;
        }
        throw new ConflictError('Could not record report deliveries');
      },
      /** Keys (`LEAD#…` / `CMPL#…`) of items with a reporter's message due by `now`. */
      async due(now: Date, limit: number): Promise<string[]> {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'GSI3',
            KeyConditionExpression: 'GSI3PK = :partition AND GSI3SK <= :upTo',
            ExpressionAttributeValues: {
              ':partition': reportOutboxPartition,
              ':upTo': `${now.toISOString()}#\uffff`,
            },
            ProjectionExpression: 'PK',
            Limit: limit,
          }),
        );
        return (page.Items ?? []).map((item) => String(item.PK));
      },
    },
  };
}

export type ReportRepository = ReturnType<typeof createReportRepository>;
