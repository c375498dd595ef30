import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxDocumentBytes } from '../../../functions/domain/application/documents.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp, testDocumentsFolder } from '../../support/test-app.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let credentials: { reference: string; accessCode: string };

// The first bytes of real files of each format, padded to a size.
const png = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
  const res = await app.request('/api/applications', {
    method: 'POST',
    body: JSON.stringify(
      exampleApplication({
        applicant: {
          name: '许佳',
          idNumber: idNumberFor('1962-04-04', '246'),
          mobile: '13022223333',
        },
      }),
    ),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'documents-test-key' },
  });
  const { reference, accessCode } = (await res.json()) as { reference: string; accessCode: string };
  credentials = { reference, accessCode };
});
afterAll(() => database.close());

function requestUpload(body: Record<string, unknown>) {
  return app.request('/api/status/documents', {
    method: 'POST',
    body: JSON.stringify({ ...credentials, ...body }),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.44' },
  });
}

type Grant = {
  documentId: string;
  upload: { url: string; method: string; headers: Record<string, string> };
};

describe('supporting documents', () => {
  it('grants an upload, stores the file under the data folder and records it in the history', async () => {
    const res = await requestUpload({ type: 'id-card', contentType: 'image/png', size: 2048 });
    expect(res.status).toBe(201);
    const grant = (await res.json()) as Grant;
    expect(grant.upload.method).toBe('PUT');
    const put = await app.request(grant.upload.url, {
      method: 'PUT',
      body: png(2048),
      headers: grant.upload.headers,
    });
    expect(put.status).toBe(200);
    const stored = await readFile(
      join(testDocumentsFolder, credentials.reference, grant.documentId),
    );
    expect(stored.length).toBe(2048);
    const view = (await (
      await app.request('/api/status', {
        method: 'POST',
        body: JSON.stringify(credentials),
        headers: { 'Content-Type': 'application/json' },
      })
    ).json()) as { timeline: { text: { 'zh-CN': string } }[] };
    expect(view.timeline.map((e) => e.text['zh-CN'])).toContain('上传材料：身份证');
  });

  it('lets the township open an uploaded document with a short-lived link, and nobody else', async () => {
    const res = await requestUpload({ type: 'income-proof', contentType: 'image/png', size: 1024 });
    const grant = (await res.json()) as Grant;
    await app.request(grant.upload.url, {
      method: 'PUT',
      body: png(1024),
      headers: grant.upload.headers,
    });

    const own = staffClient(app, await staffToken(['township-445281001000']));
    const path = `/api/staff/applications/${credentials.reference}/documents/${grant.documentId}`;
    const linked = await own.get(path);
    expect(linked.status).toBe(200);
    const { url } = (await linked.json()) as { url: string; expiresAt: string };
    const file = await app.request(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect((await file.arrayBuffer()).byteLength).toBe(1024);

    // An upload token does not read, and a download token does not write.
    expect((await app.request(grant.upload.url)).status).toBe(404);
    const overwrite = await app.request(url, {
      method: 'PUT',
      body: png(1024),
      headers: grant.upload.headers,
    });
    expect(overwrite.status).toBe(404);
    // Another township and an unknown document get the same 404.
    const other = staffClient(app, await staffToken(['township-445281005000']));
    expect((await other.get(path)).status).toBe(404);
    expect(
      (await own.get(`/api/staff/applications/${credentials.reference}/documents/nope`)).status,
    ).toBe(404);
  });

  it('refuses formats, sizes and kinds outside the limits, naming the field', async () => {
    const exe = await requestUpload({
      type: 'id-card',
      contentType: 'application/x-msdownload',
      size: 10,
    });
    expect(await exe.json()).toMatchObject({
      errors: [{ path: 'contentType', message: '只能上传照片（JPG、PNG）或 PDF 文件' }],
    });
    const huge = await requestUpload({
      type: 'id-card',
      contentType: 'image/png',
      size: maxDocumentBytes + 1,
    });
    expect(await huge.json()).toMatchObject({ errors: [{ path: 'size' }] });
    const kind = await requestUpload({ type: 'selfie', contentType: 'image/png', size: 10 });
    expect(await kind.json()).toMatchObject({ errors: [{ path: 'type' }] });
  });

  it('refuses bytes that are not what was declared, a different size, and a forged token', async () => {
    const grant = (await (
      await requestUpload({ type: 'medical-records', contentType: 'image/png', size: 100 })
    ).json()) as Grant;
    const notPng = await app.request(grant.upload.url, {
      method: 'PUT',
      body: new TextEncoder().encode('MZ'.padEnd(100, 'x')),
      headers: grant.upload.headers,
    });
    expect(notPng.status).toBe(415);
    const shorter = await app.request(grant.upload.url, {
      method: 'PUT',
      body: png(50),
      headers: grant.upload.headers,
    });
    expect(shorter.status).toBe(413);
    const forged = await app.request(`${grant.upload.url.slice(0, -4)}AAAA`, {
      method: 'PUT',
      body: png(100),
      headers: grant.upload.headers,
    });
    expect(forged.status).toBe(404);
  });

  it('needs the right access code', async () => {
    const res = await app.request('/api/status/documents', {
      method: 'POST',
      body: JSON.stringify({
        ...credentials,
        accessCode: 'WRONGONE',
        type: 'id-card',
        contentType: 'image/png',
        size: 10,
      }),
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.45' },
    });
    expect(res.status).toBe(404);
  });
});
