import type { LocalizedText } from '../locale.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import type { DepartmentId } from '../referrals/departments.ts';
import type { ApplicationInput, ConsentRecord } from './application-input.ts';
import type { ProgrammeLine } from './lines.ts';
import type { ReportedChange } from './reported-changes.ts';
import type { RoutingBasis } from './routing.ts';
import type { ApplicationState } from './states.ts';

/**
 * An application as stored: what the applicant sent, where it is in the procedure,
 * and — inside the same item, so one conditional write keeps them together — its
 * append-only history and the messages still to be delivered (the outbox).
 */
export interface HistoryEvent {
  readonly at: string;
  readonly by: 'applicant' | 'township' | 'city' | 'system';
  /** The staff member who acted (their id and display name); absent for the applicant. */
  readonly staff?: { readonly id: string; readonly name: string };
  readonly action: string;
  /** The line it concerns; absent when it concerns the whole case. */
  readonly programme?: ProgrammeId;
  readonly from: ApplicationState | null;
  readonly to: ApplicationState;
  readonly reason?: string;
  readonly note?: LocalizedText;
  readonly rulesVersion: string;
  /** Shown to the applicant on the status page. */
  readonly visibleToApplicant: boolean;
}

export type MessageChannel = 'sms' | 'email' | 'staff';
/** `skipped`: the channel is not configured here (no email provider, no staff inbox). */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'skipped';

export interface OutboxMessage {
  /** Stable per change and channel: the provider's dedupe key. */
  readonly id: string;
  readonly channel: MessageChannel;
  /** Who it goes to: the agent who applied for the applicant; absent = the applicant. */
  readonly to?: 'agent';
  readonly template: string;
  readonly locale: 'zh-CN' | 'en';
  readonly params: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly status: DeliveryStatus;
  readonly attempts?: number;
  /** Not before this instant (ISO); absent means at once. */
  readonly nextAttemptAt?: string;
  /** The provider's error code of the last failed attempt (never message content). */
  readonly lastError?: string;
  readonly sentAt?: string;
  readonly failedAt?: string;
}

export interface DocumentRecord {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly size: number;
  readonly requestedAt: string;
}

/** A referral of the household to another department, recorded by the township. */
export interface Referral {
  readonly department: DepartmentId;
  /** Staff's note: what was passed on, to whom. Never shown to the applicant. */
  readonly note: string;
  readonly referredOn: string;
}

/** What the procedure has recorded so far, each set by the action that decides it. */
export interface ProcedureFacts {
  readonly assignee?: { readonly id: string; readonly name: string };
  /** The overall limit was extended from 30 to 45 working days (art. 22). */
  readonly deadlineExtended?: boolean;
  readonly infoRequest?: { readonly message: string; readonly dueOn: string; readonly at: string };
  readonly investigation?: { readonly visitedOn: string; readonly findings: string };
  readonly publicNotice?: { readonly startsOn: string; readonly endsOn: string };
  readonly emergencyAid?: {
    readonly amountYuan: number;
    readonly grantedOn: string;
    readonly paperworkDueOn: string;
  };
  readonly approval?: { readonly monthlyAmountYuan: number; readonly opinion: string };
  readonly confirmation?: { readonly monthlyAmountYuan: number; readonly startMonth: string };
  readonly rejection?: { readonly codes: readonly string[]; readonly text: string };
  readonly gradualExit?: { readonly startsOn: string; readonly endsOn: string };
  /** Referrals to other departments (一门受理、协同办理), oldest first. */
  readonly referrals?: readonly Referral[];
  /** Township codes the application was transferred from, oldest first. */
  readonly transferredFrom?: readonly string[];
  /** Changes the recipient reported from the status page, oldest first. */
  readonly reportedChanges?: readonly ReportedChange[];
}

/** The staff member who applied on the person's behalf (43号 第十一条). */
export interface StaffSubmitter {
  readonly staffId: string;
  readonly name: string;
  readonly role: 'village-assistant' | 'township-reviewer';
  readonly townshipCode?: string;
  readonly villageCode?: string;
}

/**
 * The applicant is a relative of township staff or of village cadres (57号 第十一条,
 * 第二十条: 单独登记备案): declared on the form or by staff. Such a case is confirmed by
 * the city bureau itself, after its own home visit.
 */
export interface StaffRelativeRecord {
  readonly position: 'township-staff' | 'village-cadre';
  readonly staffName: string;
  readonly relationship: string;
  readonly declaredBy: 'applicant' | 'staff';
  readonly declaredAt: string;
  readonly staff?: { readonly id: string; readonly name: string };
}

/** The city bureau's own home visit to a staff relative's household. */
export interface CityVisitRecord {
  readonly visitedOn: string;
  readonly findings: string;
  readonly staff: { readonly id: string; readonly name: string };
  readonly at: string;
}

export interface ApplicationRecord {
  readonly reference: string;
  readonly status: ApplicationState;
  /** The responsible township: it decides, and the case is in its queue. */
  readonly townshipCode: string;
  /**
   * Where the person lives and applied, when another township is responsible
   * (代收转办); it may read the case but not act on it. Absent on applications stored
   * before routing told the two apart, and when they are the same.
   */
  readonly receivingTownshipCode?: string;
  /** Why the responsible township is the one it is (routing.ts); absent on older items. */
  readonly routingBasis?: RoutingBasis;
  readonly priority: 'emergency' | 'normal';
  readonly programmes: readonly ProgrammeId[];
  readonly submittedAt: string;
  /** The statutory due date of the current stage (YYYY-MM-DD, Asia/Shanghai). */
  readonly dueAt: string;
  readonly version: number;
  readonly locale: 'zh-CN' | 'en';
  readonly personHash: string;
  readonly accessCode: { readonly salt: string; readonly hash: string };
  readonly consent: {
    readonly version: string;
    readonly textHash: string;
    readonly consentedAt: string;
  };
  readonly rulesVersion: string;
  readonly application: ApplicationInput;
  /** The application as it was before the applicant's last answer changed it. */
  readonly previousApplication?: ApplicationInput;
  readonly history: readonly HistoryEvent[];
  readonly outbox: readonly OutboxMessage[];
  /** Bumped by every delivery bookkeeping write, which leaves `version` alone. */
  readonly outboxRevision?: number;
  /**
   * The application's part already in the dashboard's counters (counter key →
   * attribute → amount; functions/domain/staff/counters.ts), set by the counter drain.
   * Where it differs from what the summary contributes, the difference is pending.
   */
  readonly counted?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Supporting documents the applicant was given an upload for (newest last). */
  readonly documents?: readonly DocumentRecord[];
  readonly procedure?: ProcedureFacts;
  /**
   * One line per programme (lines.ts); absent on applications stored before lines,
   * which `linesOf` reads as one line per programme in the application's state.
   * `status` and `dueAt` above are the case's summary of its lines.
   */
  readonly lines?: readonly ProgrammeLine[];
  /** Set when staff submitted it for the person; absent = the applicant or their agent. */
  readonly submittedBy?: StaffSubmitter;
  /** How the person's consent was given when staff submitted it. */
  readonly consentRecord?: ConsentRecord;
  /** Declared family tie to township staff or village cadres (57号 第十一条). */
  readonly staffRelative?: StaffRelativeRecord;
  readonly cityVisit?: CityVisitRecord;
}
