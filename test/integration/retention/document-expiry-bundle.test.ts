import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleAsDeployed } from '../../../infra/lib/bundling.ts';

// The document-expiry function as deployed: bundled by the stack's own PortalFunction
// (minified, environment-only credentials), then invoked. S3 itself is
// covered by the unit tests; here, that the bundle starts, filters and reports.

type Handler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

const outDir = mkdtempSync(join(tmpdir(), 'puning-expiry-bundle-'));
let handler: Handler;

beforeAll(async () => {
  vi.stubEnv('DOCUMENTS_BUCKET', 'puning-documents-test');
  vi.stubEnv('AWS_REGION', 'cn-north-1');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
  // No credentials: any S3 call fails at once, without reaching the network.
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
    vi.stubEnv(name, undefined);
  const { file } = bundleAsDeployed('functions/handlers/document-expiry.ts', { outdir: outDir });
  ({ handler } = (await import(pathToFileURL(file).href)) as { handler: Handler });
}, 120_000);
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(outDir, { recursive: true, force: true });
});

const record = (pk: string, sequence: string, identity?: object): DynamoDBRecord => ({
  eventName: 'REMOVE',
  ...(identity ? { userIdentity: identity } : {}),
  dynamodb: { Keys: { PK: { S: pk }, SK: { S: 'APP' } }, SequenceNumber: sequence },
});
const ttl = { type: 'Service', principalId: 'dynamodb.amazonaws.com' };

describe('the bundled document-expiry function', () => {
  it('skips records that are not TTL deletions of applications, calling nothing', async () => {
    const result = await handler({
      Records: [record('APP#PN-2611-7K4Q-MX9T', '1'), record('IDEM#key', '2', ttl)],
    });
    expect(result).toEqual({ batchItemFailures: [] });
  });

  it('reports an expired application whose documents it could not delete, by sequence number', async () => {
    const result = await handler({
      Records: [record('APP#PN-2611-7K4Q-MX9T', '41', ttl), record('APP#PN-2611-7K4Q-MX9T', '42')],
    });
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '41' }] });
  });
});
