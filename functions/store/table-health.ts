import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from './table-definition.ts';

/**
 * One cheap read that proves the table is reachable with the function's permissions.
 * The key never exists; only the round trip matters.
 */
export async function checkTable(doc: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  try {
    await doc.send(
      new GetCommand({
        TableName: tableName,
        Key: { [tableDefinition.partitionKey]: 'HEALTH', [tableDefinition.sortKey]: 'HEALTH' },
      }),
    );
    return true;
  } catch {
    return false;
  }
}
