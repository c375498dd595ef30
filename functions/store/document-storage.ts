import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { S3ClientConfig } from '@aws-sdk/client-s3';
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

export const downloadSeconds = 5 * 60;
export const uploadSeconds = 15 * 60;
export const objectKey = (r: Pick<UploadRequest, 'reference' | 'documentId'>) =>
  `applications/${r.reference}/${r.documentId}`;

export interface S3StorageOptions {
  readonly bucket: string;
  readonly region: string;
  /** The function's own credentials unless given (tests sign offline). */
  readonly credentials?: S3ClientConfig['credentials'];
}

/**
 * Documents in the private S3 bucket, through presigned URLs (s3-presigner.ts). The S3
 * client and presigner are about a quarter of an API bundle and only document requests
 * need them, so they are imported with the first such request rather than at every
 * cold start (decisions §17); a failed import is tried again next time.
 */
export function createS3DocumentStorage(options: S3StorageOptions): DocumentStorage {
  let presigner: Promise<DocumentStorage> | undefined;
  const load = () => {
    presigner ??= import('./s3-presigner.ts')
      .then((module) => module.createS3Presigner(options))
      .catch((error: unknown) => {
        presigner = undefined;
        throw error;
      });
    return presigner;
  };
  return {
    kind: 's3',
    prepareUpload: async (request, now) => (await load()).prepareUpload(request, now),
    prepareDownload: async (request, now) => (await load()).prepareDownload(request, now),
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
