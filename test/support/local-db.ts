import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  type DynamoEngine,
  ensureTableOn,
  openDynamoEngine,
} from '../../functions/local/dynamo-engine.ts';
import {
  createDocumentClient,
  dynamoRegionOf,
  localEngineCredentials,
} from '../../functions/store/dynamo-client.ts';
import type { TableSetup } from '../../functions/store/ensure-table.ts';

export interface TestDatabase {
  readonly engine: DynamoEngine;
  readonly db: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The table's region: stub AWS_REGION to this for code that builds its own client. */
  readonly region: string;
  readonly timeToLive: TableSetup['timeToLive'];
  close(): Promise<void>;
}

/**
 * The engine the tests run on: DYNAMODB_ENDPOINT when set (DynamoDB Local through
 * `npm run test:integration:dynamodb-local`), else dynalite in memory on a free port.
 */
export function testEngineEndpoint(): string | undefined {
  return process.env.DYNAMODB_ENDPOINT || undefined;
}

/**
 * A table name of its own, so test files can run in parallel on one external engine
 * (DynamoDB names: 3–255 of [A-Za-z0-9_.-]).
 */
export function uniqueTableName(prefix = 'puning-test'): string {
  return `${prefix}-${randomUUID().slice(0, 13)}`;
}

/**
 * A real DynamoDB engine with the table: an embedded one per call, or the external one,
 * where the table is deleted again on close. The region follows AWS_REGION as the
 * functions' own configuration does, so stub AWS_REGION before calling to put the table
 * in another region.
 */
export async function startTestDatabase(tableName = uniqueTableName()): Promise<TestDatabase> {
  const engine = await openDynamoEngine({ externalEndpoint: testEngineEndpoint() });
  const region = dynamoRegionOf(process.env);
  const setup = await ensureTableOn(engine, region, tableName);
  const db = createDocumentClient({ region, endpoint: engine.endpoint });
  return {
    engine,
    db,
    tableName,
    region,
    timeToLive: setup.timeToLive,
    close: async () => {
      db.destroy();
      if (engine.kind === 'external') await deleteTable(engine.endpoint, region, tableName);
      await engine.close();
    },
  };
}

async function deleteTable(endpoint: string, region: string, tableName: string) {
  const admin = new DynamoDBClient({ region, endpoint, credentials: localEngineCredentials });
  try {
    await admin.send(new DeleteTableCommand({ TableName: tableName }));
  } finally {
    admin.destroy();
  }
}
