import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyStaffAction, type StaffActor } from '../../../functions/domain/application/decide.ts';
import type { ApplicationRecord } from '../../../functions/domain/application/record.ts';
import { closedApplicationRetention } from '../../../functions/domain/application/retention.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { exampleRecord } from '../../support/record-example.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp, fixedNow } from '../../support/test-app.ts';

let database: TestDatabase;
const township: StaffActor = { kind: 'township', id: 'lsd-1', name: '林经办' };
const city: StaffActor = { kind: 'city', id: 'city-1', name: '市局' };
const day = 86_400;
let serial = 0;

beforeAll(async () => {
  database = await startTestDatabase();
});
afterAll(() => database.close());

/** The stored item itself, TTL and all (the repository hides the TTL). */
async function storedItem(reference: string) {
  const found = await database.db.send(
    new GetCommand({
      TableName: database.tableName,
      Key: { PK: `APP#${reference}`, SK: 'APP' },
      ConsistentRead: true,
    }),
  );
  return found.Item;
}

const newReference = () =>
  `PN-2611-RTN${String.fromCharCode(65 + (serial % 26))}-${String(++serial).padStart(4, '0')}`;

function act(record: ApplicationRecord, action: string, input: object, at: Date, by = township) {
  const decision = applyStaffAction(record, action as never, input as never, by, at);
  if (!decision.ok) throw new Error(`${action} refused: ${JSON.stringify(decision.refusal)}`);
  return decision.record;
}

describe('the TTL written with the change that closes an application', () => {
  it('a rejection sets expiresAt to the second of the rejection plus the retention', async () => {
    const repo = createApplicationRepository(database.db, database.tableName, {
      closedApplicationRetentionDays: 2000,
    });
    const submitted = exampleRecord({ reference: newReference() });
    expect(await repo.create(submitted)).toBe(true);
    expect(await storedItem(submitted.reference)).not.toHaveProperty('expiresAt');

    const claimedAt = new Date('2026-11-30T02:00:00.000Z');
    const claimed = act(submitted, 'claim', {}, claimedAt);
    await repo.update(claimed, submitted.version);
    expect(await storedItem(submitted.reference)).not.toHaveProperty('expiresAt');

    const rejectedAt = new Date('2026-12-01T03:04:05.678Z');
    const rejected = act(
      claimed,
      'reject',
      { codes: ['income-above-standard'], text: '收入超过标准' },
      rejectedAt,
    );
    await repo.update(rejected, claimed.version);
    const item = await storedItem(submitted.reference);
    expect(item?.record.status).toBe('rejected');
    expect(item?.expiresAt).toBe(Math.floor(rejectedAt.getTime() / 1000) + 2000 * day);
    expect(item?.version).toBe(rejected.version);
  });

  it('a non-terminal action writes no TTL, and confirmation (an ongoing case) none either', async () => {
    const repo = createApplicationRepository(database.db, database.tableName, {
      closedApplicationRetentionDays: 1827,
    });
    const record = exampleRecord({
      reference: newReference(),
      status: 'notice_ended',
      programmes: ['dibao'],
    });
    await repo.create(record);
    const approved = act(
      record,
      'approve',
      { monthlyAmountYuan: 500, opinion: '符合条件' },
      new Date('2026-12-02T02:00:00.000Z'),
    );
    await repo.update(approved, record.version);
    expect(await storedItem(record.reference)).not.toHaveProperty('expiresAt');
    const confirmed = act(
      approved,
      'confirm',
      { monthlyAmountYuan: 500, startMonth: '2027-01' },
      new Date('2026-12-03T02:00:00.000Z'),
      city,
    );
    await repo.update(confirmed, approved.version);
    const item = await storedItem(record.reference);
    expect(item?.record.status).toBe('confirmed');
    expect(item).not.toHaveProperty('expiresAt');

    // The end of a 渐退期 closes the case: now it expires.
    const exiting = act(
      confirmed,
      'startGradualExit',
      { reason: '收入已超过标准' },
      new Date('2026-12-04T02:00:00.000Z'),
      city,
    );
    await repo.update(exiting, confirmed.version);
    expect(await storedItem(record.reference)).not.toHaveProperty('expiresAt');
    const exitedAt = new Date('2027-06-04T02:00:00.000Z');
    const exited = act(exiting, 'endGradualExit', { note: '渐退期满' }, exitedAt);
    await repo.update(exited, exiting.version);
    expect((await storedItem(record.reference))?.expiresAt).toBe(
      exitedAt.getTime() / 1000 + 1827 * day,
    );
  });

  it('a record that is no longer terminal is written without the TTL (reopened)', async () => {
    const repo = createApplicationRepository(database.db, database.tableName, {
      closedApplicationRetentionDays: 1827,
    });
    const open = exampleRecord({ reference: newReference(), status: 'in_review' });
    await repo.create(open);
    const rejected = act(
      open,
      'reject',
      { codes: ['income-above-standard'], text: '收入超过标准' },
      new Date('2026-12-01T02:00:00.000Z'),
    );
    await repo.update(rejected, open.version);
    expect(await storedItem(open.reference)).toHaveProperty('expiresAt');
    // No action reopens an application today; should one come, the write drops the TTL.
    const reopened: ApplicationRecord = {
      ...rejected,
      status: 'in_review',
      version: rejected.version + 1,
      history: [
        ...rejected.history,
        {
          at: '2026-12-02T02:00:00.000Z',
          by: 'city',
          action: 'reopen',
          from: 'rejected',
          to: 'in_review',
          rulesVersion: 'r',
          visibleToApplicant: true,
        },
      ],
    };
    await repo.update(reopened, rejected.version);
    expect(await storedItem(open.reference)).not.toHaveProperty('expiresAt');
  });

  it('delivery bookkeeping keeps the TTL as written, whatever retention its function has', async () => {
    const api = createApplicationRepository(database.db, database.tableName, {
      closedApplicationRetentionDays: 3000,
    });
    const notifier = createApplicationRepository(database.db, database.tableName, {
      closedApplicationRetentionDays: 1827,
    });
    const open = exampleRecord({ reference: newReference(), status: 'in_review' });
    await api.create(open);
    const rejected = act(
      open,
      'reject',
      { codes: ['income-above-standard'], text: '收入超过标准' },
      new Date('2026-12-01T02:00:00.000Z'),
    );
    await api.update(rejected, open.version);
    const written = (await storedItem(open.reference))?.expiresAt;
    expect(written).toBe(Date.parse('2026-12-01T02:00:00.000Z') / 1000 + 3000 * day);
    const message = rejected.outbox[0];
    if (!message) throw new Error('no message');
    await notifier.recordDeliveries(
      open.reference,
      new Map([[message.id, { status: 'sent', sentAt: '2026-12-01T02:00:05.000Z' }]]),
    );
    const item = await storedItem(open.reference);
    expect(item?.record.outbox[0].status).toBe('sent');
    expect(item?.expiresAt).toBe(written);
  });

  it('treats an application past its TTL as absent, as DynamoDB deletes it only within days', async () => {
    const reference = newReference();
    const writer = createApplicationRepository(database.db, database.tableName, {
      closedApplicationRetentionDays: 1096,
    });
    const open = exampleRecord({ reference, status: 'in_review' });
    await writer.create(open);
    const rejectedAt = new Date('2026-12-01T02:00:00.000Z');
    await writer.update(
      act(open, 'reject', { codes: ['income-above-standard'], text: '超过' }, rejectedAt),
      open.version,
    );
    const expiresAt = rejectedAt.getTime() / 1000 + 1096 * day;
    const at = (seconds: number) =>
      createApplicationRepository(database.db, database.tableName, {
        closedApplicationRetentionDays: 1096,
        now: () => new Date(seconds * 1000),
      });
    expect((await at(expiresAt).get(reference))?.status).toBe('rejected');
    expect(await at(expiresAt + 1).get(reference)).toBeNull();
  });
});

describe('through the API, with the default retention', () => {
  const app = () => createTestApp(database);

  it('a withdrawal sets expiresAt five years (1827 days) after the second it was made', async () => {
    const application = app();
    const { reference, accessCode } = await submitApplication(application, exampleApplication());
    expect(await storedItem(reference)).not.toHaveProperty('expiresAt');
    const response = await application.request('/api/status/withdraw', {
      method: 'POST',
      body: JSON.stringify({ reference, accessCode, reason: '已找到工作' }),
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.90' },
    });
    expect(response.status).toBe(200);
    const item = await storedItem(reference);
    expect(item?.record.status).toBe('withdrawn');
    expect(item?.expiresAt).toBe(
      Math.floor(fixedNow.getTime() / 1000) + closedApplicationRetention.defaultDays * day,
    );
  });

  it('a staff rejection sets it; claiming it does not', async () => {
    const application = app();
    const { reference } = await submitApplication(application, exampleApplication());
    const reviewer = staffClient(application, await staffToken(['township-445281001000']));
    expect((await reviewer.act(reference, 'claim')).status).toBe(200);
    expect(await storedItem(reference)).not.toHaveProperty('expiresAt');
    const rejected = await reviewer.act(reference, 'reject', {
      codes: ['income-above-standard'],
      text: '家庭月人均收入高于标准',
    });
    expect(rejected.status).toBe(200);
    expect((await storedItem(reference))?.expiresAt).toBe(
      Math.floor(fixedNow.getTime() / 1000) + 1827 * day,
    );
  });
});
