import { stageOf } from '../../domain/application/deadlines.ts';
import { actions, closedStates } from '../../domain/application/states.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { findTownship } from '../../domain/divisions.ts';
import type { LocalizedText } from '../../domain/locale.ts';
import { isOverdue } from '../../domain/staff/summary.ts';
import { holidayCalendarNote, workingDaysBetween } from '../../domain/working-days.ts';
import type { ApplicationRecord } from '../../store/application-repository.ts';

const stageNames: Record<string, LocalizedText> = {
  acceptance: { 'zh-CN': '受理', en: 'Acceptance' },
  investigation: { 'zh-CN': '入户调查和审核', en: 'Home visit and review' },
  'public-notice': { 'zh-CN': '村（社区）公示', en: 'Public notice in the village' },
  'emergency-paperwork': {
    'zh-CN': '先行救助后补办手续',
    en: 'Paperwork after the emergency aid',
  },
  'city-confirmation': { 'zh-CN': '市民政局审核确认', en: 'Confirmation by the city bureau' },
  'gradual-exit': { 'zh-CN': '渐退期', en: 'Phase-out period' },
};

/**
 * What the applicant sees: status, township, the current stage and its statutory due
 * date counted down in China's working days (with a note when a year's holidays are not
 * published yet), what to do now, and the visible history. No ID
 * number, phone or bank account is included.
 */
export function statusView(record: ApplicationRecord, now: Date) {
  const township = findTownship(record.townshipCode);
  const today = todayInShanghai(now);
  const stage = stageOf(record.status);
  const lastRequest = [...record.history].reverse().find((e) => e.action === 'requestInfo');
  return {
    reference: record.reference,
    status: record.status,
    township: {
      code: record.townshipCode,
      name: township?.name ?? record.townshipCode,
      nameEn: township?.nameEn ?? record.townshipCode,
    },
    programmes: record.programmes,
    submittedAt: record.submittedAt,
    stage:
      stage !== 'closed'
        ? {
            name: stageNames[stage] ?? { 'zh-CN': stage, en: stage },
            dueDate: record.dueAt,
            workingDaysLeft: Math.max(0, workingDaysBetween(today, record.dueAt)),
            overdue: isOverdue(record, now, closedStates),
            // Set when the count runs through a year whose holidays are not published.
            calendarNote: holidayCalendarNote(
              todayInShanghai(new Date(record.submittedAt)),
              record.dueAt,
            ),
          }
        : null,
    mustDo: record.status === 'needs_info' && lastRequest?.note ? lastRequest.note : null,
    timeline: record.history
      .filter((e) => e.visibleToApplicant)
      .map((e) => ({
        at: e.at,
        text: e.note ?? { 'zh-CN': e.action, en: e.action },
      })),
    // Messages we could not deliver, so the applicant knows to look here or call.
    undelivered: record.outbox
      .filter((m) => m.status === 'failed' && m.channel !== 'staff')
      .map((m) => ({ channel: m.channel, at: m.failedAt ?? m.createdAt })),
    canWithdraw: (actions.withdraw.from as readonly string[]).includes(record.status),
    canAnswer: record.status === 'needs_info',
  };
}
