import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createS3DocumentStorage } from '../../../functions/store/document-storage.ts';

describe('the S3 document storage (AWS)', () => {
  it('presigns a PUT for one object, its content type and its exact size, for 15 minutes', async () => {
    // Signing happens locally; no request is sent.
    const client = new S3Client({
      region: 'cn-north-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG' },
    });
    const storage = createS3DocumentStorage({ bucket: 'puning-documents', client });
    const now = new Date('2026-11-28T02:00:00Z');
    const target = await storage.prepareUpload(
      { reference: 'PN-2611-AAAA-BBBB', documentId: '01-x', contentType: 'image/png', size: 2048 },
      now,
    );
    const url = new URL(target.url);
    expect(url.hostname).toContain('puning-documents');
    expect(url.pathname).toContain('applications/PN-2611-AAAA-BBBB/01-x');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain('content-length');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain('content-type');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(target).toMatchObject({
      method: 'PUT',
      headers: { 'Content-Type': 'image/png' },
      expiresAt: '2026-11-28T02:15:00.000Z',
    });
  });
});
