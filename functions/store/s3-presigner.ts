import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  type DocumentStorage,
  downloadSeconds,
  objectKey,
  type S3StorageOptions,
  uploadSeconds,
} from './document-storage.ts';

/**
 * Presigned URLs from the SDK's own presigner. Checksums only when required: by default
 * the SDK signs the CRC32 of an *empty* body into a presigned PUT
 * (`x-amz-checksum-crc32=AAAAAA==`), which S3 then compares with the uploaded file and
 * refuses (BadDigest); and a browser opening a download validates nothing.
 */
export function createS3Presigner(options: S3StorageOptions): DocumentStorage {
  const client = new S3Client({
    region: options.region,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  return {
    kind: 's3',
    async prepareUpload(request, now) {
      const command = new PutObjectCommand({
        Bucket,
        Key: objectKey(request),
        ContentType: request.contentType,
        ContentLength: request.size,
      });
      // Signed, so S3 refuses an upload of another type or size.
      const signableHeaders = new Set(['content-type', 'content-length']);
      const url = await getSignedUrl(client, command, {
        expiresIn: uploadSeconds,
        signableHeaders,
        signingDate: now,
      });
      return {
        url,
        method: 'PUT',
        headers: { 'Content-Type': request.contentType },
        expiresAt: new Date(now.getTime() + uploadSeconds * 1000).toISOString(),
      };
    },
    async prepareDownload(request, now) {
      const command = new GetObjectCommand({
        Bucket,
        Key: objectKey(request),
        ResponseCacheControl: 'no-store',
        ResponseContentDisposition: `attachment; filename="${request.documentId}"`,
        ResponseContentType: request.contentType,
      });
      const url = await getSignedUrl(client, command, {
        expiresIn: downloadSeconds,
        signingDate: now,
      });
      return { url, expiresAt: new Date(now.getTime() + downloadSeconds * 1000).toISOString() };
    },
  };
}
