import { addDays, addMonths, type IsoDate, todayInShanghai } from '../dates.ts';
import { findTownship } from '../divisions.ts';
import type { LocalizedText } from '../locale.ts';
import { parametersAsOf, rulesVersion } from '../policy/parameters.ts';
import { addWorkingDays, dueDateFor } from './deadlines.ts';
import { applicantMessages } from './outbox.ts';
import type { ApplicationRecord, HistoryEvent, OutboxMessage, ProcedureFacts } from './record.ts';
import { rejectionReasons, type StaffActionInput } from './staff-actions.ts';
import { actions, type StaffAction } from './states.ts';

/**
 * A staff action applied to an application: the pure heart of the console. It checks
 * the state machine and the action's own rules (a notice cannot end early, a transfer
 * must go somewhere else, …), then returns the next record: new state and version,
 * the facts the action records, the stage's new due date, one appended history event,
 * and the messages the applicant must get — all to be written in one conditional put.
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
  | { readonly ok: true; readonly record: ApplicationRecord }
  | { readonly ok: false; readonly refusal: DecisionRefusal };

export const decisionMessages = {
  'date.future': { 'zh-CN': '日期应晚于今天', en: 'The date must be after today' },
  'date.paperwork': {
    'zh-CN': '补办手续的期限应在今天之后、30 个工作日之内',
    en: 'The paperwork must be due after today and within 30 working days',
  },
  'approve.needsNotice': {
    'zh-CN': '低保、特困申请在先行救助后，仍要完成入户调查和公示才能审核同意',
    en: 'After emergency aid, dibao and tekun still need the home visit and the public notice before approval',
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
  'aid.notEmergency': {
    'zh-CN': '先行救助只适用于急难型临时救助',
    en: 'Emergency aid first is only for emergency temporary assistance',
  },
  'deadline.notExtendable': {
    'zh-CN': '办理时限已经延长过，或特困供养不适用延长',
    en: 'The time limit was extended already, or cannot be extended for tekun',
  },
  'gradualExit.notDibao': {
    'zh-CN': '渐退期只适用于低保对象',
    en: 'A phase-out period is only for dibao recipients',
  },
  'month.tooEarly': {
    'zh-CN': '发放起始月份不能早于申请的月份',
    en: 'Payment cannot start before the month of the application',
  },
} as const satisfies Record<string, LocalizedText>;

type Invalid = { path: string; key: keyof typeof decisionMessages };

/** The action-specific rule that fails for this input, if any. */
function checkRules<A extends StaffAction>(
  record: ApplicationRecord,
  action: A,
  input: StaffActionInput<A>,
  today: IsoDate,
): Invalid | null {
  const submittedOn = todayInShanghai(new Date(record.submittedAt));
  const i = input as Record<string, unknown>;
  switch (action) {
    case 'requestInfo':
      return String(i.dueOn) > today ? null : { path: 'dueOn', key: 'date.future' };
    case 'recordInvestigation': {
      const visited = String(i.visitedOn);
      return visited <= today && visited >= submittedOn
        ? null
        : { path: 'visitedOn', key: 'date.notFuture' };
    }
    case 'startPublicNotice': {
      const starts = String(i.startsOn);
      return starts >= today && starts <= addDays(today, 14)
        ? null
        : { path: 'startsOn', key: 'date.soon' };
    }
    case 'endPublicNotice': {
      const endsOn = record.procedure?.publicNotice?.endsOn;
      return endsOn && today >= endsOn ? null : { path: '', key: 'notice.notOver' };
    }
    case 'grantEmergencyAid': {
      if (record.priority !== 'emergency' && !record.programmes.includes('temporary-emergency'))
        return { path: '', key: 'aid.notEmergency' };
      const due = String(i.paperworkDueOn);
      const latest = addWorkingDays(today, parametersAsOf(today).dibaoOverallWorkingDays.value);
      return due > today && due <= latest
        ? null
        : { path: 'paperworkDueOn', key: 'date.paperwork' };
    }
    case 'approve':
      // After emergency aid, only temporary assistance may skip the home visit and the
      // public notice (the simplified procedure); dibao or tekun go the whole way.
      return record.status === 'emergency_aid_granted' &&
        !record.programmes.every((p) => p === 'temporary-emergency' || p === 'temporary-expense')
        ? { path: '', key: 'approve.needsNotice' }
        : null;
    case 'transfer':
      return i.toTownship === record.townshipCode
        ? { path: 'toTownship', key: 'township.same' }
        : null;
    case 'extendDeadline':
      return record.procedure?.deadlineExtended || record.programmes.includes('tekun')
        ? { path: '', key: 'deadline.notExtendable' }
        : null;
    case 'confirm':
      return String(i.startMonth) >= submittedOn.slice(0, 7)
        ? null
        : { path: 'startMonth', key: 'month.tooEarly' };
    case 'startGradualExit':
      return record.programmes.some((p) => p === 'dibao' || p === 'single-person-dibao')
        ? null
        : { path: '', key: 'gradualExit.notDibao' };
    default:
      return null;
  }
}

interface Effect {
  readonly facts?: ProcedureFacts;
  readonly townshipCode?: string;
  readonly reason?: string;
  /** The history note; shown to the applicant when `visible`. */
  readonly note: LocalizedText;
  readonly visible: boolean;
  /** The applicant's message about it, if they are told. */
  readonly message?: { template: string; params: Record<string, string> };
}

const same = (text: string): LocalizedText => ({ 'zh-CN': text, en: text });

/** What each action records, says in the history, and tells the applicant. */
function effectOf<A extends StaffAction>(
  record: ApplicationRecord,
  action: A,
  input: StaffActionInput<A>,
  actor: StaffActor,
  today: IsoDate,
): Effect {
  const i = input as Record<string, never>;
  const p = parametersAsOf(today);
  const facts = record.procedure ?? {};
  const isTekun = record.programmes.includes('tekun');
  switch (action) {
    case 'claim':
      return {
        facts: { ...facts, assignee: { id: actor.id, name: actor.name } },
        note: { 'zh-CN': '已受理，开始审核', en: 'Taken up; the review has started' },
        visible: true,
      };
    case 'assign': {
      const { assigneeId, assigneeName } = input as StaffActionInput<'assign'>;
      return {
        facts: { ...facts, assignee: { id: assigneeId, name: assigneeName } },
        note: { 'zh-CN': `指派给 ${assigneeName}`, en: `Assigned to ${assigneeName}` },
        visible: false,
      };
    }
    case 'requestInfo': {
      const { message, dueOn } = input as StaffActionInput<'requestInfo'>;
      return {
        facts: { ...facts, infoRequest: { message, dueOn, at: today } },
        reason: message,
        note: same(message),
        visible: true,
        message: { template: 'info-requested', params: { what: message, dueOn } },
      };
    }
    case 'recordInvestigation': {
      const { visitedOn, findings } = input as StaffActionInput<'recordInvestigation'>;
      return {
        facts: { ...facts, investigation: { visitedOn, findings } },
        note: { 'zh-CN': '已完成入户调查', en: 'The home visit has been done' },
        visible: true,
      };
    }
    case 'startPublicNotice': {
      const { startsOn } = input as StaffActionInput<'startPublicNotice'>;
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
        reason: i.note,
        note: { 'zh-CN': '公示结束，无异议', en: 'Public notice over with no objection' },
        visible: true,
      };
    case 'noticeObjection':
      return {
        reason: i.reason,
        note: {
          'zh-CN': '公示期间有异议，重新调查核实',
          en: 'An objection was raised during the notice; the case is checked again',
        },
        visible: true,
      };
    case 'grantEmergencyAid': {
      const { amountYuan, paperworkDueOn, reason } = input as StaffActionInput<'grantEmergencyAid'>;
      return {
        facts: { ...facts, emergencyAid: { amountYuan, grantedOn: today, paperworkDueOn } },
        reason,
        note: {
          'zh-CN': `先行救助 ${amountYuan} 元，手续在 ${paperworkDueOn} 前补办`,
          en: `Emergency aid of ${amountYuan} yuan given; paperwork due by ${paperworkDueOn}`,
        },
        visible: true,
        message: { template: 'emergency-aid', params: { amount: String(amountYuan) } },
      };
    }
    case 'approve': {
      const { monthlyAmountYuan, opinion } = input as StaffActionInput<'approve'>;
      return {
        facts: { ...facts, approval: { monthlyAmountYuan, opinion } },
        reason: opinion,
        note: {
          'zh-CN': '镇（街道）审核同意，已报市民政局确认',
          en: 'Approved by the township and sent to the city bureau',
        },
        visible: true,
        message: { template: 'township-approved', params: {} },
      };
    }
    case 'reject': {
      const { codes, text } = input as StaffActionInput<'reject'>;
      const reasons = (locale: 'zh-CN' | 'en') =>
        codes.map((code) => rejectionReasons[code][locale]).join(locale === 'en' ? '; ' : '；');
      return {
        facts: { ...facts, rejection: { codes, text } },
        reason: text,
        note: {
          'zh-CN': `不予批准：${reasons('zh-CN')}。${text}`,
          en: `Not approved: ${reasons('en')}. ${text}`,
        },
        visible: true,
        message: { template: 'rejected', params: { reasons: reasons(record.locale) } },
      };
    }
    case 'transfer': {
      const { toTownship, reason } = input as StaffActionInput<'transfer'>;
      const to = findTownship(toTownship);
      const { assignee: _dropped, ...rest } = facts;
      return {
        facts: {
          ...rest,
          transferredFrom: [...(facts.transferredFrom ?? []), record.townshipCode],
        },
        townshipCode: toTownship,
        reason,
        note: {
          'zh-CN': `转交${to?.name ?? toTownship}办理：${reason}`,
          en: `Transferred to ${to?.nameEn ?? toTownship}: ${reason}`,
        },
        visible: true,
        message: {
          template: 'transferred',
          params: { township: to?.name ?? toTownship, reason },
        },
      };
    }
    case 'extendDeadline':
      return {
        facts: { ...facts, deadlineExtended: true },
        reason: i.reason,
        note: {
          'zh-CN': `办理时限延长到 ${p.dibaoOverallExtendedWorkingDays.value} 个工作日`,
          en: `The time limit is extended to ${p.dibaoOverallExtendedWorkingDays.value} working days`,
        },
        visible: true,
      };
    case 'confirm': {
      const { monthlyAmountYuan, startMonth } = input as StaffActionInput<'confirm'>;
      return {
        facts: { ...facts, confirmation: { monthlyAmountYuan, startMonth } },
        note: {
          'zh-CN': `市民政局已确认：每月 ${monthlyAmountYuan} 元，从 ${startMonth} 起发放`,
          en: `Confirmed by the city bureau: ${monthlyAmountYuan} yuan a month from ${startMonth}`,
        },
        visible: true,
        message: {
          template: 'confirmed',
          params: { amount: String(monthlyAmountYuan), startMonth },
        },
      };
    }
    case 'returnToTownship':
      return {
        reason: i.reason,
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
        reason: i.reason,
        note: {
          'zh-CN': `收入已超过标准，给予渐退期到 ${endsOn}`,
          en: `Income is now above the standard; phase-out period until ${endsOn}`,
        },
        visible: true,
        message: { template: 'gradual-exit-started', params: { endsOn } },
      };
    }
    case 'endGradualExit':
      return {
        reason: i.note,
        note: { 'zh-CN': '渐退期结束，救助停止', en: 'Phase-out over; assistance has ended' },
        visible: true,
        message: { template: 'gradual-exit-ended', params: {} },
      };
    default:
      throw new Error(`No effect defined for ${action satisfies never}`);
  }
}

export function applyStaffAction<A extends StaffAction>(
  record: ApplicationRecord,
  action: A,
  input: StaffActionInput<A>,
  actor: StaffActor,
  now: Date,
): Decision {
  const rule = actions[action];
  if (rule.by !== actor.kind || !(rule.from as readonly string[]).includes(record.status))
    return { ok: false, refusal: { kind: 'illegal', state: record.status } };
  const today = todayInShanghai(now);
  const invalid = checkRules(record, action, input, today);
  if (invalid)
    return {
      ok: false,
      refusal: {
        kind: 'invalid',
        path: invalid.path,
        message: decisionMessages[invalid.key],
      },
    };

  const effect = effectOf(record, action, input, actor, today);
  const to = rule.to ?? record.status;
  const at = now.toISOString();
  const version = record.version + 1;
  const event: HistoryEvent = {
    at,
    by: actor.kind,
    staff: { id: actor.id, name: actor.name },
    action,
    from: record.status,
    to,
    ...(effect.reason ? { reason: effect.reason } : {}),
    note: effect.note,
    rulesVersion,
    visibleToApplicant: effect.visible,
  };
  const messages: OutboxMessage[] = effect.message
    ? applicantMessages(record, { ...effect.message, key: `${action}-${version}`, at })
    : [];
  const next: ApplicationRecord = {
    ...record,
    status: to,
    version,
    townshipCode: effect.townshipCode ?? record.townshipCode,
    procedure: effect.facts ?? record.procedure ?? {},
    history: [...record.history, event],
    outbox: [...record.outbox, ...messages],
  };
  return {
    ok: true,
    record: { ...next, dueAt: dueDateFor(next, today, parametersAsOf(today)) },
  };
}
