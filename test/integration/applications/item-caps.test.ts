import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxDocumentsPerApplication } from '../../../functions/domain/application/documents.ts';
import type { DeliveryPatch } from '../../../functions/store/application-repository.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { inlineHistoryEvents } from '../../../functions/store/item-compaction.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { recordEvidence } from '../../support/summary.ts';
import { createTestApp, fixedNow } from '../../support/test-app.ts';

/** DynamoDB refuses items over 400 KB; ours must stay far below it for a case's whole life. */
const itemLimitBytes = 400 * 1024;

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let repo: ReturnType<typeof createApplicationRepository>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
  repo = createApplicationRepository(database.db, database.tableName, { now: () => fixedNow });
});
afterAll(() => database.close());

const post = (path: string, body: unknown, locale = 'zh-CN') =>
  app.request(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
  });

/** The stored item as DynamoDB holds it, and its size as DynamoDB counts it (about). */
async function storedItem(reference: string) {
  const found = await database.db.send(
    new GetCommand({ TableName: database.tableName, Key: { PK: `APP#${reference}`, SK: 'APP' } }),
  );
  const item = found.Item ?? {};
  const binary = (item.historyArchive as Uint8Array | undefined)?.byteLength ?? 0;
  const { historyArchive: _b, ...rest } = item;
  return { item, bytes: Buffer.byteLength(JSON.stringify(rest)) + binary };
}

/** What the notifier would do: every pending message delivered. */
async function deliverAll(reference: string) {
  const record = await repo.get(reference);
  const patches = new Map<string, DeliveryPatch>();
  for (const m of record?.outbox ?? [])
    if (m.status === 'pending')
      patches.set(m.id, { status: 'sent', sentAt: fixedNow.toISOString(), attempts: 1 });
  await repo.recordDeliveries(reference, patches);
}

describe('an application over a long life', () => {
  it('keeps its item far below DynamoDB’s 400 KB through 50 requests and answers, every event still shown', async () => {
    const applicant = {
      ...exampleApplication().applicant,
      idNumber: idNumberFor('1956-03-08', '901'),
    };
    const { reference, accessCode } = await submitApplication(app, {
      ...exampleApplication(),
      applicant,
    });
    const reviewer = staffClient(app, await staffToken(['township-445281001000']));
    expect((await reviewer.act(reference, 'claim')).status).toBe(200);
    const cycles = 50;
    for (let i = 0; i < cycles; i++) {
      const asked = await reviewer.act(reference, 'requestInfo', {
        message: `请补充第 ${i + 1} 份收入证明，并说明家庭成员近 6 个月的务工收入情况`,
        dueOn: '2026-12-10',
      });
      expect(asked.status).toBe(200);
      const answered = await post('/api/status/answer', {
        reference,
        accessCode,
        answer: `已补充第 ${i + 1} 份收入证明：村委会出具，家庭成员近 6 个月务工收入每月约 600 元`,
      });
      expect(answered.status).toBe(200);
      await deliverAll(reference);
    }

    const full = await repo.get(reference);
    const events = full?.history.length ?? 0;
    expect(events).toBe(2 + cycles * 2);
    expect(full?.history[0]?.action).toBe('submit');
    expect(full?.outbox.every((m) => m.status === 'sent')).toBe(true);
    const unpacked = Buffer.byteLength(JSON.stringify(full));

    const { item, bytes } = await storedItem(reference);
    expect((item.record as { history: unknown[] }).history).toHaveLength(inlineHistoryEvents);
    expect(bytes).toBeLessThan(itemLimitBytes / 8);

    // Staff and the applicant still see the whole history.
    const view = (await reviewer.view(reference)) as unknown as { history: unknown[] };
    expect(view.history).toHaveLength(events);
    const status = (await (await post('/api/status', { reference, accessCode })).json()) as {
      timeline: unknown[];
    };
    expect(status.timeline.length).toBeGreaterThan(cycles);

    recordEvidence('item size', {
      historyEvents: events,
      messages: full?.outbox.length ?? 0,
      recordBytesUnpacked: unpacked,
      storedItemBytes: bytes,
      limitBytes: itemLimitBytes,
    });
  }, 180_000);

  it(`accepts ${maxDocumentsPerApplication} documents and refuses the next, naming the field, in both languages`, async () => {
    const applicant = {
      ...exampleApplication().applicant,
      idNumber: idNumberFor('1956-03-08', '902'),
    };
    const { reference, accessCode } = await submitApplication(app, {
      ...exampleApplication(),
      applicant,
    });
    const request = {
      reference,
      accessCode,
      type: 'income-proof',
      contentType: 'application/pdf',
      size: 2000,
    };
    for (let i = 0; i < maxDocumentsPerApplication; i++)
      expect((await post('/api/status/documents', request)).status).toBe(201);

    for (const [locale, words] of [
      ['zh-CN', '最多上传'],
      ['en', 'at most'],
    ] as const) {
      const refused = await post('/api/status/documents', request, locale);
      expect(refused.status).toBe(422);
      const problem = (await refused.json()) as { errors: { path: string; message: string }[] };
      expect(problem.errors).toEqual([
        { path: 'documents', message: expect.stringContaining(words) },
      ]);
    }
    expect((await repo.get(reference))?.documents).toHaveLength(maxDocumentsPerApplication);
  });
});
