import type { ExitReason } from '../application/reviews.ts';
import { type ApplicationState, beingPaid } from '../application/states.ts';

export { beingPaid };

import { addDays, type IsoDate, todayInShanghai } from '../dates.ts';
import { type ProgrammeId, programmeIds } from '../policy/programmes.ts';
import { type ApplicationSummary, type LineSummary, summaryLines } from './summary.ts';

/**
 * The township's work after approval, from the stored summaries (pure): the review
 * queue — periodic reviews falling due, reviews under way, changes before the bureau,
 * 特困 terminations on notice, 渐退期 in their last month — and the figures the
 * dashboard and the CSV show: recipients, reviews due and overdue, exits by reason.
 */

/** A periodic review is listed this many days before it falls due, so visits can be planned. */
export const reviewNoticeDays = 30;

export type ReviewTask =
  | 'review-due'
  | 'review-open'
  | 'change-proposed'
  | 'termination-notice'
  | 'gradual-exit-ending';

export interface ReviewQueueRow {
  readonly reference: string;
  readonly applicantName: string;
  readonly idNumberMasked: string;
  readonly townshipCode: string;
  readonly villageCode: string;
  readonly programme: ProgrammeId;
  readonly state: ApplicationState;
  readonly task: ReviewTask;
  /** When the task is due: the review date, the review's limit, the notice's end, the 渐退期's last month. */
  readonly dueOn: IsoDate;
  readonly overdue: boolean;
  readonly version: number;
}

function taskOf(line: LineSummary, horizon: IsoDate): { task: ReviewTask; dueOn: IsoDate } | null {
  switch (line.state) {
    case 'confirmed':
      return line.nextReviewDue && line.nextReviewDue <= horizon
        ? { task: 'review-due', dueOn: line.nextReviewDue }
        : null;
    case 'under_review':
      return { task: 'review-open', dueOn: line.dueAt };
    case 'change_proposed':
      return { task: 'change-proposed', dueOn: line.dueAt };
    case 'termination_notice':
      return { task: 'termination-notice', dueOn: line.dueAt };
    case 'gradual_exit':
      return line.dueAt <= horizon ? { task: 'gradual-exit-ending', dueOn: line.dueAt } : null;
    default:
      return null;
  }
}

/** The review queue, earliest due first, each row flagged overdue once its day has passed. */
export function reviewQueue(
  summaries: readonly ApplicationSummary[],
  now: Date,
  programme?: ProgrammeId,
): ReviewQueueRow[] {
  const today = todayInShanghai(now);
  const horizon = addDays(today, reviewNoticeDays);
  const rows: ReviewQueueRow[] = [];
  for (const s of summaries)
    for (const line of summaryLines(s)) {
      if (programme && line.programme !== programme) continue;
      const task = taskOf(line, horizon);
      if (!task) continue;
      rows.push({
        reference: s.reference,
        applicantName: s.applicantName,
        idNumberMasked: s.idNumberMasked,
        townshipCode: s.townshipCode,
        villageCode: s.villageCode,
        programme: line.programme,
        state: line.state,
        ...task,
        overdue: task.dueOn < today,
        version: s.version,
      });
    }
  return rows.sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      a.reference.localeCompare(b.reference) ||
      programmeIds.indexOf(a.programme) - programmeIds.indexOf(b.programme),
  );
}

export interface AfterApprovalFigures {
  /** Lines being paid, by programme and by township and programme. */
  readonly recipients: readonly {
    readonly townshipCode: string;
    readonly programme: ProgrammeId;
    readonly count: number;
  }[];
  /** Periodic reviews falling due within the notice days, and those past their date. */
  readonly reviewsDue: number;
  readonly reviewsOverdue: number;
  /** Reviews under way (the line is under review, a change before the bureau, a notice). */
  readonly reviewsOpen: number;
  readonly exitsByReason: Readonly<Partial<Record<ExitReason, number>>>;
}

export function afterApprovalFigures(
  summaries: readonly ApplicationSummary[],
  now: Date,
): AfterApprovalFigures {
  const recipients = new Map<
    string,
    { townshipCode: string; programme: ProgrammeId; count: number }
  >();
  const exitsByReason: Partial<Record<ExitReason, number>> = {};
  let reviewsDue = 0;
  let reviewsOverdue = 0;
  let reviewsOpen = 0;
  for (const row of reviewQueue(summaries, now)) {
    if (row.task === 'review-due') {
      reviewsDue++;
      if (row.overdue) reviewsOverdue++;
    } else if (row.task !== 'gradual-exit-ending') {
      reviewsOpen++;
      if (row.overdue) reviewsOverdue++;
    }
  }
  for (const s of summaries)
    for (const line of summaryLines(s)) {
      if (beingPaid.has(line.state)) {
        const key = `${s.townshipCode} ${line.programme}`;
        const entry = recipients.get(key) ?? {
          townshipCode: s.townshipCode,
          programme: line.programme,
          count: 0,
        };
        entry.count++;
        recipients.set(key, entry);
      }
      if (line.exitReason)
        exitsByReason[line.exitReason] = (exitsByReason[line.exitReason] ?? 0) + 1;
    }
  return {
    recipients: [...recipients.values()].sort(
      (a, b) =>
        a.townshipCode.localeCompare(b.townshipCode) ||
        programmeIds.indexOf(a.programme) - programmeIds.indexOf(b.programme),
    ),
    reviewsDue,
    reviewsOverdue,
    reviewsOpen,
    exitsByReason,
  };
}
