import { linesOf } from '../application/lines.ts';
import type { ApplicationRecord } from '../application/record.ts';
import type { ApplicationState } from '../application/states.ts';
import { todayInShanghai } from '../dates.ts';
import { maskIdNumber } from '../id-number.ts';
import type { ProgrammeId } from '../policy/programmes.ts';

/**
 * The few fields the queue, the dashboard and the CSV export need, stored beside the
 * full record so listing a township reads a few hundred bytes per application.
 * The ID number is kept masked (first and last four characters only).
 */
export interface ApplicationSummary {
  readonly reference: string;
  readonly status: ApplicationState;
  readonly townshipCode: string;
  /** Where the person applied, when another township is responsible (代收转办). */
  readonly receivingTownshipCode?: string;
  readonly priority: 'emergency' | 'normal';
  readonly programmes: readonly ProgrammeId[];
  readonly submittedAt: string;
  readonly dueAt: string;
  readonly applicantName: string;
  readonly idNumberMasked: string;
  readonly villageCode: string;
  readonly assignee?: string;
  /** When the township decided (approved or refused), if it has. */
  readonly decidedAt?: string;
  /** The applicant answered a request for information since staff last acted. */
  readonly answered?: boolean;
  readonly version: number;
  /** Each programme's line: its state and due date (absent on summaries stored before lines). */
  readonly lines?: readonly SummaryLine[];
}

export interface SummaryLine {
  readonly programme: ProgrammeId;
  readonly state: ApplicationState;
  readonly dueAt: string;
}

const decisions = new Set(['approve', 'reject']);

export function summarise(record: ApplicationRecord): ApplicationSummary {
  const decided = record.history.find((e) => decisions.has(e.action));
  const last = record.history.at(-1);
  return {
    reference: record.reference,
    status: record.status,
    townshipCode: record.townshipCode,
    ...(record.receivingTownshipCode
      ? { receivingTownshipCode: record.receivingTownshipCode }
      : {}),
    priority: record.priority,
    programmes: record.programmes,
    submittedAt: record.submittedAt,
    dueAt: record.dueAt,
    applicantName: record.application.applicant.name,
    idNumberMasked: maskIdNumber(record.application.applicant.idNumber),
    villageCode: record.application.residence.villageCode,
    ...(record.procedure?.assignee ? { assignee: record.procedure.assignee.name } : {}),
    ...(decided ? { decidedAt: decided.at } : {}),
    ...(last?.action === 'answer' ? { answered: true } : {}),
    version: record.version,
    lines: linesOf(record).map((l) => ({ programme: l.programme, state: l.state, dueAt: l.dueAt })),
  };
}

/** Whether the current stage's due date has passed (Asia/Shanghai). */
export function isOverdue(
  summary: Pick<ApplicationSummary, 'status' | 'dueAt'>,
  now: Date,
  closed: readonly ApplicationState[],
): boolean {
  return !closed.includes(summary.status) && summary.dueAt < todayInShanghai(now);
}
