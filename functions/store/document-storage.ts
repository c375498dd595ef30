import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignatureV4 } from '@smithy/signature-v4';
import type {
  AwsCredentialIdentityProvider,
  ChecksumConstructor,
  HashConstructor,
} from '@smithy/types';
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

/** RFC 3986 escaping, as Signature V4 canonicalises query strings. */
const escapeUri = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** Where the signer finds its credentials and hash: the DynamoDB client's own. */
export interface S3Signing {
  readonly region: string;
  readonly credentials: AwsCredentialIdentityProvider;
  readonly sha256: ChecksumConstructor | HashConstructor;
}

/**
 * Presigned URLs made with Signature V4 alone, as the S3 request presigner makes them
 * (virtual-hosted bucket address, unsigned payload, path not double-escaped), without
 * bundling the S3 client: a URL is all the API ever needs from S3. A unit test checks
 * the URLs are identical to the SDK presigner's with checksums only when required —
 * its default signs the CRC32 of an empty body into a PUT, which S3 then compares
 * with the uploaded file's and refuses.
 */
export function createS3DocumentStorage(options: {
  bucket: string;
  signing: S3Signing;
}): DocumentStorage {
  const { region } = options.signing;
  const signer = new SignatureV4({
    service: 's3',
    region,
    credentials: options.signing.credentials,
    sha256: options.signing.sha256,
    uriEscapePath: false,
    applyChecksum: false,
  });
  // The AWS China regions answer under amazonaws.com.cn.
  const hostname = `${options.bucket}.s3.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
  async function presign(
    method: 'GET' | 'PUT',
    key: string,
    extra: { headers?: Record<string, string>; query?: Record<string, string> },
    expiresIn: number,
    now: Date,
  ): Promise<string> {
    const path = `/${key.split('/').map(encodeURIComponent).join('/')}`;
    const signed = await signer.presign(
      {
        method,
        protocol: 'https:',
        hostname,
        path,
        query: { ...extra.query, 'x-id': method === 'PUT' ? 'PutObject' : 'GetObject' },
        headers: { host: hostname, 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD', ...extra.headers },
      },
      { expiresIn, signingDate: now, unsignableHeaders: new Set(), unhoistableHeaders: new Set() },
    );
    const query = Object.entries(signed.query ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value ?? '']).map(
          (v) => `${escapeUri(name)}=${escapeUri(v)}`,
        ),
      )
      .join('&');
    return `https://${hostname}${path}?${query}`;
  }
  return {
    kind: 's3',
    async prepareUpload(request, now) {
      const url = await presign(
        'PUT',
        objectKey(request),
        {
          headers: {
            'content-type': request.contentType,
            'content-length': String(request.size),
          },
        },
        uploadSeconds,
        now,
      );
      return {
        url,
        method: 'PUT',
        headers: { 'Content-Type': request.contentType },
        expiresAt: new Date(now.getTime() + uploadSeconds * 1000).toISOString(),
      };
    },
    async prepareDownload(request, now) {
      const url = await presign(
        'GET',
        objectKey(request),
        {
          query: {
            'response-cache-control': 'no-store',
            'response-content-disposition': `attachment; filename="${request.documentId}"`,
            'response-content-type': request.contentType,
          },
        },
        downloadSeconds,
        now,
      );
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
