import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTableOn } from '../../../functions/local/dynamo-engine.ts';
import { localEngineCredentials } from '../../../functions/store/dynamo-client.ts';
import { tableDefinition } from '../../../functions/store/table-definition.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';

// The table as `npm start` and the tests make it, on whichever engine they run
// (dynalite, or DynamoDB Local through `npm run test:integration:dynamodb-local`).

let database: TestDatabase;
let admin: DynamoDBClient;

beforeAll(async () => {
  database = await startTestDatabase();
  admin = new DynamoDBClient({
    region: database.region,
    endpoint: database.engine.endpoint,
    credentials: localEngineCredentials,
  });
});
afterAll(async () => {
  admin.destroy();
  await database.close();
});

describe('the table on the test engine', () => {
  it('has the keys, indexes and projections the CDK stack gives it', async () => {
    const { Table: table } = await admin.send(
      new DescribeTableCommand({ TableName: database.tableName }),
    );
    expect(table?.TableStatus).toBe('ACTIVE');
    expect(table?.KeySchema).toEqual([
      { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
    ]);
    const indexes = (table?.GlobalSecondaryIndexes ?? [])
      .map((index) => ({
        name: index.IndexName,
        keys: index.KeySchema?.map((key) => key.AttributeName),
        projected: [...(index.Projection?.NonKeyAttributes ?? [])],
      }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name)));
    expect(indexes).toEqual(
      tableDefinition.globalSecondaryIndexes.map((index) => ({
        name: index.name,
        keys: [index.partitionKey, index.sortKey],
        projected: [...index.projection],
      })),
    );
  });

  it('expires items by expiresAt where the engine has TTL, and says so where it has not', async () => {
    if (database.engine.kind === 'embedded') {
      // dynalite has no TTL operations; readers treat expired items as absent (§4).
      expect(database.timeToLive).toBe('unsupported');
      return;
    }
    expect(database.timeToLive).toBe('enabled');
    const { TimeToLiveDescription: ttl } = await admin.send(
      new DescribeTimeToLiveCommand({ TableName: database.tableName }),
    );
    expect(ttl).toEqual({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: tableDefinition.timeToLiveAttribute,
    });
  });

  it('is made once: starting again on the same engine keeps the table and its items', async () => {
    const item = { PK: 'TEST#again', SK: 'TEST', note: 'kept' };
    await database.db.send(new PutCommand({ TableName: database.tableName, Item: item }));
    const again = await ensureTableOn(database.engine, database.region, database.tableName);
    expect(again).toEqual({ created: false, timeToLive: database.timeToLive });
    const found = await database.db.send(
      new GetCommand({ TableName: database.tableName, Key: { PK: item.PK, SK: item.SK } }),
    );
    expect(found.Item).toEqual(item);
  });
});
