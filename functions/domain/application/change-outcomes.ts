import type { ProgrammeId } from '../policy/programmes.ts';
import type { ProcedureFacts } from './record.ts';
import type { ChangeOutcome } from './reported-changes.ts';

/** The change's record with one line's outcome, when its review concludes. */
export function withChangeOutcome(
  facts: ProcedureFacts,
  changeId: string,
  programme: ProgrammeId,
  outcome: ChangeOutcome,
): ProcedureFacts {
  if (!facts.reportedChanges) return facts;
  return {
    ...facts,
    reportedChanges: facts.reportedChanges.map((c) =>
      c.id === changeId ? { ...c, outcomes: { ...c.outcomes, [programme]: outcome } } : c,
    ),
  };
}
