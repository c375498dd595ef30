import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadInput } from '../../../functions/domain/reports/lead-input.ts';
import { createDevSink } from '../../../functions/notify/channels/dev-sink.ts';
import type { NotifierDeps } from '../../../functions/notify/drain.ts';
import { sweepReportMessages } from '../../../functions/notify/drain-reports.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { capturedLogger } from '../../support/captured-logger.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import {
  exampleComplaint,
  exampleLead,
  postJson,
  reportPlaces,
} from '../../support/report-examples.ts';
import { staffClient } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

/**
 * Leads and complaints on the dashboard (issue 19): open and overdue from the open
 * queues, closed from the tallies the repository adds to when an item is closed;
 * complaint figures for the city bureau and admins only.
 */
const { township, village, otherTownship, otherTownshipVillage } = reportPlaces;
let clock = new Date('2026-11-28T02:00:00.000Z');
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
const clientOf = async (groups: string[]) => staffClient(app, await staffToken(groups));

let address = 0;
async function submitLead(place: LeadInput['place']) {
  const response = await app.request(
    '/api/leads',
    postJson(exampleLead({ place }), { 'X-Forwarded-For': `203.0.113.${++address}` }),
  );
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

async function closeLead(
  reviewer: ReturnType<typeof staffClient>,
  reference: string,
  input: Record<string, string>,
) {
  const visited = await reviewer.post(`/api/staff/leads/${reference}/visit`, {
    version: 1,
    input: { visitedOn: '2026-11-30', note: '已上门了解情况。' },
  });
  expect(visited.status, await visited.clone().text()).toBe(200);
  const closed = await reviewer.post(`/api/staff/leads/${reference}/outcome`, {
    version: 2,
    input,
  });
  expect(closed.status, await closed.clone().text()).toBe(200);
}

async function submitComplaint() {
  const response = await app.request(
    '/api/complaints',
    postJson(exampleComplaint(), { 'X-Forwarded-For': `198.51.100.${++address}` }),
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

interface DashboardBody {
  leads: {
    open: number;
    overdue: number;
    closed: number;
    closedByOutcome: Record<string, number>;
    byTownship: { townshipCode: string; open: number; closed: number }[];
  };
  complaints?: { open: number; answered: number; overdue: number };
}

async function dashboard(client: ReturnType<typeof staffClient>): Promise<DashboardBody> {
  const response = await client.get('/api/staff/dashboard');
  expect(response.status).toBe(200);
  return (await response.json()) as DashboardBody;
}

function notifier(): NotifierDeps {
  const sink = createDevSink();
  return {
    repo: createApplicationRepository(database.db, database.tableName),
    channels: { sms: sink.port, email: sink.port, staff: sink.port },
    staffInbox: () => null,
    messages: { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' },
    policy: { maxAttempts: 3, baseMs: 1, capMs: 1 },
    now: () => new Date(clock.getTime() + 60_000),
    random: () => 0,
    logger: capturedLogger().logger,
  };
}

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database, capturedLogger().logger, () => clock);
  const reviewer = await clientOf([`township-${township}`]);
  const city = await clientOf(['city-reviewer']);
  const ours: LeadInput['place'] = { townshipCode: township, villageCode: village };
  const [noNeed, referred] = [await submitLead(ours), await submitLead(ours)];
  await submitLead(ours);
  await submitLead({ townshipCode: otherTownship, villageCode: otherTownshipVillage } as const);
  clock = new Date('2026-12-01T02:00:00.000Z');
  if (noNeed) await closeLead(reviewer, noNeed, { outcome: 'no-need', note: '子女已接回照顾。' });
  if (referred) await closeLead(reviewer, referred, { outcome: 'referred', referredTo: '县残联' });
  const answered = await submitComplaint();
  await submitComplaint();
  const replied = await city.post(`/api/staff/complaints/${answered}/reply`, {
    version: 1,
    input: { reply: '经核查，已督促镇里答复。' },
  });
  expect(replied.status, await replied.clone().text()).toBe(200);
  // Past the open leads' visit date (2026-12-04), before the complaints' reply date.
  clock = new Date('2026-12-10T02:00:00.000Z');
});
afterAll(() => database.close());

describe('the dashboard counts leads and complaints', () => {
  it('gives a township its own leads — open, overdue, closed by outcome — and no complaint figures', async () => {
    const reviewer = await clientOf([`township-${township}`]);
    const body = await dashboard(reviewer);
    expect(body.leads).toEqual({
      open: 1,
      overdue: 1,
      closed: 2,
      closedByOutcome: { 'no-need': 1, referred: 1 },
      byTownship: [
        {
          townshipCode: township,
          open: 1,
          overdue: 1,
          closed: 2,
          closedByOutcome: { 'no-need': 1, referred: 1 },
        },
      ],
    });
    expect(body).not.toHaveProperty('complaints');
    // Naming itself another township is refused, as for the applications' figures.
    expect((await reviewer.get(`/api/staff/dashboard?township=${otherTownship}`)).status).toBe(404);
  });

  it('gives the city every township’s leads and the complaints city-wide: open, answered, overdue', async () => {
    for (const groups of [['city-reviewer'], ['admin']]) {
      const body = await dashboard(await clientOf(groups));
      expect(body.leads).toMatchObject({ open: 2, overdue: 2, closed: 2 });
      expect(body.leads.byTownship.map((row) => [row.townshipCode, row.open, row.closed])).toEqual([
        [township, 1, 2],
        [otherTownship, 1, 0],
      ]);
      expect(body.complaints).toEqual({ open: 1, answered: 1, overdue: 0 });
    }
    clock = new Date('2027-01-05T02:00:00.000Z');
    const later = await dashboard(await clientOf(['city-reviewer']));
    expect(later.complaints).toEqual({ open: 1, answered: 1, overdue: 1 });
    clock = new Date('2026-12-10T02:00:00.000Z');
  });

  it('counts a closed item once, however often it is written again (reporters told)', async () => {
    const city = await clientOf(['city-reviewer']);
    const before = await dashboard(city);
    const swept = await sweepReportMessages(notifier());
    expect(swept.sent).toBeGreaterThanOrEqual(3);
    const after = await dashboard(city);
    expect(after.leads).toEqual(before.leads);
    expect(after.complaints).toEqual(before.complaints);
  });
});
