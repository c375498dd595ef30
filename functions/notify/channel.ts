import type { MessageChannel } from '../domain/application/record.ts';
import type { TemplateId } from '../domain/notifications/templates.ts';

/**
 * One message ready for a provider: who, the rendered words, and the id the provider
 * should use to drop a duplicate (delivery is at least once).
 */
export interface Delivery {
  readonly id: string;
  readonly channel: MessageChannel;
  /** A mobile in E.164 (+86…) or an email address. */
  readonly to: string;
  readonly template: TemplateId;
  readonly locale: 'zh-CN' | 'en';
  readonly text: string;
  readonly subject: string;
  /** The template's parameters in order, for providers with registered templates. */
  readonly smsParams: readonly string[];
}

export interface ChannelPort {
  send(delivery: Delivery): Promise<void>;
}

/** A delivery that will never succeed as it is (bad number, unknown template): not retried. */
export class PermanentDeliveryError extends Error {
  override readonly name = 'PermanentDeliveryError';
  readonly code: string;
  constructor(code: string, message = code) {
    super(message);
    this.code = code;
  }
}

/**
 * The channel is not set up in this deployment (no email provider in China, no staff
 * inbox configured): the message is marked skipped — not a failure, no alarm.
 */
export class ChannelNotConfiguredError extends Error {
  override readonly name = 'ChannelNotConfiguredError';
  readonly code: string;
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

/** Worth trying again later (provider down, throttled, network). */
export class TransientDeliveryError extends Error {
  override readonly name = 'TransientDeliveryError';
  readonly code: string;
  constructor(code: string, message = code) {
    super(message);
    this.code = code;
  }
}

/** The provider's error code of a failure, never its message (it may echo content). */
export function errorCode(error: unknown): string {
  if (
    error instanceof PermanentDeliveryError ||
    error instanceof TransientDeliveryError ||
    error instanceof ChannelNotConfiguredError
  )
    return error.code;
  if (error instanceof Error) return error.name.slice(0, 80);
  return 'UnknownError';
}
