import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('concurrent staff decisions on one application', () => {
  it('applies exactly one of 50 conflicting decisions; the other 49 get 409 and no history', async () => {
    const token = await staffToken(['township-445281001000'], { sub: 'reviewer-a' });
    const reviewer = staffClient(app, token);
    const { reference } = await submitApplication(app, exampleApplication());
    await reviewer.act(reference, 'claim');
    const before = (await reviewer.view(reference)) as unknown as {
      version: number;
      history: unknown[];
    };

    // Ten reviewers' worth of different decisions, all made on the same version.
    const decisions = [
      ['reject', { codes: ['income-above-standard'], text: '收入超过标准' }],
      ['requestInfo', { message: '请补充收入证明', dueOn: '2026-12-10' }],
      ['recordInvestigation', { visitedOn: '2026-11-28', findings: '情况属实' }],
      ['transfer', { toTownship: '445281005000', reason: '实际居住在池尾街道' }],
      ['assign', { assigneeId: 'reviewer-b', assigneeName: '李经办' }],
    ] as const;
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const [action, input] = decisions[i % decisions.length] ?? decisions[0];
        return app.request(`/api/staff/applications/${reference}/actions/${action}`, {
          method: 'POST',
          headers: { ...bearer(token), 'Content-Type': 'application/json' },
          body: JSON.stringify({ version: before.version, input }),
        });
      }),
    );
    const elapsedMs = performance.now() - started;
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);

    const after = await database.db.send(
      new (await import('@aws-sdk/lib-dynamodb')).GetCommand({
        TableName: database.tableName,
        Key: { PK: `APP#${reference}`, SK: 'APP' },
        ConsistentRead: true,
      }),
    );
    const record = after.Item?.record as { version: number; history: unknown[] };
    expect(record.version).toBe(before.version + 1);
    expect(record.history).toHaveLength(before.history.length + 1);
    recordEvidence('staff concurrent decisions', {
      requests: 50,
      applied: 1,
      conflicts: 49,
      historyEventsAdded: record.history.length - before.history.length,
      elapsedMs: Math.round(elapsedMs),
    });
  });
});
