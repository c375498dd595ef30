import { type ConsentWay, consentWays } from '../application/application-input.ts';
import { type DepartmentId, departmentIds } from '../referrals/departments.ts';
import type { ApplicationSummary } from './summary.ts';

/**
 * Applications someone else submitted and referrals made, as the dashboard counts them:
 * one rule (`submissionAttributes`) gives both the stock counters' attributes
 * (counters.ts) and the figures computed from summaries (dashboard.ts), so the two
 * paths cannot disagree.
 */

/** How an agent's consent is on record: the person's written authorisation (委托书). */
export const agentConsent = 'written-authorisation';
export type ConsentOnRecord = ConsentWay | typeof agentConsent;
export const consentsOnRecord: readonly ConsentOnRecord[] = [agentConsent, ...consentWays];

export interface SubmittedForOthers {
  /** A family member or other agent, with the person's written authorisation. */
  readonly byAgent: number;
  readonly byVillageAssistant: number;
  readonly byTownshipStaff: number;
  /** How the person's consent is on record, over all of those. */
  readonly consent: Partial<Record<ConsentOnRecord, number>>;
}

export interface ReferralFigures {
  readonly total: number;
  readonly byDepartment: Partial<Record<DepartmentId, number>>;
}

export interface SubmissionFigures {
  readonly submittedForOthers: SubmittedForOthers;
  readonly referrals: ReferralFigures;
}

/** The stock attributes one application adds (each once, a referral once per referral). */
export function submissionAttributes(summary: ApplicationSummary): string[] {
  const attributes: string[] = [];
  if (summary.onBehalf === 'agent')
    attributes.push('application#submittedBy#agent', `application#consent#${agentConsent}`);
  else if (summary.onBehalf === 'staff') {
    attributes.push(`application#submittedBy#${summary.submittedByRole ?? 'township-reviewer'}`);
    if (summary.consentWay) attributes.push(`application#consent#${summary.consentWay}`);
  }
  for (const department of summary.referredTo ?? [])
    attributes.push(`application#referral#${department}`);
  return attributes;
}

const consents = new Set<string>(consentsOnRecord);
const departments = new Set<string>(departmentIds);

/** The figures from stock attributes (one township's each), summed. */
export function submissionFigures(
  stock: Iterable<Readonly<Record<string, number>>>,
): SubmissionFigures {
  const submitted = { byAgent: 0, byVillageAssistant: 0, byTownshipStaff: 0 };
  const consent: Partial<Record<ConsentOnRecord, number>> = {};
  const byDepartment: Partial<Record<DepartmentId, number>> = {};
  let referrals = 0;
  for (const figures of stock)
    for (const [attribute, amount] of Object.entries(figures)) {
      if (amount === 0) continue;
      const [head, kind, detail = ''] = attribute.split('#');
      if (head !== 'application') continue;
      if (kind === 'submittedBy') {
        if (detail === 'agent') submitted.byAgent += amount;
        else if (detail === 'village-assistant') submitted.byVillageAssistant += amount;
        else if (detail === 'township-reviewer') submitted.byTownshipStaff += amount;
      } else if (kind === 'consent' && consents.has(detail)) {
        const way = detail as ConsentOnRecord;
        consent[way] = (consent[way] ?? 0) + amount;
      } else if (kind === 'referral' && departments.has(detail)) {
        const department = detail as DepartmentId;
        byDepartment[department] = (byDepartment[department] ?? 0) + amount;
        referrals += amount;
      }
    }
  return {
    submittedForOthers: { ...submitted, consent },
    referrals: { total: referrals, byDepartment },
  };
}

/** The same figures straight from summaries (the dashboard computed from every case). */
export function submissionFiguresOf(summaries: readonly ApplicationSummary[]): SubmissionFigures {
  const figures: Record<string, number> = {};
  for (const summary of summaries)
    for (const attribute of submissionAttributes(summary))
      figures[attribute] = (figures[attribute] ?? 0) + 1;
  return submissionFigures([figures]);
}
