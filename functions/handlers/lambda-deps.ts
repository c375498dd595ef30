import type { AppDeps } from '../api/deps.ts';
import { type Config, loadConfig, originSecretsOf } from '../shared/config.ts';
import { createLogger } from '../shared/logger.ts';
import { createApplicationRepository } from '../store/application-repository.ts';
import { createS3DocumentStorage } from '../store/document-storage.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { createExportJobStore } from '../store/export-jobs.ts';
import { createS3ExportLinks } from '../store/export-storage.ts';
import { createHasher } from '../store/secrets.ts';
import { withPreviousSecret, withSecrets } from '../store/secrets-manager.ts';

/** What both API functions build once per cold start from their environment. */
export async function lambdaAppDeps(): Promise<{ config: Config; deps: Omit<AppDeps, 'staff'> }> {
  // The hash key and the origin secret (with its value before the last rotation) are
  // read from Secrets Manager at cold start (ID_HASH_KEY_ARN, ORIGIN_VERIFY_SECRET_ARN).
  const [secrets, previous] = await Promise.all([
    withSecrets(process.env, ['ID_HASH_KEY', 'ORIGIN_VERIFY_SECRET']),
    withPreviousSecret(process.env, 'ORIGIN_VERIFY_SECRET'),
  ]);
  const config = loadConfig({
    ...secrets,
    ORIGIN_VERIFY_SECRET_PREVIOUS: previous.ORIGIN_VERIFY_SECRET_PREVIOUS,
  });
  const logger = createLogger();
  const originSecrets = originSecretsOf(config);
  // The stack always sets the ARN; a function without it answers callers that bypass
  // CloudFront, which must not pass unnoticed.
  if (originSecrets.length === 0)
    logger.warn(
      'origin lock off: no ORIGIN_VERIFY_SECRET_ARN, requests are not checked for CloudFront',
    );
  const db = createDocumentClient({
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
  });
  return {
    config,
    deps: {
      logger,
      originSecrets,
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
      // The staff function creates export jobs and signs their links; the table's
      // stream starts the worker (infra/lib/exports.ts), so `start` has nothing to do.
      ...(config.EXPORTS_BUCKET
        ? {
            exports: {
              jobs: createExportJobStore(db, config.TABLE_NAME),
              storage: createS3ExportLinks({
                bucket: config.EXPORTS_BUCKET,
                region: config.AWS_REGION,
              }),
              start: () => undefined,
            },
          }
        : {}),
    },
  };
}
