import type { IsoDate } from '../dates.ts';
import type { ComplaintSummary } from './complaint.ts';
import { type LeadOutcome, type LeadSummary, leadOutcomes } from './lead.ts';

/**
 * Leads and complaints on the dashboard, read without every item: what is open (and
 * overdue, which moves with time alone) from the open queue partitions — today's
 * workload, not the history — and what was closed from a tally the repository adds to
 * when an item leaves its open partition (decisions "Counting the new kinds").
 *
 * Tally items live beside the applications' counters under PK `COUNTERS`, with keys
 * `TALLY#…`, outside the range the applications' reconcile job reads and rewrites
 * (`FLOW#` … `STOCK#`): closed leads by outcome, `closed#<outcome>`, per township;
 * answered complaints, `answered`, for the city.
 */
export const leadTallyKey = (townshipCode: string) => `TALLY#LEADS#${townshipCode}`;
export const complaintTallyKey = 'TALLY#COMPLAINTS#city';

/** What a lead adds to the tallies when it leaves the open queue (closed with an outcome). */
export function leadClosedTally(lead: Pick<LeadSummary, 'townshipCode' | 'outcome'>): {
  key: string;
  attribute: string;
} {
  return { key: leadTallyKey(lead.townshipCode), attribute: `closed#${lead.outcome ?? 'unknown'}` };
}

export const complaintAnsweredTally = { key: complaintTallyKey, attribute: 'answered' } as const;

/** One township's tally as read (figures by attribute). */
export interface LeadTallyRow {
  readonly townshipCode: string;
  readonly figures: Readonly<Record<string, number>>;
}

export interface LeadTownshipFigures {
  readonly townshipCode: string;
  readonly open: number;
  readonly overdue: number;
  readonly closed: number;
  readonly closedByOutcome: Partial<Record<LeadOutcome, number>>;
}

export interface LeadFigures extends Omit<LeadTownshipFigures, 'townshipCode'> {
  readonly byTownship: readonly LeadTownshipFigures[];
}

export interface ComplaintFigures {
  readonly open: number;
  readonly answered: number;
  /** Open past the date the bureau should answer by. */
  readonly overdue: number;
}

/** A lead is overdue while not yet visited past its visit date (as the queue shows it). */
export const leadOverdue = (lead: LeadSummary, today: IsoDate) =>
  lead.state === 'received' && lead.dueOn < today;

export const complaintOverdue = (complaint: ComplaintSummary, today: IsoDate) =>
  complaint.state !== 'answered' && complaint.dueOn < today;

const outcomes = new Set<string>(leadOutcomes);

/** Leads in scope: the open ones read from the queue, the closed ones from the tallies. */
export function leadFigures(
  openLeads: readonly LeadSummary[],
  tallies: readonly LeadTallyRow[],
  today: IsoDate,
): LeadFigures {
  const rows = new Map<
    string,
    { open: number; overdue: number; closed: number; closedByOutcome: Record<string, number> }
  >();
  const rowOf = (townshipCode: string) => {
    const row = rows.get(townshipCode) ?? { open: 0, overdue: 0, closed: 0, closedByOutcome: {} };
    rows.set(townshipCode, row);
    return row;
  };
  for (const lead of openLeads) {
    const row = rowOf(lead.townshipCode);
    row.open++;
    if (leadOverdue(lead, today)) row.overdue++;
  }
  for (const tally of tallies)
    for (const [attribute, amount] of Object.entries(tally.figures)) {
      const [kind, outcome = ''] = attribute.split('#');
      if (kind !== 'closed' || amount === 0) continue;
      const row = rowOf(tally.townshipCode);
      row.closed += amount;
      if (outcomes.has(outcome))
        row.closedByOutcome[outcome] = (row.closedByOutcome[outcome] ?? 0) + amount;
    }
  const byTownship = [...rows]
    .map(([townshipCode, row]) => ({ townshipCode, ...row }))
    .filter((row) => row.open + row.closed > 0)
    .sort((a, b) => a.townshipCode.localeCompare(b.townshipCode));
  const closedByOutcome: Partial<Record<LeadOutcome, number>> = {};
  for (const row of byTownship)
    for (const [outcome, amount] of Object.entries(row.closedByOutcome))
      closedByOutcome[outcome as LeadOutcome] =
        (closedByOutcome[outcome as LeadOutcome] ?? 0) + amount;
  const sum = (pick: (row: LeadTownshipFigures) => number) =>
    byTownship.reduce((total, row) => total + pick(row), 0);
  return {
    open: sum((r) => r.open),
    overdue: sum((r) => r.overdue),
    closed: sum((r) => r.closed),
    closedByOutcome,
    byTownship,
  };
}

/** Complaints city-wide: open and overdue from the open queue, answered from the tally. */
export function complaintFigures(
  openComplaints: readonly ComplaintSummary[],
  tally: Readonly<Record<string, number>>,
  today: IsoDate,
): ComplaintFigures {
  return {
    open: openComplaints.length,
    answered: tally.answered ?? 0,
    overdue: openComplaints.filter((complaint) => complaintOverdue(complaint, today)).length,
  };
}
