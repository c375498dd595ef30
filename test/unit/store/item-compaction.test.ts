import { describe, expect, it } from 'vitest';
import type { HistoryEvent, OutboxMessage } from '../../../functions/domain/application/record.ts';
import {
  compactForStorage,
  expandFromStorage,
  inlineDeliveredMessages,
  inlineHistoryEvents,
} from '../../../functions/store/item-compaction.ts';
import { exampleRecord } from '../../support/record-example.ts';

const minute = (i: number) => new Date(Date.UTC(2026, 10, 30, 2, i)).toISOString();
const event = (i: number): HistoryEvent => ({
  at: minute(i),
  by: 'township',
  action: 'assign',
  from: 'in_review',
  to: 'in_review',
  rulesVersion: 'rules-test',
  visibleToApplicant: false,
});
const message = (i: number, status: OutboxMessage['status']): OutboxMessage => ({
  id: `m-${i}`,
  channel: 'sms',
  template: 'info-requested',
  locale: 'zh-CN',
  params: {},
  createdAt: minute(i),
  status,
});

describe('item compaction', () => {
  it('stores a short record exactly as before, with no archive', () => {
    const record = exampleRecord();
    expect(compactForStorage(record)).toEqual({ record });
  });

  it('keeps the newest events and every undelivered message inline, and restores the whole record', () => {
    const history = Array.from({ length: 100 }, (_, i) => event(i));
    // A message still pending from early on must stay inline and in its place.
    const outbox = Array.from({ length: 60 }, (_, i) => message(i, i === 3 ? 'pending' : 'sent'));
    const record = exampleRecord({ history, outbox });

    const stored = compactForStorage(record);
    expect(stored.record.history).toEqual(history.slice(-inlineHistoryEvents));
    expect(stored.record.outbox.filter((m) => m.status === 'sent')).toHaveLength(
      inlineDeliveredMessages,
    );
    expect(stored.record.outbox.map((m) => m.id)).toContain('m-3');
    expect(stored.historyArchive?.byteLength).toBeLessThan(
      JSON.stringify({ history, outbox }).length / 5,
    );

    expect(expandFromStorage(stored.record, stored.historyArchive)).toEqual(record);
  });
});
