import { type IsoDate, todayInShanghai } from '../dates.ts';
import { rulesVersion } from '../policy/parameters.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import { applyStaffAction, systemActor } from './decide.ts';
import { linesOf, type ProgrammeLine } from './lines.ts';
import { applicantMessages } from './outbox.ts';
import type { ApplicationRecord } from './record.ts';
import { gradualExitLastMonth, gradualExitOver } from './reviews.ts';

/**
 * What the scheduled job does to one application (pure): opens the periodic reviews
 * that fell due (57号 第三十一条), reminds the household once when a 渐退期 enters its last
 * month, and ends a 渐退期 whose last month has passed, with its notice (77号 二(一)).
 * Run twice on the same day it finds nothing left to do: each step moves the line out
 * of the state that asked for it, and the reminder is recorded.
 */
export type SystemStep =
  | { readonly kind: 'openReview'; readonly programme: ProgrammeId }
  | { readonly kind: 'remindGradualExit'; readonly programme: ProgrammeId }
  | { readonly kind: 'endGradualExit'; readonly programme: ProgrammeId };

function endMonthOf(line: ProgrammeLine): string | undefined {
  const exit = line.facts.gradualExit;
  return exit ? gradualExitLastMonth(exit) : undefined;
}

export function dueSystemSteps(record: ApplicationRecord, today: IsoDate): SystemStep[] {
  const steps: SystemStep[] = [];
  for (const line of linesOf(record)) {
    const { programme } = line;
    if (line.state === 'confirmed' && line.facts.review && line.facts.review.nextDueOn <= today)
      steps.push({ kind: 'openReview', programme });
    if (line.state === 'gradual_exit') {
      const endMonth = endMonthOf(line);
      if (!endMonth) continue;
      if (gradualExitOver(endMonth, today)) steps.push({ kind: 'endGradualExit', programme });
      else if (today.slice(0, 7) === endMonth && !line.facts.gradualExit?.remindedOn)
        steps.push({ kind: 'remindGradualExit', programme });
    }
  }
  return steps;
}

/** The reminder: recorded on the line, told to the household, shown to staff in the queue. */
function remind(record: ApplicationRecord, programme: ProgrammeId, now: Date): ApplicationRecord {
  const today = todayInShanghai(now);
  const at = now.toISOString();
  const lines = linesOf(record);
  const line = lines.find((l) => l.programme === programme);
  const exit = line?.facts.gradualExit;
  if (!line || !exit) return record;
  const endMonth = gradualExitLastMonth(exit);
  const version = record.version + 1;
  return {
    ...record,
    version,
    lines: lines.map((l) =>
      l === line ? { ...l, facts: { ...l.facts, gradualExit: { ...exit, remindedOn: today } } } : l,
    ),
    history: [
      ...record.history,
      {
        at,
        by: 'system',
        action: 'remindGradualExit',
        programme,
        from: line.state,
        to: line.state,
        note: {
          'zh-CN': `渐退期发放到 ${endMonth}，之后停止发放`,
          en: `The phase-out is paid until ${endMonth}, then it stops`,
        },
        rulesVersion,
        visibleToApplicant: true,
      },
    ],
    outbox: [
      ...record.outbox,
      ...applicantMessages(record, {
        template: 'gradual-exit-ending',
        params: { endMonth },
        key: `remindGradualExit-${version}`,
        at,
      }),
    ],
  };
}

/** The record after every step due today, and the steps taken; null when none was due. */
export function applyDueSystemSteps(
  record: ApplicationRecord,
  now: Date,
): { record: ApplicationRecord; steps: SystemStep[] } | null {
  const steps = dueSystemSteps(record, todayInShanghai(now));
  if (steps.length === 0) return null;
  let next = record;
  const taken: SystemStep[] = [];
  for (const step of steps) {
    if (step.kind === 'remindGradualExit') {
      next = remind(next, step.programme, now);
      taken.push(step);
      continue;
    }
    const input = step.kind === 'openReview' ? { reason: 'periodic' } : {};
    const decision = applyStaffAction(
      next,
      step.kind,
      input as never,
      systemActor,
      now,
      step.programme,
    );
    if (decision.ok) {
      next = decision.record;
      taken.push(step);
    }
  }
  if (taken.length === 0) return null;
  // One conditional write on the version read; each step moved the version on, so every
  // message key stays unique.
  return { record: next, steps: taken };
}
