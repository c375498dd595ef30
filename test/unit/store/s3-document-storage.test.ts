import { describe, expect, it } from 'vitest';
import { createS3DocumentStorage } from '../../../functions/store/document-storage.ts';
import { presignedUrlAccepts } from '../../support/sigv4-presigned-url.ts';

// Signing happens locally with fixed credentials and a fixed clock; nothing is sent.
const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG',
  sessionToken: 'session/token+with=odd chars',
};
const storageIn = (region: string) =>
  createS3DocumentStorage({ bucket: 'puning-documents', region, credentials });

const now = new Date('2026-11-28T02:00:00Z');
const upload = {
  reference: 'PN-2611-AAAA-BBBB',
  documentId: '01-x',
  contentType: 'image/png',
  size: 2048,
} as const;
const download = {
  reference: upload.reference,
  documentId: '01-x',
  contentType: 'application/pdf',
} as const;

describe('the S3 document storage (AWS)', () => {
  it('presigns a PUT for one object under the application, its content type and exact size, for 15 minutes', async () => {
    const target = await storageIn('cn-north-1').prepareUpload(upload, now);
    const url = new URL(target.url);
    expect(url.hostname).toBe('puning-documents.s3.cn-north-1.amazonaws.com.cn');
    expect(url.pathname).toBe('/applications/PN-2611-AAAA-BBBB/01-x');
    expect(url.searchParams.get('X-Amz-Date')).toBe('20261128T020000Z');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-Credential')).toBe(
      'AKIDEXAMPLE/20261128/cn-north-1/s3/aws4_request',
    );
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe(credentials.sessionToken);
    // No checksum of an empty body, which S3 would compare with the file and refuse.
    expect([...url.searchParams.keys()].filter((name) => /checksum/i.test(name))).toEqual([]);
    expect(target).toMatchObject({
      method: 'PUT',
      headers: { 'Content-Type': 'image/png' },
      expiresAt: '2026-11-28T02:15:00.000Z',
    });
  });

  it.each(['cn-north-1', 'cn-northwest-1', 'ap-east-1', 'us-east-1'])(
    'signs in %s an upload S3 accepts only with the declared type and size',
    async (region) => {
      const { url, method, headers } = await storageIn(region).prepareUpload(upload, now);
      const sent = (extra: Record<string, string>) =>
        presignedUrlAccepts(
          url,
          { method, headers: { ...headers, ...extra } },
          credentials.secretAccessKey,
        );
      expect(sent({ 'Content-Length': '2048' })).toBe(true);
      expect(sent({ 'Content-Length': '4096' })).toBe(false);
      expect(sent({ 'Content-Length': '2048', 'Content-Type': 'application/pdf' })).toBe(false);
      expect(
        presignedUrlAccepts(
          url,
          { method, headers: { ...headers, 'Content-Length': '2048' } },
          'another-key',
        ),
      ).toBe(false);
    },
  );

  it('gives staff a 5-minute download that names its type and is never cached', async () => {
    const target = await storageIn('cn-north-1').prepareDownload(download, now);
    const url = new URL(target.url);
    expect(url.pathname).toBe('/applications/PN-2611-AAAA-BBBB/01-x');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    expect(url.searchParams.get('response-cache-control')).toBe('no-store');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      'attachment; filename="01-x"',
    );
    expect(target.expiresAt).toBe('2026-11-28T02:05:00.000Z');
    expect(presignedUrlAccepts(target.url, { method: 'GET' }, credentials.secretAccessKey)).toBe(
      true,
    );
    // The response headers are signed: a link asking for another type does not open.
    const altered = new URL(target.url);
    altered.searchParams.set('response-content-type', 'text/html');
    expect(presignedUrlAccepts(altered.href, { method: 'GET' }, credentials.secretAccessKey)).toBe(
      false,
    );
  });
});
