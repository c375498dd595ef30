import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The region everything uses when AWS_REGION is unset (as the functions' config does). */
export const defaultRegion = 'cn-north-1';

/**
 * The one rule for the table's region outside Lambda: AWS_REGION, else the default.
 * DynamoDB and DynamoDB Local keep each region's tables apart, so `npm start`, the
 * tests and the CLIs must agree on it.
 */
export function dynamoRegionOf(env: Record<string, string | undefined>): string {
  return env.AWS_REGION || defaultRegion;
}

export interface DynamoClientOptions {
  readonly region: string;
  /** A local or test engine's URL (DYNAMODB_ENDPOINT); unset on Lambda. */
  readonly endpoint?: string | undefined;
}

/** Credentials a local engine accepts; real ones are never used against an endpoint. */
export const localEngineCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** A document client created once per process and reused by every request. */
export function createDocumentClient(options: DynamoClientOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: options.region,
    ...(options.endpoint
      ? { endpoint: options.endpoint, credentials: localEngineCredentials }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
