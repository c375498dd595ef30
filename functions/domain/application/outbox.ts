import type { ApplicationRecord, OutboxMessage } from './record.ts';

/**
 * The messages an applicant is sent about one change: always a text message (what
 * Puning residents read), and an email where they gave an address. The id is stable
 * per change and channel, so it doubles as the provider's dedupe key.
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
  const messages: OutboxMessage[] = [
    { ...base, id: `${record.reference}-${change.key}-sms`, channel: 'sms' },
  ];
  if (record.application.applicant.email)
    messages.push({ ...base, id: `${record.reference}-${change.key}-email`, channel: 'email' });
  return messages;
}
