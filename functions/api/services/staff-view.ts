import { toCheckInput } from '../../domain/application/application-input.ts';
import { availableActions } from '../../domain/application/available-actions.ts';
import { changedPaths } from '../../domain/application/changes.ts';
import { holdsClaims } from '../../domain/application/claims.ts';
import { stageOf } from '../../domain/application/deadlines.ts';
import { proposedStartMonth } from '../../domain/application/decide.ts';
import { linesOf, type ProgrammeLine } from '../../domain/application/lines.ts';
import { renderNotice } from '../../domain/application/notices.ts';
import { consentSummary, submitterOf } from '../../domain/application/on-behalf.ts';
import type { ApplicationRecord } from '../../domain/application/record.ts';
import { stateNames } from '../../domain/application/state-names.ts';
import { closedStates } from '../../domain/application/states.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { findTownship, isUrbanCommunity } from '../../domain/divisions.ts';
import { evaluate } from '../../domain/policy/evaluate.ts';
import { parametersAsOf } from '../../domain/policy/parameters.ts';
import { programmes as programmeInfo } from '../../domain/policy/programmes.ts';
import { relatedHelp } from '../../domain/referrals/related-help.ts';
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
  // What only the dashboard's counters read stays out of the queue.
  const { submittedByRole: _role, consentWay: _consent, referredTo: _referred, ...shown } = summary;
  return {
    ...shown,
    statusName: stateNames[summary.status],
    overdue: isOverdue(summary, now, closedStates),
    workingDaysLeft: workingDaysBetween(today, summary.dueAt),
  };
}

/** 特困 and 低保 are alternatives: both asked for or both paid is a conflict to settle. */
function alternativesConflict(lines: readonly ProgrammeLine[]): boolean {
  // Live: still open, or being paid — the same rule that keeps a person's claim.
  const live = (l: ProgrammeLine) => holdsClaims(l.state);
  return (
    lines.some((l) => l.programme === 'tekun' && live(l)) &&
    lines.some((l) => (l.programme === 'dibao' || l.programme === 'single-person-dibao') && live(l))
  );
}

/** A line as the console shows it: state, due date, facts, notices and its actions. */
function lineView(line: ProgrammeLine, actions: readonly string[], now: Date) {
  const today = todayInShanghai(now);
  return {
    programme: line.programme,
    programmeName: programmeInfo[line.programme].name,
    state: line.state,
    stateName: stateNames[line.state],
    version: line.version,
    stage: stageOf(line.state),
    dueAt: line.dueAt,
    overdue: isOverdue({ status: line.state, dueAt: line.dueAt }, now, closedStates),
    workingDaysLeft: workingDaysBetween(today, line.dueAt),
    facts: line.facts,
    notices: line.notices.map((notice) => ({ ...notice, rendered: renderNotice(notice) })),
    actions,
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
  const lines = linesOf(record);
  const available =
    actor && mayActOn(principal, record)
      ? availableActions(record, actor.kind, today)
      : { case: [], lines: {} };
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
    // The same suggestions the check showed, from the answers as they stand now.
    relatedHelp: checkInput ? relatedHelp(checkInput) : [],
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
    lines: lines.map((line) => lineView(line, available.lines[line.programme] ?? [], now)),
    caseActions: available.case,
    /** Every action offered anywhere on the case (case and lines together). */
    actions: [...new Set([...available.case, ...Object.values(available.lines).flat()])],
    alternativesConflict: alternativesConflict(lines),
    // The console proposes the month after approval; earlier is refused (57号 第二十一条).
    proposedStartMonth: proposedStartMonth(now),
    temporaryTownshipLimitYuan: parametersAsOf(today).temporaryTownshipApprovalLimitYuan.value,
    confirmationDelegated: parametersAsOf(today).confirmationDelegatedToTownships.value,
    // Who applied and how consent is on record (an agent, or staff on the person's behalf).
    submitter: submitterOf(record),
    consentSummary: consentSummary(record),
    ...(record.consentRecord ? { consentRecord: record.consentRecord } : {}),
    // A relative of staff (57号 第十一条): the city confirms, after its own home visit.
    ...(record.staffRelative ? { staffRelative: record.staffRelative } : {}),
    ...(record.cityVisit ? { cityVisit: record.cityVisit } : {}),
    awaitsCityVisit: record.staffRelative !== undefined && record.cityVisit === undefined,
  };
}

export type StaffApplicationView = ReturnType<typeof staffApplicationView>;
