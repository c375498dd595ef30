import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ApplicationInput } from '../domain/application/application-input.ts';
import type { ApplicationState } from '../domain/application/states.ts';
import type { LocalizedText } from '../domain/locale.ts';
import type { ProgrammeId } from '../domain/policy/programmes.ts';

/**
 * The DynamoDB single table for applications: the only code that knows its keys.
 * Every write is one item with a condition (dynalite has no transactions):
 * - `APP#<reference>/APP`: the application with its history and outbox inside;
 * - `IDEM#<key>/IDEM`: an idempotency record (TTL) so a retried submission returns the
 *   first result;
 * - `PER#<hmac>/OPEN#<programme>`: a claim that the person has an open application for
 *   a programme, so a second one is refused without any scan;
 * - `RL#<scope>#<id>/<window>`: wrong-access-code counters (TTL).
 */
export interface HistoryEvent {
  readonly at: string;
  readonly by: 'applicant' | 'township' | 'city' | 'system';
  readonly action: string;
  readonly from: ApplicationState | null;
  readonly to: ApplicationState;
  readonly reason?: string;
  readonly note?: LocalizedText;
  readonly rulesVersion: string;
  /** Shown to the applicant on the status page. */
  readonly visibleToApplicant: boolean;
}

export interface OutboxMessage {
  readonly id: string;
  readonly channel: 'sms' | 'email' | 'staff';
  readonly template: string;
  readonly locale: 'zh-CN' | 'en';
  readonly params: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly status: 'pending';
}

export interface DocumentRecord {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly size: number;
  readonly requestedAt: string;
}

export interface ApplicationRecord {
  readonly reference: string;
  readonly status: ApplicationState;
  readonly townshipCode: string;
  readonly priority: 'emergency' | 'normal';
  readonly programmes: readonly ProgrammeId[];
  readonly submittedAt: string;
  readonly dueAt: string;
  readonly version: number;
  readonly locale: 'zh-CN' | 'en';
  readonly personHash: string;
  readonly accessCode: { readonly salt: string; readonly hash: string };
  readonly consent: {
    readonly version: string;
    readonly textHash: string;
    readonly consentedAt: string;
  };
  readonly rulesVersion: string;
  readonly application: ApplicationInput;
  readonly history: readonly HistoryEvent[];
  readonly outbox: readonly OutboxMessage[];
  /** Supporting documents the applicant was given an upload for (newest last). */
  readonly documents?: readonly DocumentRecord[];
}

const appKey = (reference: string) => ({ PK: `APP#${reference}`, SK: 'APP' });
const claimKey = (personHash: string, programme: ProgrammeId) => ({
  PK: `PER#${personHash}`,
  SK: `OPEN#${programme}`,
});

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

function outboxKeys(record: Pick<ApplicationRecord, 'outbox' | 'reference'>) {
  const first = record.outbox[0];
  if (!first) return {};
  // Four shards spread the sweep's reads; the reference picks one stably.
  const shard = [...record.reference].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 4;
  return { GSI3PK: `OUTBOX#${shard}`, GSI3SK: `${first.createdAt}#${record.reference}` };
}

/** The stored item: the record plus the keys of the indexes it belongs to. */
function applicationItem(record: ApplicationRecord, open: boolean) {
  return {
    ...appKey(record.reference),
    ...queueKeys(record, open),
    GSI2PK: `PER#${record.personHash}`,
    GSI2SK: record.submittedAt,
    ...outboxKeys(record),
    version: record.version,
    record,
  };
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

export function createApplicationRepository(db: DynamoDBDocumentClient, tableName: string) {
  const isConditionFailure = (error: unknown) => error instanceof ConditionalCheckFailedException;

  return {
    async get(reference: string): Promise<ApplicationRecord | null> {
      const found = await db.send(
        new GetCommand({ TableName: tableName, Key: appKey(reference), ConsistentRead: true }),
      );
      return (found.Item?.record as ApplicationRecord | undefined) ?? null;
    },

    /** Writes a new application; false if the reference already exists. */
    async create(record: ApplicationRecord, open: boolean): Promise<boolean> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: applicationItem(record, open),
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Replaces the application if its version is still `expectedVersion` (optimistic lock). */
    async update(record: ApplicationRecord, expectedVersion: number, open: boolean): Promise<void> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: applicationItem(record, open),
            ConditionExpression: 'version = :expected',
            ExpressionAttributeValues: { ':expected': expectedVersion },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new ConflictError('The application changed meanwhile');
        throw error;
      }
    },

    /** Claims (person, programme); returns the reference already holding it, if any. */
    async claim(
      personHash: string,
      programme: ProgrammeId,
      reference: string,
    ): Promise<string | null> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...claimKey(personHash, programme), reference },
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        );
        return null;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const held = await db.send(
          new GetCommand({
            TableName: tableName,
            Key: claimKey(personHash, programme),
            ConsistentRead: true,
          }),
        );
        return (held.Item?.reference as string | undefined) ?? '';
      }
    },

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

    idempotency: {
      /** Starts a request under `key`; false when the key is already in use. */
      async begin(
        key: string,
        requestHash: string,
        expiresAt: number,
        nowSeconds: number,
      ): Promise<boolean> {
        try {
          await db.send(
            new PutCommand({
              TableName: tableName,
              Item: { PK: `IDEM#${key}`, SK: 'IDEM', state: 'in-progress', requestHash, expiresAt },
              ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
              ExpressionAttributeValues: { ':now': nowSeconds },
            }),
          );
          return true;
        } catch (error) {
          if (isConditionFailure(error)) return false;
          throw error;
        }
      },
      async read(
        key: string,
        nowSeconds: number,
      ): Promise<{
        state: 'in-progress' | 'done';
        requestHash: string;
        status?: number;
        body?: unknown;
      } | null> {
        const found = await db.send(
          new GetCommand({
            TableName: tableName,
            Key: { PK: `IDEM#${key}`, SK: 'IDEM' },
            ConsistentRead: true,
          }),
        );
        const item = found.Item;
        if (!item || (typeof item.expiresAt === 'number' && item.expiresAt < nowSeconds))
          return null;
        return item as {
          state: 'in-progress' | 'done';
          requestHash: string;
          status?: number;
          body?: unknown;
        };
      },
      async finish(key: string, status: number, body: unknown): Promise<void> {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { PK: `IDEM#${key}`, SK: 'IDEM' },
            UpdateExpression: 'SET #state = :done, #status = :status, body = :body',
            ExpressionAttributeNames: { '#state': 'state', '#status': 'status' },
            ExpressionAttributeValues: { ':done': 'done', ':status': status, ':body': body },
          }),
        );
      },
      async abandon(key: string): Promise<void> {
        await db.send(
          new DeleteCommand({ TableName: tableName, Key: { PK: `IDEM#${key}`, SK: 'IDEM' } }),
        );
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
