import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { LocalSystem } from '../../functions/local/local-system.ts';
import { buildSiteIfStale } from '../../functions/local/site-build.ts';
import { startTestSystem } from '../support/local-system.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The system's table, for fixtures the real clock cannot give (a notice run its course). */
    store: { endpoint: string; region: string; tableName: string };
  }
}

let system: LocalSystem | undefined;

/** One local system (built site + API + in-memory engine) for every browser test. */
export async function setup(project: TestProject) {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  const root = resolve(import.meta.dirname, '../..');
  await buildSiteIfStale(root);
  system = await startTestSystem({ port: 0, siteDir: resolve(root, 'web/dist') });
  project.provide('baseUrl', system.url);
  project.provide('store', {
    endpoint: system.dynamoEndpoint,
    region: system.region,
    tableName: system.tableName,
  });
}

export async function teardown() {
  await system?.close();
}
