import type { IsoDate } from '../dates.ts';
import { parametersAsOf } from '../policy/parameters.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import { linesOf } from './lines.ts';
import type { ApplicationRecord } from './record.ts';
import { confirmationDelegatedFor } from './staff-relatives.ts';
import {
  type Actor,
  allowedOnLine,
  type CaseAction,
  isLineAction,
  isOpen,
  type LineAction,
  mayActAs,
  staffActions,
} from './states.ts';

/** What the console offers: the case's actions, and each line's own. */
export interface AvailableActions {
  readonly case: readonly CaseAction[];
  readonly lines: Readonly<Partial<Record<ProgrammeId, readonly LineAction[]>>>;
}

/**
 * The actions `actor` may take now: a case action when at least one line allows it
 * (a transfer only while no line is past the first review), a line action per line.
 * Delegated confirmation (a dated bureau setting) lets a township confirm.
 */
export function availableActions(
  record: Pick<
    ApplicationRecord,
    'status' | 'version' | 'dueAt' | 'programmes' | 'procedure' | 'lines' | 'staffRelative'
  >,
  actor: Exclude<Actor, 'applicant'>,
  today: IsoDate,
): AvailableActions {
  const delegated = confirmationDelegatedFor(
    record,
    parametersAsOf(today).confirmationDelegatedToTownships.value,
  );
  const lines = linesOf(record);
  const mine = staffActions.filter((a) => mayActAs(a, actor, delegated));
  const caseActions = mine.filter((a): a is CaseAction => {
    if (isLineAction(a)) return false;
    const some = lines.some((l) => allowedOnLine(a, l.programme, l.state));
    if (a !== 'transfer') return some;
    return some && lines.every((l) => !isOpen(l.state) || allowedOnLine(a, l.programme, l.state));
  });
  const byLine: Partial<Record<ProgrammeId, LineAction[]>> = {};
  for (const line of lines)
    byLine[line.programme] = mine.filter(
      (a): a is LineAction => isLineAction(a) && allowedOnLine(a, line.programme, line.state),
    );
  return { case: caseActions, lines: byLine };
}
