import type { ChannelPort, Delivery } from '../channel.ts';

/**
 * Local only: keeps every message the local system "sends", so a person trying the
 * system reads the text they would get (`/dev/messages`). Drops a repeated id, as a
 * provider's dedupe would.
 */
export interface SunkMessage {
  readonly id: string;
  readonly channel: Delivery['channel'];
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly at: string;
}

export function createDevSink(now: () => Date = () => new Date()) {
  const messages: SunkMessage[] = [];
  const seen = new Set<string>();
  const port: ChannelPort = {
    async send(delivery) {
      if (seen.has(delivery.id)) return;
      seen.add(delivery.id);
      messages.push({
        id: delivery.id,
        channel: delivery.channel,
        to: delivery.to,
        subject: delivery.subject,
        text: delivery.text,
        at: now().toISOString(),
      });
    },
  };
  return { port, messages: (): readonly SunkMessage[] => messages };
}

export type DevSink = ReturnType<typeof createDevSink>;
