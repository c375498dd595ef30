import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoutePolicies, staffRoutes } from '../../../functions/api/routes/staff.ts';
import { actions, staffActions } from '../../../functions/domain/application/states.ts';
import { recordLeadVisit } from '../../../functions/domain/reports/lead.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { exampleComplaint, exampleLead, postJson } from '../../support/report-examples.ts';
import { submitApplication } from '../../support/staff-client.ts';
import {
  bearer,
  staffToken,
  tamperedToken,
  testIssuer,
  testStaff,
  unsignedToken,
} from '../../support/staff-tokens.ts';
import { recordEvidence } from '../../support/summary.ts';
import { createTestApp, fixedNow, testAppDeps } from '../../support/test-app.ts';

/**
 * Every staff route × {own township, other township, received, unknown} × every kind
 * of caller. `received` is a case the own township received where the person lives
 * and handed on to the other, their 户籍 township (代收转办, 民发〔2021〕57号 第四条):
 * its reviewers may read it, never act on it. The expected answer of each cell is
 * written out below; all cells are asserted.
 */
const own = '445281001000' as const; // 流沙东街道
const other = '445281005000'; // 池尾街道
const unknownTownship = '445281999000';
const unknownReference = 'PN-2611-ZZZZ-ZZZZ';

type Target = 'own' | 'other' | 'received' | 'unknown';
type Role = 'township-reviewer' | 'city-reviewer' | 'admin' | 'village-assistant';
type Caller =
  | 'township-reviewer'
  | 'city-reviewer'
  | 'admin'
  | 'village-assistant'
  | 'no token'
  | 'expired token'
  | 'wrong issuer'
  | 'alg none'
  | 'tampered signature';

const callers: Caller[] = [
  'township-reviewer',
  'city-reviewer',
  'admin',
  'village-assistant',
  'no token',
  'expired token',
  'wrong issuer',
  'alg none',
  'tampered signature',
];
const targets: Target[] = ['own', 'other', 'received', 'unknown'];

interface Route {
  readonly key: keyof typeof staffRoutePolicies;
  /** Expected status per caller with a valid token, per target. */
  readonly expect: Record<Role, Record<Target, number>>;
}

const seeing = { own: 200, other: 200, received: 200, unknown: 404 };
// For the scope routes `received` asks for the own township's queue, dashboard, export.
const ownOnly = { own: 200, other: 404, received: 200, unknown: 404 };
const starts = { own: 202, other: 202, received: 202, unknown: 404 };
const startsOwnOnly = { own: 202, other: 404, received: 202, unknown: 404 };
/** An export job is its requester's alone, whatever their role. */
const ownJob = { own: 200, other: 404, received: 200, unknown: 404 };
const everywhere = (status: number) => ({
  own: status,
  other: status,
  received: status,
  unknown: status,
});
// A village assistant (scoped to a village of the own township) opens only the cases it
// submitted — none of these — and has no queue, figures or decisions.
const hidden = everywhere(404);
const refused = everywhere(403);
const routes: Route[] = [
  {
    key: 'GET /api/staff/me',
    expect: {
      'township-reviewer': { own: 200, other: 200, received: 200, unknown: 200 },
      'city-reviewer': { own: 200, other: 200, received: 200, unknown: 200 },
      admin: { own: 200, other: 200, received: 200, unknown: 200 },
      'village-assistant': everywhere(200),
    },
  },
  {
    key: 'GET /api/staff/queue',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': seeing,
      admin: seeing,
      'village-assistant': refused,
    },
  },
  {
    key: 'GET /api/staff/applications/:reference',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': seeing,
      admin: seeing,
      'village-assistant': hidden,
    },
  },
  {
    key: 'GET /api/staff/applications/:reference/documents/:documentId',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': seeing,
      admin: seeing,
      'village-assistant': hidden,
    },
  },
  {
    key: 'POST /api/staff/applications/:reference/actions/:action',
    expect: {
      // The receiving township reads but does not act (代收转办).
      'township-reviewer': { own: 200, other: 404, received: 403, unknown: 404 },
      // The city does not claim (a township action); admins take no actions at all.
      'city-reviewer': { own: 403, other: 403, received: 403, unknown: 404 },
      admin: { own: 403, other: 403, received: 403, unknown: 403 },
      'village-assistant': refused,
    },
  },
  {
    // Applying on a person's behalf: the matrix's body is no application (400) for the
    // roles that may; the city and admins do not apply for people.
    key: 'POST /api/staff/applications',
    expect: {
      'township-reviewer': everywhere(400),
      'city-reviewer': refused,
      admin: refused,
      'village-assistant': everywhere(400),
    },
  },
  {
    key: 'GET /api/staff/submitted',
    expect: {
      'township-reviewer': everywhere(200),
      'city-reviewer': refused,
      admin: refused,
      'village-assistant': everywhere(200),
    },
  },
  {
    // Declaring a relative of staff: visible (404) and actable (403) first, then the
    // body — the matrix sends an empty input (400).
    key: 'POST /api/staff/applications/:reference/staff-relative',
    expect: {
      'township-reviewer': { own: 400, other: 404, received: 403, unknown: 404 },
      'city-reviewer': { own: 400, other: 400, received: 400, unknown: 404 },
      admin: refused,
      'village-assistant': refused,
    },
  },
  {
    key: 'POST /api/staff/applications/:reference/city-visit',
    expect: {
      'township-reviewer': refused,
      'city-reviewer': { own: 400, other: 400, received: 400, unknown: 404 },
      admin: refused,
      'village-assistant': refused,
    },
  },
  {
    // After approval: the township's reviews due and under way (its own only).
    key: 'GET /api/staff/reviews',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': seeing,
      admin: seeing,
      'village-assistant': refused,
    },
  },
  {
    key: 'GET /api/staff/dashboard',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': seeing,
      admin: seeing,
      'village-assistant': refused,
    },
  },
  {
    key: 'POST /api/staff/exports',
    expect: {
      'township-reviewer': startsOwnOnly,
      'city-reviewer': starts,
      admin: starts,
      'village-assistant': refused,
    },
  },
  {
    // "own": a job the caller started; "other": one a colleague of another township did.
    key: 'GET /api/staff/exports/:exportId',
    expect: {
      'township-reviewer': ownJob,
      'city-reviewer': ownJob,
      admin: ownJob,
      'village-assistant': refused,
    },
  },
  // Leads: `own`/`received` are leads of the own township, `other` one of the other.
  {
    key: 'GET /api/staff/leads',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': seeing,
      admin: seeing,
      'village-assistant': ownOnly,
    },
  },
  {
    key: 'GET /api/staff/leads/:reference',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': seeing,
      admin: seeing,
      'village-assistant': ownOnly,
    },
  },
  {
    key: 'POST /api/staff/leads/:reference/visit',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': refused,
      admin: refused,
      'village-assistant': ownOnly,
    },
  },
  {
    key: 'POST /api/staff/leads/:reference/outcome',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': refused,
      admin: refused,
      'village-assistant': refused,
    },
  },
  // Complaints: `own` is about the own township, `other` about the other, `received`
  // about an application by its reference. No township sees any, above all its own.
  {
    key: 'GET /api/staff/complaints',
    expect: {
      'township-reviewer': refused,
      'city-reviewer': { own: 200, other: 200, received: 200, unknown: 200 },
      admin: { own: 200, other: 200, received: 200, unknown: 200 },
      'village-assistant': refused,
    },
  },
  {
    key: 'GET /api/staff/complaints/:reference',
    expect: {
      'township-reviewer': refused,
      'city-reviewer': seeing,
      admin: seeing,
      'village-assistant': refused,
    },
  },
  {
    key: 'POST /api/staff/complaints/:reference/handling',
    expect: {
      'township-reviewer': refused,
      'city-reviewer': seeing,
      admin: refused,
      'village-assistant': refused,
    },
  },
  {
    key: 'POST /api/staff/complaints/:reference/reply',
    expect: {
      'township-reviewer': refused,
      'city-reviewer': seeing,
      admin: refused,
      'village-assistant': refused,
    },
  },
  {
    key: 'GET /api/staff/reports/counts',
    expect: {
      'township-reviewer': ownOnly,
      'city-reviewer': seeing,
      admin: seeing,
      'village-assistant': ownOnly,
    },
  },
];

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
const tokens = new Map<Caller, string | null>();
let otherReference = '';
let receivedReference = '';
let person = 0;

const villages: Record<string, string> = { [own]: '445281001201', [other]: '445281005201' };

/** An application of someone living in `township`, with their 户籍 in `hukouTownship`. */
async function freshReference(township: string, hukouTownship = township): Promise<string> {
  const { reference, accessCode } = await submitApplication(
    app,
    exampleApplication({
      ...(hukouTownship === township
        ? {}
        : {
            hukouPlace: {
              townshipCode: hukouTownship as typeof own,
              villageCode: villages[hukouTownship] ?? '',
            },
          }),
      applicant: {
        name: '测试',
        idNumber: idNumberFor('1950-01-01', String(++person).padStart(3, '0')),
        mobile: '13800000000',
      },
      residence: {
        townshipCode: township as typeof own,
        villageCode: villages[township] ?? '',
        address: '1 号',
      },
    }),
  );
  // Each application gets one supporting document, for the document route.
  const upload = await app.request('/api/status/documents', {
    method: 'POST',
    body: JSON.stringify({
      reference,
      accessCode,
      type: 'id-card',
      contentType: 'image/png',
      size: 100,
    }),
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': `198.51.100.${person % 250}`,
    },
  });
  documentIds.set(reference, ((await upload.json()) as { documentId: string }).documentId);
  return reference;
}

const documentIds = new Map<string, string>();

/** A job the token's holder started (a random id for a token that cannot start one). */
async function startExport(token: string): Promise<string> {
  const response = await app.request('/api/staff/exports', {
    method: 'POST',
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: '{}',
  });
  return response.status === 202
    ? ((await response.json()) as { id: string }).id
    : crypto.randomUUID();
}

let otherExportId = '';

/** The version a console would have shown (read from the table, 1 for unknown). */
async function currentVersion(reference: string): Promise<number> {
  const record = await createApplicationRepository(database.db, database.tableName).get(reference);
  return record?.version ?? 1;
}

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
  tokens.set('township-reviewer', await staffToken([`township-${own}`]));
  tokens.set('city-reviewer', await staffToken(['city-reviewer']));
  tokens.set('admin', await staffToken(['admin']));
  tokens.set(
    'village-assistant',
    await staffToken(['village-assistant'], { sub: 'va-own', division: villages[own] }),
  );
  tokens.set('no token', null);
  tokens.set('expired token', await staffToken([`township-${own}`], { expiresIn: -120 }));
  tokens.set(
    'wrong issuer',
    await staffToken([`township-${own}`], { issuer: `${testIssuer}-elsewhere` }),
  );
  tokens.set('alg none', unsignedToken([`township-${own}`]));
  tokens.set('tampered signature', await tamperedToken([`township-${own}`], ['city-reviewer']));
  otherReference = await freshReference(other);
  receivedReference = await freshReference(own, other);
  otherExportId = await startExport(await staffToken([`township-${other}`]));
});
afterAll(() => database.close());

/** A lead reported in `township`; visited already when the route records the outcome. */
async function freshLead(
  township: string,
  visited: boolean,
  village = villages[township] ?? '',
): Promise<string> {
  const response = await app.request(
    '/api/leads',
    postJson(
      exampleLead({
        place: { townshipCode: township as typeof own, villageCode: village },
      }),
      { 'X-Forwarded-For': `192.0.2.${++person % 250}` },
    ),
  );
  const { reference } = (await response.json()) as { reference: string };
  if (visited) {
    const reports = createApplicationRepository(database.db, database.tableName).reports;
    const lead = await reports.leads.get(reference);
    if (!lead) throw new Error('lead not stored');
    const by = { id: 'matrix', name: 'matrix', role: 'township-reviewer' };
    const change = recordLeadVisit(lead, { visitedOn: '2026-11-28', note: '走访' }, by, fixedNow);
    if (!change.ok) throw new Error('visit refused');
    await reports.leads.update(change.lead, lead.version);
  }
  return reference;
}

/** A complaint about `subject`: a township, or an application by its reference. */
async function freshComplaint(subject: string): Promise<string> {
  const response = await app.request(
    '/api/complaints',
    postJson(
      exampleComplaint({
        subject: subject.startsWith('PN-')
          ? { kind: 'case', reference: subject }
          : { kind: 'township', townshipCode: subject as typeof own },
      }),
      { 'X-Forwarded-For': `192.0.2.${++person % 250}` },
    ),
  );
  return ((await response.json()) as { reference: string }).reference;
}

/** The reference a route acts on for a target: an application, a lead or a complaint. */
async function referenceFor(route: Route, target: Target): Promise<string> {
  if (route.key.includes('/leads/')) {
    if (target === 'unknown') return 'XS-2611-ZZZZ-ZZZZ';
    return freshLead(target === 'other' ? other : own, route.key.endsWith('/outcome'));
  }
  if (route.key.includes('/complaints/')) {
    if (target === 'unknown') return 'TS-2611-ZZZZ-ZZZZ';
    return freshComplaint(target === 'own' ? own : target === 'other' ? other : otherReference);
  }
  return target === 'own'
    ? freshReference(own)
    : target === 'other'
      ? otherReference
      : target === 'received'
        ? receivedReference
        : unknownReference;
}

/** A valid input for each report action (an application's `claim` needs none). */
const reportInputs: Record<string, Record<string, string>> = {
  visit: { visitedOn: '2026-11-28', note: '走访' },
  outcome: { outcome: 'no-need', note: '无需救助' },
  handling: { note: '已转办' },
  reply: { reply: '已核查答复' },
};

/** The version a console would have shown of a lead or complaint (1 for unknown). */
async function reportVersion(reference: string): Promise<number> {
  const reports = createApplicationRepository(database.db, database.tableName).reports;
  const found = reference.startsWith('XS-')
    ? await reports.leads.get(reference)
    : await reports.complaints.get(reference);
  return found?.version ?? 1;
}

async function request(route: Route, target: Target, caller: Caller) {
  const token = tokens.get(caller);
  const headers = token ? bearer(token) : {};
  const township = { own, other, received: own, unknown: unknownTownship }[target];
  const [method = 'GET'] = route.key.split(' ');
  const reference = await referenceFor(route, target);
  const report = /\/(leads|complaints)\//.test(route.key);
  const action = route.key.split('/').at(-1) ?? '';
  // The documents route opens the link for a document the application really has.
  const path = route.key
    .replace('GET ', '')
    .replace('POST ', '')
    .replace(':reference', reference)
    .replace(':action', 'claim')
    .replace(':documentId', documentIds.get(reference) ?? 'no-such-document');
  if (route.key === 'POST /api/staff/exports')
    return app.request(path, {
      method,
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ township }),
    });
  if (route.key === 'GET /api/staff/exports/:exportId') {
    const id =
      target === 'other'
        ? otherExportId
        : target === 'unknown'
          ? crypto.randomUUID()
          : await startExport(token ?? '');
    return app.request(path.replace(':exportId', id), { headers });
  }
  const query = /queue|reviews|dashboard|counts|leads$/.test(path) ? `?township=${township}` : '';
  const body = report
    ? { version: await reportVersion(reference), input: reportInputs[action] ?? {} }
    : { version: await currentVersion(reference), input: {} };
  return app.request(`${path}${query}`, {
    method,
    headers: { ...headers, 'Content-Type': 'application/json' },
    ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
  });
}

describe('the staff authorization matrix', () => {
  it('answers every route × township × caller cell as specified', async () => {
    let cells = 0;
    const failures: string[] = [];
    for (const route of routes) {
      for (const target of targets) {
        for (const caller of callers) {
          const expected =
            caller === 'township-reviewer' ||
            caller === 'city-reviewer' ||
            caller === 'admin' ||
            caller === 'village-assistant'
              ? route.expect[caller][target]
              : 401;
          // A township reviewer asking for own township with ?township= is allowed.
          const response = await request(route, target, caller);
          cells++;
          if (response.status !== expected)
            failures.push(`${route.key} ${target} ${caller}: ${response.status} ≠ ${expected}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBe(routes.length * targets.length * callers.length);
    recordEvidence('staff authorization matrix', { cells, failures: failures.length });
    // Each lead and complaint cell reports one first: more than the default 30 s on 2 cores.
  }, 120_000);

  it('covers every staff action by role and township: who may decide what (delegation off)', async () => {
    type Who = 'own township' | 'other township' | 'city' | 'admin' | 'village assistant';
    const who: Record<Who, string> = {
      'own township': tokens.get('township-reviewer') ?? '',
      'other township': await staffToken([`township-${other}`]),
      city: tokens.get('city-reviewer') ?? '',
      admin: tokens.get('admin') ?? '',
      'village assistant': tokens.get('village-assistant') ?? '',
    };
    // What the law and the role allow: the township its own steps, the city bureau its
    // decisions (confirmation is not delegated by default), admins nothing; another
    // township does not even see the case. "allowed" may still be refused by the state
    // (409) or the input (422) — never by authorization.
    const expected = (caller: Who, action: (typeof staffActions)[number]) => {
      if (caller === 'other township') return 'hidden';
      if (caller === 'admin' || caller === 'village assistant') return 'forbidden';
      const by = actions[action].by;
      const city = by === 'city' || by === 'authority';
      return (caller === 'city') === city ? 'allowed' : 'forbidden';
    };
    const reference = await freshReference(own);
    const failures: string[] = [];
    let cells = 0;
    for (const action of staffActions)
      for (const caller of Object.keys(who) as Who[]) {
        const response = await app.request(
          `/api/staff/applications/${reference}/actions/${action}`,
          {
            method: 'POST',
            headers: { ...bearer(who[caller]), 'Content-Type': 'application/json' },
            body: JSON.stringify({
              version: await currentVersion(reference),
              programme: 'dibao',
              input: {},
            }),
          },
        );
        cells++;
        const want = expected(caller, action);
        const got =
          response.status === 404
            ? 'hidden'
            : response.status === 403 || response.status === 401
              ? 'forbidden'
              : 'allowed';
        if (got !== want) failures.push(`${action} by ${caller}: ${response.status} (${want})`);
      }
    expect(failures).toEqual([]);
    expect(cells).toBe(staffActions.length * 5);
    recordEvidence('staff action matrix', { cells, failures: failures.length });
  });

  it("answers another township's application exactly like an unknown reference", async () => {
    const token = tokens.get('township-reviewer') ?? '';
    const otherTownship = await app.request(`/api/staff/applications/${otherReference}`, {
      headers: bearer(token),
    });
    const unknown = await app.request(`/api/staff/applications/${unknownReference}`, {
      headers: bearer(token),
    });
    expect(otherTownship.status).toBe(404);
    expect(await otherTownship.text()).toBe(await unknown.text());
  });

  it('lets the receiving township read a handed-on case but keeps it out of its queue; the 户籍 township has it (57号 第四条)', async () => {
    const ownReviewer = bearer(tokens.get('township-reviewer') ?? '');
    const otherReviewer = bearer(await staffToken([`township-${other}`]));
    const view = await app.request(`/api/staff/applications/${receivedReference}`, {
      headers: ownReviewer,
    });
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({
      township: { code: other },
      receivingTownship: { code: own },
      readOnly: true,
      actions: [],
    });
    const queueOf = async (headers: Record<string, string>) =>
      (
        (await (await app.request('/api/staff/queue', { headers })).json()) as {
          items: { reference: string; receivingTownshipCode?: string }[];
        }
      ).items;
    expect((await queueOf(ownReviewer)).map((i) => i.reference)).not.toContain(receivedReference);
    expect(await queueOf(otherReviewer)).toContainEqual(
      expect.objectContaining({ reference: receivedReference, receivingTownshipCode: own }),
    );
    const responsible = await app.request(`/api/staff/applications/${receivedReference}`, {
      headers: otherReviewer,
    });
    expect(await responsible.json()).toMatchObject({ readOnly: false });
  });

  it('lets a village assistant see and visit its own village’s leads only, record no outcome and see no complaint', async () => {
    const assistant = bearer(await staffToken(['village-assistant'], { division: villages[own] }));
    const call = async (method: 'GET' | 'POST', path: string, input?: object) => {
      const reference = path.split('/')[4] ?? '';
      const response = await app.request(path, {
        method,
        headers: { ...assistant, 'Content-Type': 'application/json' },
        ...(method === 'POST'
          ? { body: JSON.stringify({ version: await reportVersion(reference), input }) }
          : {}),
      });
      return response.status;
    };
    const ownVillage = await freshLead(own, false);
    const visitedOwnVillage = await freshLead(own, true);
    const neighbourVillage = await freshLead(own, false, '445281001202');
    const otherTownship = await freshLead(other, false);
    const complaint = await freshComplaint(own);
    const cells: [string, number, number][] = [
      ['GET leads', await call('GET', '/api/staff/leads'), 200],
      [
        'GET leads of another township',
        await call('GET', `/api/staff/leads?township=${other}`),
        404,
      ],
      ['GET own village lead', await call('GET', `/api/staff/leads/${ownVillage}`), 200],
      [
        'GET neighbour village lead',
        await call('GET', `/api/staff/leads/${neighbourVillage}`),
        404,
      ],
      ['GET other township lead', await call('GET', `/api/staff/leads/${otherTownship}`), 404],
      [
        'visit own village',
        await call('POST', `/api/staff/leads/${ownVillage}/visit`, reportInputs.visit),
        200,
      ],
      [
        'visit neighbour village',
        await call('POST', `/api/staff/leads/${neighbourVillage}/visit`, reportInputs.visit),
        404,
      ],
      [
        'outcome own village',
        await call('POST', `/api/staff/leads/${visitedOwnVillage}/outcome`, reportInputs.outcome),
        403,
      ],
      ['GET complaints', await call('GET', '/api/staff/complaints'), 403],
      ['GET a complaint', await call('GET', `/api/staff/complaints/${complaint}`), 403],
      [
        'complaint handling',
        await call('POST', `/api/staff/complaints/${complaint}/handling`, reportInputs.handling),
        403,
      ],
      [
        'complaint reply',
        await call('POST', `/api/staff/complaints/${complaint}/reply`, reportInputs.reply),
        403,
      ],
      ['GET counts', await call('GET', '/api/staff/reports/counts'), 200],
    ];
    const failures = cells
      .filter(([, got, want]) => got !== want)
      .map(([what, got, want]) => `${what}: ${got} ≠ ${want}`);
    expect(failures).toEqual([]);
    recordEvidence('village assistant × leads and complaints', {
      cells: cells.length,
      failures: 0,
    });
  });

  it('has a policy for every staff route the app serves (deny by default)', () => {
    const { authenticate } = testStaff;
    if (!authenticate) throw new Error('the test staff settings verify no tokens');
    // The staff routes module the app imports on the first /api/staff request.
    const served = staffRoutes(testAppDeps(database), authenticate)
      .routes.filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} /api/staff${r.path}`);
    expect(served.length).toBeGreaterThan(0);
    for (const route of served) expect(Object.keys(staffRoutePolicies)).toContain(route);
    expect(routes.map((r) => r.key).sort()).toEqual(Object.keys(staffRoutePolicies).sort());
  });
});

describe('a village assistant', () => {
  it('opens the case it submitted, read-only, and no case another assistant submitted', async () => {
    const token = tokens.get('village-assistant') ?? '';
    const submitted = await app.request('/api/staff/applications', {
      method: 'POST',
      headers: { ...bearer(token), 'Content-Type': 'application/json' },
      body: JSON.stringify({
        application: exampleApplication({
          applicant: { name: '代办', idNumber: idNumberFor('1948-08-08', '901') },
          residence: { townshipCode: own, villageCode: villages[own] ?? '', address: '2 号' },
        }),
        consentRecord: { way: 'signed-form' },
      }),
    });
    expect(submitted.status).toBe(201);
    const { reference } = (await submitted.json()) as { reference: string };
    const view = await app.request(`/api/staff/applications/${reference}`, {
      headers: bearer(token),
    });
    expect(await view.json()).toMatchObject({ readOnly: true, actions: [] });
    // Another assistant of the same village does not see it.
    const colleague = await staffToken(['village-assistant'], {
      sub: 'va-other',
      division: villages[own],
    });
    const hiddenView = await app.request(`/api/staff/applications/${reference}`, {
      headers: bearer(colleague),
    });
    expect(hiddenView.status).toBe(404);
    // Without a valid division the group gives no role at all.
    const noDivision = await staffToken(['village-assistant'], { sub: 'va-none' });
    expect((await app.request('/api/staff/me', { headers: bearer(noDivision) })).status).toBe(403);
  });
});
