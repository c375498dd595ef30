import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { drainPendingCounts } from '../../support/drain-counts.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

const liushaEast = '445281001000';

// Moved forward so the 7-day public notice can run its course.
let clock = new Date('2026-11-30T02:00:00.000Z'); // a Monday, 10:00 in Puning
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let township: ReturnType<typeof staffClient>;
let city: ReturnType<typeof staffClient>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database, undefined, () => clock);
  township = staffClient(app, await staffToken([`township-${liushaEast}`], { sub: 'lsd-1' }));
  city = staffClient(app, await staffToken(['city-reviewer'], { sub: 'city-1' }));
});
afterAll(() => database.close());

interface LineRow {
  programme: string;
  inProgress: number;
  approved: number;
  notApproved: number;
  withdrawn: number;
  monthlyTotalYuan: number;
  withinLimit: number;
  pastLimit: number;
}

/** A line action: names its programme, at the case's current version. */
async function actOn(
  client: ReturnType<typeof staffClient>,
  reference: string,
  action: string,
  programme: string | undefined,
  input: Record<string, unknown> = {},
) {
  const { version } = await client.view(reference);
  const response = await client.post(`/api/staff/applications/${reference}/actions/${action}`, {
    version,
    ...(programme ? { programme } : {}),
    input,
  });
  expect(response.status, `${action} ${programme ?? ''}: ${await response.clone().text()}`).toBe(
    200,
  );
}

describe('the dashboard and the export by programme line', () => {
  it('counts a 低保 + 特困 application with 低保 confirmed and 特困 not confirmed once in each', async () => {
    const { reference } = await submitApplication(
      app,
      exampleApplication({
        applicant: {
          name: '郑玉兰',
          idNumber: idNumberFor('1950-02-14', '311'),
          mobile: '13812345678',
        },
        programmes: ['dibao', 'tekun'],
      }),
    );
    await actOn(township, reference, 'claim', undefined);
    await actOn(township, reference, 'recordInvestigation', undefined, {
      visitedOn: '2026-11-30',
      findings: '独居，收入属实',
    });
    for (const programme of ['dibao', 'tekun'])
      await actOn(township, reference, 'startPublicNotice', programme, { startsOn: '2026-11-30' });
    clock = new Date('2026-12-08T02:00:00.000Z');
    for (const programme of ['dibao', 'tekun'])
      await actOn(township, reference, 'endPublicNotice', programme);
    await actOn(township, reference, 'approve', 'dibao', {
      monthlyAmountYuan: 420,
      opinion: '符合低保条件',
    });
    await actOn(township, reference, 'approve', 'tekun', {
      monthlyAmountYuan: 1200,
      opinion: '建议纳入特困供养',
      careLevel: 'self-care',
      supportForm: 'dispersed',
    });
    clock = new Date('2026-12-09T02:00:00.000Z');
    await actOn(city, reference, 'confirm', 'dibao', {
      monthlyAmountYuan: 420,
      startMonth: '2027-01',
    });
    await actOn(city, reference, 'notConfirm', 'tekun', {
      codes: ['supporters-able'],
      text: '子女有赡养能力',
    });

    await drainPendingCounts(database);
    const response = await township.get('/api/staff/dashboard');
    expect(response.status).toBe(200);
    const { byProgramme } = (await response.json()) as { byProgramme: LineRow[] };
    const dibao = byProgramme.find((r) => r.programme === 'dibao');
    const tekun = byProgramme.find((r) => r.programme === 'tekun');
    expect(dibao).toMatchObject({ approved: 1, notApproved: 0, monthlyTotalYuan: 420 });
    expect(tekun).toMatchObject({ approved: 0, notApproved: 1, monthlyTotalYuan: 0 });
    // Decided the day after the township's approval: within both limits.
    expect(dibao?.pastLimit).toBe(0);
    expect(tekun?.pastLimit).toBe(0);
    expect([dibao?.withinLimit, tekun?.withinLimit]).toEqual([1, 1]);

    const csv = await (await township.exportCsv()).text();
    const rows = csv.split('\r\n').filter((row) => row.startsWith(reference));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('城乡最低生活保障');
    expect(rows[0]).toContain(',420,');
    expect(rows[1]).toContain('特困人员救助供养');
    expect(rows[1]).toContain('市民政局不予确认');
  });
});
