import { addDays, addMonths, type IsoDate, todayInShanghai } from '../dates.ts';
import { findTownship } from '../divisions.ts';
import type { LocalizedText } from '../locale.ts';
import { type ParametersAsOf, parametersAsOf, rulesVersion } from '../policy/parameters.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import { departments } from '../referrals/departments.ts';
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
  type DecisionNotice,
  maskedAccount,
  type NoticeOutcome,
  outcomeName,
  programmeShortNames,
} from './notices.ts';
import { applicantMessages } from './outbox.ts';
import type { ApplicationRecord, HistoryEvent, OutboxMessage, ProcedureFacts } from './record.ts';
import {
  type RejectionReason,
  reasonClause,
  rejectionReasons,
  type StaffActionInput,
} from './staff-actions.ts';
import {
  actions,
  allowedOnLine,
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
} as const satisfies Record<string, LocalizedText>;

type Invalid = { path: string; key: keyof typeof decisionMessages };
const invalid = (path: string, key: keyof typeof decisionMessages): Invalid => ({ path, key });

const dibaoProgrammes: readonly ProgrammeId[] = ['dibao', 'single-person-dibao'];
/** Referrals one case holds at most: the item stays well under DynamoDB's size limit. */
const maxReferrals = 20;
/** A line that is being paid or will be: it counts for the 特困 / 低保 alternative. */
const paidStates = new Set(['confirmed', 'gradual_exit']);

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
        const paidDibao = sibling(dibaoProgrammes).some((l) => paidStates.has(l.state));
        if (paidDibao && input.replacesDibao !== true)
          return invalid('replacesDibao', 'alternative.receivesDibao');
      }
      if (dibaoProgrammes.includes(programme)) {
        const tekun = sibling(['tekun']).some((l) => paidStates.has(l.state));
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
const bureau: LocalizedText = { 'zh-CN': '普宁市民政局', en: 'Puning Civil Affairs Bureau' };

function townshipName(code: string): LocalizedText {
  const t = findTownship(code);
  return { 'zh-CN': t?.name ?? code, en: t?.nameEn ?? code };
}

function caseEffectOf(
  record: ApplicationRecord,
  action: CaseAction,
  input: Record<string, unknown>,
  actor: StaffActor,
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
  actor: StaffActor,
  p: ParametersAsOf,
  today: IsoDate,
): LineEffect {
  const { facts, programme } = line;
  const isTekun = programme === 'tekun';
  const decider: Pick<DecisionNotice, 'authority' | 'authorityName'> =
    actor.kind === 'city'
      ? { authority: 'city', authorityName: bureau }
      : { authority: 'township', authorityName: townshipName(record.townshipCode) };
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
        facts: { ...facts, rejection: { codes, text, by: actor.kind } },
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
        by: actor.kind,
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
          ? [{ paidOn: today, amountYuan: remaining, form, kind: 'one-off', by: actor.kind }]
          : [];
      return {
        facts: {
          ...facts,
          temporaryApproval: {
            amountYuan,
            form,
            plan,
            opinion,
            approvedBy: actor.kind,
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
          payments: [...(facts.payments ?? []), { paidOn, amountYuan, form, kind, by: actor.kind }],
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
      const { monthlyAmountYuan, startMonth, careLevel, supportForm, replacesDibao } =
        input as unknown as StaffActionInput<'confirm'>;
      const care = careLevel ?? facts.approval?.careLevel;
      const support = supportForm ?? facts.approval?.supportForm;
      const tekunFacts = isTekun
        ? { ...(care ? { careLevel: care } : {}), ...(support ? { supportForm: support } : {}) }
        : {};
      const replaced =
        isTekun && replacesDibao
          ? record.lines
              ?.filter((l) => dibaoProgrammes.includes(l.programme) && paidStates.has(l.state))
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
            by: actor.kind,
            confirmedOn: today,
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
      const endsOn = addMonths(today, p.gradualExitMonths.value);
      return {
        facts: { ...facts, gradualExit: { startsOn: today, endsOn } },
        reason: String(input.reason),
        note: {
          'zh-CN': `收入已超过标准，给予渐退期到 ${endsOn}`,
          en: `Income is now above the standard; phase-out period until ${endsOn}`,
        },
        visible: true,
        notice: {
          outcome: 'gradual-exit',
          ...decider,
          basis: '民发〔2021〕57号 第三十三条；普民〔2021〕77号 二(一)',
          endsOn,
          explanation: String(input.reason),
        },
        message: decided('gradual-exit'),
      };
    }
    case 'endGradualExit':
      return {
        facts,
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
  actor: StaffActor,
  now: Date,
  programme?: ProgrammeId,
): Decision {
  const today = todayInShanghai(now);
  const p = parametersAsOf(today);
  const lines = linesOf(record);
  const status = caseState(lines);
  if (!mayActAs(action, actor.kind, p.confirmationDelegatedToTownships.value))
    return { ok: false, refusal: { kind: 'illegal', state: status } };
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
      staff: { id: actor.id, name: actor.name },
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
