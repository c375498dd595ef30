import { gunzipSync, gzipSync } from 'node:zlib';
import type { ApplicationRecord } from '../domain/application/record.ts';

/**
 * Keeps an application item far below DynamoDB's 400 KB item limit however long its
 * life: past a few dozen history events or delivered messages, the older ones are
 * kept gzip-compressed in one binary attribute of the same item (about a tenth of
 * their size) and restored on every read. The item stays one item, so every change is
 * still one conditional write, its TTL and its retention still cover everything, and
 * nothing is lost; an item that never grew that long is stored exactly as before.
 */

/** Newest history events kept readable in the item. */
export const inlineHistoryEvents = 30;
/** Newest delivered (or skipped) messages kept readable; pending and failed always are. */
export const inlineDeliveredMessages = 10;

interface Archive {
  readonly history: ApplicationRecord['history'];
  readonly outbox: ApplicationRecord['outbox'];
}

/** The record to store and, when it grew long, the archive of its older part. */
export function compactForStorage(record: ApplicationRecord): {
  record: ApplicationRecord;
  historyArchive?: Uint8Array;
} {
  const olderHistory = record.history.slice(0, -inlineHistoryEvents);
  const delivered = record.outbox.filter((m) => m.status === 'sent' || m.status === 'skipped');
  const olderDelivered = new Set(delivered.slice(0, -inlineDeliveredMessages).map((m) => m.id));
  if (olderHistory.length === 0 && olderDelivered.size === 0) return { record };
  const archive: Archive = {
    history: olderHistory,
    outbox: record.outbox.filter((m) => olderDelivered.has(m.id)),
  };
  return {
    record: {
      ...record,
      history: record.history.slice(olderHistory.length),
      outbox: record.outbox.filter((m) => !olderDelivered.has(m.id)),
    },
    historyArchive: gzipSync(JSON.stringify(archive)),
  };
}

/** The whole record from a stored item: the archive, if any, put back in front. */
export function expandFromStorage(
  stored: ApplicationRecord,
  historyArchive: Uint8Array | undefined,
): ApplicationRecord {
  if (!historyArchive) return stored;
  const archive = JSON.parse(gunzipSync(historyArchive).toString('utf8')) as Archive;
  const archivedIds = new Set(archive.outbox.map((m) => m.id));
  // Messages keep their order of creation: archived ones are older than any inline one
  // of the same kind, so order by creation time, stable for equal times.
  const outbox = [...archive.outbox, ...stored.outbox.filter((m) => !archivedIds.has(m.id))].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt),
  );
  return { ...stored, history: [...archive.history, ...stored.history], outbox };
}
