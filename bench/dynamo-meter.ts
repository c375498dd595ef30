import {
  type AttributeValue,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from '../functions/store/table-definition.ts';

/**
 * Counts what DynamoDB would bill for every call a document client makes, by item
 * size, the way DynamoDB computes it (the embedded engine, dynalite, does not count
 * index writes and sizes strings by characters, not UTF-8 bytes):
 *
 * - writes: 1 WRU per started KB of the larger of the item before and after (a failed
 *   condition still costs the item's size, at least 1), plus each global secondary
 *   index entry written: 1 write when an item enters or leaves an index or changes
 *   its projected attributes, 2 when its index key changes, none when the entry stays
 *   the same;
 * - reads: 1 RRU per started 4 KB for a strongly consistent read, half for an
 *   eventually consistent one (every index query); a query pays for the total size of
 *   the items it evaluated (before any filter), a get for the whole item even when it
 *   projects fewer attributes, and a missing item still costs 1 (or 0.5).
 *
 * The before and after images and the evaluated query items are read with a second,
 * unmetered client; the time those side reads take is kept apart (`sideMs`) so the
 * caller can subtract it from the durations it measures.
 */
export interface DynamoUsage {
  reads: number;
  writes: number;
  /** Read request units, table and indexes. */
  rru: number;
  /** Write request units, table only. */
  wru: number;
  /** Write request units of index entries, per index. */
  gsiWru: Record<string, number>;
  /** Calls by operation, e.g. GetItem: 12. */
  operations: Record<string, number>;
}

export const emptyUsage = (): DynamoUsage => ({
  reads: 0,
  writes: 0,
  rru: 0,
  wru: 0,
  gsiWru: {},
  operations: {},
});

type Item = Record<string, AttributeValue>;

/** Bytes of a number as DynamoDB stores it: 1 byte per two significant digits, plus 1. */
function numberSize(text: string): number {
  const digits = text
    .replace(/^-/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S, 'utf8');
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS) return value.SS.reduce((sum, s) => sum + Buffer.byteLength(s, 'utf8'), 0);
  if (value.NS) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if (value.BS) return value.BS.reduce((sum, b) => sum + b.byteLength, 0);
  // Lists and maps: 3 bytes, plus 1 byte per element (and a map's key names).
  if (value.L) return 3 + value.L.reduce((sum, v) => sum + 1 + valueSize(v), 0);
  if (value.M) return 3 + itemSize(value.M) + Object.keys(value.M).length;
  return 0;
}

/** An item's size: attribute names (UTF-8) plus values. */
export function itemSize(item: Item | undefined): number {
  if (!item) return 0;
  let size = 0;
  for (const [name, value] of Object.entries(item))
    size += Buffer.byteLength(name, 'utf8') + valueSize(value);
  return size;
}

const writeUnits = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));
const readUnits = (bytes: number, consistent: boolean) =>
  Math.max(1, Math.ceil(bytes / 4096)) * (consistent ? 1 : 0.5);

/** The entry an item has in an index (its keys and projected attributes), or null. */
function indexEntry(
  item: Item | undefined,
  index: (typeof tableDefinition.globalSecondaryIndexes)[number],
): Item | null {
  if (!item?.[index.partitionKey] || !item[index.sortKey]) return null;
  const entry: Item = {};
  for (const name of [
    tableDefinition.partitionKey,
    tableDefinition.sortKey,
    index.partitionKey,
    index.sortKey,
    ...index.projection,
  ]) {
    const value = item[name];
    if (value) entry[name] = value;
  }
  return entry;
}

function indexWriteUnits(before: Item | undefined, after: Item | undefined) {
  const units: Record<string, number> = {};
  for (const index of tableDefinition.globalSecondaryIndexes) {
    const old = indexEntry(before, index);
    const next = indexEntry(after, index);
    let n = 0;
    if (!old && next) n = writeUnits(itemSize(next));
    else if (old && !next) n = writeUnits(itemSize(old));
    else if (old && next) {
      const key = (e: Item) => JSON.stringify([e[index.partitionKey], e[index.sortKey]]);
      if (key(old) !== key(next)) n = writeUnits(itemSize(old)) + writeUnits(itemSize(next));
      else if (JSON.stringify(old) !== JSON.stringify(next)) n = writeUnits(itemSize(next));
    }
    if (n > 0) units[index.name] = n;
  }
  return units;
}

/**
 * Bytes an item occupies in storage: the item and each of its index entries, with the
 * 100 bytes of overhead DynamoDB adds to every one.
 */
export function storedSize(item: Item | undefined): number {
  if (!item) return 0;
  let size = itemSize(item) + 100;
  for (const index of tableDefinition.globalSecondaryIndexes) {
    const entry = indexEntry(item, index);
    if (entry) size += itemSize(entry) + 100;
  }
  return size;
}

const writeOperations = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand']);
const readOperations = new Set(['GetItemCommand', 'QueryCommand']);

export interface DynamoMeter {
  /** A document client that bills every call to the current account. */
  readonly db: DynamoDBDocumentClient;
  /** Who pays for the calls made from now on (e.g. the function name). */
  charge(account: string): void;
  usage(account: string): DynamoUsage;
  readonly accounts: () => readonly string[];
  /** Milliseconds spent in the meter's own side reads since the last `takeSideMs`. */
  takeSideMs(): number;
  /** The current stored item under a key (unmetered). */
  peek(key: Item): Promise<Item | undefined>;
  destroy(): void;
}

export function createDynamoMeter(options: { endpoint: string; tableName: string }): DynamoMeter {
  const config = {
    region: 'cn-north-1',
    endpoint: options.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  const client = new DynamoDBClient(config);
  const side = new DynamoDBClient(config);
  const usages = new Map<string, DynamoUsage>();
  let account = 'unattributed';
  let sideMs = 0;
  const current = () => {
    const known = usages.get(account);
    if (known) return known;
    const fresh = emptyUsage();
    usages.set(account, fresh);
    return fresh;
  };
  async function timed<T>(work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      sideMs += performance.now() - started;
    }
  }
  const peek = (key: Item) =>
    timed(async () => {
      const found = await side.send(
        new GetItemCommand({ TableName: options.tableName, Key: key, ConsistentRead: true }),
      );
      return found.Item;
    });
  const keyOf = (item: Item): Item => {
    const pk = item[tableDefinition.partitionKey];
    const sk = item[tableDefinition.sortKey];
    if (!pk || !sk) throw new Error('item without its table key');
    return { [tableDefinition.partitionKey]: pk, [tableDefinition.sortKey]: sk };
  };

  /** The items a query evaluated: the same query without projection or filter. */
  const evaluated = (input: QueryCommandInput) =>
    timed(async () => {
      const {
        ProjectionExpression: _p,
        FilterExpression,
        ExpressionAttributeNames,
        ExpressionAttributeValues,
        ...rest
      } = input;
      // Keep only the names and values the key condition uses.
      const used = (map: Record<string, unknown> | undefined) =>
        map
          ? Object.fromEntries(
              Object.entries(map).filter(([k]) => input.KeyConditionExpression?.includes(k)),
            )
          : undefined;
      const names = used(ExpressionAttributeNames) as Record<string, string> | undefined;
      const values = used(ExpressionAttributeValues) as Item | undefined;
      void FilterExpression;
      const page = await side.send(
        new QueryCommand({
          ...rest,
          ...(names && Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
          ...(values && Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
        }),
      );
      return page.Items ?? [];
    });

  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = context.commandName ?? 'unknown';
      const input = args.input as Record<string, unknown>;
      const u = current();
      u.operations[operation] = (u.operations[operation] ?? 0) + 1;
      if (writeOperations.has(operation)) {
        u.writes++;
        const key =
          operation === 'PutItemCommand' ? keyOf(input.Item as Item) : (input.Key as Item);
        const before = await peek(key);
        try {
          const result = await next(args);
          const after = operation === 'DeleteItemCommand' ? undefined : await peek(key);
          u.wru += writeUnits(Math.max(itemSize(before), itemSize(after)));
          for (const [index, n] of Object.entries(indexWriteUnits(before, after)))
            u.gsiWru[index] = (u.gsiWru[index] ?? 0) + n;
          return result;
        } catch (error) {
          // A failed condition still consumes the item's size in write units.
          u.wru += writeUnits(itemSize(before));
          throw error;
        }
      }
      if (readOperations.has(operation)) {
        u.reads++;
        const result = await next(args);
        if (operation === 'GetItemCommand') {
          const item = await peek(input.Key as Item);
          u.rru += readUnits(itemSize(item), input.ConsistentRead === true);
        } else {
          const items = await evaluated(input as unknown as QueryCommandInput);
          const bytes = items.reduce((sum, item) => sum + itemSize(item), 0);
          u.rru += readUnits(bytes, input.ConsistentRead === true && !input.IndexName);
        }
        return result;
      }
      return next(args);
    },
    // After the document client has marshalled the input (serialize step).
    { step: 'build', name: 'benchCostMeter' },
  );

  return {
    db: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    charge: (name) => {
      account = name;
    },
    usage: (name) => usages.get(name) ?? emptyUsage(),
    accounts: () => [...usages.keys()],
    takeSideMs: () => {
      const ms = sideMs;
      sideMs = 0;
      return ms;
    },
    peek,
    destroy: () => {
      client.destroy();
      side.destroy();
    },
  };
}
