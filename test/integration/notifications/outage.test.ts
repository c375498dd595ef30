import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusView } from '../../../functions/api/services/status-view.ts';
import { applicantMessages } from '../../../functions/domain/application/outbox.ts';
import {
  ChannelNotConfiguredError,
  type ChannelPort,
  type Delivery,
  PermanentDeliveryError,
  TransientDeliveryError,
} from '../../../functions/notify/channel.ts';
import {
  drainApplication,
  type NotifierDeps,
  redrive,
  sweepOutbox,
} from '../../../functions/notify/drain.ts';
import { backoffCeilingMs, type RetryPolicy } from '../../../functions/notify/retry-policy.ts';
import { createLogger } from '../../../functions/shared/logger.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { exampleRecord } from '../../support/record-example.ts';
import { recordEvidence } from '../../support/summary.ts';

/**
 * A provider outage: the provider refuses everything for a while, then recovers. The
 * clock is simulated (one sweep per simulated second); the table is real (dynalite).
 */
const policy: RetryPolicy = { maxAttempts: 12, baseMs: 2_000, capMs: 60_000 };

/** A seeded generator (mulberry32), so the jitter — and the test — repeat exactly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const poisonMobile = '13900000000';

class FlakyProvider implements ChannelPort {
  down = true;
  readonly deliveredCount = new Map<string, number>();
  readonly attemptsAt = new Map<string, number[]>();
  readonly clock: () => Date;
  constructor(clock: () => Date) {
    this.clock = clock;
  }
  async send(delivery: Delivery) {
    const times = this.attemptsAt.get(delivery.id) ?? [];
    times.push(this.clock().getTime());
    this.attemptsAt.set(delivery.id, times);
    if (delivery.to === `+86${poisonMobile}`)
      throw new PermanentDeliveryError('InvalidParameterValue.IncorrectPhoneNumber');
    if (this.down) throw new TransientDeliveryError('InternalError.Timeout');
    this.deliveredCount.set(delivery.id, (this.deliveredCount.get(delivery.id) ?? 0) + 1);
  }
}

let database: TestDatabase;
let repo: ReturnType<typeof createApplicationRepository>;

beforeAll(async () => {
  database = await startTestDatabase();
  repo = createApplicationRepository(database.db, database.tableName);
});
afterAll(() => database.close());

async function seed(count: number, prefix: string, createdAt: string, poisonAt = -1) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const reference = `PN-2611-${prefix}${String(i).padStart(3, '0')}-TEST`;
    const application = exampleApplication({
      applicant: {
        ...exampleApplication().applicant,
        mobile: i === poisonAt ? poisonMobile : '13812345678',
      },
    });
    const outbox = applicantMessages(
      { reference, locale: 'zh-CN', application },
      {
        template: 'received',
        params: { accessCode: 'ABCD2345', township: '流沙东街道' },
        key: 'received',
        at: createdAt,
      },
    );
    await repo.create(exampleRecord({ reference, outbox, submittedAt: createdAt }, application));
    ids.push(...outbox.map((m) => m.id));
  }
  return ids;
}

function deps(provider: FlakyProvider, clock: () => Date): NotifierDeps {
  return {
    repo,
    channels: { sms: provider, email: provider, staff: provider },
    staffInbox: () => 'township@example.cn',
    messages: { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' },
    policy,
    now: clock,
    random: seededRandom(20261130),
    logger: createLogger(),
  };
}

describe('a provider outage', () => {
  it('delivers 1,000 messages exactly once each after recovery, isolates a poison message, and keeps retries inside the backoff envelope', async () => {
    let now = new Date('2026-11-30T02:00:00.000Z');
    const clock = () => now;
    const ids = await seed(1000, 'A', now.toISOString(), 500);
    const poisonId = ids[500] ?? '';
    const provider = new FlakyProvider(clock);
    const notifier = deps(provider, clock);

    const outageSeconds = 60;
    let sweeps = 0;
    let seconds = 0;
    for (; seconds < 1800; seconds++) {
      provider.down = seconds < outageSeconds;
      await sweepOutbox(notifier, { limit: 2000, concurrency: 8 });
      sweeps++;
      // Done when nothing is pending at all, not merely nothing due this second.
      const later = new Date(now.getTime() + 86_400_000);
      if (!provider.down && (await repo.dueOutboxes(later, 1)).length === 0) break;
      now = new Date(now.getTime() + 1000);
    }

    const delivered = ids.filter((id) => id !== poisonId);
    const lost = delivered.filter((id) => provider.deliveredCount.get(id) !== 1);
    expect(lost).toEqual([]);
    expect([...provider.deliveredCount.values()].every((n) => n === 1)).toBe(true);
    expect(provider.deliveredCount.has(poisonId)).toBe(false);
    // The poison message was tried once, marked failed, and blocked nobody.
    expect(provider.attemptsAt.get(poisonId)).toHaveLength(1);
    const poisoned = await repo.get('PN-2611-A500-TEST');
    expect(poisoned?.outbox[0]).toMatchObject({
      status: 'failed',
      lastError: 'InvalidParameterValue.IncorrectPhoneNumber',
    });
    expect(await repo.failedOutboxes(10)).toEqual(['PN-2611-A500-TEST']);

    // Every wait between two attempts stays inside the policy's envelope
    // (plus the one-second sweep interval).
    let maxAttempts = 0;
    let outsideEnvelope = 0;
    for (const [id, times] of provider.attemptsAt) {
      if (id === poisonId) continue;
      maxAttempts = Math.max(maxAttempts, times.length);
      times.slice(1).forEach((t, i) => {
        const gap = t - (times[i] ?? 0);
        if (gap > backoffCeilingMs(i + 1, policy) + 1000 || gap < 1000) outsideEnvelope++;
      });
    }
    expect(outsideEnvelope).toBe(0);
    // The access code left the outbox once its message was sent.
    const sample = await repo.get('PN-2611-A000-TEST');
    expect(sample?.outbox[0]?.params.accessCode).toBeUndefined();
    recordEvidence('notification outage', {
      messages: ids.length,
      outageSeconds,
      delivered: delivered.length,
      duplicates: [...provider.deliveredCount.values()].filter((n) => n > 1).length,
      lost: lost.length,
      poisonFailed: 1,
      secondsToDrain: seconds,
      sweeps,
      maxAttemptsPerMessage: maxAttempts,
    });
  }, 600_000);

  it('skips, without failing or alarming, a channel this deployment does not have', async () => {
    const now = new Date('2026-12-02T02:00:00.000Z');
    const reference = 'PN-2611-SKIP-0001';
    const application = exampleApplication({
      applicant: { ...exampleApplication().applicant, email: 'chen@example.cn' },
    });
    const outbox = applicantMessages(
      { reference, locale: 'zh-CN', application },
      {
        template: 'received',
        params: { accessCode: 'ABCD2345', township: '流沙东街道' },
        key: 'received',
        at: now.toISOString(),
      },
    );
    await repo.create(exampleRecord({ reference, outbox }, application));
    const sms = new FlakyProvider(() => now);
    sms.down = false;
    const noEmail = {
      async send() {
        throw new ChannelNotConfiguredError('EmailNotConfigured');
      },
    };
    await drainApplication(reference, {
      ...deps(sms, () => now),
      channels: { sms, email: noEmail, staff: noEmail },
    });
    const record = await repo.get(reference);
    expect(record?.outbox.map((m) => [m.channel, m.status])).toEqual([
      ['sms', 'sent'],
      ['email', 'skipped'],
    ]);
    expect(await repo.failedOutboxes(100)).not.toContain(reference);
    if (!record) throw new Error('missing');
    expect(statusView(record, now).undelivered).toEqual([]);
  });

  it('never lets a slower drain overwrite a newer delivery result', async () => {
    const reference = 'PN-2611-RACE-0001';
    const application = exampleApplication();
    const outbox = applicantMessages(
      { reference, locale: 'zh-CN', application },
      {
        template: 'received',
        params: { accessCode: 'ABCD2345', township: '流沙东街道' },
        key: 'received',
        at: '2026-12-02T02:00:00.000Z',
      },
    );
    await repo.create(exampleRecord({ reference, outbox }, application));
    const id = outbox[0]?.id ?? '';
    const expected = { status: 'pending', attempts: 0 };
    // The first drain sends and records; a second one, which read the same state,
    // then reports a failure: it must not win.
    await repo.recordDeliveries(
      reference,
      new Map([[id, { expected, status: 'sent', attempts: 1, sentAt: 'now' }]]),
    );
    await repo.recordDeliveries(
      reference,
      new Map([[id, { expected, status: 'failed', attempts: 1, failedAt: 'later' }]]),
    );
    expect((await repo.get(reference))?.outbox[0]).toMatchObject({ status: 'sent', sentAt: 'now' });
  });

  it('marks messages failed after the last attempt, visibly, and redrives them', async () => {
    let now = new Date('2026-12-01T02:00:00.000Z');
    const clock = () => now;
    const ids = await seed(20, 'B', now.toISOString());
    const provider = new FlakyProvider(clock);
    const notifier = deps(provider, clock);
    // Down for longer than the whole envelope: every message runs out of attempts.
    for (let seconds = 0; seconds < 600; seconds++) {
      await sweepOutbox(notifier, { limit: 2000 });
      now = new Date(now.getTime() + 1000);
    }
    const failed = await repo.failedOutboxes(100);
    for (let i = 0; i < 20; i++)
      expect(failed).toContain(`PN-2611-B${String(i).padStart(3, '0')}-TEST`);
    const one = await repo.get('PN-2611-B000-TEST');
    expect(one?.outbox[0]).toMatchObject({ status: 'failed', attempts: policy.maxAttempts });
    // The applicant's status page says we could not text them.
    if (!one) throw new Error('missing');
    expect(statusView(one, now).undelivered).toEqual([
      { channel: 'sms', at: one.outbox[0]?.failedAt },
    ]);
    expect(provider.deliveredCount.size).toBe(0);

    provider.down = false;
    const redriven = await redrive(notifier);
    expect(redriven.messages).toBeGreaterThanOrEqual(20);
    await sweepOutbox(notifier, { limit: 2000 });
    for (const id of ids) expect(provider.deliveredCount.get(id)).toBe(1);
    expect((await repo.failedOutboxes(100)).filter((r) => r.includes('-B'))).toEqual([]);
  }, 600_000);
});
