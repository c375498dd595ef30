import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

// The bureau has delegated confirmation to the townships (a dated setting, off by
// default): here it is on, to show a relative's case still goes to the city.
vi.mock('../../../functions/domain/policy/parameters.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../functions/domain/policy/parameters.ts')>();
  return {
    ...original,
    parametersAsOf: (date: string) => {
      const p = original.parametersAsOf(date);
      return {
        ...p,
        confirmationDelegatedToTownships: { ...p.confirmationDelegatedToTownships, value: true },
      };
    },
  };
});

const liushaEast = '445281001000';
let clock = new Date('2026-11-30T02:00:00.000Z'); // a Monday
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

let person = 0;
const applicant = () => ({
  name: '黄阿叔',
  idNumber: idNumberFor('1955-05-05', String(700 + ++person)),
  mobile: '13812345678',
});

/** A dibao case taken to the township's approval (notice over, approved). */
async function approvedCase(declaredOnForm: boolean): Promise<string> {
  clock = new Date('2026-11-30T02:00:00.000Z');
  const { reference } = await submitApplication(
    app,
    exampleApplication({
      applicant: applicant(),
      ...(declaredOnForm
        ? { staffRelative: { position: 'village-cadre', staffName: '林某', relationship: '侄子' } }
        : {}),
    }),
  );
  for (const [action, input] of [
    ['claim', {}],
    ['recordInvestigation', { visitedOn: '2026-11-30', findings: '收入属实' }],
    ['startPublicNotice', { startsOn: '2026-11-30' }],
  ] as const)
    expect((await township.act(reference, action, input)).status).toBe(200);
  clock = new Date('2026-12-07T02:00:00.000Z');
  expect((await township.act(reference, 'endPublicNotice')).status).toBe(200);
  expect(
    (await township.act(reference, 'approve', { monthlyAmountYuan: 300, opinion: '符合' })).status,
  ).toBe(200);
  return reference;
}

const confirmation = { monthlyAmountYuan: 300, startMonth: '2027-01' };

describe('relatives of township staff and village cadres (57号 第十一条, 第二十条)', () => {
  it('lets a delegated township confirm an ordinary case', async () => {
    const reference = await approvedCase(false);
    expect((await township.act(reference, 'confirm', confirmation)).status).toBe(200);
  });

  it('marks a case the township declares, in the queue and the case view, and keeps its confirmation with the city after the city’s visit', async () => {
    const reference = await approvedCase(false);
    const { version } = await township.view(reference);
    const declared = await township.post(`/api/staff/applications/${reference}/staff-relative`, {
      version,
      input: { position: 'township-staff', staffName: '王某', relationship: '配偶' },
    });
    expect(declared.status).toBe(200);
    expect(await declared.json()).toMatchObject({
      staffRelative: { declaredBy: 'staff', position: 'township-staff' },
      awaitsCityVisit: true,
      confirmationDelegated: true,
    });
    const queue = (await (await township.get('/api/staff/queue')).json()) as {
      items: { reference: string; staffRelative?: true }[];
    };
    expect(queue.items.find((i) => i.reference === reference)?.staffRelative).toBe(true);

    // Delegation does not reach this case: the township may not confirm it.
    expect((await township.act(reference, 'confirm', confirmation)).status).toBe(403);
    expect((await township.view(reference)).lines).toEqual([
      expect.objectContaining({ programme: 'dibao', actions: [] }),
    ]);
    // The city may not confirm before its own home visit is on record …
    const early = await city.actOn(reference, 'dibao', 'confirm', confirmation);
    expect(early.status).toBe(400);
    expect(JSON.stringify(await early.json())).toContain('入户调查');
    // … and a township cannot record the city's visit.
    const townshipVisit = await township.post(`/api/staff/applications/${reference}/city-visit`, {
      version: (await township.view(reference)).version,
      input: { visitedOn: '2026-12-07', findings: '已入户' },
    });
    expect(townshipVisit.status).toBe(403);
    const visit = await city.post(`/api/staff/applications/${reference}/city-visit`, {
      version: (await city.view(reference)).version,
      input: { visitedOn: '2026-12-07', findings: '入户核实，与申报相符' },
    });
    expect(visit.status).toBe(200);
    expect((await city.actOn(reference, 'dibao', 'confirm', confirmation)).status).toBe(200);
  });

  it('takes the applicant’s own declaration from the form', async () => {
    const reference = await approvedCase(true);
    expect(await township.view(reference)).toMatchObject({
      staffRelative: { declaredBy: 'applicant', position: 'village-cadre' },
    });
    expect((await township.act(reference, 'confirm', confirmation)).status).toBe(403);
  });

  it('refuses a version other than the case’s and a wrong declaration, naming the field, and changes nothing', async () => {
    const { reference } = await submitApplication(
      app,
      exampleApplication({ applicant: applicant() }),
    );
    const { version } = await township.view(reference);
    const stale = await township.post(`/api/staff/applications/${reference}/staff-relative`, {
      // Not the version the case has now (the console showed another).
      version: version + 1,
      input: { position: 'township-staff', staffName: '王某', relationship: '配偶' },
    });
    expect(stale.status, await stale.clone().text()).toBe(409);
    const wrong = await app.request(`/api/staff/applications/${reference}/staff-relative`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await staffToken([`township-${liushaEast}`])}`,
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
      body: JSON.stringify({
        version,
        input: { position: 'mayor', staffName: '', relationship: '配偶' },
      }),
    });
    expect(wrong.status).toBe(400);
    expect(
      ((await wrong.json()) as { errors: { path: string }[] }).errors.map((e) => e.path),
    ).toEqual(['input.position', 'input.staffName']);
    expect((await township.view(reference)).version).toBe(version);
  });
});
