import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '@aws-lambda-powertools/logger';
import { createApp } from '../../functions/api/app.ts';
import type { AppDeps } from '../../functions/api/deps.ts';
import { createLocalExports } from '../../functions/exports/local-exports.ts';
import { createLogger } from '../../functions/shared/logger.ts';
import { createApplicationRepository } from '../../functions/store/application-repository.ts';
import { createLocalDocumentStorage } from '../../functions/store/document-storage.ts';
import { createHasher } from '../../functions/store/secrets.ts';
import type { TestDatabase } from './local-db.ts';
import { testStaff } from './staff-tokens.ts';

/** Where local document uploads of the tests land. */
export const testDocumentsFolder = mkdtempSync(join(tmpdir(), 'puning-test-documents-'));

/** Where the tests' CSV exports are written. */
export const testExportsFolder = mkdtempSync(join(tmpdir(), 'puning-test-exports-'));

export const fixedNow = new Date('2026-11-28T02:00:00.000Z');

/**
 * The real app against a real embedded table, with a fixed clock (or the one given)
 * and staff tokens from the test issuer.
 */
export function createTestApp(
  database: TestDatabase,
  logger: Logger = createLogger(),
  now: () => Date = () => fixedNow,
) {
  return createApp(testAppDeps(database, logger, now));
}

/** What createTestApp gives the app. */
export function testAppDeps(
  database: TestDatabase,
  logger: Logger = createLogger(),
  now: () => Date = () => fixedNow,
): AppDeps {
  const repo = createApplicationRepository(database.db, database.tableName);
  return {
    logger,
    repo,
    version: 'test',
    now,
    hasher: createHasher('test-key-for-keyed-hashes-0123456789'),
    documents: createLocalDocumentStorage({
      folder: testDocumentsFolder,
      secret: 'test-upload-secret',
    }),
    exports: createLocalExports({
      db: database.db,
      tableName: database.tableName,
      repo,
      folder: testExportsFolder,
      secret: 'test-export-secret',
      now,
      logger,
    }),
    staff: testStaff,
  };
}
