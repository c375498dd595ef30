import { currentStage, workingDaysBetween } from '../../domain/application/deadlines.ts';
import { isOpen } from '../../domain/application/states.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { findTownship } from '../../domain/divisions.ts';
import type { LocalizedText } from '../../domain/locale.ts';
import { parametersAsOf } from '../../domain/policy/parameters.ts';
import type { ApplicationRecord } from '../../store/application-repository.ts';

const stageNames: Record<string, LocalizedText> = {
  acceptance: { 'zh-CN': '受理', en: 'Acceptance' },
  investigation: { 'zh-CN': '入户调查和审核', en: 'Home visit and review' },
  'city-confirmation': { 'zh-CN': '市民政局审核确认', en: 'Confirmation by the city bureau' },
};

/**
 * What the applicant sees: status, township, the current stage and its statutory due
 * date counted down in working days, what to do now, and the visible history. No ID
 * number, phone or bank account is included.
 */
export function statusView(record: ApplicationRecord, now: Date) {
  const township = findTownship(record.townshipCode);
  const today = todayInShanghai(now);
  const stage = currentStage(
    record.status,
    record.programmes.includes('tekun'),
    parametersAsOf(today),
  );
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
    stage: stage
      ? {
          name: stageNames[stage.stage] ?? { 'zh-CN': stage.stage, en: stage.stage },
          dueDate: record.dueAt,
          workingDaysLeft: Math.max(0, workingDaysBetween(today, record.dueAt)),
          overdue: workingDaysBetween(today, record.dueAt) < 0,
        }
      : null,
    mustDo: record.status === 'needs_info' && lastRequest?.note ? lastRequest.note : null,
    timeline: record.history
      .filter((e) => e.visibleToApplicant)
      .map((e) => ({
        at: e.at,
        text: e.note ?? { 'zh-CN': e.action, en: e.action },
      })),
    canWithdraw: isOpen(record.status),
    canAnswer: record.status === 'needs_info',
  };
}
