import type { ApplicationRecord, OutboxMessage } from './record.ts';

/**
 * The messages an applicant is sent about one change: a text message (what Puning
 * residents read) to the applicant's mobile where given, another to the agent who
 * applied for them, and an email where they gave an address. The id is stable per
 * change, channel and recipient, so it doubles as the provider's dedupe key.
 */
export function applicantMessages(
  record: Pick<ApplicationRecord, 'reference' | 'locale' | 'application'>,
  change: { template: string; params: Record<string, string>; key: string; at: string },
): OutboxMessage[] {
  const base = {
    template: change.template,
    locale: record.locale,
    params: { reference: record.reference, ...change.params },
    createdAt: change.at,
    status: 'pending' as const,
  };
  const messages: OutboxMessage[] = [];
  if (record.application.applicant.mobile !== undefined)
    messages.push({ ...base, id: `${record.reference}-${change.key}-sms`, channel: 'sms' });
  if (record.application.agent)
    messages.push({
      ...base,
      id: `${record.reference}-${change.key}-agent-sms`,
      channel: 'sms',
      to: 'agent',
    });
  if (record.application.applicant.email)
    messages.push({ ...base, id: `${record.reference}-${change.key}-email`, channel: 'email' });
  return messages;
}
