import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../api/deps.ts';
import type { Logger } from '../shared/logger.ts';
import type { ApplicationRepository } from '../store/application-repository.ts';
import { createExportJobStore } from '../store/export-jobs.ts';
import { createLocalExportStorage } from '../store/export-storage.ts';
import { runExport } from './run-export.ts';

/**
 * Exports for `npm start` and the tests: the same job items and the same worker as in
 * AWS, started in this process instead of by the table's stream, with files in a folder.
 */
export function createLocalExports(options: {
  readonly db: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly repo: ApplicationRepository;
  readonly folder: string;
  readonly secret: string;
  readonly now: () => Date;
  readonly logger: Logger;
}): NonNullable<AppDeps['exports']> {
  const jobs = createExportJobStore(options.db, options.tableName);
  const storage = createLocalExportStorage({ folder: options.folder, secret: options.secret });
  const worker = { repo: options.repo, jobs, storage, now: options.now, logger: options.logger };
  return {
    jobs,
    storage,
    start: (id) => {
      // Not awaited: the request answers at once, as in AWS; the job item tells the rest.
      void runExport(worker, id).catch((error: unknown) =>
        options.logger.error('export worker failed', {
          exportId: id,
          errorName: error instanceof Error ? error.name : 'UnknownError',
        }),
      );
    },
  };
}
