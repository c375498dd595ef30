import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '../../functions/local/embedded-dynamo.ts';
import { createDocumentClient } from '../../functions/store/dynamo-client.ts';
import { ensureTable } from '../../functions/store/ensure-table.ts';

export interface TestDatabase {
  readonly engine: EmbeddedDynamo;
  readonly db: DynamoDBDocumentClient;
  readonly tableName: string;
  close(): Promise<void>;
}

/** A real embedded DynamoDB engine (dynalite, in memory, random port) with the table. */
export async function startTestDatabase(tableName = 'puning-test'): Promise<TestDatabase> {
  const engine = await startEmbeddedDynamo();
  const region = 'cn-north-1';
  const admin = new DynamoDBClient({
    region,
    endpoint: engine.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(admin, tableName);
  admin.destroy();
  const db = createDocumentClient({ region, endpoint: engine.endpoint });
  return {
    engine,
    db,
    tableName,
    close: async () => {
      db.destroy();
      await engine.close();
    },
  };
}
