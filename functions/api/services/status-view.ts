import { stageOf } from '../../domain/application/deadlines.ts';
import { linesOf, type ProgrammeLine } from '../../domain/application/lines.ts';
import { renderNotice } from '../../domain/application/notices.ts';
import { submitterOf } from '../../domain/application/on-behalf.ts';
import {
  changeReportKindNames,
  isRecipient,
  type ReportedChange,
} from '../../domain/application/reported-changes.ts';
import { gradualExitLastMonth } from '../../domain/application/reviews.ts';
import { stateNames } from '../../domain/application/state-names.ts';
import { allowedOnLine, closedStates } from '../../domain/application/states.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { findTownship } from '../../domain/divisions.ts';
import type { LocalizedText } from '../../domain/locale.ts';
import { programmes as programmeInfo } from '../../domain/policy/programmes.ts';
import { departments } from '../../domain/referrals/departments.ts';
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
  review: { 'zh-CN': '复核', en: 'Review' },
};

const both = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** What the applicant should do now about one programme, in plain words. */
function nextStep(line: ProgrammeLine): LocalizedText {
  switch (line.state) {
    case 'needs_info':
      return both('请按要求补充材料（见下方）。', 'Send what was asked for (see below).');
    case 'public_notice':
      return both('公示期间不需要您做什么。', 'Nothing to do while the notice runs.');
    case 'confirmed':
      if (line.facts.temporaryApproval?.plan === 'staged')
        return both(
          '救助金按阶段发放，每次发放都会通知您。',
          'Paid in stages; you are told of each payment.',
        );
      // Temporary assistance is paid, not collected monthly: nothing is left to do.
      return line.facts.temporaryApproval
        ? both(
            '救助已一次性发放（金额和方式见告知书），不需要您再做什么。',
            'Given once (the notice says how much and how); nothing more to do.',
          )
        : both(
            '按时领取。家庭人口、收入或财产有变化时，请及时告诉镇（街道）。',
            'Collect it. Tell the township when your household, income or assets change.',
          );
    case 'not_confirmed':
      // The re-check (57号 第十八条) is for a township's refusal, not the bureau's.
      return both(
        '请阅读告知书中的理由。不服的，可以按告知书写明的途径申请行政复议或提起行政诉讼；情况变化后也可以重新申请。',
        'Read the reasons in the notice. If you disagree you can ask for reconsideration or go to court as the notice says; you may apply again when things change.',
      );
    case 'rejected':
      return both(
        '请阅读告知书中的理由。不服的，可以按告知书写明的途径申请复查、行政复议或提起行政诉讼；情况变化后也可以重新申请。',
        'Read the reasons in the notice. If you disagree you can ask for a re-check, reconsideration or go to court as the notice says; you may apply again when things change.',
      );
    case 'withdrawn':
      return both(
        '申请已撤回；需要时可以重新申请。',
        'Withdrawn; you may apply again when you need to.',
      );
    case 'gradual_exit':
      return both(
        '渐退期内继续发放，到期后停止。',
        'Paid during the phase-out period, then it stops.',
      );
    case 'exited':
      return both('救助已结束；需要时可以重新申请。', 'Assistance has ended; you may apply again.');
    case 'under_review':
      return both(
        '正在复核，期间照常发放。工作人员可能联系您或入户了解情况。',
        'Under review; payments continue. Staff may contact or visit you.',
      );
    case 'change_proposed':
      return both(
        '复核后拟调整，等待市民政局决定；决定后会书面告知您。',
        'A change is proposed after the review; the city bureau decides and tells you in writing.',
      );
    case 'termination_notice':
      return both(
        '拟终止供养，正在村（社区）公示；有异议可以在公示期间向镇（街道）提出。',
        'Support is to end; a public notice is running. Raise any objection with the township while it runs.',
      );
    default:
      return both(
        '暂时不需要您做什么，请等待办理结果。',
        'Nothing to do for now; we will tell you the result.',
      );
  }
}

/** A line being paid is decided, whatever its review, change or notice is doing. */
const afterDecision: ReadonlySet<string> = new Set([
  'gradual_exit',
  'under_review',
  'change_proposed',
  'termination_notice',
]);

/** A paid line that still has periodic reviews ahead (a 渐退期 ends instead). */
const reviewedStates: ReadonlySet<string> = new Set([
  'confirmed',
  'under_review',
  'change_proposed',
  'termination_notice',
]);

/** One card per programme: the result first — state, amount or reason, what to do now. */
function resultCard(line: ProgrammeLine) {
  const latest = line.notices.at(-1);
  return {
    programme: line.programme,
    programmeName: programmeInfo[line.programme].name,
    state: line.state,
    stateName: stateNames[line.state],
    decided: closedStates.includes(line.state) || afterDecision.has(line.state),
    summary: latest ? renderNotice(latest).lines.slice(0, 2) : [],
    nextStep: nextStep(line),
    // While paid: the next periodic review; in a 渐退期: its last month paid.
    ...(line.facts.review && reviewedStates.has(line.state)
      ? { nextReviewOn: line.facts.review.nextDueOn }
      : {}),
    ...(line.state === 'gradual_exit' && line.facts.gradualExit
      ? { gradualExitEndMonth: gradualExitLastMonth(line.facts.gradualExit) }
      : {}),
    notices: [...line.notices].reverse().map((notice) => ({
      id: notice.id,
      issuedOn: notice.issuedOn,
      outcome: notice.outcome,
      ...renderNotice(notice),
    })),
  };
}

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
    // Who applied: the person, an agent (who follows it with the same reference and code), or staff.
    submittedBy: submitterOf(record).by,
    // The result first: one card per programme, decided ones with their notices.
    results: linesOf(record).map(resultCard),
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
    // Where the township referred the household, and how to reach that department; the
    // staff's note stays in the console (decisions "Referrals").
    referrals: (record.procedure?.referrals ?? []).map((r) => ({
      department: r.department,
      departmentName: departments[r.department].name,
      contact: departments[r.department].contact,
      referredOn: r.referredOn,
    })),
    canWithdraw: linesOf(record).some((l) => allowedOnLine('withdraw', l.programme, l.state)),
    canAnswer: record.status === 'needs_info',
    /** A recipient may report a change (POST /api/status/changes). */
    canReportChange: isRecipient(record),
    /** Changes the household reported, oldest first, with each line's outcome once reviewed. */
    changes: (record.procedure?.reportedChanges ?? []).map((change) => reportedChangeView(change)),
  };
}

function reportedChangeView(change: ReportedChange) {
  const to = change.transferredTo ? findTownship(change.transferredTo) : undefined;
  const outcomes = change.lines.map((programme) => {
    const outcome = change.outcomes?.[programme];
    return {
      programme,
      programmeName: programmeInfo[programme].name,
      concluded: outcome !== undefined,
      ...(outcome ? { on: outcome.on, outcome: outcome.note } : {}),
    };
  });
  return {
    id: change.id,
    kind: change.kind,
    kindName: changeReportKindNames[change.kind],
    reportedAt: change.reportedAt,
    ...(change.documentId ? { documentId: change.documentId } : {}),
    ...(to ? { transferredTo: { code: to.code, name: to.name, nameEn: to.nameEn } } : {}),
    concluded: outcomes.every((o) => o.concluded),
    lines: outcomes,
  };
}
