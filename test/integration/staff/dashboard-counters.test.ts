import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { townships } from '../../../functions/domain/divisions.ts';
import { stockKey } from '../../../functions/domain/staff/counters.ts';
import { buildDashboard } from '../../../functions/domain/staff/dashboard.ts';
import {
  type ApplicationRepository,
  createApplicationRepository,
} from '../../../functions/store/application-repository.ts';
import { reconcileCounters } from '../../../functions/store/counter-reconcile.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { drainPendingCounts } from '../../support/drain-counts.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

const liushaEast = '445281001000';
const chiwei = '445281005000';
const xinan = '445281001201'; // 新安村委会 in 流沙东街道
let clock = new Date('2026-11-30T02:00:00.000Z');
let database: TestDatabase;
let repo: ApplicationRepository;
let app: ReturnType<typeof createTestApp>;
let township: ReturnType<typeof staffClient>;
let city: ReturnType<typeof staffClient>;

/**
 * Items as stored before lines and before counters: the captured submission of
 * 2026-12-03 (a message pending, so in the outbox index) and a withdrawn copy of it
 * that no index would ever bring to a drain — only the reconcile job counts it.
 */
function storedBeforeCounters(): Record<string, unknown>[] {
  const items = JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '../../fixtures/stored-application-2026-12-03.json'),
      'utf8',
    ),
  ) as Record<string, unknown>[];
  const open = items.find((i) => i.SK === 'APP') as Record<string, unknown>;
  const withdrawnReference = 'PN-2611-KYMA-OLD1';
  const { GSI3PK: _pk, GSI3SK: _sk, ...rest } = open;
  const record = open.record as Record<string, unknown>;
  const summary = open.summary as Record<string, unknown>;
  const withdrawn = {
    ...rest,
    PK: `APP#${withdrawnReference}`,
    GSI1PK: `TWP#${liushaEast}#closed`,
    GSI1SK: `1#2026-12-02#${withdrawnReference}`,
    summary: { ...summary, reference: withdrawnReference, status: 'withdrawn' },
    record: { ...record, reference: withdrawnReference, status: 'withdrawn', outbox: [] },
  };
  return [open, withdrawn];
}

/** The dashboard as the route answers it and as every summary in scope gives it. */
async function bothDashboards(client: ReturnType<typeof staffClient>, codes: readonly string[]) {
  const summaries = (await Promise.all(codes.map((code) => repo.allSummaries(code)))).flat();
  const response = await client.get('/api/staff/dashboard');
  expect(response.status).toBe(200);
  // Leads and complaints are their own items (dashboard-reports.test.ts).
  const {
    township: _scope,
    leads: _leads,
    complaints: _complaints,
    ...fromCounters
  } = await response.json();
  return { fromCounters, fromSummaries: buildDashboard(summaries, clock), summaries };
}

beforeAll(async () => {
  database = await startTestDatabase();
  repo = createApplicationRepository(database.db, database.tableName);
  app = createTestApp(database, undefined, () => clock);
  township = staffClient(app, await staffToken([`township-${liushaEast}`], { sub: 'lsd-1' }));
  city = staffClient(app, await staffToken(['city-reviewer'], { sub: 'city-1' }));
  for (const item of storedBeforeCounters())
    await database.db.send(new PutCommand({ TableName: database.tableName, Item: item }));
  const people = ['1950-02-14', '1961-07-01', '1972-03-09', '1948-10-30'];
  const references: string[] = [];
  for (const [i, born] of people.entries()) {
    const { reference } = await submitApplication(
      app,
      exampleApplication({
        applicant: {
          name: `申请人${i}`,
          idNumber: idNumberFor(born, '311'),
          mobile: '13812345678',
        },
        programmes: i % 2 === 0 ? ['dibao', 'tekun'] : ['dibao'],
      }),
    );
    references.push(reference);
  }
  // Someone else applies: an agent with the person's 委托书, and a village assistant.
  const agent = { name: '陈大华', relationship: 'child', mobile: '13900001111' };
  const byAgent = exampleApplication({
    applicant: { name: '陈阿婆', idNumber: idNumberFor('1946-05-05', '321') },
  });
  await submitApplication(app, { ...byAgent, agent } as typeof byAgent);
  const assistant = staffClient(
    app,
    await staffToken(['village-assistant'], { sub: 'va-xinan', division: xinan }),
  );
  const byAssistant = await assistant.post('/api/staff/applications', {
    application: exampleApplication({
      applicant: { name: '林阿伯', idNumber: idNumberFor('1944-04-04', '331') },
    }),
    consentRecord: { way: 'oral-witnessed', witnessName: '林主任' },
  });
  expect(byAssistant.status, await byAssistant.clone().text()).toBe(201);
  clock = new Date('2026-12-09T02:00:00.000Z');
  const [first, second, third] = references;
  if (third) {
    const referred = await township.act(third, 'recordReferral', {
      department: 'medical-security',
      note: '已联系医保窗口',
      referredOn: '2026-12-09',
    });
    expect(referred.status, await referred.clone().text()).toBe(200);
  }
  if (first) {
    expect((await township.act(first, 'claim')).status).toBe(200);
    expect(
      (await township.act(first, 'transfer', { toTownship: chiwei, reason: '实际居住在池尾街道' }))
        .status,
    ).toBe(200);
  }
  if (second) {
    expect((await township.act(second, 'claim')).status).toBe(200);
    expect(
      (
        await township.act(second, 'reject', {
          codes: ['income-above-standard'],
          text: '家庭人均收入高于低保标准',
        })
      ).status,
    ).toBe(200);
  }
  clock = new Date('2026-12-20T02:00:00.000Z');
});
afterAll(() => database.close());

describe('the dashboard read from counters', () => {
  it('gives what every summary gives, once the reconcile job has counted what was stored before counters', async () => {
    await drainPendingCounts(database);
    const report = await reconcileCounters(database.db, database.tableName, repo);
    expect(report).toMatchObject({ pending: 1, skipped: 0 });
    for (const [client, codes] of [
      [township, [liushaEast]],
      [city, townships.map((t) => t.code)],
    ] as const) {
      const { fromCounters, fromSummaries, summaries } = await bothDashboards(client, codes);
      expect(summaries.length).toBeGreaterThanOrEqual(codes.length > 1 ? 6 : 4);
      expect(fromCounters).toEqual(fromSummaries);
      expect(fromCounters.submittedForOthers).toEqual({
        byAgent: 1,
        byVillageAssistant: 1,
        byTownshipStaff: 0,
        consent: { 'written-authorisation': 1, 'oral-witnessed': 1 },
      });
      expect(fromCounters.referrals).toEqual({
        total: 1,
        byDepartment: { 'medical-security': 1 },
      });
    }
  });

  it('is set right by the reconcile job after the counters drifted', async () => {
    await drainPendingCounts(database);
    await repo.counters.addDelta(
      { [stockKey(liushaEast)]: { 'dibao#submitted': 5, 'application#submitted': 2 } },
      clock,
    );
    const drifted = await bothDashboards(
      city,
      townships.map((t) => t.code),
    );
    expect(drifted.fromCounters).not.toEqual(drifted.fromSummaries);
    const report = await reconcileCounters(database.db, database.tableName, repo);
    expect(report).toMatchObject({ pending: 0, drifted: 1, corrected: 1, skipped: 0 });
    const healed = await bothDashboards(
      city,
      townships.map((t) => t.code),
    );
    expect(healed.fromCounters).toEqual(healed.fromSummaries);
  });
});
