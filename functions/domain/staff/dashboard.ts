import { type ApplicationState, closedStates } from '../application/states.ts';
import { addDays, todayInShanghai } from '../dates.ts';
import { type ApplicationSummary, isOverdue } from './summary.ts';

/**
 * A township's (or the whole city's) figures: what is open, by status; how many are
 * past their statutory due date; the median days from submission to the township's
 * decision; emergencies received in the last 30 days. Pure: the caller lists the
 * summaries through the township queue index.
 */
export interface Dashboard {
  readonly openByStatus: Partial<Record<ApplicationState, number>>;
  readonly open: number;
  readonly overdue: number;
  readonly decided: number;
  readonly medianDaysToDecision: number | null;
  readonly emergenciesLast30Days: number;
  readonly byTownship: readonly {
    readonly townshipCode: string;
    readonly open: number;
    readonly overdue: number;
  }[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

const dayMs = 86_400_000;

/** Calendar days between two instants, counted on Asia/Shanghai dates. */
function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${todayInShanghai(new Date(from))}T00:00:00Z`);
  const b = Date.parse(`${todayInShanghai(new Date(to))}T00:00:00Z`);
  return Math.round((b - a) / dayMs);
}

export function buildDashboard(summaries: readonly ApplicationSummary[], now: Date): Dashboard {
  const openByStatus: Partial<Record<ApplicationState, number>> = {};
  const townships = new Map<string, { open: number; overdue: number }>();
  const since = addDays(todayInShanghai(now), -30);
  let open = 0;
  let overdue = 0;
  let emergencies = 0;
  const decisionDays: number[] = [];
  for (const s of summaries) {
    const township = townships.get(s.townshipCode) ?? { open: 0, overdue: 0 };
    townships.set(s.townshipCode, township);
    if (!closedStates.includes(s.status)) {
      open++;
      township.open++;
      openByStatus[s.status] = (openByStatus[s.status] ?? 0) + 1;
    }
    if (isOverdue(s, now, closedStates)) {
      overdue++;
      township.overdue++;
    }
    if (s.decidedAt) decisionDays.push(daysBetween(s.submittedAt, s.decidedAt));
    if (s.priority === 'emergency' && todayInShanghai(new Date(s.submittedAt)) > since)
      emergencies++;
  }
  return {
    openByStatus,
    open,
    overdue,
    decided: decisionDays.length,
    medianDaysToDecision: median(decisionDays),
    emergenciesLast30Days: emergencies,
    byTownship: [...townships]
      .map(([townshipCode, t]) => ({ townshipCode, ...t }))
      .sort((a, b) => a.townshipCode.localeCompare(b.townshipCode)),
  };
}
