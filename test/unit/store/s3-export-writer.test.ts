import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createS3ExportWriter } from '../../../functions/store/s3-export-writer.ts';

const s3 = mockClient(S3Client);
beforeEach(() => {
  s3.reset();
  s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-1' });
  s3.on(UploadPartCommand).callsFake((input: { PartNumber: number }) => ({
    ETag: `"etag-${input.PartNumber}"`,
  }));
});
afterAll(() => s3.restore());

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG' };
const partBytes = 5 * 1024 * 1024;
const storage = () =>
  createS3ExportWriter({ bucket: 'puning-exports', region: 'cn-north-1', credentials, partBytes });
const key = 'exports/0b0f8a4e-8f59-4c55-9a41-0c8a8f1f3a11.csv';
const row = `${'x'.repeat(1023)}\n`;

describe('the S3 export writer', () => {
  it('writes a file smaller than one part as a single PUT', async () => {
    const writer = await storage().open(key);
    await writer.write('a,b\r\n');
    await writer.finish();
    expect(s3.commandCalls(CreateMultipartUploadCommand)).toHaveLength(0);
    const [put] = s3.commandCalls(PutObjectCommand);
    expect(put?.args[0].input).toMatchObject({ Bucket: 'puning-exports', Key: key });
    expect(String(put?.args[0].input.Body)).toBe('a,b\r\n');
  });

  it('sends a larger file in parts of at least 5 MiB as they fill, then completes it in order', async () => {
    const writer = await storage().open(key);
    // 12 MiB of rows: two full parts while writing, the rest at the end.
    for (let i = 0; i < 12 * 1024; i++) await writer.write(row);
    expect(s3.commandCalls(UploadPartCommand)).toHaveLength(2);
    await writer.finish();
    const parts = s3.commandCalls(UploadPartCommand).map((call) => call.args[0].input);
    expect(parts.map((p) => p.PartNumber)).toEqual([1, 2, 3]);
    const sizes = parts.map((p) => (p.Body as Buffer).length);
    expect(sizes.slice(0, 2).every((size) => size >= partBytes)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(12 * 1024 * 1024);
    const [complete] = s3.commandCalls(CompleteMultipartUploadCommand);
    expect(complete?.args[0].input.MultipartUpload?.Parts).toEqual([
      { ETag: '"etag-1"', PartNumber: 1 },
      { ETag: '"etag-2"', PartNumber: 2 },
      { ETag: '"etag-3"', PartNumber: 3 },
    ]);
  });

  it('aborts the multipart upload when the job gives up, leaving no file', async () => {
    const writer = await storage().open(key);
    for (let i = 0; i < 6 * 1024; i++) await writer.write(row);
    await writer.abort();
    expect(s3.commandCalls(AbortMultipartUploadCommand)[0]?.args[0].input).toMatchObject({
      Key: key,
      UploadId: 'upload-1',
    });
    expect(s3.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0);
  });

  it('presigns a GET of that one file, as an attachment with its name, for 5 minutes', async () => {
    const now = new Date('2026-11-28T02:00:00Z');
    const link = await storage().prepareDownload(
      { objectKey: key, fileName: 'applications-445281001000-20261128.csv' },
      now,
    );
    const url = new URL(link.url);
    expect(url.pathname).toBe(`/${key}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      'attachment; filename="applications-445281001000-20261128.csv"',
    );
    expect(link.expiresAt).toBe('2026-11-28T02:05:00.000Z');
  });
});
