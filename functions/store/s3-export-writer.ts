import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { exportLinkSeconds } from '../domain/staff/export-job.ts';
import type { ExportStorage, ExportWriter, S3ExportOptions } from './export-storage.ts';

const contentType = 'text/csv; charset=utf-8';

/**
 * Streams a file to S3 in parts: text is gathered until a part is full, then that part
 * is uploaded (and awaited) before more is gathered, so memory holds one part. A file
 * smaller than one part is a single PUT. `@aws-sdk/lib-storage` does the same with a
 * queue of parts in flight; it is not a dependency of the portal, and this is the
 * whole of what the export needs (decisions, "Export as a job").
 */
export function createS3ExportWriter(options: S3ExportOptions): ExportStorage {
  const client = new S3Client({
    region: options.region,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  const partBytes = Math.max(options.partBytes ?? 8 * 1024 * 1024, 5 * 1024 * 1024);

  async function open(Key: string): Promise<ExportWriter> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let uploadId: string | undefined;
    const parts: { ETag: string; PartNumber: number }[] = [];

    const flushPart = async () => {
      const Body = Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      uploadId ??= (
        await client.send(
          new CreateMultipartUploadCommand({ Bucket, Key, ContentType: contentType }),
        )
      ).UploadId;
      const PartNumber = parts.length + 1;
      const { ETag } = await client.send(
        new UploadPartCommand({ Bucket, Key, UploadId: uploadId, PartNumber, Body }),
      );
      parts.push({ ETag: ETag ?? '', PartNumber });
    };

    return {
      async write(text) {
        const bytes = Buffer.from(text, 'utf8');
        pending.push(bytes);
        pendingBytes += bytes.length;
        if (pendingBytes >= partBytes) await flushPart();
      },
      async finish() {
        if (!uploadId) {
          await client.send(
            new PutObjectCommand({
              Bucket,
              Key,
              Body: Buffer.concat(pending),
              ContentType: contentType,
            }),
          );
          return;
        }
        if (pendingBytes > 0) await flushPart();
        await client.send(
          new CompleteMultipartUploadCommand({
            Bucket,
            Key,
            UploadId: uploadId,
            MultipartUpload: { Parts: parts },
          }),
        );
      },
      async abort() {
        pending = [];
        if (uploadId)
          await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId: uploadId }));
      },
    };
  }

  return {
    kind: 's3',
    open,
    async prepareDownload(file, now) {
      const command = new GetObjectCommand({
        Bucket,
        Key: file.objectKey,
        ResponseCacheControl: 'no-store',
        ResponseContentDisposition: `attachment; filename="${file.fileName}"`,
        ResponseContentType: contentType,
      });
      const url = await getSignedUrl(client, command, {
        expiresIn: exportLinkSeconds,
        signingDate: now,
      });
      return { url, expiresAt: new Date(now.getTime() + exportLinkSeconds * 1000).toISOString() };
    },
  };
}
