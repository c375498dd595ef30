import type { StaffActor } from '../application/decide.ts';
import { mayActAs, type StaffAction } from '../application/states.ts';
import { todayInShanghai } from '../dates.ts';
import { findTownship, townshipOfVillage } from '../divisions.ts';
import { parametersAsOf } from '../policy/parameters.ts';
import { townshipCodes } from '../policy/townships.ts';

/**
 * Who a signed-in staff member is and what they may see and do. The role and the
 * township come only from the verified token's groups — never from a header, query
 * or body — so a township reviewer cannot widen their own scope.
 *
 * Groups: `township-<12-digit code>` (a township reviewer of that township),
 * `city-reviewer` (city bureau: sees every township, confirms or returns), `admin`
 * (sees every township and the dashboards, takes no decisions), and
 * `village-assistant` (a 村（居）委会 member or 社会救助协理员: applies on a person's
 * behalf, 43号 第十一条; sees only the cases it submitted, no queue, no decisions). An
 * assistant's village — or whole township — is the token's division claim (one
 * 12-digit code, set by an administrator), because one group per village would be
 * 580 groups.
 */
export type StaffRole = 'township-reviewer' | 'city-reviewer' | 'admin' | 'village-assistant';

export interface StaffPrincipal {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
  /** Township reviewers: their township. Village assistants: the township of their division. */
  readonly townshipCode?: string;
  /** Village assistants scoped to one village (absent when scoped to a whole township). */
  readonly villageCode?: string;
}

const townshipGroup = /^township-(\d{12})$/;
export const villageAssistantGroup = 'village-assistant';

/** An assistant's scope from the division claim: a known village, or a known township. */
function assistantScope(division: string | undefined) {
  if (division === undefined || !/^\d{12}$/.test(division)) return null;
  const township = townshipOfVillage(division);
  if (township) return { townshipCode: township.code, villageCode: division };
  return findTownship(division) ? { townshipCode: division } : null;
}

/**
 * The principal for a token's subject, groups and division claim, or null when they
 * give no role. A token carrying two roles is refused rather than guessed at, and so is
 * an assistant without a valid division (never widened to "everywhere").
 */
export function principalFromGroups(
  id: string,
  name: string,
  groups: readonly string[],
  division?: string,
): StaffPrincipal | null {
  const roles: (StaffPrincipal | null)[] = [];
  for (const group of new Set(groups)) {
    const township = townshipGroup.exec(group)?.[1];
    if (township && (townshipCodes as readonly string[]).includes(township))
      roles.push({ id, name, role: 'township-reviewer', townshipCode: township });
    else if (group === 'city-reviewer') roles.push({ id, name, role: 'city-reviewer' });
    else if (group === 'admin') roles.push({ id, name, role: 'admin' });
    else if (group === villageAssistantGroup) {
      const scope = assistantScope(division);
      roles.push(scope ? { id, name, role: 'village-assistant', ...scope } : null);
    }
  }
  return roles.length === 1 ? (roles[0] ?? null) : null;
}

/**
 * Whether the principal sees this township's queue and its applications: a village
 * assistant sees no township's queue (only the cases it submitted, see mayView).
 */
export function maySee(principal: StaffPrincipal, townshipCode: string): boolean {
  if (principal.role === 'village-assistant') return false;
  return principal.role !== 'township-reviewer' || principal.townshipCode === townshipCode;
}

/**
 * Whether a place (a village of a township) lies within a village assistant's division:
 * its own village, or any village of the township it covers. Other roles: false — use
 * maySee for township scope.
 */
export function assistantCovers(
  principal: StaffPrincipal,
  place: { readonly townshipCode: string; readonly villageCode: string },
): boolean {
  if (principal.role !== 'village-assistant') return false;
  if (principal.villageCode !== undefined) return principal.villageCode === place.villageCode;
  return (
    principal.townshipCode === place.townshipCode &&
    townshipOfVillage(place.villageCode)?.code === place.townshipCode
  );
}

/** The two townships of a case (代收转办): the responsible one and, if different, the receiving one. */
export interface CaseTownships {
  readonly townshipCode: string;
  readonly receivingTownshipCode?: string;
  /** Set when staff submitted the application on the person's behalf. */
  readonly submittedBy?: { readonly staffId: string };
}

/**
 * Whether the principal may open this application: the responsible township's
 * reviewers, the city and admins, — read-only — the reviewers of the township that
 * received it where the person lives, and the village assistant who submitted it.
 */
export function mayView(principal: StaffPrincipal, record: CaseTownships): boolean {
  if (principal.role === 'village-assistant') return record.submittedBy?.staffId === principal.id;
  return (
    maySee(principal, record.townshipCode) ||
    (record.receivingTownshipCode !== undefined && maySee(principal, record.receivingTownshipCode))
  );
}

/** Whether the principal may act on it: never from the receiving township alone. */
export function mayActOn(principal: StaffPrincipal, record: CaseTownships): boolean {
  return actorOf(principal) !== null && maySee(principal, record.townshipCode);
}

/** The actor a principal acts as, for the state machine; admins and assistants take no decisions. */
export function actorOf(principal: StaffPrincipal): StaffActor | null {
  if (principal.role === 'admin' || principal.role === 'village-assistant') return null;
  return {
    kind: principal.role === 'city-reviewer' ? 'city' : 'township',
    id: principal.id,
    name: principal.name,
  };
}

/**
 * Whether the principal's role may take this action at all (the state is checked
 * later): the bureau's decisions are the city's, or a township's on the days the
 * bureau's delegation (a dated setting) is in force.
 */
export function mayTake(
  principal: StaffPrincipal,
  action: StaffAction,
  now: Date,
  record: { readonly staffRelative?: unknown } = {},
): boolean {
  const actor = actorOf(principal);
  if (actor === null) return false;
  const delegated = parametersAsOf(todayInShanghai(now)).confirmationDelegatedToTownships.value;
  // A relative of staff is confirmed by the city even under delegation (57号 第二十条).
  return mayActAs(action, actor.kind, delegated && record.staffRelative === undefined);
}

/**
 * Whether the principal may submit an application on a person's behalf for someone
 * living at this place: an assistant within its division, a township reviewer within
 * its township (after a visit, 主动发现). The city and admins do not apply for people.
 */
export function mayApplyOnBehalf(
  principal: StaffPrincipal,
  place: { readonly townshipCode: string; readonly villageCode: string },
): boolean {
  if (principal.role === 'village-assistant') return assistantCovers(principal, place);
  return principal.role === 'township-reviewer' && principal.townshipCode === place.townshipCode;
}
