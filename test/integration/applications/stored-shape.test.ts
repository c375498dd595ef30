import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../functions/shared/logger.ts';
import { runAfterApprovalSweep } from '../../../functions/store/after-approval-sweep.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

/**
 * An application stored before routing told the receiving and the responsible township
 * apart: the table items exactly as the submission of 2026-12-03 wrote them (the
 * application and its claim; captured from that code's POST /api/applications with the
 * test app's keys). No 户籍 place, no receiving township, no routing basis — it must
 * still open, evaluate and move.
 */
const items = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../fixtures/stored-application-2026-12-03.json'),
    'utf8',
  ),
) as Record<string, unknown>[];
const reference = 'PN-2611-KYMA-GM83';
const accessCode = 'U2DH4RME'; // what that submission answered, once
const liushaEast = '445281001000';

const logger = createLogger();
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
  for (const item of items)
    await database.db.send(new PutCommand({ TableName: database.tableName, Item: item }));
});
afterAll(() => database.close());

describe('an application stored in the shape before 代收转办', () => {
  it('has none of the new fields (so this test really reads the old shape)', () => {
    const record = items.find((i) => i.SK === 'APP')?.record as Record<string, unknown>;
    expect(record).not.toHaveProperty('receivingTownshipCode');
    // …nor lines: it is read as one line per programme (issue 17).
    expect(record).not.toHaveProperty('lines');
    expect(record).not.toHaveProperty('routingBasis');
    expect(record.application).not.toHaveProperty('hukouPlace');
  });

  it('opens for its township with the eligibility recomputed, and nobody else township-wise', async () => {
    const reviewer = staffClient(app, await staffToken([`township-${liushaEast}`]));
    const view = await reviewer.view(reference);
    expect(view).toMatchObject({
      status: 'submitted',
      township: { code: liushaEast },
      readOnly: false,
      actions: expect.arrayContaining(['claim', 'transfer']),
    });
    expect(view).not.toHaveProperty('receivingTownship');
    expect((view.eligibility as { programmes: unknown[] }).programmes.length).toBeGreaterThan(0);
    const chiwei = staffClient(app, await staffToken(['township-445281005000']));
    expect((await chiwei.get(`/api/staff/applications/${reference}`)).status).toBe(404);
  });

  it('is in its township’s queue and moves: claimed, then asked for information', async () => {
    const reviewer = staffClient(app, await staffToken([`township-${liushaEast}`]));
    const queue = (await (await reviewer.get('/api/staff/queue')).json()) as {
      items: { reference: string }[];
    };
    expect(queue.items.map((i) => i.reference)).toContain(reference);
    expect((await reviewer.act(reference, 'claim')).status).toBe(200);
    const asked = await reviewer.act(reference, 'requestInfo', {
      message: '请补充近六个月的银行流水',
      dueOn: '2026-12-10',
    });
    expect(asked.status).toBe(200);
    const view = (await reviewer.view(reference)) as unknown as {
      status: string;
      lines: { programme: string; state: string; version: number }[];
      history: { action: string }[];
    };
    expect(view.status).toBe('needs_info');
    // Read as a line per programme, then written back with its lines and whole history.
    expect(view.lines.map((l) => [l.programme, l.state])).toEqual([['dibao', 'needs_info']]);
    expect(view.history.map((e) => e.action)).toEqual(['submit', 'claim', 'requestInfo']);
    const stored = await database.db.send(
      new GetCommand({
        TableName: database.tableName,
        Key: { PK: `APP#${reference}`, SK: 'APP' },
        ConsistentRead: true,
      }),
    );
    const written = stored.Item?.record as { lines: unknown[] } | undefined;
    expect(written?.lines).toHaveLength(1);
  });

  it('as a recipient confirmed before reviews, gets a review date, its review opened by the job, and a change reported', async () => {
    // The same stored shape, confirmed a year ago: no lines, no review date, no summary lines.
    const [app0] = items;
    const confirmedReference = 'PN-2611-KYMA-GM84';
    const { GSI3PK: _pending, GSI3SK: _at, ...item } = app0 ?? {};
    const stored = item.record as Record<string, unknown>;
    const summary = item.summary as Record<string, unknown>;
    await database.db.send(
      new PutCommand({
        TableName: database.tableName,
        Item: {
          ...item,
          PK: `APP#${confirmedReference}`,
          GSI1PK: `TWP#${liushaEast}#closed`,
          GSI1SK: `1#2025-10-20#${confirmedReference}`,
          record: {
            ...stored,
            reference: confirmedReference,
            status: 'confirmed',
            dueAt: '2025-10-20',
            outbox: [],
            procedure: { confirmation: { monthlyAmountYuan: 430, startMonth: '2025-11' } },
          },
          summary: { ...summary, reference: confirmedReference, status: 'confirmed' },
        },
      }),
    );
    const reviewer = staffClient(app, await staffToken([`township-${liushaEast}`]));
    const before = (await reviewer.view(confirmedReference)) as unknown as {
      lines: { facts: { review?: unknown } }[];
    };
    // Confirmed from November 2025, yearly: due 1 November 2026, read-time.
    expect(before.lines[0]?.facts.review).toEqual({ class: 'yearly', nextDueOn: '2026-11-01' });

    const repo = createApplicationRepository(database.db, database.tableName);
    const totals = await runAfterApprovalSweep(repo, new Date('2026-11-28T02:00:00Z'), logger);
    expect(totals.reviewsOpened).toBeGreaterThanOrEqual(1);
    const after = (await reviewer.view(confirmedReference)) as unknown as {
      status: string;
      lines: { state: string }[];
      history: { action: string; by: string }[];
    };
    expect(after.status).toBe('under_review');
    expect(after.history.map((e) => e.action)).toEqual(['submit', 'openReview']);

    const reported = await app.request('/api/status/changes', {
      method: 'POST',
      body: JSON.stringify({
        reference: confirmedReference,
        accessCode,
        kind: 'household',
        description: '孙子出生',
      }),
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.78' },
    });
    expect(reported.status).toBe(201);
    expect(((await reported.json()) as { changes: unknown[] }).changes).toHaveLength(1);
  });

  it('still shows the applicant its status with the access code it was given', async () => {
    const response = await app.request('/api/status', {
      method: 'POST',
      body: JSON.stringify({ reference, accessCode }),
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.77' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ township: { code: liushaEast } });
  });
});
