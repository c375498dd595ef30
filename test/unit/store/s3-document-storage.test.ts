import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { createS3DocumentStorage } from '../../../functions/store/document-storage.ts';
import { NodeSha256 } from '../../../functions/store/node-sha256.ts';

const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG',
  sessionToken: 'session/token+with=odd chars',
};

function storageIn(region: string) {
  return createS3DocumentStorage({
    bucket: 'puning-documents',
    signing: { region, credentials: async () => credentials, sha256: NodeSha256 },
  });
}

const now = new Date('2026-11-28T02:00:00Z');
const upload = {
  reference: 'PN-2611-AAAA-BBBB',
  documentId: '01-x',
  contentType: 'image/png',
  size: 2048,
} as const;

describe('the S3 document storage (AWS)', () => {
  it('presigns a PUT for one object, its content type and its exact size, for 15 minutes', async () => {
    // Signing happens locally; no request is sent.
    const target = await storageIn('cn-north-1').prepareUpload(upload, now);
    const url = new URL(target.url);
    expect(url.hostname).toBe('puning-documents.s3.cn-north-1.amazonaws.com.cn');
    expect(url.pathname).toBe('/applications/PN-2611-AAAA-BBBB/01-x');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(target).toMatchObject({
      method: 'PUT',
      headers: { 'Content-Type': 'image/png' },
      expiresAt: '2026-11-28T02:15:00.000Z',
    });
  });

  // The API signs with Signature V4 alone so that it need not bundle the S3 client; the
  // URLs must be exactly what the SDK's own presigner makes, in both partitions.
  it.each(['cn-north-1', 'cn-northwest-1', 'ap-east-1', 'us-east-1'])(
    'makes the same upload and download URLs as the S3 client presigner in %s',
    async (region) => {
      // Checksums only when required: by default the SDK signs the CRC32 of an empty
      // body into a presigned PUT, and S3 refuses the real upload (BadDigest).
      const client = new S3Client({
        region,
        credentials,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        // A browser opening the link validates nothing; the mode would only add a parameter.
        responseChecksumValidation: 'WHEN_REQUIRED',
      });
      const key = 'applications/PN-2611-AAAA-BBBB/01-x';
      const sdkUpload = await getSignedUrl(
        client,
        new PutObjectCommand({
          Bucket: 'puning-documents',
          Key: key,
          ContentType: 'image/png',
          ContentLength: 2048,
        }),
        {
          expiresIn: 900,
          signableHeaders: new Set(['content-type', 'content-length']),
          signingDate: now,
        },
      );
      const sdkDownload = await getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket: 'puning-documents',
          Key: key,
          ResponseContentType: 'application/pdf',
          ResponseContentDisposition: 'attachment; filename="01-x"',
          ResponseCacheControl: 'no-store',
        }),
        { expiresIn: 300, signingDate: now },
      );
      const storage = storageIn(region);
      expect((await storage.prepareUpload(upload, now)).url).toBe(sdkUpload);
      expect(
        (
          await storage.prepareDownload(
            { reference: upload.reference, documentId: '01-x', contentType: 'application/pdf' },
            now,
          )
        ).url,
      ).toBe(sdkDownload);
    },
  );

  it('gives staff a 5-minute download that names its type and is never cached', async () => {
    const target = await storageIn('cn-north-1').prepareDownload(
      { reference: upload.reference, documentId: '01-x', contentType: 'application/pdf' },
      now,
    );
    const url = new URL(target.url);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    expect(url.searchParams.get('response-cache-control')).toBe('no-store');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      'attachment; filename="01-x"',
    );
    expect(target.expiresAt).toBe('2026-11-28T02:05:00.000Z');
  });
});
