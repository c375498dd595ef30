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
import { createS3ExportLinks } from '../../../functions/store/export-storage.ts';
import { createS3ExportWriter } from '../../../functions/store/s3-export-writer.ts';

const s3 = mockClient(S3Client);
beforeEach(() => {
  s3.reset();
  s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-1' });
  s3.on(UploadPartCommand).callsFake((input: { PartNumber: number }) => ({
    ETag: `"etag-${input.PartNumber}"`,
  }));
  s3.on(CompleteMultipartUploadCommand).resolves({});
  s3.on(AbortMultipartUploadCommand).resolves({});
  s3.on(PutObjectCommand).resolves({});
});
afterAll(() => s3.restore());

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG' };
const MiB = 1024 * 1024;
const partBytes = 5 * MiB;
const storage = (queueSize = 4) =>
  createS3ExportWriter({
    bucket: 'puning-exports',
    region: 'cn-north-1',
    credentials,
    partBytes,
    queueSize,
  });
const key = 'exports/0b0f8a4e-8f59-4c55-9a41-0c8a8f1f3a11.csv';
/** A 1 KiB row numbered in its first characters, so the parts' order shows in the bytes. */
const row = (i: number) => `${String(i).padStart(8, '0')}${'x'.repeat(1015)}\n`;

describe('the S3 export writer (lib-storage Upload)', () => {
  it('writes a file smaller than one part as a single PUT', async () => {
    const writer = await storage().open(key);
    await writer.write('a,b\r\n');
    await writer.finish();
    expect(s3.commandCalls(CreateMultipartUploadCommand)).toHaveLength(0);
    const [put] = s3.commandCalls(PutObjectCommand);
    expect(put?.args[0].input).toMatchObject({
      Bucket: 'puning-exports',
      Key: key,
      ContentType: 'text/csv; charset=utf-8',
    });
    expect(String(put?.args[0].input.Body)).toBe('a,b\r\n');
  });

  it('sends a larger file as a multipart upload of 5 MiB parts, completed in order with every byte', async () => {
    const writer = await storage().open(key);
    let written = '';
    for (let i = 0; i < 12 * 1024; i++) {
      written += row(i);
      await writer.write(row(i));
    }
    await writer.finish();
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
    expect(s3.commandCalls(CreateMultipartUploadCommand)[0]?.args[0].input).toMatchObject({
      Bucket: 'puning-exports',
      Key: key,
      ContentType: 'text/csv; charset=utf-8',
    });
    const parts = s3
      .commandCalls(UploadPartCommand)
      .map((call) => call.args[0].input)
      .sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
    expect(parts.map((p) => p.PartNumber)).toEqual([1, 2, 3]);
    expect(parts.map((p) => (p.Body as Buffer).length)).toEqual([partBytes, partBytes, 2 * MiB]);
    expect(Buffer.concat(parts.map((p) => p.Body as Buffer)).toString()).toBe(written);
    const [complete] = s3.commandCalls(CompleteMultipartUploadCommand);
    expect(complete?.args[0].input).toMatchObject({ Key: key, UploadId: 'upload-1' });
    expect(complete?.args[0].input.MultipartUpload?.Parts).toEqual([
      { ETag: '"etag-1"', PartNumber: 1 },
      { ETag: '"etag-2"', PartNumber: 2 },
      { ETag: '"etag-3"', PartNumber: 3 },
    ]);
    expect(s3.commandCalls(AbortMultipartUploadCommand)).toHaveLength(0);
  });

  it('fails the file and aborts the multipart upload when a part cannot be uploaded', async () => {
    s3.on(UploadPartCommand, { PartNumber: 2 }).rejects(new Error('part 2 refused'));
    const writer = await storage(1).open(key);
    const writing = (async () => {
      for (let i = 0; i < 12 * 1024; i++) await writer.write(row(i));
      await writer.finish();
    })();
    await expect(writing).rejects.toThrow('part 2 refused');
    expect(s3.commandCalls(AbortMultipartUploadCommand)[0]?.args[0].input).toMatchObject({
      Bucket: 'puning-exports',
      Key: key,
      UploadId: 'upload-1',
    });
    expect(s3.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0);
  });

  it('aborts the multipart upload when the job gives up, leaving no file', async () => {
    const writer = await storage().open(key);
    for (let i = 0; i < 6 * 1024; i++) await writer.write(row(i));
    await writer.abort();
    expect(s3.commandCalls(AbortMultipartUploadCommand)[0]?.args[0].input).toMatchObject({
      Key: key,
      UploadId: 'upload-1',
    });
    expect(s3.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
  });

  it('makes the writer wait while the parts in flight are not yet uploaded', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    s3.on(UploadPartCommand).callsFake(async (input: { PartNumber: number }) => {
      await held;
      return { ETag: `"etag-${input.PartNumber}"` };
    });
    const writer = await storage(1).open(key);
    let rowsAccepted = 0;
    const writing = (async () => {
      for (let i = 0; i < 20 * 1024; i++) {
        await writer.write(row(i));
        rowsAccepted++;
      }
      await writer.finish();
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // One part in flight, one being cut and the stream's small buffer: far below 20 MiB.
    expect(rowsAccepted * 1024).toBeLessThan(3 * partBytes);
    release();
    await writing;
    expect(rowsAccepted).toBe(20 * 1024);
    expect(s3.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(1);
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

  it('signs the same link from the staff side, which loads no upload code', async () => {
    const now = new Date('2026-11-28T02:00:00Z');
    const file = { objectKey: key, fileName: 'applications-city-20261128.csv' };
    const links = createS3ExportLinks({
      bucket: 'puning-exports',
      region: 'cn-north-1',
      credentials,
    });
    expect(links).not.toHaveProperty('open');
    const fromLinks = new URL((await links.prepareDownload(file, now)).url);
    const fromWriter = new URL((await storage().prepareDownload(file, now)).url);
    expect(fromLinks.href).toBe(fromWriter.href);
    expect(fromLinks.searchParams.get('X-Amz-Expires')).toBe('300');
  });
});
