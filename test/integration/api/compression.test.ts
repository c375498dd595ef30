import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressAbove } from '../../../functions/api/middleware/compression.ts';
import { exampleApplication } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { bearer, staffToken } from '../../support/staff-tokens.ts';
import { recordEvidence } from '../../support/summary.ts';
import { createTestApp } from '../../support/test-app.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

const gzip = { 'Accept-Encoding': 'gzip, deflate, br' };

describe('compressed API responses', () => {
  it('gzips the staff application view for a client that accepts it, the same JSON inside', async () => {
    const { reference, accessCode } = await submitApplication(app, exampleApplication());
    const token = await staffToken(['township-445281001000']);
    const reviewer = staffClient(app, token);
    expect((await reviewer.act(reference, 'claim')).status).toBe(200);
    await app.request('/api/status/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        reference,
        accessCode,
        type: 'income-proof',
        contentType: 'application/pdf',
        size: 2000,
      }),
    });
    const path = `/api/staff/applications/${reference}`;

    const plain = await app.request(path, { headers: bearer(token) });
    const plainBytes = new Uint8Array(await plain.arrayBuffer());
    expect(plain.headers.get('content-encoding')).toBeNull();

    const compressed = await app.request(path, { headers: { ...bearer(token), ...gzip } });
    expect(compressed.status).toBe(200);
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(compressed.headers.get('vary')).toMatch(/accept-encoding/i);
    const gzipped = Buffer.from(await compressed.arrayBuffer());
    expect(JSON.parse(gunzipSync(gzipped).toString('utf8'))).toEqual(
      JSON.parse(new TextDecoder().decode(plainBytes)),
    );
    expect(gzipped.length).toBeLessThan(plainBytes.length / 4);
    recordEvidence('staff application view size', {
      identityBytes: plainBytes.length,
      gzipBytes: gzipped.length,
    });
  });

  it('leaves bodies under 1 KB alone, with their length stated', async () => {
    const res = await app.request('/api/townships/445281999999', { headers: gzip });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-encoding')).toBeNull();
    const body = new Uint8Array(await res.arrayBuffer());
    expect(body.length).toBeLessThan(compressAbove);
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect(JSON.parse(new TextDecoder().decode(body))).toMatchObject({ status: 404 });
  });

  it('sends the cacheable public reference data compressed and cacheable', async () => {
    for (const path of ['/api/townships', '/api/openapi.json', '/api/docs']) {
      const res = await app.request(path, { headers: gzip });
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect(res.headers.get('cache-control'), path).toMatch(/^public, max-age=\d+$/);
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).length).toBeGreaterThan(
        compressAbove,
      );
    }
  });

  it('sends identity to a client that does not ask for compression', async () => {
    const res = await app.request('/api/townships?include=villages');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(((await res.json()) as { count: number }).count).toBe(33);
  });
});
