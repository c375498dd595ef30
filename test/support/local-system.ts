import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type LocalSystem,
  type LocalSystemOptions,
  startLocalSystem,
} from '../../functions/local/local-system.ts';
import { dynamoRegionOf, localEngineCredentials } from '../../functions/store/dynamo-client.ts';
import { testEngineEndpoint, uniqueTableName } from './local-db.ts';

/**
 * `npm start`'s system for a test, on the tests' engine (DYNAMODB_ENDPOINT or
 * dynalite) with a table of its own unless one is named; on an external engine the
 * table is deleted on close unless it was named (a restart test reuses it).
 */
export async function startTestSystem(options: LocalSystemOptions): Promise<LocalSystem> {
  const external = testEngineEndpoint();
  const system = await startLocalSystem({
    ...options,
    tableName: options.tableName ?? uniqueTableName('puning-system'),
    dynamoEndpoint: external,
    region: dynamoRegionOf(process.env),
  });
  if (!external || options.tableName) return system;
  return {
    ...system,
    close: async () => {
      await system.close();
      const admin = new DynamoDBClient({
        region: system.region,
        endpoint: external,
        credentials: localEngineCredentials,
      });
      try {
        await admin.send(new DeleteTableCommand({ TableName: system.tableName }));
      } finally {
        admin.destroy();
      }
    },
  };
}
