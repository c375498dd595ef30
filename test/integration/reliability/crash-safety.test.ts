import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/api/app.ts';
import type { ProgrammeId } from '../../../functions/domain/policy/programmes.ts';
import {
  type CounterContribution,
  contributionOf,
  counterDelta,
  isEmptyDelta,
  sumContributions,
} from '../../../functions/domain/staff/counters.ts';
import { type ApplicationSummary, summarise } from '../../../functions/domain/staff/summary.ts';
import { createLogger } from '../../../functions/shared/logger.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { reconcileCounters } from '../../../functions/store/counter-reconcile.ts';
import { createHasher } from '../../../functions/store/secrets.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { ProcessDied, probeWrites } from '../../support/crashing-db.ts';
import { drainPendingCounts } from '../../support/drain-counts.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { recordEvidence } from '../../support/summary.ts';
import { fixedNow, testAppDeps } from '../../support/test-app.ts';

/**
 * Deterministic fault injection: for every path that writes more than one item, the
 * process "dies" right after each of its writes in turn (every later call fails, so
 * no clean-up runs), then the applicant tries again — with the same Idempotency-Key
 * and with a new one — on a healthy process. Both must end well: one application,
 * reachable by its code, visible to staff, and the person never blocked.
 */
let database: TestDatabase;
let clock = fixedNow;
const logger = createLogger();
const deps = () => testAppDeps(database, logger, () => clock);
let healthy: ReturnType<typeof createApp>;
let repo: ReturnType<typeof createApplicationRepository>;
const township = '445281001000';
const afterLease = (from: Date) => new Date(from.getTime() + 61_000);

const figures = {
  acknowledged: 0,
  lost: 0,
  blockedPersons: 0,
  stuckKeys: 0,
  crashPoints: 0,
  countedTwiceHealed: 0,
};

beforeAll(async () => {
  database = await startTestDatabase();
  healthy = createApp(deps());
  repo = createApplicationRepository(database.db, database.tableName, { now: () => clock });
});
afterAll(async () => {
  recordEvidence('crash safety', figures);
  await database.close();
});

let serial = 100;
/** A new person (a 70-year-old, as the example's age says) applying for `programmes`. */
function newPerson(programmes: ProgrammeId[]) {
  const base = exampleApplication();
  const idNumber = idNumberFor('1956-03-08', String(serial++));
  return { ...base, programmes, applicant: { ...base.applicant, idNumber } };
}

type App = ReturnType<typeof createApp>;
const post = (app: App, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
  });
const submit = (app: App, body: unknown, key: string) =>
  post(app, '/api/applications', body, { 'Idempotency-Key': key });

/** The app of a process that dies after `crashAfter` writes (or only counts them). */
function processThatDies(crashAfter?: number) {
  const probe = probeWrites(database.db, crashAfter);
  const repo = createApplicationRepository(probe.db, database.tableName);
  return { app: createApp({ ...deps(), repo }), probe };
}

async function outcomeOf(response: Response) {
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status === 201)
    return { kind: 'created', reference: String(body.reference), code: String(body.accessCode) };
  if (response.status === 409 && String(body.type).endsWith(':duplicate-application')) {
    // A duplicate must point at an application that exists when it is said.
    const existed = (await repo.get(String(body.reference))) !== null;
    return { kind: 'duplicate', reference: String(body.reference), existed };
  }
  return { kind: `${response.status} ${String(body.type)}`, reference: '' };
}

/** Every claim of the person points at `reference` and is held. */
async function claimsOf(idNumber: string, programmes: ProgrammeId[]) {
  const personHash = createHasher('test-key-for-keyed-hashes-0123456789').personHash(idNumber);
  return Promise.all(programmes.map((p) => repo.claims.read(personHash, p)));
}

/**
 * Checks the invariants after a crash and the two retries, and counts the figures:
 * one application, reachable by its code, visible to staff, no key left in progress,
 * and the person free to apply again once it is withdrawn.
 */
async function expectEndedWell(
  person: ReturnType<typeof newPerson>,
  outcomes: Awaited<ReturnType<typeof outcomeOf>>[],
  keys: string[],
) {
  const created = outcomes.filter((o) => o.kind === 'created');
  figures.acknowledged += created.length;
  for (const outcome of outcomes)
    if (outcome.kind === 'duplicate') expect(outcome.existed).toBe(true);
  expect(outcomes.map((o) => o.kind).every((k) => k === 'created' || k === 'duplicate')).toBe(true);
  const references = new Set(outcomes.map((o) => o.reference));
  expect(references.size).toBe(1);
  const [reference] = [...references] as [string];
  const stored = await repo.get(reference);
  if (!stored) figures.lost += 1;
  expect(stored?.status).toBe('submitted');

  // The code from the screen, or else from the text message the application sent.
  const texted = stored?.outbox.find((m) => m.template === 'received')?.params.accessCode;
  const code = created[0]?.code ?? texted;
  expect(code).toBeDefined();
  const status = await post(healthy, '/api/status', { reference, accessCode: code });
  expect(status.status).toBe(200);
  const staff = staffClient(healthy, await staffToken([`township-${township}`]));
  expect((await staff.get(`/api/staff/applications/${reference}`)).status).toBe(200);

  for (const key of keys) {
    const record = await repo.idempotency.read(key, clock);
    if (record?.state === 'in-progress') figures.stuckKeys += 1;
    expect(record?.state ?? 'absent').not.toBe('in-progress');
  }
  const claims = await claimsOf(person.applicant.idNumber, person.programmes);
  expect(claims.map((c) => [c?.reference, c?.state])).toEqual(
    person.programmes.map(() => [reference, 'held']),
  );

  // Not blocked: once this one is withdrawn, the person can apply again.
  const withdrawn = await post(healthy, '/api/status/withdraw', { reference, accessCode: code });
  expect(withdrawn.status).toBe(200);
  const again = await submit(healthy, person, `again-${keys[0]}`);
  if (again.status !== 201) figures.blockedPersons += 1;
  expect(again.status).toBe(201);
}

describe.each([
  { programmes: ['dibao'] as ProgrammeId[] },
  { programmes: ['dibao', 'tekun'] as ProgrammeId[] },
])('a submission for $programmes whose process dies between two writes', ({ programmes }) => {
  let writes: string[] = [];
  beforeAll(async () => {
    clock = fixedNow;
    const { app, probe } = processThatDies();
    const response = await submit(app, newPerson(programmes), `count-writes-${programmes.length}`);
    expect(response.status).toBe(201);
    writes = probe.writes.map((w) => w.replace(/#[^/ ]+\//, '#…/').replace(/IDEM#\S+/, 'IDEM#…'));
  });

  it('makes its writes in the crash-safe order: key, claims, application, held claims, result', () => {
    const claimsPut = programmes.map((p) => `PutCommand PER#…/OPEN#${p}`);
    const claimsHeld = programmes.map((p) => `UpdateCommand PER#…/OPEN#${p}`);
    const seen = writes.map((w) => w.replace(/APP#\S+/, 'APP#…'));
    // The claims are marked held together (in parallel): their order among themselves
    // is the engine's, so that group is compared as a set.
    const held = seen.slice(2 + claimsPut.length, 2 + claimsPut.length + claimsHeld.length);
    expect([
      ...seen.slice(0, 2 + claimsPut.length),
      ...[...held].sort(),
      ...seen.slice(2 + claimsPut.length + claimsHeld.length),
    ]).toEqual([
      'PutCommand IDEM#…',
      ...claimsPut,
      'PutCommand APP#…',
      ...[...claimsHeld].sort(),
      'UpdateCommand IDEM#…',
    ]);
  });

  for (const order of ['same key first', 'new key first', 'new key only'] as const) {
    it(`ends with one application, reachable and unblocked, after a crash at every point (${order})`, async () => {
      for (let crashAfter = 1; crashAfter < writes.length; crashAfter++) {
        clock = fixedNow;
        const person = newPerson(programmes);
        const first = `first-${order.length}-${programmes.length}-${crashAfter}`;
        const second = `second-${order.length}-${programmes.length}-${crashAfter}`;
        const dying = processThatDies(crashAfter);
        const crashed = await submit(dying.app, person, first);
        expect(crashed.status).toBe(500);
        expect(dying.probe.died()).toBe(true);
        figures.crashPoints += 1;

        clock = afterLease(fixedNow);
        const keys = {
          'same key first': [first, second],
          'new key first': [second, first],
          'new key only': [second],
        }[order];
        const outcomes = [];
        for (const key of keys) outcomes.push(await outcomeOf(await submit(healthy, person, key)));
        await expectEndedWell(person, outcomes, keys);
      }
    });
  }
});

describe('a retry while the first attempt may still be running', () => {
  it('is asked to try again after the lease (Retry-After), never told it is a duplicate of nothing', async () => {
    clock = fixedNow;
    const person = newPerson(['dibao']);
    // Dies after the claim: no application yet.
    const crashed = await submit(processThatDies(2).app, person, 'in-flight-1');
    expect(crashed.status).toBe(500);

    clock = new Date(fixedNow.getTime() + 5_000);
    for (const key of ['in-flight-1', 'in-flight-2']) {
      const busy = await submit(healthy, person, key);
      expect(busy.status).toBe(409);
      expect(((await busy.json()) as { type: string }).type).toMatch(/submission-in-progress$/);
      const retryAfter = Number(busy.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }

    clock = afterLease(fixedNow);
    const done = await submit(healthy, person, 'in-flight-1');
    expect(done.status).toBe(201);
  });
});

describe('items stored by the previous version', () => {
  it('takes over a claim of the old shape whose application was never written', async () => {
    clock = fixedNow;
    const person = newPerson(['dibao']);
    const personHash = createHasher('test-key-for-keyed-hashes-0123456789').personHash(
      person.applicant.idNumber,
    );
    await database.db.send(
      new PutCommand({
        TableName: database.tableName,
        Item: { PK: `PER#${personHash}`, SK: 'OPEN#dibao', reference: 'PN-2611-AAAA-BBBB' },
      }),
    );
    const response = await submit(healthy, person, 'old-claim-1');
    expect(response.status).toBe(201);
  });

  it('still refuses a duplicate through a claim of the old shape whose application is open', async () => {
    clock = fixedNow;
    const person = newPerson(['dibao']);
    const first = (await (await submit(healthy, person, 'old-open-1')).json()) as {
      reference: string;
    };
    const personHash = createHasher('test-key-for-keyed-hashes-0123456789').personHash(
      person.applicant.idNumber,
    );
    await database.db.send(
      new PutCommand({
        TableName: database.tableName,
        Item: { PK: `PER#${personHash}`, SK: 'OPEN#dibao', reference: first.reference },
      }),
    );
    const second = await outcomeOf(await submit(healthy, person, 'old-open-2'));
    expect(second).toEqual({ kind: 'duplicate', reference: first.reference, existed: true });
  });

  it('completes a request left "in progress" by the old version, instead of refusing it for a day', async () => {
    clock = fixedNow;
    const person = newPerson(['dibao']);
    // The old version's in-progress record: no lease, no plan, a day's TTL.
    await submit(processThatDies(1).app, person, 'old-stuck-key-1');
    const { requestHash } = (await repo.idempotency.read('old-stuck-key-1', clock)) ?? {};
    await database.db.send(
      new PutCommand({
        TableName: database.tableName,
        Item: {
          PK: 'IDEM#old-stuck-key-1',
          SK: 'IDEM',
          state: 'in-progress',
          requestHash,
          expiresAt: Math.floor(fixedNow.getTime() / 1000) + 24 * 60 * 60,
        },
      }),
    );
    const response = await submit(healthy, person, 'old-stuck-key-1');
    expect(response.status).toBe(201);
    const replay = await submit(healthy, person, 'old-stuck-key-1');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });
});

describe('closing an application, when the process dies before the claims are freed', () => {
  async function openApplication() {
    clock = fixedNow;
    const person = newPerson(['dibao', 'tekun']);
    const body = (await (await submit(healthy, person, `close-${serial}`)).json()) as {
      reference: string;
      accessCode: string;
    };
    return { person, ...body };
  }

  it('withdrawal: the application is withdrawn and the person can apply again', async () => {
    const { person, reference, accessCode } = await openApplication();
    const counting = processThatDies();
    await post(counting.app, '/api/status', { reference, accessCode });
    expect(counting.probe.writes).toEqual([]);

    const dying = processThatDies(1);
    const crashed = await post(dying.app, '/api/status/withdraw', { reference, accessCode });
    expect(crashed.status).toBe(500);
    expect((await repo.get(reference))?.status).toBe('withdrawn');

    const again = await submit(healthy, person, `after-withdraw-${serial}`);
    if (again.status !== 201) figures.blockedPersons += 1;
    expect(again.status).toBe(201);
  });

  it('refusal by staff: the application is refused and the person can apply again', async () => {
    const { person, reference } = await openApplication();
    const token = await staffToken([`township-${township}`]);
    const reviewer = staffClient(healthy, token);
    expect((await reviewer.act(reference, 'claim')).status).toBe(200);
    const refusal = { codes: ['income-above-standard'], text: '收入超过标准' };
    // One decision per programme: 特困 is refused first, then the process dies right
    // after writing the refusal of 低保 (before it frees the person's claims).
    expect((await reviewer.actOn(reference, 'tekun', 'reject', refusal)).status).toBe(200);
    const dying = processThatDies(1);
    const crashed = await staffClient(dying.app, token).actOn(
      reference,
      'dibao',
      'reject',
      refusal,
    );
    expect(crashed.status).toBe(500);
    expect((await repo.get(reference))?.status).toBe('rejected');

    const again = await submit(healthy, person, `after-reject-${serial}`);
    if (again.status !== 201) figures.blockedPersons += 1;
    expect(again.status).toBe(201);
  });
});

describe('paths that write one item only', () => {
  it('a staff action with its messages, a transfer and a document request are each one conditional write', async () => {
    clock = fixedNow;
    const person = newPerson(['dibao']);
    const { reference, accessCode } = (await (
      await submit(healthy, person, `single-${serial}`)
    ).json()) as { reference: string; accessCode: string };
    const token = await staffToken([`township-${township}`]);

    const claim = processThatDies();
    expect((await staffClient(claim.app, token).act(reference, 'claim')).status).toBe(200);
    expect(claim.probe.writes).toEqual([`PutCommand APP#${reference}/APP`]);

    const document = processThatDies();
    const upload = await post(document.app, '/api/status/documents', {
      reference,
      accessCode,
      type: 'income-proof',
      contentType: 'application/pdf',
      size: 1000,
    });
    expect(upload.status).toBe(201);
    expect(document.probe.writes).toEqual([`PutCommand APP#${reference}/APP`]);

    const transfer = processThatDies();
    const moved = await staffClient(transfer.app, token).act(reference, 'transfer', {
      toTownship: '445281005000',
      reason: '实际居住在池尾街道',
    });
    expect(moved.status).toBe(200);
    expect(transfer.probe.writes).toEqual([`PutCommand APP#${reference}/APP`]);
  });
});

describe('counters, when a process dies between a change and its drain, or inside the drain', () => {
  /** What the counters must hold: every application item's summary, counted once. */
  async function exactCounters() {
    const parts: CounterContribution[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await database.db.send(
        new ScanCommand({
          TableName: database.tableName,
          FilterExpression: 'begins_with(PK, :app) AND SK = :app',
          ExpressionAttributeValues: { ':app': 'APP' },
          ConsistentRead: true,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of page.Items ?? [])
        parts.push(contributionOf(item.summary as ApplicationSummary));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return sumContributions(parts);
  }

  /** The counters less what they must hold: empty when exact. */
  async function counterError() {
    const stored: Record<string, Record<string, number>> = {};
    for (const [key, { figures }] of await repo.counters.readAll()) stored[key] = figures;
    return counterDelta(await exactCounters(), stored);
  }

  beforeAll(async () => {
    // Items the tests above stored in older shapes are counted by the reconcile job.
    await reconcileCounters(database.db, database.tableName, repo);
    await drainPendingCounts(database);
  });

  it('a change whose drain never ran is counted by the next drain (the sweep), exactly', async () => {
    clock = fixedNow;
    const { reference } = (await (
      await submit(healthy, newPerson(['dibao', 'tekun']), `count-${serial}`)
    ).json()) as { reference: string };
    const reviewer = staffClient(healthy, await staffToken([`township-${township}`]));
    expect((await reviewer.act(reference, 'claim')).status).toBe(200);
    expect(await repo.dueOutboxes(new Date('9999-12-31T00:00:00Z'), 10_000)).toContain(reference);
    expect(await counterError()).not.toEqual({});
    await drainPendingCounts(database);
    expect(await counterError()).toEqual({});
  });

  it('a drain that dies after any of its writes loses nothing; with transactions it never counts twice', async () => {
    clock = fixedNow;
    const token = await staffToken([`township-${township}`]);
    const changed = async () => {
      const { reference } = (await (
        await submit(healthy, newPerson(['dibao']), `count-crash-${serial}`)
      ).json()) as { reference: string };
      await drainPendingCounts(database);
      expect((await staffClient(healthy, token).act(reference, 'claim')).status).toBe(200);
      const record = await repo.get(reference);
      if (!record) throw new Error('the application is missing');
      return { reference, delta: counterDelta(record.counted, contributionOf(summarise(record))) };
    };
    const counting = probeWrites(database.db);
    const first = await changed();
    await createApplicationRepository(counting.db, database.tableName).drainCounts(first.reference);
    const transactional = counting.writes.some((w) => w.startsWith('TransactWriteCommand'));
    expect(counting.writes.length).toBe(transactional ? 1 : Object.keys(first.delta).length + 1);

    for (let crashAfter = 1; crashAfter <= counting.writes.length; crashAfter++) {
      const { reference, delta } = await changed();
      const dying = probeWrites(database.db, crashAfter);
      await expect(
        createApplicationRepository(dying.db, database.tableName).drainCounts(reference),
      ).rejects.toThrow(ProcessDied);
      figures.crashPoints += 1;
      await drainPendingCounts(database);
      const error = await counterError();
      // Nothing lost: exact, or (without transactions) the change's delta counted once more.
      if (transactional || crashAfter === counting.writes.length) expect(error).toEqual({});
      else expect([{}, delta]).toContainEqual(error);
      if (!isEmptyDelta(error)) figures.countedTwiceHealed += 1;
      await reconcileCounters(database.db, database.tableName, repo);
      expect(await counterError()).toEqual({});
    }
  });
});
