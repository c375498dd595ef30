import { addDays, addMonths, type IsoDate, todayInShanghai } from '../dates.ts';
import { findTownship } from '../divisions.ts';
import type { LocalizedText } from '../locale.ts';
import { type ParametersAsOf, parametersAsOf, rulesVersion } from '../policy/parameters.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import { departments } from '../referrals/departments.ts';
import { withChangeOutcome } from './change-outcomes.ts';
import { addWorkingDays, lineDueDate } from './deadlines.ts';
import {
  caseDueAt,
  caseState,
  type LineFacts,
  linesOf,
  type Payment,
  type ProgrammeLine,
} from './lines.ts';
import {
  careLevelNames,
  type DecisionNotice,
  maskedAccount,
  type NoticeOutcome,
  outcomeName,
  programmeShortNames,
} from './notices.ts';
import { applicantMessages } from './outbox.ts';
import type { ApplicationRecord, HistoryEvent, OutboxMessage, ProcedureFacts } from './record.ts';
import {
  addMonthsToMonth,
  amountWithoutMemberShare,
  careReassessmentDue,
  firstReviewDue,
  gradualExitLastMonth,
  gradualExitPeriod,
  memberShare,
  monthAfter,
  nextReviewDue,
  reviewDue,
  reviewReasonNames,
  terminationGrounds,
} from './reviews.ts';
import {
  type RejectionReason,
  reasonClause,
  rejectionReasons,
  type StaffActionInput,
} from './staff-actions.ts';
import { awaitsCityVisit, confirmationDelegatedFor } from './staff-relatives.ts';
import {
  actions,
  allowedOnLine,
  beingPaid,
  type CaseAction,
  isLineAction,
  isOpen,
  type LineAction,
  lineFamily,
  mayActAs,
  type StaffAction,
} from './states.ts';

/**
 * A staff action applied to an application: the pure heart of the console. Decisions
 * act on one programme's line; actions on the whole case (taking it up, a request for
 * information, the home visit, a transfer) on every open line they apply to. It checks
 * the state machine, who may decide (the bureau, or a township it delegated to) and
 * the action's own rules, then returns the next record: the lines' new states and
 * versions, the facts recorded, due dates, the decision's written notice, one appended
 * history event and the messages the applicant must get — one conditional put.
 */
export interface StaffActor {
  readonly kind: 'township' | 'city';
  readonly id: string;
  readonly name: string;
}

/** The scheduled job (a review falling due, a 渐退期 running out): it takes only `bySystem` actions. */
export interface SystemActor {
  readonly kind: 'system';
  readonly id: 'system';
  readonly name: string;
}
export const systemActor: SystemActor = { kind: 'system', id: 'system', name: '系统' };
type Actor = StaffActor | SystemActor;

export type DecisionRefusal =
  | { readonly kind: 'illegal'; readonly state: ApplicationRecord['status'] }
  | { readonly kind: 'invalid'; readonly path: string; readonly message: LocalizedText };

export type Decision =
  | {
      readonly ok: true;
      readonly record: ApplicationRecord;
      readonly lines: readonly ProgrammeId[];
    }
  | { readonly ok: false; readonly refusal: DecisionRefusal };

export const decisionMessages = {
  'relative.cityVisit': {
    'zh-CN':
      '申请人是镇村干部的亲属：市民政局须先入户调查并记录，才能审核确认（民发〔2021〕57号 第二十条）',
    en: 'The applicant is a relative of staff: the city bureau records its own home visit before confirming (57号 art. 20)',
  },
  'date.future': { 'zh-CN': '日期应晚于今天', en: 'The date must be after today' },
  'date.paperwork': {
    'zh-CN': '补办手续的期限应在今天之后、30 个工作日之内',
    en: 'The paperwork must be due after today and within 30 working days',
  },
  'date.notFuture': {
    'zh-CN': '日期不能晚于今天，也不能早于申请日',
    en: 'The date cannot be in the future or before the application',
  },
  'date.soon': {
    'zh-CN': '公示开始日期应在今天到 14 天之内',
    en: 'The notice must start between today and 14 days from now',
  },
  'notice.notOver': {
    'zh-CN': '公示期还没有结束，不能提前结束',
    en: 'The public notice has not run its full time yet',
  },
  'township.same': {
    'zh-CN': '请选择另一个镇（街道、农场）',
    en: 'Choose a different township',
  },
  'transfer.decided': {
    'zh-CN': '已有项目进入调查、公示或决定阶段，不能整件转交',
    en: 'A programme is already past the first review; the case cannot be transferred',
  },
  'deadline.notExtendable': {
    'zh-CN': '办理时限已经延长过，或特困供养不适用延长',
    en: 'The time limit was extended already, or cannot be extended for tekun',
  },
  'month.beforeNextMonth': {
    'zh-CN': '按月发放的救助从批准的次月起发放，不能早于下个月',
    en: 'A monthly benefit is paid from the month after approval, not earlier',
  },
  'amount.positive': {
    'zh-CN': '请填写大于 0 的金额（元）',
    en: 'Enter an amount above 0 yuan',
  },
  'amount.edge': {
    'zh-CN': '低保边缘家庭不按月发放低保金，金额请填 0',
    en: 'Edge households are not paid a monthly benefit; enter 0',
  },
  'amount.belowAdvance': {
    'zh-CN': '批准金额不能少于已先行救助的金额',
    en: 'The approved amount cannot be less than the emergency aid already given',
  },
  'payment.aboveApproved': {
    'zh-CN': '发放总额不能超过已批准的金额；需要更多救助请重新审批',
    en: 'Payments cannot exceed the amount approved; more help needs a new approval',
  },
  'payment.date': {
    'zh-CN': '发放日期不能晚于今天，也不能早于批准日',
    en: 'The payment date cannot be in the future or before the approval',
  },
  'tekun.careLevel': {
    'zh-CN': '特困供养须登记评估的生活自理能力',
    en: 'Tekun needs the assessed self-care level',
  },
  'tekun.supportForm': {
    'zh-CN': '特困供养须登记供养方式（分散或集中供养）',
    en: 'Tekun needs the form of support (at home or in a care home)',
  },
  'alternative.receivesDibao': {
    'zh-CN':
      '此人正在享受低保。确认特困供养后，低保从特困发放的月份起停发：请勾选“特困代替低保”后再确认',
    en: 'This person is paid dibao. Confirming tekun stops dibao from the month tekun starts: tick "tekun replaces dibao" to confirm',
  },
  'alternative.tekunApplies': {
    'zh-CN': '此人已确认特困供养，不再同时享受低保：请对低保作“不予确认”，理由选“已纳入特困供养”',
    en: 'This person is confirmed for tekun and cannot also be paid dibao: do not confirm dibao, with the reason "already supported as tekun"',
  },
  'programme.required': {
    'zh-CN': '请选择要办理的救助项目',
    en: 'Choose the programme this decision is for',
  },
  'referral.tooMany': {
    'zh-CN': '这件申请登记的转介已达上限（20 次）',
    en: 'This case has the most referrals it can hold (20)',
  },
  'programme.notApplied': {
    'zh-CN': '这份申请没有申请这个救助项目',
    en: 'This application did not ask for that programme',
  },
  'review.careOnlyTekun': {
    'zh-CN': '生活自理能力重新评估只适用于特困供养',
    en: 'A self-care re-assessment is only for tekun',
  },
  'review.careLevel': {
    'zh-CN': '生活自理能力变化的复核须登记重新评估的结果',
    en: 'A self-care review needs the re-assessed level',
  },
  'visit.date': {
    'zh-CN': '入户日期不能晚于今天，也不能早于复核开始日',
    en: 'The visit cannot be in the future or before the review opened',
  },
  'month.fromNextMonth': {
    'zh-CN': '调整从下个月或以后的月份起执行',
    en: 'A change applies from next month or later',
  },
  'change.increase': {
    'zh-CN': '增发后的金额应高于现在的金额',
    en: 'An increase must be above the current amount',
  },
  'change.decrease': {
    'zh-CN': '减发后的金额应低于现在的金额且大于 0（减到 0 请选“停发”）',
    en: 'A decrease must be below the current amount and above 0 (choose "stop" for 0)',
  },
  'change.member': {
    'zh-CN': '减发个人部分须写明成员、拒绝次数（至少 3 次）和家庭人数',
    en: 'One member’s share needs the member, the refusals (at least 3) and the household size',
  },
  'change.amountRequired': {
    'zh-CN': '请填写调整后的每月金额（元）',
    en: 'Enter the new monthly amount (yuan)',
  },
  'termination.referral': {
    'zh-CN': '请写明是否转入低保或临时救助',
    en: 'Say whether the person moves to dibao or temporary assistance',
  },
} as const satisfies Record<string, LocalizedText>;

type Invalid = { path: string; key: keyof typeof decisionMessages };
const invalid = (path: string, key: keyof typeof decisionMessages): Invalid => ({ path, key });

const dibaoProgrammes: readonly ProgrammeId[] = ['dibao', 'single-person-dibao'];
/** Referrals one case holds at most: the item stays well under DynamoDB's size limit. */
const maxReferrals = 20;
function nextMonthOf(today: IsoDate): string {
  return addMonths(`${today.slice(0, 7)}-01`, 1).slice(0, 7);
}

/** The month a monthly benefit starts by default: the month after approval (57号 第二十一条). */
export function proposedStartMonth(now: Date): string {
  return nextMonthOf(todayInShanghai(now));
}

function paidSoFar(facts: LineFacts): number {
  return (facts.payments ?? []).reduce((sum, p) => sum + p.amountYuan, 0);
}

/** The rule a case action breaks, if any. */
function checkCaseRules(
  record: ApplicationRecord,
  lines: readonly ProgrammeLine[],
  action: CaseAction,
  input: Record<string, unknown>,
  today: IsoDate,
): Invalid | null {
  const submittedOn = todayInShanghai(new Date(record.submittedAt));
  switch (action) {
    case 'requestInfo':
      return String(input.dueOn) > today ? null : invalid('dueOn', 'date.future');
    case 'recordInvestigation': {
      const visited = String(input.visitedOn);
      return visited <= today && visited >= submittedOn
        ? null
        : invalid('visitedOn', 'date.notFuture');
    }
    case 'transfer': {
      if (input.toTownship === record.townshipCode) return invalid('toTownship', 'township.same');
      const stuck = lines.some(
        (l) => isOpen(l.state) && !allowedOnLine('transfer', l.programme, l.state),
      );
      return stuck ? invalid('', 'transfer.decided') : null;
    }
    case 'recordReferral': {
      const referredOn = String(input.referredOn);
      if (referredOn > today || referredOn < submittedOn)
        return invalid('referredOn', 'date.notFuture');
      return (record.procedure?.referrals?.length ?? 0) >= maxReferrals
        ? invalid('', 'referral.tooMany')
        : null;
    }
    case 'extendDeadline':
      return record.procedure?.deadlineExtended ||
        !lines.some((l) => l.programme !== 'tekun' && allowedOnLine(action, l.programme, l.state))
        ? invalid('', 'deadline.notExtendable')
        : null;
    default:
      return null;
  }
}

/** The rule a line action breaks, if any. */
function checkLineRules(
  record: ApplicationRecord,
  lines: readonly ProgrammeLine[],
  line: ProgrammeLine,
  action: LineAction,
  input: Record<string, unknown>,
  today: IsoDate,
  p: ParametersAsOf,
): Invalid | null {
  const { programme, facts } = line;
  const sibling = (wanted: readonly ProgrammeId[]) =>
    lines.filter((l) => wanted.includes(l.programme) && l.programme !== programme);
  switch (action) {
    case 'startPublicNotice': {
      const starts = String(input.startsOn);
      return starts >= today && starts <= addDays(today, 14)
        ? null
        : invalid('startsOn', 'date.soon');
    }
    case 'endPublicNotice': {
      const endsOn = facts.publicNotice?.endsOn;
      return endsOn && today >= endsOn ? null : invalid('', 'notice.notOver');
    }
    case 'grantEmergencyAid': {
      const due = String(input.paperworkDueOn);
      const latest = addWorkingDays(today, p.dibaoOverallWorkingDays.value);
      return due > today && due <= latest ? null : invalid('paperworkDueOn', 'date.paperwork');
    }
    case 'approve':
    case 'confirm': {
      const amount = Number(input.monthlyAmountYuan);
      if (programme === 'dibao-edge' && amount !== 0)
        return invalid('monthlyAmountYuan', 'amount.edge');
      if (programme !== 'dibao-edge' && amount <= 0)
        return invalid('monthlyAmountYuan', 'amount.positive');
      if (programme === 'tekun') {
        const careLevel = input.careLevel ?? facts.approval?.careLevel;
        const supportForm = input.supportForm ?? facts.approval?.supportForm;
        if (!careLevel) return invalid('careLevel', 'tekun.careLevel');
        if (!supportForm) return invalid('supportForm', 'tekun.supportForm');
      }
      if (action === 'approve') return null;
      if (String(input.startMonth) < nextMonthOf(today))
        return invalid('startMonth', 'month.beforeNextMonth');
      // 特困 and 低保 are alternatives (a person supported as tekun is not paid dibao).
      if (programme === 'tekun') {
        const paidDibao = sibling(dibaoProgrammes).some((l) => beingPaid.has(l.state));
        if (paidDibao && input.replacesDibao !== true)
          return invalid('replacesDibao', 'alternative.receivesDibao');
      }
      if (dibaoProgrammes.includes(programme)) {
        const tekun = sibling(['tekun']).some((l) => beingPaid.has(l.state));
        if (tekun) return invalid('', 'alternative.tekunApplies');
      }
      return null;
    }
    case 'approveTemporary':
    case 'confirmTemporary': {
      const amount = Number(input.amountYuan);
      if (amount <= 0) return invalid('amountYuan', 'amount.positive');
      return amount < paidSoFar(facts) ? invalid('amountYuan', 'amount.belowAdvance') : null;
    }
    case 'openReview':
      return input.reason === 'care-change' && programme !== 'tekun'
        ? invalid('reason', 'review.careOnlyTekun')
        : null;
    case 'recordReviewVisit': {
      const visited = String(input.visitedOn);
      const opened = facts.review?.open?.openedOn ?? today;
      return visited <= today && visited >= opened ? null : invalid('visitedOn', 'visit.date');
    }
    case 'continueAfterReview':
      return facts.review?.open?.reason === 'care-change' && !input.careLevel
        ? invalid('careLevel', 'review.careLevel')
        : null;
    case 'proposeChange': {
      if (String(input.fromMonth) < nextMonthOf(today))
        return invalid('fromMonth', 'month.fromNextMonth');
      const current = facts.confirmation?.monthlyAmountYuan ?? 0;
      const amount =
        input.monthlyAmountYuan === undefined ? undefined : Number(input.monthlyAmountYuan);
      switch (input.kind) {
        case 'increase':
          if (amount === undefined) return invalid('monthlyAmountYuan', 'change.amountRequired');
          return amount > current ? null : invalid('monthlyAmountYuan', 'change.increase');
        case 'decrease':
          if (amount === undefined) return invalid('monthlyAmountYuan', 'change.amountRequired');
          return amount > 0 && amount < current
            ? null
            : invalid('monthlyAmountYuan', 'change.decrease');
        case 'member-share': {
          const member = input.member as { refusals?: number } | undefined;
          return member && Number(member.refusals) >= p.workRefusalsBeforeReduction.value
            ? null
            : invalid('member', 'change.member');
        }
        default:
          return null;
      }
    }
    case 'decideChange':
      if (line.state !== 'termination_notice') return null;
      return facts.termination && today >= facts.termination.noticeEndsOn
        ? null
        : invalid('', 'notice.notOver');
    case 'proposeTermination': {
      const starts = String(input.noticeStartsOn);
      return starts >= today && starts <= addDays(today, 14)
        ? null
        : invalid('noticeStartsOn', 'date.soon');
    }
    case 'recordPayment': {
      const paidOn = String(input.paidOn);
      const approvedOn =
        facts.temporaryApproval?.approvedOn ?? todayInShanghai(new Date(record.submittedAt));
      if (paidOn > today || paidOn < approvedOn) return invalid('paidOn', 'payment.date');
      const approved = facts.temporaryApproval?.amountYuan ?? 0;
      if (Number(input.amountYuan) <= 0) return invalid('amountYuan', 'amount.positive');
      return paidSoFar(facts) + Number(input.amountYuan) > approved
        ? invalid('amountYuan', 'payment.aboveApproved')
        : null;
    }
    default:
      return null;
  }
}

/** A message to the applicant about a change. */
interface Told {
  readonly template: string;
  readonly params: Record<string, string>;
}

interface CaseEffect {
  readonly facts?: ProcedureFacts;
  readonly townshipCode?: string;
  readonly reason?: string;
  readonly note: LocalizedText;
  readonly visible: boolean;
  readonly message?: Told;
}

interface LineEffect {
  readonly facts: LineFacts;
  /** Overrides the rule's resulting state (temporary approval above the township's limit). */
  readonly to?: ProgrammeLine['state'];
  readonly notice?: Omit<DecisionNotice, 'id' | 'issuedAt' | 'issuedOn' | 'programme'>;
  /** Another line the decision also settles (特困 replacing 低保). */
  readonly alsoEnds?: { readonly programme: ProgrammeId; readonly startMonth: string };
  readonly reason?: string;
  readonly note: LocalizedText;
  readonly visible: boolean;
  readonly message?: Told;
}

const same = (text: string): LocalizedText => ({ 'zh-CN': text, en: text });

const changeKindNames: Record<string, LocalizedText> = {
  increase: { 'zh-CN': '增发', en: 'an increase' },
  decrease: { 'zh-CN': '减发', en: 'a decrease' },
  stop: { 'zh-CN': '停发', en: 'a stop' },
  'member-share': {
    'zh-CN': '减发拒绝工作成员本人部分',
    en: 'reducing the share of the member who refused work',
  },
};
const bureau: LocalizedText = { 'zh-CN': '普宁市民政局', en: 'Puning Civil Affairs Bureau' };

function townshipName(code: string): LocalizedText {
  const t = findTownship(code);
  return { 'zh-CN': t?.name ?? code, en: t?.nameEn ?? code };
}

function caseEffectOf(
  record: ApplicationRecord,
  action: CaseAction,
  input: Record<string, unknown>,
  actor: Actor,
  p: ParametersAsOf,
  today: IsoDate,
): CaseEffect {
  const facts = record.procedure ?? {};
  switch (action) {
    case 'claim':
      return {
        facts: { ...facts, assignee: { id: actor.id, name: actor.name } },
        note: { 'zh-CN': '已受理，开始审核', en: 'Taken up; the review has started' },
        visible: true,
      };
    case 'assign': {
      const { assigneeId, assigneeName } = input as unknown as StaffActionInput<'assign'>;
      return {
        facts: { ...facts, assignee: { id: assigneeId, name: assigneeName } },
        note: { 'zh-CN': `指派给 ${assigneeName}`, en: `Assigned to ${assigneeName}` },
        visible: false,
      };
    }
    case 'requestInfo': {
      const { message, dueOn } = input as unknown as StaffActionInput<'requestInfo'>;
      return {
        facts: { ...facts, infoRequest: { message, dueOn, at: today } },
        reason: message,
        note: same(message),
        visible: true,
        message: { template: 'info-requested', params: { what: message, dueOn } },
      };
    }
    case 'recordInvestigation': {
      const { visitedOn, findings } = input as unknown as StaffActionInput<'recordInvestigation'>;
      return {
        facts: { ...facts, investigation: { visitedOn, findings } },
        note: { 'zh-CN': '已完成入户调查', en: 'The home visit has been done' },
        visible: true,
      };
    }
    case 'transfer': {
      const { toTownship, reason } = input as unknown as StaffActionInput<'transfer'>;
      const to = townshipName(toTownship);
      const { assignee: _dropped, ...rest } = facts;
      return {
        facts: {
          ...rest,
          transferredFrom: [...(facts.transferredFrom ?? []), record.townshipCode],
        },
        townshipCode: toTownship,
        reason,
        note: {
          'zh-CN': `转交${to['zh-CN']}办理：${reason}`,
          en: `Transferred to ${to.en}: ${reason}`,
        },
        visible: true,
        message: { template: 'transferred', params: { township: to[record.locale], reason } },
      };
    }
    case 'recordReferral': {
      const { department, note, referredOn } =
        input as unknown as StaffActionInput<'recordReferral'>;
      const name = departments[department].name;
      return {
        facts: {
          ...facts,
          referrals: [...(facts.referrals ?? []), { department, note, referredOn }],
        },
        // The note stays with staff (history reason); the applicant sees where and when.
        reason: note,
        note: {
          'zh-CN': `已转介到${name['zh-CN']}（${referredOn}）`,
          en: `Referred to: ${name.en} (${referredOn})`,
        },
        visible: true,
      };
    }
    case 'extendDeadline':
      return {
        facts: { ...facts, deadlineExtended: true },
        reason: String(input.reason),
        note: {
          'zh-CN': `办理时限延长到 ${p.dibaoOverallExtendedWorkingDays.value} 个工作日`,
          en: `The time limit is extended to ${p.dibaoOverallExtendedWorkingDays.value} working days`,
        },
        visible: true,
      };
    default:
      throw new Error(`No effect defined for ${action satisfies never}`);
  }
}

function refusalReasons(codes: readonly string[], programme: ProgrammeId) {
  return codes.map((code) => ({
    code,
    text: rejectionReasons[code as RejectionReason],
    ...(reasonClause(code as RejectionReason, programme)
      ? { clause: reasonClause(code as RejectionReason, programme) }
      : {}),
  }));
}

/** The clause a monthly line's decision rests on. */
function decisionBasis(programme: ProgrammeId): string {
  if (programme === 'tekun') return '民发〔2021〕43号 第十七条、第十八条';
  if (lineFamily(programme) === 'temporary')
    return '《社会救助暂行办法》第四十八条；民发〔2018〕23号；普民〔2021〕77号 二(六)';
  return '民发〔2021〕57号 第二十条、第二十一条';
}

function lineEffectOf(
  record: ApplicationRecord,
  line: ProgrammeLine,
  action: LineAction,
  input: Record<string, unknown>,
  actor: Actor,
  p: ParametersAsOf,
  today: IsoDate,
): LineEffect {
  const { facts, programme } = line;
  const isTekun = programme === 'tekun';
  // The scheduled job acts on the bureau's decision (a 渐退期's end was decided with it).
  const by = actor.kind === 'township' ? 'township' : 'city';
  const decider: Pick<DecisionNotice, 'authority' | 'authorityName'> =
    actor.kind === 'township'
      ? { authority: 'township', authorityName: townshipName(record.townshipCode) }
      : { authority: 'city', authorityName: bureau };
  const review = facts.review;
  /** The review concluded on `today`: the next one dated from it, in its (new) class. */
  const concluded = (reviewClass = review?.class ?? 'yearly') => ({
    class: reviewClass,
    nextDueOn: nextReviewDue(today, reviewClass, p),
    lastConcludedOn: today,
  });
  /** A line that ends keeps its review class, with no review open. */
  const closedReview = review
    ? { review: { class: review.class, nextDueOn: review.nextDueOn, lastConcludedOn: today } }
    : {};
  const account = maskedAccount(record.application.bankAccount);
  const decided = (outcome: NoticeOutcome): Told => ({
    template: 'decision',
    params: {
      programme: programmeShortNames[programme][record.locale],
      outcome: outcomeName(outcome)[record.locale],
    },
  });
  switch (action) {
    case 'startPublicNotice': {
      const { startsOn } = input as unknown as StaffActionInput<'startPublicNotice'>;
      const days = isTekun ? p.tekunPublicNoticeDays.value : p.dibaoPublicNoticeDays.value;
      const endsOn = addDays(startsOn, days);
      return {
        facts: { ...facts, publicNotice: { startsOn, endsOn } },
        note: {
          'zh-CN': `在村（社区）公示 ${days} 天，到 ${endsOn} 结束`,
          en: `Public notice in the village for ${days} days, until ${endsOn}`,
        },
        visible: true,
        message: { template: 'notice-started', params: { endsOn } },
      };
    }
    case 'endPublicNotice':
      return {
        facts,
        ...(input.note ? { reason: String(input.note) } : {}),
        note: { 'zh-CN': '公示结束，无异议', en: 'Public notice over with no objection' },
        visible: true,
      };
    case 'noticeObjection':
      return {
        facts,
        reason: String(input.reason),
        note: {
          'zh-CN': '公示期间有异议，重新调查核实',
          en: 'An objection was raised during the notice; the case is checked again',
        },
        visible: true,
      };
    case 'approve': {
      const { monthlyAmountYuan, opinion, careLevel, supportForm } =
        input as unknown as StaffActionInput<'approve'>;
      return {
        facts: {
          ...facts,
          approval: {
            monthlyAmountYuan,
            opinion,
            ...(careLevel ? { careLevel } : {}),
            ...(supportForm ? { supportForm } : {}),
          },
        },
        reason: opinion,
        note: {
          'zh-CN': '镇（街道）审核同意，已报市民政局确认',
          en: 'Approved by the township and sent to the city bureau',
        },
        visible: true,
        message: { template: 'township-approved', params: {} },
      };
    }
    case 'reject':
    case 'notConfirm': {
      const { codes, text } = input as unknown as StaffActionInput<'reject'>;
      const reasons = refusalReasons(codes, programme);
      const outcome: NoticeOutcome = action === 'reject' ? 'refused' : 'not-confirmed';
      const words = (locale: 'zh-CN' | 'en') =>
        reasons.map((r) => r.text[locale]).join(locale === 'en' ? '; ' : '；');
      return {
        facts: { ...facts, rejection: { codes, text, by: by } },
        reason: text,
        note: {
          'zh-CN': `${outcomeName(outcome)['zh-CN']}：${words('zh-CN')}。${text}`,
          en: `${outcomeName(outcome).en}: ${words('en')}. ${text}`,
        },
        visible: true,
        notice: {
          outcome,
          ...decider,
          basis: decisionBasis(programme),
          reasons,
          explanation: text,
          recheck: action === 'reject' && lineFamily(programme) === 'monthly',
        },
        message: decided(outcome),
      };
    }
    case 'grantEmergencyAid': {
      const { amountYuan, paperworkDueOn, reason, form } =
        input as unknown as StaffActionInput<'grantEmergencyAid'>;
      const payment: Payment = {
        paidOn: today,
        amountYuan,
        form: form ?? 'cash',
        kind: 'advance',
        by: by,
      };
      return {
        facts: {
          ...facts,
          emergencyAid: { amountYuan, grantedOn: today, paperworkDueOn, form: form ?? 'cash' },
          payments: [...(facts.payments ?? []), payment],
        },
        reason,
        note: {
          'zh-CN': `先行救助 ${amountYuan} 元，手续在 ${paperworkDueOn} 前补办`,
          en: `Emergency aid of ${amountYuan} yuan given; paperwork due by ${paperworkDueOn}`,
        },
        visible: true,
        notice: {
          outcome: 'emergency-aid',
          ...decider,
          basis: '民发〔2018〕23号；普民〔2021〕77号 二(六)',
          payment: { amountYuan, form: form ?? 'cash', plan: 'advance' },
          ...(account && payment.form === 'cash' ? { account } : {}),
        },
        message: { template: 'emergency-aid', params: { amount: String(amountYuan) } },
      };
    }
    case 'approveTemporary':
    case 'confirmTemporary': {
      const { amountYuan, form, plan, opinion } =
        input as unknown as StaffActionInput<'approveTemporary'>;
      const limit = p.temporaryTownshipApprovalLimitYuan.value;
      // Above the township's delegated amount the city bureau approves (第四十八条).
      if (action === 'approveTemporary' && amountYuan > limit)
        return {
          facts: {
            ...facts,
            temporaryApproval: { amountYuan, form, plan, opinion, approvedBy: 'township' },
          },
          to: 'township_approved',
          reason: opinion,
          note: {
            'zh-CN': `镇（街道）审核同意临时救助 ${amountYuan} 元，超过镇（街道）审批额度（${limit} 元），报市民政局审批`,
            en: `The township supports ${amountYuan} yuan of temporary assistance; above its limit of ${limit} yuan, so the city bureau approves`,
          },
          visible: true,
          message: { template: 'township-approved', params: {} },
        };
      const remaining = amountYuan - paidSoFar(facts);
      const payments: Payment[] =
        plan === 'one-off' && remaining > 0
          ? [{ paidOn: today, amountYuan: remaining, form, kind: 'one-off', by: by }]
          : [];
      return {
        facts: {
          ...facts,
          temporaryApproval: {
            amountYuan,
            form,
            plan,
            opinion,
            approvedBy: by,
            approvedOn: today,
          },
          payments: [...(facts.payments ?? []), ...payments],
        },
        reason: opinion,
        note: {
          'zh-CN': `批准临时救助 ${amountYuan} 元（${plan === 'staged' ? '分阶段发放' : '一次性发放'}）`,
          en: `Temporary assistance of ${amountYuan} yuan approved (${plan === 'staged' ? 'paid in stages' : 'paid once'})`,
        },
        visible: true,
        notice: {
          outcome: 'temporary-approved',
          ...decider,
          basis: decisionBasis(programme),
          payment: {
            amountYuan: plan === 'one-off' ? amountYuan : 0,
            form,
            plan,
            approvedYuan: amountYuan,
          },
          explanation: opinion,
          ...(account && form === 'cash' ? { account } : {}),
        },
        message: decided('temporary-approved'),
      };
    }
    case 'recordPayment': {
      const { paidOn, amountYuan, form, kind } =
        input as unknown as StaffActionInput<'recordPayment'>;
      return {
        facts: {
          ...facts,
          payments: [...(facts.payments ?? []), { paidOn, amountYuan, form, kind, by }],
        },
        note: {
          'zh-CN': `${kind === 'staged' ? '分阶段' : '跟进'}救助发放 ${amountYuan} 元（${paidOn}）`,
          en: `${kind === 'staged' ? 'Stage' : 'Follow-up'} payment of ${amountYuan} yuan (${paidOn})`,
        },
        visible: true,
        notice: {
          outcome: 'payment',
          ...decider,
          basis: decisionBasis(programme),
          payment: {
            amountYuan,
            form,
            plan: kind,
            approvedYuan: facts.temporaryApproval?.amountYuan ?? amountYuan,
          },
          ...(account && form === 'cash' ? { account } : {}),
        },
        message: decided('payment'),
      };
    }
    case 'confirm': {
      const { monthlyAmountYuan, startMonth, careLevel, supportForm, replacesDibao, reviewClass } =
        input as unknown as StaffActionInput<'confirm'>;
      const care = careLevel ?? facts.approval?.careLevel;
      const support = supportForm ?? facts.approval?.supportForm;
      // 57号 第三十一条: half-yearly where a member is able to work, yearly otherwise.
      const defaultClass = record.application.members?.some((m) => m.ableToWork)
        ? 'half-yearly'
        : 'yearly';
      const tekunFacts = isTekun
        ? { ...(care ? { careLevel: care } : {}), ...(support ? { supportForm: support } : {}) }
        : {};
      const replaced =
        isTekun && replacesDibao
          ? record.lines
              ?.filter((l) => dibaoProgrammes.includes(l.programme) && beingPaid.has(l.state))
              .map((l) => l.programme)[0]
          : undefined;
      const yuan = monthlyAmountYuan;
      return {
        facts: {
          ...facts,
          confirmation: {
            monthlyAmountYuan: yuan,
            startMonth,
            ...tekunFacts,
            by,
            confirmedOn: today,
          },
          review: {
            class: reviewClass ?? defaultClass,
            nextDueOn: firstReviewDue(startMonth, reviewClass ?? defaultClass, p),
          },
        },
        ...(replaced ? { alsoEnds: { programme: replaced, startMonth } } : {}),
        note: {
          'zh-CN': `${decider.authorityName['zh-CN']}已确认：每月 ${yuan} 元，从 ${startMonth} 起发放`,
          en: `Confirmed by ${decider.authorityName.en}: ${yuan} yuan a month from ${startMonth}`,
        },
        visible: true,
        notice: {
          outcome: 'confirmed',
          ...decider,
          basis: decisionBasis(programme),
          monthly: { amountYuan: yuan, startMonth, ...tekunFacts },
          ...(account && yuan > 0 ? { account } : {}),
        },
        message: decided('confirmed'),
      };
    }
    case 'returnToTownship':
      return {
        facts,
        reason: String(input.reason),
        note: {
          'zh-CN': '市民政局退回镇（街道）进一步核实',
          en: 'The city bureau returned it to the township for more checks',
        },
        visible: true,
      };
    case 'startGradualExit': {
      const period = gradualExitPeriod(today, p);
      const { endsOn, endMonth } = period;
      return {
        facts: {
          ...facts,
          gradualExit: { startsOn: today, endsOn, endMonth },
          ...(review ? { review: { class: review.class, nextDueOn: review.nextDueOn } } : {}),
        },
        reason: String(input.reason),
        note: {
          'zh-CN': `${decider.authorityName['zh-CN']}决定：收入已超过标准，给予渐退期 ${p.gradualExitMonths.value} 个月，发放到 ${endMonth}`,
          en: `Decided by ${decider.authorityName.en}: income is now above the standard; a phase-out of ${p.gradualExitMonths.value} months, paid until ${endMonth}`,
        },
        visible: true,
        notice: {
          outcome: 'gradual-exit',
          ...decider,
          basis: '民发〔2021〕57号 第三十三条；普民〔2021〕77号 二(一)',
          // The last month paid, as the line and the messages say it (至 2027年6月).
          endsOn: endMonth,
          explanation: String(input.reason),
        },
        message: decided('gradual-exit'),
      };
    }
    case 'endGradualExit':
      return {
        facts: {
          ...facts,
          exit: {
            reason: 'gradual-exit',
            on: today,
            // Older lines recorded no endMonth; their last month paid is endsOn's, not today's.
            lastMonth: facts.gradualExit
              ? gradualExitLastMonth(facts.gradualExit)
              : today.slice(0, 7),
          },
        },
        ...(input.note ? { reason: String(input.note) } : {}),
        note: { 'zh-CN': '渐退期结束，救助停止', en: 'Phase-out over; assistance has ended' },
        visible: true,
        notice: {
          outcome: 'ended',
          ...decider,
          basis: '民发〔2021〕57号 第三十二条、第三十三条',
          endsOn: today,
        },
        message: decided('ended'),
      };
    case 'openReview': {
      const { reason: why, note } = input as unknown as StaffActionInput<'openReview'>;
      const dueOn = why === 'care-change' ? careReassessmentDue(today, p) : reviewDue(today, p);
      const base = review ?? { class: 'yearly' as const, nextDueOn: today };
      return {
        facts: {
          ...facts,
          review: {
            ...base,
            open: {
              reason: why,
              openedOn: today,
              dueOn,
              ...(typeof input.changeId === 'string' ? { changeId: input.changeId } : {}),
            },
          },
        },
        ...(note ? { reason: note } : {}),
        note: {
          'zh-CN': `开始复核（${reviewReasonNames[why]['zh-CN']}），${dueOn} 前办结；复核期间照常发放`,
          en: `Review opened (${reviewReasonNames[why].en}), due by ${dueOn}; payments continue meanwhile`,
        },
        visible: true,
        message: {
          template: 'review-opened',
          params: { programme: programmeShortNames[programme][record.locale] },
        },
      };
    }
    case 'recordReviewVisit': {
      const { visitedOn, findings, monthlyIncomeYuan } =
        input as unknown as StaffActionInput<'recordReviewVisit'>;
      const open = review?.open;
      return {
        facts: {
          ...facts,
          ...(review && open
            ? {
                review: {
                  ...review,
                  open: {
                    ...open,
                    visit: {
                      visitedOn,
                      findings,
                      ...(monthlyIncomeYuan !== undefined ? { monthlyIncomeYuan } : {}),
                    },
                  },
                },
              }
            : {}),
        },
        note: { 'zh-CN': '已完成复核入户调查', en: 'The review visit has been done' },
        visible: true,
      };
    }
    case 'continueAfterReview': {
      const { reviewClass, careLevel, note } =
        input as unknown as StaffActionInput<'continueAfterReview'>;
      const confirmation = facts.confirmation;
      const care = careLevel && confirmation ? { ...confirmation, careLevel } : confirmation;
      const next = concluded(reviewClass);
      return {
        facts: { ...facts, review: next, ...(care ? { confirmation: care } : {}) },
        ...(note ? { reason: note } : {}),
        note: {
          'zh-CN': `复核结束：情况无变化，继续保障，金额不变${careLevel ? `；生活自理能力评估为“${careLevelNames[careLevel]['zh-CN']}”` : ''}；下次复核 ${next.nextDueOn}`,
          en: `Review concluded: no change, support continues at the same amount${careLevel ? `; self-care assessed as "${careLevelNames[careLevel].en}"` : ''}; next review ${next.nextDueOn}`,
        },
        visible: true,
      };
    }
    case 'proposeChange': {
      const {
        kind,
        monthlyAmountYuan,
        fromMonth,
        reason: why,
        member,
      } = input as unknown as StaffActionInput<'proposeChange'>;
      const current = facts.confirmation?.monthlyAmountYuan ?? 0;
      const kept = member?.keptShareYuan ?? 0;
      const memberFacts =
        kind === 'member-share' && member
          ? {
              name: member.name,
              refusals: member.refusals,
              householdMembers: member.householdMembers,
              shareYuan: memberShare(current, member.householdMembers).shareYuan,
              keptShareYuan: Math.min(
                kept,
                memberShare(current, member.householdMembers).shareYuan,
              ),
            }
          : undefined;
      const amount =
        kind === 'stop'
          ? 0
          : memberFacts
            ? amountWithoutMemberShare(current, memberFacts.householdMembers, kept)
            : (monthlyAmountYuan ?? current);
      const words = changeKindNames[kind] ?? same(kind);
      return {
        facts: {
          ...facts,
          proposal: {
            kind,
            monthlyAmountYuan: amount,
            fromMonth,
            reason: why,
            proposedOn: today,
            ...(memberFacts ? { member: memberFacts } : {}),
          },
        },
        reason: why,
        note: {
          'zh-CN': `复核后提出${words['zh-CN']}意见（每月 ${amount} 元，自 ${fromMonth} 起），报市民政局决定`,
          en: `After the review the township proposes: ${words.en} (${amount} yuan a month from ${fromMonth}); the city bureau decides`,
        },
        visible: true,
      };
    }
    case 'decideChange': {
      const {
        approve: approved,
        text,
        referral,
      } = input as unknown as StaffActionInput<'decideChange'>;
      const termination = line.state === 'termination_notice' ? facts.termination : undefined;
      const { proposal: _proposal, termination: _termination, ...rest } = facts;
      if (!approved)
        return {
          facts: { ...rest, review: concluded() },
          to: 'confirmed',
          reason: text,
          note: {
            'zh-CN': `${decider.authorityName['zh-CN']}不同意${termination ? '终止供养' : '调整'}，继续按原金额保障`,
            en: `${decider.authorityName.en} did not approve the ${termination ? 'termination' : 'change'}; support continues as before`,
          },
          visible: true,
        };
      if (termination) {
        // 43号 第二十六条: support ends the month after the decision.
        const stopsFromMonth = monthAfter(today);
        const finalReferral = referral ?? termination.referral;
        const reasons = termination.grounds.map((code) => ({
          code,
          text: terminationGrounds[code],
          clause: '民发〔2021〕43号 第二十四条',
        }));
        return {
          facts: {
            ...rest,
            ...closedReview,
            termination: { ...termination, referral: finalReferral },
            exit: { reason: 'terminated', on: today, lastMonth: today.slice(0, 7) },
          },
          to: 'exited',
          reason: text,
          note: {
            'zh-CN': `${decider.authorityName['zh-CN']}决定终止特困供养，自 ${stopsFromMonth} 起停发`,
            en: `${decider.authorityName.en} ended tekun support from ${stopsFromMonth}`,
          },
          visible: true,
          notice: {
            outcome: 'terminated',
            ...decider,
            basis: '民发〔2021〕43号 第二十四条至第二十七条',
            reasons,
            explanation: text,
            stopsFromMonth,
            referral: finalReferral,
          },
          message: decided('terminated'),
        };
      }
      const proposal = facts.proposal;
      const kind = proposal?.kind ?? 'stop';
      const outcome: NoticeOutcome =
        kind === 'increase'
          ? 'increased'
          : kind === 'decrease'
            ? 'decreased'
            : kind === 'member-share'
              ? 'member-reduced'
              : 'stopped';
      const fromMonth = proposal?.fromMonth ?? monthAfter(today);
      const amount = proposal?.monthlyAmountYuan ?? 0;
      const reasons = [
        {
          code: kind,
          text: { 'zh-CN': proposal?.reason ?? text, en: proposal?.reason ?? text },
          clause:
            kind === 'member-share' ? '民发〔2021〕57号 第三十四条' : '民发〔2021〕57号 第三十二条',
        },
      ];
      if (kind === 'stop')
        return {
          facts: {
            ...rest,
            ...closedReview,
            exit: { reason: 'stopped', on: today, lastMonth: addMonthsToMonth(fromMonth, -1) },
          },
          to: 'exited',
          reason: text,
          note: {
            'zh-CN': `${decider.authorityName['zh-CN']}决定停发，自 ${fromMonth} 起`,
            en: `${decider.authorityName.en} stopped payments from ${fromMonth}`,
          },
          visible: true,
          notice: {
            outcome,
            ...decider,
            basis: '民发〔2021〕57号 第三十二条',
            reasons,
            explanation: text,
            stopsFromMonth: fromMonth,
          },
          message: decided(outcome),
        };
      const confirmation: NonNullable<LineFacts['confirmation']> = {
        ...facts.confirmation,
        monthlyAmountYuan: amount,
        startMonth: fromMonth,
      };
      return {
        facts: { ...rest, confirmation, review: concluded() },
        to: 'confirmed',
        reason: text,
        note: {
          'zh-CN': `${decider.authorityName['zh-CN']}决定${outcomeName(outcome)['zh-CN']}：每月 ${amount} 元，自 ${fromMonth} 起`,
          en: `${decider.authorityName.en}: ${outcomeName(outcome).en}, ${amount} yuan a month from ${fromMonth}`,
        },
        visible: true,
        notice: {
          outcome,
          ...decider,
          basis:
            kind === 'member-share'
              ? '民发〔2021〕57号 第三十二条、第三十四条'
              : '民发〔2021〕57号 第三十二条',
          monthly: {
            amountYuan: amount,
            startMonth: fromMonth,
            ...(confirmation.careLevel ? { careLevel: confirmation.careLevel } : {}),
            ...(confirmation.supportForm ? { supportForm: confirmation.supportForm } : {}),
          },
          reasons,
          explanation: text,
          ...(proposal?.member
            ? {
                member: {
                  name: proposal.member.name,
                  refusals: proposal.member.refusals,
                  shareYuan: proposal.member.shareYuan,
                  keptShareYuan: proposal.member.keptShareYuan,
                },
              }
            : {}),
          ...(account && amount > 0 ? { account } : {}),
        },
        message: decided(outcome),
      };
    }
    case 'proposeTermination': {
      const { grounds, findings, noticeStartsOn, referral } =
        input as unknown as StaffActionInput<'proposeTermination'>;
      const noticeEndsOn = addDays(noticeStartsOn, p.tekunTerminationNoticeDays.value);
      return {
        facts: {
          ...facts,
          termination: { grounds, findings, noticeStartsOn, noticeEndsOn, referral },
        },
        reason: findings,
        note: {
          'zh-CN': `调查核实后拟终止特困供养（${grounds.map((g) => terminationGrounds[g]['zh-CN']).join('；')}），在村（社区）公示 ${p.tekunTerminationNoticeDays.value} 天，到 ${noticeEndsOn} 结束`,
          en: `After investigation the township proposes to end tekun support (${grounds.map((g) => terminationGrounds[g].en).join('; ')}); public notice for ${p.tekunTerminationNoticeDays.value} days until ${noticeEndsOn}`,
        },
        visible: true,
        message: { template: 'notice-started', params: { endsOn: noticeEndsOn } },
      };
    }
    default:
      throw new Error(`No effect defined for ${action satisfies never}`);
  }
}

/** The line an action is for: the one named, or the only line it is open to. */
function targetLine(
  lines: readonly ProgrammeLine[],
  action: LineAction,
  programme: ProgrammeId | undefined,
): ProgrammeLine | Invalid {
  if (programme) {
    const line = lines.find((l) => l.programme === programme);
    return line ?? invalid('programme', 'programme.notApplied');
  }
  const open = lines.filter((l) => allowedOnLine(action, l.programme, l.state));
  if (open.length === 1 && open[0]) return open[0];
  if (open.length === 0 && lines.length === 1 && lines[0]) return lines[0];
  return invalid('programme', 'programme.required');
}

function refused(path: string, key: keyof typeof decisionMessages): Decision {
  return { ok: false, refusal: { kind: 'invalid', path, message: decisionMessages[key] } };
}

function notice(
  record: ApplicationRecord,
  programme: ProgrammeId,
  version: number,
  at: string,
  today: IsoDate,
  body: NonNullable<LineEffect['notice']>,
): DecisionNotice {
  return {
    id: `${record.reference}-${programme}-${version}`,
    issuedAt: at,
    issuedOn: today,
    programme,
    ...body,
  };
}

export function applyStaffAction<A extends StaffAction>(
  record: ApplicationRecord,
  action: A,
  input: StaffActionInput<A>,
  actor: Actor,
  now: Date,
  programme?: ProgrammeId,
): Decision {
  const today = todayInShanghai(now);
  const p = parametersAsOf(today);
  const lines = linesOf(record);
  const status = caseState(lines);
  // A relative of staff is confirmed by the city even under delegation (57号 第二十条).
  const delegated = confirmationDelegatedFor(record, p.confirmationDelegatedToTownships.value);
  if (!mayActAs(action, actor.kind, delegated))
    return { ok: false, refusal: { kind: 'illegal', state: status } };
  if (awaitsCityVisit(record, action)) return refused('', 'relative.cityVisit');
  const raw = input as Record<string, unknown>;
  const at = now.toISOString();
  const version = record.version + 1;

  let nextLines: ProgrammeLine[];
  let facts: ProcedureFacts = record.procedure ?? {};
  let townshipCode = record.townshipCode;
  let event: Omit<HistoryEvent, 'at' | 'by' | 'staff' | 'action' | 'rulesVersion'>;
  let told: Told | undefined;
  let touched: ProgrammeId[];

  if (isLineAction(action)) {
    const line = targetLine(lines, action, programme);
    if ('key' in line) return refused(line.path, line.key);
    if (!allowedOnLine(action, line.programme, line.state))
      return { ok: false, refusal: { kind: 'illegal', state: line.state } };
    const broken = checkLineRules(record, lines, line, action, raw, today, p);
    if (broken) return refused(broken.path, broken.key);
    const effect = lineEffectOf({ ...record, lines }, line, action, raw, actor, p, today);
    const to = effect.to ?? actions[action].to ?? line.state;
    const lineVersion = line.version + 1;
    nextLines = lines.map((l) => {
      if (l.programme === line.programme) {
        const moved: ProgrammeLine = {
          ...l,
          state: to,
          version: lineVersion,
          facts: effect.facts,
          notices: effect.notice
            ? [...l.notices, notice(record, l.programme, lineVersion, at, today, effect.notice)]
            : l.notices,
        };
        return moved;
      }
      if (effect.alsoEnds?.programme === l.programme) {
        // 特困 replaces 低保: the dibao line ends, paid up to the month tekun starts.
        const ended: ProgrammeLine = {
          ...l,
          state: 'exited',
          version: l.version + 1,
          facts: { ...l.facts, supersededBy: line.programme },
          notices: [
            ...l.notices,
            notice(record, l.programme, l.version + 1, at, today, {
              outcome: 'superseded',
              authority: effect.notice?.authority ?? 'city',
              authorityName: effect.notice?.authorityName ?? bureau,
              basis: '民发〔2021〕43号 第十七条',
              endsOn: effect.alsoEnds.startMonth,
              insteadOf: line.programme,
            }),
          ],
        };
        return ended;
      }
      return l;
    });
    // The history says which programme a decision is about (several may be on notice).
    const short = programmeShortNames[line.programme];
    // A review opened by a reported change has concluded: the change shows its outcome.
    const changeId = line.facts.review?.open?.changeId;
    if (changeId && !effect.facts.review?.open)
      facts = withChangeOutcome(facts, changeId, line.programme, {
        on: today,
        action,
        note: effect.note,
      });
    event = {
      programme: line.programme,
      from: line.state,
      to,
      ...(effect.reason ? { reason: effect.reason } : {}),
      note: {
        'zh-CN': `${short['zh-CN']}：${effect.note['zh-CN']}`,
        en: `${short.en}: ${effect.note.en}`,
      },
      visibleToApplicant: effect.visible,
    };
    told = effect.message;
    touched = [line.programme, ...(effect.alsoEnds ? [effect.alsoEnds.programme] : [])];
  } else {
    const caseAction = action as CaseAction;
    const targets = lines.filter((l) => allowedOnLine(caseAction, l.programme, l.state));
    if (targets.length === 0) return { ok: false, refusal: { kind: 'illegal', state: status } };
    const broken = checkCaseRules(record, lines, caseAction, raw, today);
    if (broken) return refused(broken.path, broken.key);
    const effect = caseEffectOf(record, caseAction, raw, actor, p, today);
    facts = effect.facts ?? facts;
    townshipCode = effect.townshipCode ?? townshipCode;
    const to = actions[caseAction].to;
    // A referral is about the household, not a programme: no line moves, so decisions
    // in flight on any line do not conflict with it.
    const moved = caseAction === 'recordReferral' ? [] : targets;
    nextLines = lines.map((l) => {
      if (!moved.includes(l)) return l;
      return { ...l, state: to ?? l.state, version: l.version + 1 };
    });
    event = {
      from: status,
      to: caseState(nextLines),
      ...(effect.reason ? { reason: effect.reason } : {}),
      note: effect.note,
      visibleToApplicant: effect.visible,
    };
    told = effect.message;
    touched = moved.map((l) => l.programme);
  }

  const history: HistoryEvent[] = [
    ...record.history,
    {
      at,
      by: actor.kind,
      ...(actor.kind === 'system' ? {} : { staff: { id: actor.id, name: actor.name } }),
      action,
      ...event,
      rulesVersion,
    } as HistoryEvent,
  ];
  // Each moved line's due date follows its new state (a re-investigation's clock starts
  // at the event just appended); a line the decision ended sorts by today.
  nextLines = nextLines.map((l) => {
    if (!touched.includes(l.programme)) return l;
    if (!isOpen(l.state)) return { ...l, dueAt: today };
    return { ...l, dueAt: lineDueDate({ ...record, procedure: facts }, l, today, p, history) };
  });
  const messages: OutboxMessage[] = told
    ? applicantMessages(record, {
        ...told,
        key: `${action}-${version}`,
        at,
      })
    : [];
  const next: ApplicationRecord = {
    ...record,
    status: caseState(nextLines),
    dueAt: caseDueAt(nextLines, today),
    version,
    townshipCode,
    procedure: facts,
    lines: nextLines,
    history,
    outbox: [...record.outbox, ...messages],
  };
  return { ok: true, record: next, lines: touched };
}
