/**
 * Who may see and handle leads and complaints. Pure, on the principal's verified role
 * and scope (the token's groups, never the request):
 * - a lead is its township's: that township's reviewers see and handle it; a village
 *   assistant sees only its own village's (or, scoped to a township, that township's)
 *   and may record a visit, never the outcome; the city and admins read every lead;
 * - complaints are the city bureau's: city reviewers handle them, admins read them,
 *   and no township — above all not the one complained about — sees any.
 */
import { assistantCovers, type StaffPrincipal } from '../staff/principal.ts';

export type ReportViewer = Pick<
  StaffPrincipal,
  'id' | 'name' | 'role' | 'townshipCode' | 'villageCode'
>;

export interface LeadPlace {
  readonly townshipCode: string;
  readonly villageCode: string;
}

const readsEverything = (viewer: ReportViewer) =>
  viewer.role === 'city-reviewer' || viewer.role === 'admin';

export function maySeeLead(viewer: ReportViewer, lead: LeadPlace): boolean {
  if (readsEverything(viewer)) return true;
  if (viewer.role === 'township-reviewer') return viewer.townshipCode === lead.townshipCode;
  return assistantCovers(viewer as StaffPrincipal, lead);
}

/**
 * The leads queue a viewer may list: `all` townships, one township (optionally narrowed
 * to one village), or none when they ask for a township outside their scope.
 */
export type LeadScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'township'; readonly townshipCode: string; readonly villageCode?: string }
  | { readonly kind: 'none' };

export function leadScopeOf(viewer: ReportViewer, requested?: string): LeadScope {
  if (readsEverything(viewer))
    return requested ? { kind: 'township', townshipCode: requested } : { kind: 'all' };
  const own = viewer.townshipCode;
  if (!own || (requested && requested !== own)) return { kind: 'none' };
  if (viewer.role === 'township-reviewer') return { kind: 'township', townshipCode: own };
  if (viewer.role === 'village-assistant')
    return {
      kind: 'township',
      townshipCode: own,
      ...(viewer.villageCode ? { villageCode: viewer.villageCode } : {}),
    };
  return { kind: 'none' };
}

/** A visit: the lead's township reviewers and the assistants of its village. */
export function mayRecordLeadVisit(viewer: ReportViewer, lead: LeadPlace): boolean {
  return (
    (viewer.role === 'township-reviewer' || viewer.role === 'village-assistant') &&
    maySeeLead(viewer, lead)
  );
}

/** The outcome is the township's decision on what happens next. */
export function mayRecordLeadOutcome(viewer: ReportViewer, lead: LeadPlace): boolean {
  return viewer.role === 'township-reviewer' && viewer.townshipCode === lead.townshipCode;
}

export function maySeeComplaints(viewer: ReportViewer): boolean {
  return readsEverything(viewer);
}

export function mayHandleComplaints(viewer: ReportViewer): boolean {
  return viewer.role === 'city-reviewer';
}
