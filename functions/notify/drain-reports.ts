import type { ReportMessage } from '../domain/reports/report-outbox.ts';
import { renderReporterMessage } from '../domain/reports/reporter-messages.ts';
import {
  ChannelNotConfiguredError,
  type Delivery,
  errorCode,
  PermanentDeliveryError,
} from './channel.ts';
import type { NotifierDeps } from './drain.ts';
import { backoffMs } from './retry-policy.ts';

/**
 * Delivers reporters' messages (a lead handled, a complaint answered): a text to the
 * mobile the reporter chose to leave, with the same channels, settings and retry policy
 * as applicants' messages. Swept from the reports' own outbox partition, so the
 * applications' notifier and its stream filter are unchanged.
 */
export async function sweepReportMessages(
  deps: NotifierDeps,
  limit = 200,
): Promise<{ sent: number; failed: number; retrying: number }> {
  const totals = { sent: 0, failed: 0, retrying: 0 };
  const reports = deps.repo.reports;
  for (const pk of await reports.outbox.due(deps.now(), limit)) {
    const reference = pk.slice(pk.indexOf('#') + 1);
    const item = pk.startsWith('LEAD#')
      ? await reports.leads.get(reference)
      : await reports.complaints.get(reference);
    if (!item) continue;
    const mobile = item.reporter?.mobile;
    const now = deps.now();
    const patches = new Map<string, Partial<ReportMessage>>();
    for (const message of item.outbox) {
      if (message.status !== 'pending') continue;
      if ((message.nextAttemptAt ?? message.createdAt) > now.toISOString()) continue;
      const attempts = (message.attempts ?? 0) + 1;
      try {
        if (!mobile) throw new ChannelNotConfiguredError('NoRecipient');
        const rendered = renderReporterMessage(message, deps.messages);
        const delivery: Delivery = {
          id: message.id,
          channel: 'sms',
          to: `+86${mobile}`,
          template: message.template,
          locale: message.locale,
          text: rendered.sms,
          subject: '',
          smsParams: rendered.smsParams,
        };
        await deps.channels.sms.send(delivery);
        patches.set(message.id, { status: 'sent', attempts, sentAt: now.toISOString() });
        totals.sent++;
      } catch (error) {
        const code = errorCode(error);
        if (error instanceof ChannelNotConfiguredError) {
          patches.set(message.id, { status: 'skipped', attempts, lastError: code });
        } else if (error instanceof PermanentDeliveryError || attempts >= deps.policy.maxAttempts) {
          patches.set(message.id, { status: 'failed', attempts, lastError: code });
          totals.failed++;
          deps.logger.error('message failed', {
            reference,
            messageId: message.id,
            channel: 'sms',
            template: message.template,
            attempts,
            errorCode: code,
          });
        } else {
          const wait = backoffMs(attempts, deps.policy, deps.random);
          patches.set(message.id, {
            attempts,
            lastError: code,
            nextAttemptAt: new Date(now.getTime() + wait).toISOString(),
          });
          totals.retrying++;
        }
      }
    }
    if (patches.size > 0) await reports.outbox.recordDeliveries(pk, patches);
  }
  return totals;
}
