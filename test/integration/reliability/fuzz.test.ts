import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCheckInput } from '../../../functions/domain/policy/check-input-example.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { exampleComplaint, exampleLead } from '../../support/report-examples.ts';
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

/** Items other than wrong-code counters (a wrong code is allowed to be counted). */
async function storedItems(): Promise<number> {
  const result = await database.db.send(new ScanCommand({ TableName: database.tableName }));
  return (result.Items ?? []).filter((item) => !String(item.PK).startsWith('RL#')).length;
}

const nasty = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.constantFrom(
    '\u0000\u0001\u001f',
    '<script>alert(1)</script>',
    '445281195603081234',
    '1'.repeat(40),
  ),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 1e308, 0),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2026-02-30', '0000-00-00', '9999-99-99'),
);

/** Objects and values of every shape, including prototype-polluting keys and deep nesting. */
const malformed = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, nasty, tie('object'), tie('array')),
  object: fc.dictionary(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'status', 'version'),
    ),
    tie('value'),
    { maxKeys: 6 },
  ),
  array: fc.array(tie('value'), { maxLength: 30 }),
})).value;

/**
 * A valid body with one part replaced by something malformed. Free-text fields, where
 * almost any string is a valid answer (a complaint's account of what happened), are
 * left alone: replacing them makes a valid body, not a malformed one.
 */
function corrupt(valid: Record<string, unknown>, freeText: readonly string[] = []) {
  const keys = Object.keys(valid).filter((key) => !freeText.includes(key));
  return fc
    .tuple(fc.constantFrom(...keys), malformed)
    .map(([key, value]) => ({ ...valid, [key]: value }));
}

/** JSON nested `depth` levels deep, written out directly (no recursion needed). */
function deeplyNested(depth: number): string {
  return `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}

/** Someone applying for the applicant: the agent's fields, the applicant's mobile left out. */
const { mobile: _mobile, ...applicantAlone } = exampleApplication().applicant;
const agentApplication = exampleApplication({
  applicant: applicantAlone,
  agent: {
    name: '陈大华',
    relationship: 'child',
    mobile: '13900001111',
    idNumber: idNumberFor('1978-06-06', '555'),
  },
  staffRelative: { position: 'village-cadre', staffName: '林某', relationship: '堂兄' },
});

const routes: {
  path: string;
  name?: string;
  valid: Record<string, unknown>;
  freeText?: string[];
}[] = [
  { path: '/api/eligibility', valid: exampleCheckInput() as unknown as Record<string, unknown> },
  { path: '/api/applications', valid: exampleApplication() as unknown as Record<string, unknown> },
  {
    path: '/api/applications',
    name: '/api/applications (an agent applying)',
    valid: agentApplication as unknown as Record<string, unknown>,
  },
  { path: '/api/status', valid: { reference: 'PN-2611-AAAA-BBBB', accessCode: 'ABCDEFGH' } },
  {
    path: '/api/status/answer',
    valid: { reference: 'PN-2611-AAAA-BBBB', accessCode: 'ABCDEFGH', answer: 'x' },
  },
  {
    path: '/api/status/withdraw',
    valid: { reference: 'PN-2611-AAAA-BBBB', accessCode: 'ABCDEFGH' },
  },
  // Leads and complaints: the optional person's name is left out (any short string is one).
  { path: '/api/leads', valid: withoutPersonName(exampleLead()) },
  { path: '/api/complaints', valid: { ...exampleComplaint() }, freeText: ['what'] },
  {
    path: '/api/complaints/follow',
    valid: { reference: 'TS-2611-AAAA-BBBB', accessCode: 'ABCDEFGH' },
  },
];

function withoutPersonName(lead: ReturnType<typeof exampleLead>): Record<string, unknown> {
  const { personName: _name, ...rest } = lead;
  return rest;
}

/**
 * Bodies per route: 10,000 unless FUZZ_BODIES says otherwise (the second-engine run in
 * CI sends fewer; `npm run test:fuzz` sends 10,000 on the embedded engine).
 */
function bodiesPerRoute(value: string | undefined): number {
  if (value === undefined || value === '') return 10_000;
  if (!/^[1-9]\d{0,6}$/.test(value))
    throw new Error(`FUZZ_BODIES must be a whole number from 1 to 9999999, not "${value}"`);
  return Number(value);
}

const runs = bodiesPerRoute(process.env.FUZZ_BODIES);
const seed = 20261128;

describe('fuzzing every public write route', () => {
  for (const route of routes) {
    it(`${route.name ?? route.path}: ${runs} malformed bodies give no 5xx, store nothing and pollute no prototype`, async () => {
      const before = await storedItems();
      const statuses = new Map<number, number>();
      const bodies = fc.sample(
        fc.oneof(
          malformed.map((m) => JSON.stringify(m)),
          corrupt(route.valid, route.freeText).map((m) => JSON.stringify(m)),
          fc.constant(deeplyNested(5000)),
          fc.string({ maxLength: 200 }),
        ),
        { seed, numRuns: runs },
      );
      for (const body of bodies) {
        const res = await app.request(route.path, {
          method: 'POST',
          body,
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'fuzz-key-0001' },
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, body.slice(0, 200)).toBeLessThan(500);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('status');
      expect(await storedItems()).toBe(before);
      recordEvidence(`fuzz ${route.name ?? route.path}`, {
        bodies: runs,
        seed,
        over500: 0,
        statuses: [...statuses.entries()].map(([s, n]) => `${s}×${n}`).join(' '),
      });
    }, 900_000);
  }
});

describe('fuzzing the staff action route', () => {
  it(`${runs} malformed action bodies give no 5xx and change nothing`, async () => {
    const token = await staffToken(['township-445281001000']);
    const reviewer = staffClient(app, token);
    const { reference } = await submitApplication(app, exampleApplication());
    await reviewer.act(reference, 'claim');
    const before = await reviewer.view(reference);
    const actions = [
      'requestInfo',
      'reject',
      'transfer',
      'recordInvestigation',
      'approve',
      'recordReferral',
    ];
    const valid = {
      version: before.version,
      input: { codes: ['other'], text: '原因', message: '请补充', dueOn: '2026-12-10' },
    };
    const bodies = fc.sample(
      fc.tuple(
        fc.constantFrom(...actions),
        fc.oneof(
          malformed.map((m) => JSON.stringify(m)),
          corrupt(valid).map((m) => JSON.stringify(m)),
          fc
            .record({ version: fc.constant(before.version), input: malformed })
            .map((m) => JSON.stringify(m)),
          fc.string({ maxLength: 200 }),
        ),
      ),
      { seed, numRuns: runs },
    );
    const statuses = new Map<number, number>();
    for (const [action, body] of bodies) {
      const res = await app.request(`/api/staff/applications/${reference}/actions/${action}`, {
        method: 'POST',
        body,
        headers: { ...bearer(token), 'Content-Type': 'application/json' },
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, body.slice(0, 200)).toBeLessThan(500);
    }
    const after = await reviewer.view(reference);
    expect(after.version).toBe(before.version);
    expect(after.status).toBe('in_review');
    recordEvidence('fuzz staff actions', {
      bodies: runs,
      seed,
      over500: 0,
      statuses: [...statuses.entries()].map(([s, n]) => `${s}×${n}`).join(' '),
    });
  }, 900_000);
});

describe('fuzzing applying on a person’s behalf from the console', () => {
  it(`${runs} malformed bodies give no 5xx and store nothing`, async () => {
    const token = await staffToken(['village-assistant'], {
      sub: 'va-fuzz',
      division: '445281001201',
    });
    const before = await storedItems();
    const valid = {
      application: agentApplication,
      consentRecord: { way: 'oral-witnessed', witnessName: '林主任' },
    };
    const bodies = fc.sample(
      fc.oneof(
        malformed.map((m) => JSON.stringify(m)),
        corrupt(valid).map((m) => JSON.stringify(m)),
        corrupt(agentApplication as unknown as Record<string, unknown>).map((application) =>
          JSON.stringify({ ...valid, application }),
        ),
        fc.string({ maxLength: 200 }),
      ),
      { seed, numRuns: runs },
    );
    const statuses = new Map<number, number>();
    for (const body of bodies) {
      const res = await app.request('/api/staff/applications', {
        method: 'POST',
        body,
        headers: { ...bearer(token), 'Content-Type': 'application/json' },
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, body.slice(0, 200)).toBeLessThan(500);
      expect(res.status, body.slice(0, 200)).not.toBe(201);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await storedItems()).toBe(before);
    recordEvidence('fuzz staff applying on behalf', {
      bodies: runs,
      seed,
      over500: 0,
      statuses: [...statuses.entries()].map(([s, n]) => `${s}×${n}`).join(' '),
    });
  }, 900_000);
});

describe('mass assignment', () => {
  const serverOwned = [
    'status',
    'township',
    'townshipCode',
    'version',
    'reference',
    'history',
    'outbox',
    'priority',
    // Set only by the console from the verified token (applying on a person's behalf).
    'submittedBy',
    'consentRecord',
    'cityVisit',
  ];
  for (const route of routes) {
    it(`${route.name ?? route.path} refuses every server-owned field`, async () => {
      for (const field of serverOwned) {
        if (field in route.valid) continue;
        const res = await app.request(route.path, {
          method: 'POST',
          body: JSON.stringify({ ...route.valid, [field]: 'confirmed' }),
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `mass-${field}-key` },
        });
        expect(res.status, `${route.path} ${field}`).toBe(400);
        expect(await res.json()).toMatchObject({
          errors: expect.arrayContaining([expect.objectContaining({ path: field })]),
        });
      }
    });
  }
});
