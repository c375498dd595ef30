import { toCheckInput } from '../../domain/application/application-input.ts';
import { changedPaths } from '../../domain/application/changes.ts';
import { stageOf } from '../../domain/application/deadlines.ts';
import type { ApplicationRecord } from '../../domain/application/record.ts';
import { stateNames } from '../../domain/application/state-names.ts';
import { availableActions, closedStates } from '../../domain/application/states.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { findTownship, isUrbanCommunity } from '../../domain/divisions.ts';
import { evaluate } from '../../domain/policy/evaluate.ts';
import { actorOf, mayActOn, maySee, type StaffPrincipal } from '../../domain/staff/principal.ts';
import { type ApplicationSummary, isOverdue } from '../../domain/staff/summary.ts';
import { holidayCalendarNote, workingDaysBetween } from '../../domain/working-days.ts';

const townshipOf = (code: string) => {
  const township = findTownship(code);
  return { code, name: township?.name ?? code, nameEn: township?.nameEn ?? code };
};

/** A queue row: the summary plus what the console shows at a glance. */
export function queueRow(summary: ApplicationSummary, now: Date) {
  const today = todayInShanghai(now);
  return {
    ...summary,
    statusName: stateNames[summary.status],
    overdue: isOverdue(summary, now, closedStates),
    workingDaysLeft: workingDaysBetween(today, summary.dueAt),
  };
}

/**
 * One application as its township (or the city) sees it: everything the applicant
 * sent, the eligibility recomputed by the same rules as of the submission date, what
 * changed after the last answer, documents, the full history and the actions this
 * person may take now. Never the access-code hash or the person hash.
 */
export function staffApplicationView(
  record: ApplicationRecord,
  principal: StaffPrincipal,
  now: Date,
) {
  const today = todayInShanghai(now);
  const submittedOn = todayInShanghai(new Date(record.submittedAt));
  const { application } = record;
  const checkInput = toCheckInput(application, isUrbanCommunity(application.residence.villageCode));
  // An emergency-only application has no means test yet: "not asked yet", never zeros.
  const eligibility = checkInput ? evaluate(checkInput, submittedOn) : null;
  const actor = actorOf(principal);
  return {
    reference: record.reference,
    version: record.version,
    status: record.status,
    statusName: stateNames[record.status],
    stage: stageOf(record.status),
    township: townshipOf(record.townshipCode),
    // 代收转办: where the person applied, when another township is responsible.
    ...(record.receivingTownshipCode
      ? { receivingTownship: townshipOf(record.receivingTownshipCode) }
      : {}),
    ...(record.routingBasis ? { routingBasis: record.routingBasis } : {}),
    // Opened by the receiving township's staff: they may read it, not act on it.
    readOnly: !maySee(principal, record.townshipCode),
    priority: record.priority,
    programmes: record.programmes,
    submittedAt: record.submittedAt,
    dueAt: record.dueAt,
    overdue: isOverdue(record, now, closedStates),
    workingDaysLeft: workingDaysBetween(today, record.dueAt),
    dueAtCalendarNote: holidayCalendarNote(submittedOn, record.dueAt),
    locale: record.locale,
    application,
    eligibility,
    meansTest: checkInput ? ('asked' as const) : ('not-asked-yet' as const),
    submittedRulesVersion: record.rulesVersion,
    changedFields: record.previousApplication
      ? changedPaths(record.previousApplication, application)
      : [],
    documents: record.documents ?? [],
    procedure: record.procedure ?? {},
    history: record.history,
    // Every message with its delivery state; `failed` ones are shown as "could not send".
    pendingMessages: record.outbox.map((m) => ({
      id: m.id,
      channel: m.channel,
      template: m.template,
      createdAt: m.createdAt,
      status: m.status,
      attempts: m.attempts ?? 0,
      ...(m.lastError ? { lastError: m.lastError } : {}),
      ...(m.sentAt ? { sentAt: m.sentAt } : {}),
      ...(m.failedAt ? { failedAt: m.failedAt } : {}),
    })),
    actions:
      actor && mayActOn(principal, record) ? availableActions(record.status, actor.kind) : [],
  };
}

export type StaffApplicationView = ReturnType<typeof staffApplicationView>;
