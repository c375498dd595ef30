import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DocumentContentType } from '../domain/application/documents.ts';

/**
 * Where supporting documents go. The browser uploads the file itself, straight to the
 * place the API names: in AWS a presigned PUT to the private documents bucket (the
 * Lambda never carries the bytes); locally a signed URL of the local server that
 * writes under DATA_DIR. Either way the URL is good for one object, one content type
 * and one exact size, for 15 minutes.
 */
export interface UploadRequest {
  readonly reference: string;
  readonly documentId: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
}

export interface UploadTarget {
  readonly url: string;
  readonly method: 'PUT';
  readonly headers: Readonly<Record<string, string>>;
  readonly expiresAt: string;
}

/** A short-lived link for staff to open one document (never cached, never shared). */
export interface DownloadTarget {
  readonly url: string;
  readonly expiresAt: string;
}

export interface DocumentStorage {
  readonly kind: 's3';
  prepareUpload(request: UploadRequest, now: Date): Promise<UploadTarget>;
  prepareDownload(request: DownloadRequest, now: Date): Promise<DownloadTarget>;
}

export type DownloadRequest = Pick<UploadRequest, 'reference' | 'documentId' | 'contentType'>;

const downloadSeconds = 5 * 60;

const uploadSeconds = 15 * 60;
const objectKey = (r: Pick<UploadRequest, 'reference' | 'documentId'>) =>
  `applications/${r.reference}/${r.documentId}`;

/**
 * Presigned URLs from the SDK's own presigner. Checksums only when required: by default
 * the SDK signs the CRC32 of an *empty* body into a presigned PUT
 * (`x-amz-checksum-crc32=AAAAAA==`), which S3 then compares with the uploaded file and
 * refuses (BadDigest); and a browser opening a download validates nothing.
 * Credentials and region are the function's own unless given (tests sign offline).
 */
export function createS3DocumentStorage(options: {
  bucket: string;
  region: string;
  credentials?: S3ClientConfig['credentials'];
}): DocumentStorage {
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

interface UploadGrant extends UploadRequest {
  readonly expires: number;
}

/** A signed local download: the same token format, told apart by its purpose. */
interface DownloadGrant extends DownloadRequest {
  readonly expires: number;
  readonly purpose: 'read';
}

/** Names that become path segments: a reference and a server-made document id only. */
function assertSafeNames(grant: { reference: string; documentId: string }): void {
  if (
    !/^PN-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(grant.reference) ||
    !/^[\w-]{1,64}$/.test(grant.documentId)
  )
    throw new Error('Unexpected document name');
}

/** The local server's stand-in for S3: signed tokens and a folder under DATA_DIR. */
export function createLocalDocumentStorage(options: { folder: string; secret: string }) {
  const sign = (payload: string) =>
    createHmac('sha256', options.secret).update(payload).digest('base64url');
  function verified(token: string, now: Date): UploadGrant | DownloadGrant | null {
    const [payload = '', signature = ''] = token.split('.');
    const expected = Buffer.from(sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const grant = JSON.parse(Buffer.from(payload, 'base64url').toString()) as
      | UploadGrant
      | DownloadGrant;
    return grant.expires >= now.getTime() ? grant : null;
  }
  return {
    kind: 'local' as const,
    async prepareUpload(request: UploadRequest, now: Date): Promise<UploadTarget> {
      const grant: UploadGrant = { ...request, expires: now.getTime() + uploadSeconds * 1000 };
      const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
      return {
        url: `/api/uploads/${payload}.${sign(payload)}`,
        method: 'PUT',
        headers: { 'Content-Type': request.contentType },
        expiresAt: new Date(grant.expires).toISOString(),
      };
    },
    async prepareDownload(request: DownloadRequest, now: Date): Promise<DownloadTarget> {
      const grant: DownloadGrant = {
        reference: request.reference,
        documentId: request.documentId,
        contentType: request.contentType,
        expires: now.getTime() + downloadSeconds * 1000,
        purpose: 'read',
      };
      const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
      return {
        url: `/api/uploads/${payload}.${sign(payload)}`,
        expiresAt: new Date(grant.expires).toISOString(),
      };
    },
    /** The upload grant behind a token, or null when forged, expired or a download. */
    verify(token: string, now: Date): UploadGrant | null {
      const grant = verified(token, now);
      return grant && !('purpose' in grant) ? (grant as UploadGrant) : null;
    },
    /** The download grant behind a token, or null when forged, expired or an upload. */
    verifyDownload(token: string, now: Date): DownloadGrant | null {
      const grant = verified(token, now);
      return grant && 'purpose' in grant && grant.purpose === 'read' ? grant : null;
    },
    async read(grant: DownloadGrant): Promise<Uint8Array | null> {
      assertSafeNames(grant);
      try {
        return await readFile(join(options.folder, grant.reference, grant.documentId));
      } catch {
        return null;
      }
    },
    async save(grant: UploadGrant, bytes: Uint8Array): Promise<string> {
      assertSafeNames(grant);
      const folder = join(options.folder, grant.reference);
      await mkdir(folder, { recursive: true });
      const file = join(folder, grant.documentId);
      await writeFile(file, bytes, { flag: 'wx' });
      return file;
    },
  };
}

export type LocalDocumentStorage = ReturnType<typeof createLocalDocumentStorage>;
