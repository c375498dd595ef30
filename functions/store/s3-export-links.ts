import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { exportLinkSeconds } from '../domain/staff/export-job.ts';
import type { DownloadTarget } from './document-storage.ts';
import type { ExportFile, ExportStorage, S3ExportOptions } from './export-storage.ts';

export const exportContentType = 'text/csv; charset=utf-8';

/**
 * A 5-minute presigned GET of one export file, as an attachment with its name. Apart
 * from the upload so the staff function, which only signs, does not bundle lib-storage.
 */
export async function presignExportDownload(
  client: S3Client,
  bucket: string,
  file: ExportFile,
  now: Date,
): Promise<DownloadTarget> {
  const command = new GetObjectCommand({
    Bucket: bucket,
    Key: file.objectKey,
    ResponseCacheControl: 'no-store',
    ResponseContentDisposition: `attachment; filename="${file.fileName}"`,
    ResponseContentType: exportContentType,
  });
  const url = await getSignedUrl(client, command, {
    expiresIn: exportLinkSeconds,
    signingDate: now,
  });
  return { url, expiresAt: new Date(now.getTime() + exportLinkSeconds * 1000).toISOString() };
}

export function s3ClientFor(options: Pick<S3ExportOptions, 'region' | 'credentials'>): S3Client {
  return new S3Client({
    region: options.region,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** The staff function's side of the exports bucket: it signs links and never writes. */
export function createS3ExportLinkSigner(
  options: Pick<S3ExportOptions, 'bucket' | 'region' | 'credentials'>,
): ExportLinks {
  const client = s3ClientFor(options);
  return {
    kind: 's3',
    prepareDownload: (file, now) => presignExportDownload(client, options.bucket, file, now),
  };
}

export type ExportLinks = Pick<ExportStorage, 'kind' | 'prepareDownload'>;
