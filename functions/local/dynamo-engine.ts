import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { localEngineCredentials } from '../store/dynamo-client.ts';
import { ensureTable, type TableSetup } from '../store/ensure-table.ts';
import { startEmbeddedDynamo } from './embedded-dynamo.ts';

export interface DynamoEngine {
  /** e.g. http://127.0.0.1:41234 */
  readonly endpoint: string;
  /** Embedded (dynalite, started here) or external (DYNAMODB_ENDPOINT, left running). */
  readonly kind: 'embedded' | 'external';
  /** Stops the embedded engine; leaves an external one alone. */
  close(): Promise<void>;
}

/**
 * The engine `npm start` and the tests use: the external one at `externalEndpoint`
 * when given (DynamoDB Local, say), otherwise dynalite on a free loopback port,
 * persisted in `dataFolder` or in memory.
 */
export async function openDynamoEngine(options: {
  readonly externalEndpoint?: string | undefined;
  readonly dataFolder?: string | undefined;
}): Promise<DynamoEngine> {
  if (options.externalEndpoint) {
    return { endpoint: options.externalEndpoint, kind: 'external', close: async () => {} };
  }
  const embedded = await startEmbeddedDynamo(options.dataFolder);
  return { endpoint: embedded.endpoint, kind: 'embedded', close: () => embedded.close() };
}

/** Creates the table on the engine (same definition as the CDK stack) unless it exists. */
export async function ensureTableOn(
  engine: Pick<DynamoEngine, 'endpoint'>,
  region: string,
  tableName: string,
): Promise<TableSetup> {
  const admin = new DynamoDBClient({
    region,
    endpoint: engine.endpoint,
    credentials: localEngineCredentials,
  });
  try {
    return await ensureTable(admin, tableName);
  } finally {
    admin.destroy();
  }
}
