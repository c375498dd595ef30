import type { ComplaintState, ComplaintSummary } from './complaint.ts';
import type { LeadState, LeadSummary } from './lead.ts';

/**
 * Leads and complaints counted for the dashboard: leads by township and state (and how
 * many are past their visit date), complaints by state. Kept apart from the
 * applications' dashboard so it can be wired into whatever computes that.
 */
export interface LeadCounts {
  readonly total: number;
  readonly overdue: number;
  readonly byState: Readonly<Record<LeadState, number>>;
  readonly byTownship: readonly {
    readonly townshipCode: string;
    readonly byState: Readonly<Record<LeadState, number>>;
  }[];
}

export interface ComplaintCounts {
  readonly total: number;
  readonly overdue: number;
  readonly byState: Readonly<Record<ComplaintState, number>>;
}

const noLeads = (): Record<LeadState, number> => ({ received: 0, visited: 0, closed: 0 });

export function countLeads(leads: readonly LeadSummary[], today: string): LeadCounts {
  const byState = noLeads();
  const byTownship = new Map<string, Record<LeadState, number>>();
  let overdue = 0;
  for (const lead of leads) {
    byState[lead.state]++;
    const township = byTownship.get(lead.townshipCode) ?? noLeads();
    township[lead.state]++;
    byTownship.set(lead.townshipCode, township);
    // Overdue while not yet visited past its visit date.
    if (lead.state === 'received' && lead.dueOn < today) overdue++;
  }
  return {
    total: leads.length,
    overdue,
    byState,
    byTownship: [...byTownship.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([townshipCode, counts]) => ({ townshipCode, byState: counts })),
  };
}

export function countComplaints(
  complaints: readonly ComplaintSummary[],
  today: string,
): ComplaintCounts {
  const byState: Record<ComplaintState, number> = { received: 0, 'in-handling': 0, answered: 0 };
  let overdue = 0;
  for (const complaint of complaints) {
    byState[complaint.state]++;
    if (complaint.state !== 'answered' && complaint.dueOn < today) overdue++;
  }
  return { total: complaints.length, overdue, byState };
}
