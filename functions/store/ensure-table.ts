import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { tableDefinition } from './table-definition.ts';

export interface TableSetup {
  /** False when the table was there already (a persisted or shared engine). */
  readonly created: boolean;
  /**
   * Whether the engine expires items by `expiresAt`. dynalite has no TTL at all
   * ('unsupported'); readers treat an expired item as absent either way (decisions §4).
   */
  readonly timeToLive: 'enabled' | 'unsupported';
}

/**
 * Creates the table and its indexes from the same definition the CDK stack uses,
 * unless it exists already, and turns its TTL on where the engine has one. Only for
 * local and test engines: in AWS the stack owns the table.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<TableSetup> {
  const created = await createTable(client, tableName);
  // An engine may answer CREATING first (a real endpoint, DynamoDB Local with
  // -delayTransientStatuses); nothing can use the table before it is ACTIVE.
  await waitUntilTableExists(
    { client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 },
    { TableName: tableName },
  );
  return { created, timeToLive: await enableTimeToLive(client, tableName) };
}

async function createTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const { partitionKey, sortKey, globalSecondaryIndexes } = tableDefinition;
  const keyNames = [
    partitionKey,
    sortKey,
    ...globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: partitionKey, KeyType: 'HASH' },
          { AttributeName: sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: globalSecondaryIndexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection:
            index.projection.length > 0
              ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection] }
              : { ProjectionType: 'KEYS_ONLY' },
        })),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ResourceInUseException) return false;
    throw error;
  }
}

/** TTL on `expiresAt`, as in the stack; an engine without the operation is said so. */
async function enableTimeToLive(
  client: DynamoDBClient,
  tableName: string,
): Promise<TableSetup['timeToLive']> {
  const attribute = tableDefinition.timeToLiveAttribute;
  try {
    const { TimeToLiveDescription: current } = await client.send(
      new DescribeTimeToLiveCommand({ TableName: tableName }),
    );
    const on = current?.TimeToLiveStatus === 'ENABLED' || current?.TimeToLiveStatus === 'ENABLING';
    if (on && current?.AttributeName === attribute) return 'enabled';
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: attribute, Enabled: true },
      }),
    );
    return 'enabled';
  } catch (error) {
    if (error instanceof Error && error.name === 'UnknownOperationException') return 'unsupported';
    throw error;
  }
}
