import { applyDueSystemSteps } from '../domain/application/after-approval-job.ts';
import { todayInShanghai } from '../domain/dates.ts';
import { townships } from '../domain/divisions.ts';
import { summaryLines } from '../domain/staff/summary.ts';
import type { Logger } from '../shared/logger.ts';
import { type ApplicationRepository, ConflictError } from './application-repository.ts';

/**
 * The daily after-approval run over every township (a scheduled Lambda in AWS, a
 * periodic run in the local system): it reads each township's summaries, picks the
 * lines with a review due or a 渐退期 to remind or end, and applies the steps to each
 * such application with one conditional write on the version it read. A write that
 * lost a race is skipped — the next run finds what is still due — so running it twice,
 * or in two places at once, never acts twice.
 */
export interface AfterApprovalTotals {
  readonly candidates: number;
  readonly updated: number;
  readonly reviewsOpened: number;
  readonly gradualExitsReminded: number;
  readonly gradualExitsEnded: number;
  readonly conflicts: number;
}

export async function runAfterApprovalSweep(
  repo: Pick<ApplicationRepository, 'allSummaries' | 'get' | 'update' | 'claims'>,
  now: Date,
  logger: Pick<Logger, 'info' | 'warn'>,
): Promise<AfterApprovalTotals> {
  const today = todayInShanghai(now);
  const totals = {
    candidates: 0,
    updated: 0,
    reviewsOpened: 0,
    gradualExitsReminded: 0,
    gradualExitsEnded: 0,
    conflicts: 0,
  };
  for (const township of townships) {
    const summaries = await repo.allSummaries(township.code);
    // A summary written before reviews has no review date: its record is read (linesOf
    // dates the review) until its next write stores one.
    const candidates = summaries.filter((s) =>
      summaryLines(s).some(
        (l) =>
          (l.state === 'confirmed' &&
            (l.nextReviewDue === undefined || l.nextReviewDue <= today)) ||
          (l.state === 'gradual_exit' && l.dueAt <= today),
      ),
    );
    for (const summary of candidates) {
      totals.candidates++;
      const record = await repo.get(summary.reference);
      if (!record) continue;
      const result = applyDueSystemSteps(record, now);
      if (!result) continue;
      try {
        await repo.update(result.record, record.version);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        totals.conflicts++;
        logger.warn('after-approval step skipped: changed meanwhile', {
          reference: record.reference,
        });
        continue;
      }
      totals.updated++;
      // A 渐退期 that ended frees the person to apply for that programme again (a claim
      // left behind would also be found stale by the next application).
      await Promise.all(
        result.steps
          .filter((step) => step.kind === 'endGradualExit')
          .map((step) => repo.claims.release(record.personHash, step.programme, record.reference)),
      );
      for (const step of result.steps) {
        if (step.kind === 'openReview') totals.reviewsOpened++;
        else if (step.kind === 'remindGradualExit') totals.gradualExitsReminded++;
        else totals.gradualExitsEnded++;
      }
      logger.info('after-approval steps', {
        reference: record.reference,
        steps: result.steps.map((s) => `${s.kind}:${s.programme}`),
      });
    }
  }
  return totals;
}
