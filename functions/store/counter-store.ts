import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  complaintTallyKey,
  type LeadTallyRow,
  leadTallyKey,
} from '../domain/reports/report-tallies.ts';
import { type CounterContribution, counterPartition, stockKey } from '../domain/staff/counters.ts';
import type { FlowRow, StockRow } from '../domain/staff/dashboard-from-counters.ts';

export type { FlowRow, StockRow } from '../domain/staff/dashboard-from-counters.ts';

/**
 * The dashboard's counter items (PK `COUNTERS`; keys and attributes in
 * functions/domain/staff/counters.ts). Figures are plain numbers; `drains` counts the
 * changes applied to an item, so the reconcile job can overwrite it only if none came
 * meanwhile. Reads are by key or one key range: a handful of items whatever the
 * number of applications.
 */
const bookkeeping = new Set(['PK', 'SK', 'drains', 'updatedAt']);

function figuresOf(item: Record<string, unknown>): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const [name, value] of Object.entries(item))
    if (!bookkeeping.has(name) && typeof value === 'number') figures[name] = value;
  return figures;
}

/** The update that adds one item's part of a delta (and counts the change). */
export function counterUpdate(
  tableName: string,
  key: string,
  figures: Readonly<Record<string, number>>,
  at: Date,
) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':one': 1, ':at': at.toISOString() };
  const adds = Object.entries(figures).map(([attribute, amount], i) => {
    names[`#a${i}`] = attribute;
    values[`:v${i}`] = amount;
    return `#a${i} :v${i}`;
  });
  return {
    TableName: tableName,
    Key: { PK: counterPartition, SK: key },
    UpdateExpression: `ADD ${[...adds, 'drains :one'].join(', ')} SET updatedAt = :at`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

const sortedRows = <T extends { townshipCode: string }>(rows: T[]) =>
  rows.sort((a, b) => a.townshipCode.localeCompare(b.townshipCode));

export function createCounterStore(db: DynamoDBDocumentClient, tableName: string) {
  async function queryAll(from: string, to: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': counterPartition, ':from': from, ':to': to },
          ConsistentRead: true,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  async function getMany(keys: readonly string[]): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < keys.length; i += 100) {
      let pending: Record<string, unknown>[] | undefined = keys
        .slice(i, i + 100)
        .map((SK) => ({ PK: counterPartition, SK }));
      for (let round = 0; pending && pending.length > 0; round++) {
        if (round > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** Math.min(round, 5)));
        const page = await db.send(
          new BatchGetCommand({
            RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } },
          }),
        );
        items.push(...(page.Responses?.[tableName] ?? []));
        pending = page.UnprocessedKeys?.[tableName]?.Keys as Record<string, unknown>[] | undefined;
      }
    }
    return items;
  }

  return {
    /** Each township's stock figures now (all townships when none are named). */
    async readStock(townships?: readonly string[]): Promise<StockRow[]> {
      const items = townships
        ? await getMany(townships.map(stockKey))
        : await queryAll('STOCK#', 'STOCK#\uffff');
      return sortedRows(
        items.map((item) => ({
          townshipCode: String(item.SK).slice('STOCK#'.length),
          figures: figuresOf(item),
        })),
      );
    },

    /**
     * The leads' tallies of these townships and the complaints' city tally (closed
     * leads by outcome, answered complaints; report-tallies.ts): one batch read.
     */
    async readReportTallies(townships: readonly string[]): Promise<{
      leads: LeadTallyRow[];
      complaints: Record<string, number>;
    }> {
      const items = await getMany([...townships.map(leadTallyKey), complaintTallyKey]);
      const leads: LeadTallyRow[] = [];
      let complaints: Record<string, number> = {};
      for (const item of items) {
        const key = String(item.SK);
        if (key === complaintTallyKey) complaints = figuresOf(item);
        else
          leads.push({
            townshipCode: key.slice(leadTallyKey('').length),
            figures: figuresOf(item),
          });
      }
      return { leads: sortedRows(leads), complaints };
    },

    /** Monthly flows from `fromMonth` to `toMonth` (YYYY-MM, both included), by township. */
    async readFlows(query: {
      readonly fromMonth: string;
      readonly toMonth: string;
      readonly townships?: readonly string[];
    }): Promise<FlowRow[]> {
      const items = await queryAll(`FLOW#${query.fromMonth}#`, `FLOW#${query.toMonth}#\uffff`);
      const wanted = query.townships ? new Set(query.townships) : null;
      const rows = items
        .map((item) => {
          const [, month = '', townshipCode = ''] = String(item.SK).split('#');
          return { month, townshipCode, figures: figuresOf(item) };
        })
        .filter((row) => !wanted || wanted.has(row.townshipCode));
      return rows.sort(
        (a, b) => a.month.localeCompare(b.month) || a.townshipCode.localeCompare(b.townshipCode),
      );
    },

    /**
     * Adds a delta item by item, without a transaction (the embedded engine has none):
     * a process that dies part way leaves the rest unapplied (the caller's order says
     * what that means; decisions "Counters").
     */
    async addDelta(delta: CounterContribution, at: Date): Promise<void> {
      for (const [key, figures] of Object.entries(delta))
        await db.send(new UpdateCommand(counterUpdate(tableName, key, figures, at)));
    },

    /** Every counter item: its figures and change count, by key (for the reconcile job). */
    async readAll(): Promise<Map<string, { figures: Record<string, number>; drains: number }>> {
      const items = await queryAll('FLOW#', 'STOCK#\uffff');
      return new Map(
        items.map((item) => [
          String(item.SK),
          { figures: figuresOf(item), drains: Number(item.drains ?? 0) },
        ]),
      );
    },

    /**
     * Sets a counter item to `figures`, only if no change was applied to it since the
     * reconcile job read its change count (`drains`; absent: the item did not exist).
     */
    async replace(
      key: string,
      figures: Readonly<Record<string, number>>,
      drains: number | undefined,
      at: Date,
    ): Promise<boolean> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...figures,
              PK: counterPartition,
              SK: key,
              drains: drains ?? 0,
              updatedAt: at.toISOString(),
            },
            ConditionExpression:
              drains === undefined ? 'attribute_not_exists(PK)' : 'drains = :drains',
            ...(drains === undefined ? {} : { ExpressionAttributeValues: { ':drains': drains } }),
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof Error && error.name === 'ConditionalCheckFailedException')
          return false;
        throw error;
      }
    },
  };
}

export type CounterStore = ReturnType<typeof createCounterStore>;
