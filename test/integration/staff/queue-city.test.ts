import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

/**
 * The city's queue (issue 20 item 7): city and bureau reviewers see every township's
 * applications in one queue, in the townships' own order, and may narrow it to one
 * township; a township reviewer still sees only its own.
 */
const liushaEast = '445281001000';
const chiwei = '445281005000';

interface Row {
  reference: string;
  townshipCode: string;
  priority: 'emergency' | 'normal';
  dueAt: string;
  programmes: string[];
  lines?: { programme: string; state: string; dueAt: string }[];
}
interface Page {
  township: string;
  items: Row[];
  cursor?: string;
}

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let city: ReturnType<typeof staffClient>;
let bureau: ReturnType<typeof staffClient>;
let liushaReviewer: ReturnType<typeof staffClient>;
const submitted: Record<string, string> = {};

let person = 0;
const applicant = () => ({
  name: '陈小明',
  idNumber: idNumberFor('1957-04-09', String(100 + ++person).padStart(3, '0')),
  mobile: '13812345678',
});
const inChiwei = {
  townshipCode: chiwei,
  villageCode: '445281005201',
  address: '池尾 1 号',
} as const;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
  city = staffClient(app, await staffToken(['city-reviewer'], { sub: 'city-1' }));
  bureau = staffClient(app, await staffToken(['admin'], { sub: 'admin-1' }));
  liushaReviewer = staffClient(app, await staffToken([`township-${liushaEast}`], { sub: 'l-1' }));
  type Overrides = NonNullable<Parameters<typeof exampleApplication>[0]>;
  const emergency = (townshipCode: typeof liushaEast | typeof chiwei): Overrides => ({
    programmes: ['temporary-emergency'],
    emergency: { description: '房屋失火', occurredOn: '2026-11-27', townshipCode },
  });
  const plans: Record<string, Overrides> = {
    liushaDibao: {},
    liushaBoth: { programmes: ['dibao', 'tekun'] },
    liushaEmergency: emergency(liushaEast),
    chiweiDibao: { residence: inChiwei },
    chiweiTekun: { residence: inChiwei, programmes: ['tekun'] },
    chiweiEmergency: { residence: inChiwei, ...emergency(chiwei) },
  };
  for (const [name, overrides] of Object.entries(plans)) {
    const { reference } = await submitApplication(
      app,
      exampleApplication({ applicant: applicant(), ...overrides }),
    );
    submitted[name] = reference;
  }
});
afterAll(() => database.close());

const read = async (client: ReturnType<typeof staffClient>, query = '') => {
  const response = await client.get(`/api/staff/queue${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
};
const positionOf = (row: Row) =>
  `${row.priority === 'emergency' ? 0 : 1}#${row.dueAt}#${row.reference}`;

/** Every page of a queue, following its cursors. */
async function walk(client: ReturnType<typeof staffClient>, query: string): Promise<Row[][]> {
  const pages: Row[][] = [];
  let cursor: string | undefined;
  do {
    const page = await read(client, `${query}${cursor ? `&cursor=${cursor}` : ''}`);
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor && pages.length < 20);
  return pages;
}

describe("the city's queue", () => {
  it('shows a city reviewer every township without naming one, emergencies first, then the earliest due date', async () => {
    const queue = await read(city);
    expect(queue.township).toBe('all');
    const references = queue.items.map((r) => r.reference);
    expect(references.sort()).toEqual(Object.values(submitted).sort());
    expect(new Set(queue.items.map((r) => r.townshipCode))).toEqual(new Set([liushaEast, chiwei]));
    const positions = queue.items.map(positionOf);
    expect(positions).toEqual([...positions].sort());
    expect(queue.items.slice(0, 2).every((r) => r.priority === 'emergency')).toBe(true);
    expect(queue.cursor).toBeUndefined();
    // The bureau (admin) sees the same queue.
    expect((await read(bureau)).items.map((r) => r.reference)).toEqual(
      queue.items.map((r) => r.reference),
    );
  });

  it("shows each programme's line with its state and due date", async () => {
    const queue = await read(city);
    const both = queue.items.find((r) => r.reference === submitted.liushaBoth);
    expect(both?.lines?.map((l) => [l.programme, l.state])).toEqual([
      ['dibao', 'submitted'],
      ['tekun', 'submitted'],
    ]);
    expect(both?.lines?.every((l) => /^\d{4}-\d{2}-\d{2}$/.test(l.dueAt))).toBe(true);
  });

  it('pages across townships with its cursor: every application once, in order', async () => {
    const whole = (await read(city)).items.map((r) => r.reference);
    for (const limit of [1, 2, 4]) {
      const pages = await walk(city, `?limit=${limit}`);
      expect(pages.every((p) => p.length <= limit)).toBe(true);
      expect(pages.flat().map((r) => r.reference)).toEqual(whole);
    }
  });

  it('applies the programme and status filters across townships, page by page', async () => {
    const pages = await walk(city, '?limit=1&programme=tekun');
    const rows = pages.flat();
    expect(rows.map((r) => r.reference).sort()).toEqual(
      [submitted.liushaBoth, submitted.chiweiTekun].sort(),
    );
    const none = await read(city, '?status=confirmed');
    expect(none.items).toEqual([]);
    expect(none.cursor).toBeUndefined();
  });

  it('narrows to one township when the city names it', async () => {
    const queue = await read(city, `?township=${chiwei}`);
    expect(queue.township).toBe(chiwei);
    expect(queue.items.map((r) => r.reference).sort()).toEqual(
      [submitted.chiweiDibao, submitted.chiweiTekun, submitted.chiweiEmergency].sort(),
    );
  });

  it("still shows a township reviewer only its own township's queue", async () => {
    const queue = await read(liushaReviewer);
    expect(queue.township).toBe(liushaEast);
    expect(queue.items.every((r) => r.townshipCode === liushaEast)).toBe(true);
    expect(queue.items).toHaveLength(3);
    expect((await liushaReviewer.get(`/api/staff/queue?township=${chiwei}`)).status).toBe(404);
  });

  it("refuses a cursor from another queue or view: the city's in a township's, and back", async () => {
    const cityPage = await read(city, '?limit=1');
    const townshipPage = await read(city, `?township=${chiwei}&limit=1`);
    expect(cityPage.cursor).toBeTruthy();
    expect(townshipPage.cursor).toBeTruthy();
    const refused = [
      await liushaReviewer.get(`/api/staff/queue?cursor=${cityPage.cursor}`),
      await city.get(`/api/staff/queue?township=${chiwei}&cursor=${cityPage.cursor}`),
      await city.get(`/api/staff/queue?cursor=${townshipPage.cursor}`),
      await city.get(`/api/staff/queue?view=closed&cursor=${cityPage.cursor}`),
      await city.get('/api/staff/queue?cursor=bm90LWEtY3Vyc29y'),
    ];
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
  });
});
