import { findTownship } from '../divisions.ts';
import { rulesVersion } from '../policy/parameters.ts';
import { applicantMessages } from './outbox.ts';
import type { ApplicationRecord, HistoryEvent, OutboxMessage } from './record.ts';
import type { Routing } from './routing.ts';

/**
 * 代收转办: a case received by the township where the person lives and handled by the
 * one the rules name is handed on at once, by the system, in the same write as the
 * submission — a history entry the applicant sees and a message naming both
 * townships. The receiving township keeps read access (staff/principal.ts).
 */
export function handOver(
  record: Pick<ApplicationRecord, 'reference' | 'locale' | 'application'>,
  routing: Pick<Routing, 'townshipCode' | 'receivingTownshipCode' | 'citation'>,
  at: string,
): { event: HistoryEvent; messages: OutboxMessage[] } {
  const from = findTownship(routing.receivingTownshipCode);
  const to = findTownship(routing.townshipCode);
  const fromName = {
    zh: from?.name ?? routing.receivingTownshipCode,
    en: from?.nameEn ?? routing.receivingTownshipCode,
  };
  const toName = { zh: to?.name ?? routing.townshipCode, en: to?.nameEn ?? routing.townshipCode };
  const clause = `${routing.citation.document} ${routing.citation.clause}`;
  return {
    event: {
      at,
      by: 'system',
      action: 'hand-over',
      from: 'submitted',
      to: 'submitted',
      reason: clause,
      rulesVersion,
      visibleToApplicant: true,
      note: {
        'zh-CN': `${fromName.zh}代收，按规定转${toName.zh}办理（${clause}）；${fromName.zh}可以查看办理进度。`,
        en: `Received by ${fromName.en} and handed on to ${toName.en}, the township the rules name (${clause}); ${fromName.en} can still follow the case.`,
      },
    },
    messages: applicantMessages(record, {
      template: 'handed-over',
      params: {
        receiving: record.locale === 'en' ? fromName.en : fromName.zh,
        responsible: record.locale === 'en' ? toName.en : toName.zh,
      },
      key: 'handed-over',
      at,
    }),
  };
}
