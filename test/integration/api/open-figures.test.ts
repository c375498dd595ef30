import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { drainPendingCounts } from '../../support/drain-counts.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { submitApplication } from '../../support/staff-client.ts';
import { createTestApp } from '../../support/test-app.ts';

const liushaEast = '445281001000';
const chiwei = '445281005000';
const villages: Record<string, string> = { [liushaEast]: '445281001201', [chiwei]: '445281005201' };

let clock = new Date('2026-10-14T02:00:00.000Z');
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let person = 0;

interface Cell {
  received: number | string;
  decided: number | string;
  inTimePercent: number | null;
}
interface Body {
  from: string;
  to: string;
  threshold: number;
  months: {
    month: string;
    townships: { township: string; programmes: Record<string, Cell>; total: Cell }[];
    city: { programmes: Record<string, Cell>; total: Cell };
  }[];
}

async function applyIn(township: string) {
  await submitApplication(
    app,
    exampleApplication({
      applicant: {
        name: '公开测试',
        idNumber: idNumberFor('1958-01-01', String(++person).padStart(3, '0')),
        mobile: '13800000000',
      },
      residence: {
        townshipCode: township as typeof liushaEast,
        villageCode: villages[township] ?? '',
        address: '1 号',
      },
    }),
  );
}

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database, undefined, () => clock);
  for (let i = 0; i < 6; i++) await applyIn(liushaEast);
  for (let i = 0; i < 2; i++) await applyIn(chiwei);
  await drainPendingCounts(database);
  clock = new Date('2026-12-03T02:00:00.000Z');
});
afterAll(() => database.close());

const get = (query: string, locale = 'zh-CN') =>
  app.request(`/api/open-figures${query}`, { headers: { 'Accept-Language': locale } });

describe('GET /api/open-figures', () => {
  it('publishes the closed months from the counters: 2 as <5, and the 6 that would give it away withheld', async () => {
    const response = await get('?from=2026-10&to=2026-12');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    expect(body.months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    const october = body.months[0];
    const row = (code: string) => october?.townships.find((t) => t.township === code);
    expect(october?.city.programmes.dibao?.received).toBe(8);
    expect(row(chiwei)?.programmes.dibao?.received).toBe('<5');
    // 8 in the city less 6 in Liusha East would give Chiwei's 2 away: the 6 is withheld.
    expect(row(liushaEast)?.programmes.dibao?.received).toBe('withheld');
    expect(row(liushaEast)?.total.received).toBe('withheld');
    expect(body.threshold).toBe(5);
  });

  it('may be kept by browsers for an hour and by CloudFront for six', async () => {
    const response = await get('');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600, s-maxage=21600');
    const body = (await response.json()) as Body;
    // By default the twelve months up to the last one that ended.
    expect([body.from, body.to]).toEqual(['2025-12', '2026-11']);
  });

  it('names the wrong month in the language asked for', async () => {
    const zh = await get('?from=2026-13');
    expect(zh.status).toBe(400);
    expect(((await zh.json()) as { errors: unknown[] }).errors).toEqual([
      { path: 'from', message: '月份格式应为 YYYY-MM，例如 2026-10。' },
    ]);
    const en = await get('?from=2026-11&to=2026-01', 'en');
    expect(((await en.json()) as { errors: unknown[] }).errors).toEqual([
      { path: 'from', message: 'The first month cannot be after the last.' },
    ]);
    const long = await get('?from=2020-01&to=2026-01', 'en');
    expect(long.status).toBe(400);
  });
});
