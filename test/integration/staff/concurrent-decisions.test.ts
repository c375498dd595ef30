import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
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

  it('applies exactly one of 50 conflicting decisions on one line; the others get 409', async () => {
    const token = await staffToken(['township-445281001000'], { sub: 'reviewer-c' });
    const reviewer = staffClient(app, token);
    const { reference } = await submitApplication(
      app,
      exampleApplication({ programmes: ['dibao', 'tekun'] }),
    );
    await reviewer.act(reference, 'claim');
    await reviewer.act(reference, 'recordInvestigation', {
      visitedOn: '2026-11-28',
      findings: '情况属实',
    });
    const before = (await reviewer.view(reference)) as unknown as {
      version: number;
      lines: { programme: string; version: number }[];
    };
    const tekun = before.lines.find((l) => l.programme === 'tekun');
    const decisions = [
      ['reject', { codes: ['supporters-able'], text: '其子有赡养能力' }],
      ['startPublicNotice', { startsOn: '2026-11-30' }],
    ] as const;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const [action, input] = decisions[i % decisions.length] ?? decisions[0];
        return app.request(`/api/staff/applications/${reference}/actions/${action}`, {
          method: 'POST',
          headers: { ...bearer(token), 'Content-Type': 'application/json' },
          body: JSON.stringify({
            version: before.version,
            programme: 'tekun',
            lineVersion: tekun?.version,
            input,
          }),
        });
      }),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const after = (await reviewer.view(reference)) as unknown as {
      lines: { programme: string; version: number; state: string }[];
    };
    expect(after.lines.find((l) => l.programme === 'tekun')?.version).toBe(
      (tekun?.version ?? 0) + 1,
    );
    // The other line did not move.
    expect(after.lines.find((l) => l.programme === 'dibao')?.state).toBe('investigated');
  });

  it('never loses a decision on one line to a decision made at the same time on another', async () => {
    const token = await staffToken(['township-445281001000'], { sub: 'reviewer-d' });
    const reviewer = staffClient(app, token);
    let kept = 0;
    for (let round = 0; round < 10; round++) {
      const { reference } = await submitApplication(
        app,
        exampleApplication({
          programmes: ['dibao', 'tekun', 'temporary-expense'],
          applicant: {
            ...exampleApplication().applicant,
            idNumber: idNumberFor('1956-03-08', String(200 + round)),
          },
        }),
      );
      await reviewer.act(reference, 'claim');
      await reviewer.act(reference, 'recordInvestigation', {
        visitedOn: '2026-11-28',
        findings: '情况属实',
      });
      const before = (await reviewer.view(reference)) as unknown as {
        version: number;
        lines: { programme: string; version: number }[];
      };
      const send = (programme: string, action: string, input: Record<string, unknown>) =>
        app.request(`/api/staff/applications/${reference}/actions/${action}`, {
          method: 'POST',
          headers: { ...bearer(token), 'Content-Type': 'application/json' },
          body: JSON.stringify({
            version: before.version,
            programme,
            lineVersion: before.lines.find((l) => l.programme === programme)?.version,
            input,
          }),
        });
      const responses = await Promise.all([
        send('dibao', 'startPublicNotice', { startsOn: '2026-11-30' }),
        send('tekun', 'reject', { codes: ['supporters-able'], text: '其子有赡养能力' }),
        send('temporary-expense', 'approveTemporary', {
          amountYuan: 2000,
          form: 'cash',
          plan: 'one-off',
          opinion: '医疗自付费用高',
        }),
      ]);
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      const after = (await reviewer.view(reference)) as unknown as {
        version: number;
        history: { action: string }[];
        lines: { programme: string; state: string }[];
      };
      expect(after.lines.map((l) => [l.programme, l.state])).toEqual([
        ['dibao', 'public_notice'],
        ['tekun', 'rejected'],
        ['temporary-expense', 'township_approved'],
      ]);
      expect(after.version).toBe(before.version + 3);
      kept += 3;
    }
    recordEvidence('staff decisions on different lines at once', { decisions: kept, lost: 0 });
  });
});
