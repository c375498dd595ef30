import type { AppDeps } from '../api/deps.ts';
import { type Config, loadConfig } from '../shared/config.ts';
import { createLogger } from '../shared/logger.ts';
import { createApplicationRepository } from '../store/application-repository.ts';
import { createS3DocumentStorage } from '../store/document-storage.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { createHasher } from '../store/secrets.ts';
import { withSecrets } from '../store/secrets-manager.ts';

/** What both API functions build once per cold start from their environment. */
export async function lambdaAppDeps(): Promise<{ config: Config; deps: Omit<AppDeps, 'staff'> }> {
  // The hash key is read from Secrets Manager at cold start (ID_HASH_KEY_ARN).
  const config = loadConfig(await withSecrets(process.env, ['ID_HASH_KEY']));
  const db = createDocumentClient({
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
  });
  return {
    config,
    deps: {
      logger: createLogger(),
      repo: createApplicationRepository(db, config.TABLE_NAME, {
        closedApplicationRetentionDays: config.CLOSED_APPLICATION_RETENTION_DAYS,
      }),
      version: config.APP_VERSION,
      now: () => new Date(),
      hasher: createHasher(config.ID_HASH_KEY),
      documents: createS3DocumentStorage({
        bucket: config.DOCUMENTS_BUCKET,
        region: config.AWS_REGION,
      }),
    },
  };
}
