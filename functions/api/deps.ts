import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Logger } from '../shared/logger.ts';
import type { DocumentStorage, LocalDocumentStorage } from '../store/document-storage.ts';
import type { Hasher } from '../store/secrets.ts';

/** What the app needs from the outside world; the Lambda and local entry points build it. */
export interface AppDeps {
  readonly logger: Logger;
  readonly db: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly version: string;
  /** The current instant; tests pass a fixed clock. */
  readonly now: () => Date;
  /** Keyed hashes of ID numbers and access codes. */
  readonly hasher: Hasher;
  /** Where supporting documents are uploaded: S3 in AWS, a local folder with `npm start`. */
  readonly documents: DocumentStorage | LocalDocumentStorage;
}
