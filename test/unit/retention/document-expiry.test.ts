import {
  DeleteObjectsCommand,
  ListObjectVersionsCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DocumentDeletionError,
  deleteApplicationDocuments,
} from '../../../functions/retention/document-purge.ts';
import {
  applicationDocumentsPrefix,
  expiredApplicationReference,
  handleExpiredApplications,
} from '../../../functions/retention/expired-applications.ts';
import {
  closedApplicationRetentionDaysOf,
  loadConfig,
  loadDocumentExpiryConfig,
} from '../../../functions/shared/config.ts';

const s3 = mockClient(S3Client);
const bucket = 'puning-documents';
const reference = 'PN-2611-7K4Q-MX9T';

beforeEach(() => s3.reset());
afterAll(() => s3.restore());

let sequence = 100;

/** A stream record as DynamoDB writes it when TTL deletes an item (or as overridden). */
function removed(pk: string, overrides: Partial<DynamoDBRecord> = {}, sk = 'APP'): DynamoDBRecord {
  return {
    eventID: `event-${sequence}`,
    eventName: 'REMOVE',
    eventSource: 'aws:dynamodb',
    awsRegion: 'cn-north-1',
    userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' },
    dynamodb: {
      Keys: { PK: { S: pk }, SK: { S: sk } },
      OldImage: { PK: { S: pk }, SK: { S: sk }, expiresAt: { N: '1700000000' } },
      SequenceNumber: String(++sequence),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    ...overrides,
  };
}

const event = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

const quietLogger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

function deps(logger = quietLogger()) {
  const client = new S3Client({ region: 'cn-north-1' });
  return {
    logger,
    deleteDocuments: (ref: string) => deleteApplicationDocuments(client, bucket, ref),
  };
}

const version = (key: string, id: string) => ({ Key: key, VersionId: id });

describe('which stream records are expired applications', () => {
  it('takes a TTL deletion of an application item', () => {
    expect(expiredApplicationReference(removed(`APP#${reference}`))).toBe(reference);
  });

  it('ignores deletions by anyone but DynamoDB’s TTL, other events, other items and odd keys', () => {
    const ignored: DynamoDBRecord[] = [
      removed(`APP#${reference}`, { userIdentity: undefined }), // staff, an operator, a function
      removed(`APP#${reference}`, { userIdentity: { type: 'User', principalId: 'x' } }),
      removed(`APP#${reference}`, { userIdentity: { type: 'Service', principalId: 'other' } }),
      removed(`APP#${reference}`, { eventName: 'MODIFY' }),
      removed(`APP#${reference}`, { eventName: 'INSERT' }),
      removed('IDEM#key-1', {}, 'IDEM'), // idempotency records expire too
      removed('RL#ref#PN-2611-7K4Q-MX9T', {}, '2026-11-28T02:00'),
      removed(`PER#hash`, {}, 'OPEN#dibao'),
      removed(`APP#${reference}`, {}, 'OTHER'),
      removed('APP#'),
      removed('APP#PN-2611-7K4Q'),
      removed('APP#PN-2611-7K4Q-MX9T/../../'),
      removed('APP#pn-2611-7k4q-mx9t'),
    ];
    for (const record of ignored) expect(expiredApplicationReference(record)).toBeNull();
  });

  it('never makes a prefix that could reach beyond one application', () => {
    expect(applicationDocumentsPrefix(reference)).toBe(`applications/${reference}/`);
    for (const bad of ['', 'PN-2611', '../x', 'PN-2611-7K4Q-MX9T/', '*'])
      expect(() => applicationDocumentsPrefix(bad)).toThrow();
  });
});

describe('deleting an expired application’s documents', () => {
  it('deletes every version and delete marker under its prefix, and nothing else', async () => {
    s3.on(ListObjectVersionsCommand).resolves({
      IsTruncated: false,
      Versions: [
        version(`applications/${reference}/01-a`, 'v1'),
        version(`applications/${reference}/01-a`, 'v2'),
        version(`applications/${reference}/02-b`, 'v3'),
        // Never returned for this prefix; deleted only if it were under it.
        version('applications/PN-2611-OTHR-0001/01-x', 'v9'),
      ],
      DeleteMarkers: [version(`applications/${reference}/03-c`, 'm1')],
    });
    s3.on(DeleteObjectsCommand).resolves({});
    const result = await handleExpiredApplications(event(removed(`APP#${reference}`)), deps());
    expect(result).toEqual({ batchItemFailures: [] });

    const listed = s3.commandCalls(ListObjectVersionsCommand);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.args[0].input).toMatchObject({
      Bucket: bucket,
      Prefix: `applications/${reference}/`,
    });
    const deleted = s3.commandCalls(DeleteObjectsCommand);
    expect(deleted).toHaveLength(1);
    expect(deleted[0]?.args[0].input).toEqual({
      Bucket: bucket,
      Delete: {
        Quiet: true,
        Objects: [
          { Key: `applications/${reference}/01-a`, VersionId: 'v1' },
          { Key: `applications/${reference}/01-a`, VersionId: 'v2' },
          { Key: `applications/${reference}/02-b`, VersionId: 'v3' },
          { Key: `applications/${reference}/03-c`, VersionId: 'm1' },
        ],
      },
    });
  });

  it('follows the listing page by page with its markers', async () => {
    s3.on(ListObjectVersionsCommand)
      .resolvesOnce({
        IsTruncated: true,
        NextKeyMarker: `applications/${reference}/01-a`,
        NextVersionIdMarker: 'v1',
        Versions: [version(`applications/${reference}/01-a`, 'v1')],
      })
      .resolvesOnce({
        IsTruncated: false,
        Versions: [version(`applications/${reference}/02-b`, 'v2')],
      });
    s3.on(DeleteObjectsCommand).resolves({});
    const client = new S3Client({ region: 'cn-north-1' });
    expect(await deleteApplicationDocuments(client, bucket, reference)).toBe(2);
    const listed = s3.commandCalls(ListObjectVersionsCommand).map((c) => c.args[0].input);
    expect(listed[0]).not.toHaveProperty('KeyMarker');
    expect(listed[1]).toMatchObject({
      KeyMarker: `applications/${reference}/01-a`,
      VersionIdMarker: 'v1',
    });
    expect(s3.commandCalls(DeleteObjectsCommand)).toHaveLength(2);
  });

  it('deletes nothing when nothing is there (an application without documents, or a retry)', async () => {
    s3.on(ListObjectVersionsCommand).resolves({ IsTruncated: false });
    const result = await handleExpiredApplications(event(removed(`APP#${reference}`)), deps());
    expect(result.batchItemFailures).toEqual([]);
    expect(s3.commandCalls(DeleteObjectsCommand)).toHaveLength(0);
  });

  it('calls S3 for no record that is not an expired application', async () => {
    const logger = quietLogger();
    const result = await handleExpiredApplications(
      event(
        removed(`APP#${reference}`, { userIdentity: undefined }),
        removed('IDEM#key-2', {}, 'IDEM'),
      ),
      deps(logger),
    );
    expect(result.batchItemFailures).toEqual([]);
    expect(s3.calls()).toHaveLength(0);
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });
});

describe('failures', () => {
  it('reports the record whose objects S3 would not delete, and carries on with the others', async () => {
    const failing = 'PN-2611-FAIL-0001';
    s3.on(ListObjectVersionsCommand, { Prefix: `applications/${failing}/` }).resolves({
      Versions: [version(`applications/${failing}/01-a`, 'v1')],
    });
    s3.on(ListObjectVersionsCommand, { Prefix: `applications/${reference}/` }).resolves({
      Versions: [version(`applications/${reference}/01-a`, 'v1')],
    });
    s3.on(DeleteObjectsCommand)
      .resolves({})
      .on(DeleteObjectsCommand, {
        Delete: {
          Objects: [{ Key: `applications/${failing}/01-a`, VersionId: 'v1' }],
          Quiet: true,
        },
      })
      .resolves({ Errors: [{ Key: `applications/${failing}/01-a`, Code: 'AccessDenied' }] });
    const first = removed(`APP#${failing}`);
    const logger = quietLogger();
    const result = await handleExpiredApplications(
      event(first, removed(`APP#${reference}`)),
      deps(logger),
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: first.dynamodb?.SequenceNumber }]);
    expect(s3.commandCalls(DeleteObjectsCommand)).toHaveLength(2);
    expect(logger.error).toHaveBeenCalledWith('document deletion failed', {
      reference: failing,
      errorName: 'DocumentDeletionError',
      errorMessage: 'S3 did not delete 1 object version(s): AccessDenied',
    });
    expect(logger.info).toHaveBeenCalledWith('documents deleted', { reference, versions: 1 });
  });

  it('reports the record when S3 cannot be reached or refuses the listing', async () => {
    s3.on(ListObjectVersionsCommand).rejects(
      new S3ServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: {} }),
    );
    const record = removed(`APP#${reference}`);
    const result = await handleExpiredApplications(event(record), deps());
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: record.dynamodb?.SequenceNumber }]);
  });

  it('throws a DocumentDeletionError naming only S3’s error codes', async () => {
    s3.on(ListObjectVersionsCommand).resolves({
      Versions: [version(`applications/${reference}/01-a`, 'v1')],
    });
    s3.on(DeleteObjectsCommand).resolves({
      Errors: [{ Key: `applications/${reference}/01-a`, Code: 'InternalError', Message: 'x' }],
    });
    const client = new S3Client({ region: 'cn-north-1' });
    const error = await deleteApplicationDocuments(client, bucket, reference).catch((e) => e);
    expect(error).toBeInstanceOf(DocumentDeletionError);
    expect((error as DocumentDeletionError).codes).toEqual(['InternalError']);
    expect(String(error)).not.toContain(reference);
  });
});

describe('the Lambda entry point', () => {
  it('reads its bucket and region from the environment and deletes through S3', async () => {
    vi.stubEnv('DOCUMENTS_BUCKET', bucket);
    vi.stubEnv('AWS_REGION', 'cn-north-1');
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
    try {
      const { handler } = await import('../../../functions/handlers/document-expiry.ts');
      s3.on(ListObjectVersionsCommand).resolves({
        Versions: [version(`applications/${reference}/01-a`, 'v1')],
      });
      s3.on(DeleteObjectsCommand).resolves({});
      const result = await handler(event(removed(`APP#${reference}`)));
      expect(result).toEqual({ batchItemFailures: [] });
      expect(s3.commandCalls(DeleteObjectsCommand)[0]?.args[0].input.Bucket).toBe(bucket);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses to start without its bucket', () => {
    expect(() => loadDocumentExpiryConfig({})).toThrow(/DOCUMENTS_BUCKET/);
  });
});

describe('the retention the API functions read', () => {
  const base = {
    TABLE_NAME: 't',
    ID_HASH_KEY: 'k'.repeat(32),
    DOCUMENTS_BUCKET: bucket,
  };

  it('is five years unless CLOSED_APPLICATION_RETENTION_DAYS says otherwise', () => {
    expect(loadConfig(base).CLOSED_APPLICATION_RETENTION_DAYS).toBe(1827);
    expect(closedApplicationRetentionDaysOf({})).toBe(1827);
    expect(
      loadConfig({ ...base, CLOSED_APPLICATION_RETENTION_DAYS: '3653' })
        .CLOSED_APPLICATION_RETENTION_DAYS,
    ).toBe(3653);
    expect(closedApplicationRetentionDaysOf({ CLOSED_APPLICATION_RETENTION_DAYS: '1096' })).toBe(
      1096,
    );
  });

  it('stops the function at start-up when it is not whole days within the bounds', () => {
    for (const bad of ['30', '1095', '36526', '5y', '1827.5', ''])
      for (const read of [
        () => loadConfig({ ...base, CLOSED_APPLICATION_RETENTION_DAYS: bad }),
        () => closedApplicationRetentionDaysOf({ CLOSED_APPLICATION_RETENTION_DAYS: bad }),
      ])
        expect(read, bad).toThrow(/CLOSED_APPLICATION_RETENTION_DAYS/);
  });
});
