import type { Locale } from '../locale.ts';

/**
 * A message to a reporter who left a mobile: the template and the reference only —
 * never the reported person's name, place or difficulty, nor staff notes.
 */
export interface ReportMessage {
  readonly id: string;
  readonly template: 'lead-handled' | 'complaint-answered';
  readonly locale: Locale;
  readonly params: { readonly reference: string };
  readonly createdAt: string;
  readonly status: 'pending' | 'sent' | 'failed' | 'skipped';
  readonly attempts?: number;
  readonly nextAttemptAt?: string;
  readonly sentAt?: string;
  readonly lastError?: string;
}

/** Who did something to a lead or a complaint, as the history shows it. */
export interface ReportActor {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

export interface ReportHistoryEvent {
  readonly at: string;
  readonly event: string;
  readonly by?: ReportActor;
}
