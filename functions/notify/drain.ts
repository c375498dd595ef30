import type { ApplicationRecord, OutboxMessage } from '../domain/application/record.ts';
import {
  isTemplateId,
  type MessageSettings,
  renderMessage,
} from '../domain/notifications/templates.ts';
import type { Logger } from '../shared/logger.ts';
import type { ApplicationRepository, DeliveryPatch } from '../store/application-repository.ts';
import {
  ChannelNotConfiguredError,
  type ChannelPort,
  type Delivery,
  errorCode,
  PermanentDeliveryError,
} from './channel.ts';
import { backoffMs, type RetryPolicy } from './retry-policy.ts';

/**
 * Delivers an application's due messages, in order per channel, and records each
 * result by message id without touching the application's version. A message that
 * fails for good (a bad number) is marked failed at once and does not hold the
 * others back; a transient failure waits its backoff and holds back later messages of
 * the same channel, so an applicant never reads "approved" before "received".
 */
export interface NotifierDeps {
  readonly repo: ApplicationRepository;
  readonly channels: Readonly<Record<OutboxMessage['channel'], ChannelPort>>;
  /** The township's staff inbox (an email address), or null when none is configured. */
  readonly staffInbox: (townshipCode: string) => string | null;
  /** The SMS signature and the site's origin (for the status link), as configured. */
  readonly messages: MessageSettings;
  readonly policy: RetryPolicy;
  readonly now: () => Date;
  readonly random: () => number;
  readonly logger: Logger;
}

export interface DrainResult {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
}

function recipient(
  message: OutboxMessage,
  record: ApplicationRecord,
  deps: NotifierDeps,
): string | null {
  switch (message.channel) {
    case 'sms': {
      const { applicant, agent } = record.application;
      const mobile = message.to === 'agent' ? agent?.mobile : applicant.mobile;
      return mobile ? `+86${mobile}` : null;
    }
    case 'email':
      return record.application.applicant.email ?? null;
    case 'staff':
      return deps.staffInbox(record.townshipCode);
  }
}

function toDelivery(
  message: OutboxMessage,
  record: ApplicationRecord,
  to: string,
  settings: MessageSettings,
): Delivery {
  if (!isTemplateId(message.template))
    throw new PermanentDeliveryError('UnknownTemplate', message.template);
  const rendered = renderMessage(
    message.template,
    message.locale,
    { reference: record.reference, ...message.params },
    settings,
  );
  return {
    id: message.id,
    channel: message.channel,
    to,
    template: message.template,
    locale: message.locale,
    // A text message reads the short text; an email (applicant or staff) the long one.
    text: message.channel === 'sms' ? rendered.sms : rendered.email,
    subject: rendered.subject,
    smsParams: rendered.smsParams,
  };
}

/** The params kept after sending: the access code is dropped once it has gone out. */
function scrubbed(params: OutboxMessage['params']): OutboxMessage['params'] {
  const { accessCode: _sent, ...rest } = params;
  return rest;
}

export async function drainApplication(
  reference: string,
  deps: NotifierDeps,
): Promise<DrainResult> {
  const record = await deps.repo.get(reference);
  if (!record) return { sent: 0, retrying: 0, failed: 0 };
  const now = deps.now();
  const patches = new Map<string, DeliveryPatch>();
  const heldBack = new Set<OutboxMessage['channel']>();
  let sent = 0;
  let retrying = 0;
  let failed = 0;
  let skipped = 0;

  for (const message of record.outbox) {
    if (message.status !== 'pending') continue;
    if (heldBack.has(message.channel)) continue;
    if ((message.nextAttemptAt ?? message.createdAt) > now.toISOString()) {
      heldBack.add(message.channel);
      continue;
    }
    const attempts = (message.attempts ?? 0) + 1;
    const expected = { status: 'pending', attempts: message.attempts ?? 0 };
    try {
      const to = recipient(message, record, deps);
      if (!to) throw new ChannelNotConfiguredError('NoRecipient');
      await deps.channels[message.channel].send(toDelivery(message, record, to, deps.messages));
      patches.set(message.id, {
        expected,
        status: 'sent',
        attempts,
        sentAt: now.toISOString(),
        params: scrubbed(message.params),
      });
      sent++;
    } catch (error) {
      const code = errorCode(error);
      if (error instanceof ChannelNotConfiguredError) {
        // Never sent, so the access code must not stay behind either.
        patches.set(message.id, {
          expected,
          status: 'skipped',
          attempts,
          lastError: code,
          params: scrubbed(message.params),
        });
        skipped++;
        continue;
      }
      if (error instanceof PermanentDeliveryError || attempts >= deps.policy.maxAttempts) {
        patches.set(message.id, {
          expected,
          status: 'failed',
          attempts,
          lastError: code,
          failedAt: now.toISOString(),
        });
        failed++;
        // The alarm counts these lines (a metric filter on "message failed").
        deps.logger.error('message failed', {
          reference,
          messageId: message.id,
          channel: message.channel,
          template: message.template,
          attempts,
          errorCode: code,
        });
      } else {
        const wait = backoffMs(attempts, deps.policy, deps.random);
        patches.set(message.id, {
          expected,
          attempts,
          lastError: code,
          nextAttemptAt: new Date(now.getTime() + wait).toISOString(),
        });
        heldBack.add(message.channel);
        retrying++;
        deps.logger.warn('message will be retried', {
          reference,
          messageId: message.id,
          channel: message.channel,
          attempts,
          waitMs: wait,
          errorCode: code,
        });
      }
    }
  }
  if (patches.size > 0) await deps.repo.recordDeliveries(reference, patches);
  if (skipped > 0) deps.logger.info('messages skipped', { reference, skipped });
  return { sent, retrying, failed };
}

/** One sweep over the pending-outbox index: every application with a message due. */
export async function sweepOutbox(
  deps: NotifierDeps,
  options: { limit?: number; concurrency?: number; graceMs?: number } = {},
): Promise<DrainResult & { applications: number }> {
  // In AWS the stream delivers a fresh change within seconds; the sweep leaves what
  // became due in the last `graceMs` to it, so the two rarely race for one message.
  const upTo = new Date(deps.now().getTime() - (options.graceMs ?? 0));
  const references = await deps.repo.dueOutboxes(upTo, options.limit ?? 500);
  const totals = { sent: 0, retrying: 0, failed: 0, applications: references.length };
  const queue = [...references];
  const workers = Array.from(
    { length: Math.min(options.concurrency ?? 8, queue.length) },
    async () => {
      for (let reference = queue.shift(); reference; reference = queue.shift()) {
        try {
          const result = await drainApplication(reference, deps);
          totals.sent += result.sent;
          totals.retrying += result.retrying;
          totals.failed += result.failed;
        } catch (error) {
          // One application's trouble must not stop the sweep; it stays due.
          deps.logger.error('drain failed', { reference, errorName: errorCode(error) });
        }
      }
    },
  );
  await Promise.all(workers);
  return totals;
}

/** Puts failed messages back in the queue (all of them, or one application's). */
export async function redrive(
  deps: Pick<NotifierDeps, 'repo' | 'now'>,
  reference?: string,
): Promise<{ applications: number; messages: number }> {
  const references = reference ? [reference] : await deps.repo.failedOutboxes(1000);
  let messages = 0;
  for (const ref of references) {
    const record = await deps.repo.get(ref);
    if (!record) continue;
    const patches = new Map<string, DeliveryPatch>();
    for (const m of record.outbox)
      if (m.status === 'failed')
        patches.set(m.id, {
          expected: { status: 'failed' },
          status: 'pending',
          attempts: 0,
          nextAttemptAt: deps.now().toISOString(),
        });
    messages += patches.size;
    if (patches.size > 0) await deps.repo.recordDeliveries(ref, patches);
  }
  return { applications: references.length, messages };
}
