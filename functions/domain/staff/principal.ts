import type { StaffActor } from '../application/decide.ts';
import { mayActAs, type StaffAction } from '../application/states.ts';
import { todayInShanghai } from '../dates.ts';
import { parametersAsOf } from '../policy/parameters.ts';
import { townshipCodes } from '../policy/townships.ts';

/**
 * Who a signed-in staff member is and what they may see and do. The role and the
 * township come only from the verified token's groups — never from a header, query
 * or body — so a township reviewer cannot widen their own scope.
 *
 * Groups: `township-<12-digit code>` (a township reviewer of that township),
 * `city-reviewer` (city bureau: sees every township, confirms or returns), `admin`
 * (sees every township and the dashboards, takes no decisions).
 */
export type StaffRole = 'township-reviewer' | 'city-reviewer' | 'admin';

export interface StaffPrincipal {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
  /** Set for township reviewers only. */
  readonly townshipCode?: string;
}

const townshipGroup = /^township-(\d{12})$/;

/**
 * The principal for a token's subject and groups, or null when the groups give no
 * role. A token carrying two roles is refused rather than guessed at.
 */
export function principalFromGroups(
  id: string,
  name: string,
  groups: readonly string[],
): StaffPrincipal | null {
  const roles: StaffPrincipal[] = [];
  for (const group of new Set(groups)) {
    const township = townshipGroup.exec(group)?.[1];
    if (township && (townshipCodes as readonly string[]).includes(township))
      roles.push({ id, name, role: 'township-reviewer', townshipCode: township });
    else if (group === 'city-reviewer') roles.push({ id, name, role: 'city-reviewer' });
    else if (group === 'admin') roles.push({ id, name, role: 'admin' });
  }
  return roles.length === 1 ? (roles[0] ?? null) : null;
}

/** Whether the principal may see applications of this township. */
export function maySee(principal: StaffPrincipal, townshipCode: string): boolean {
  return principal.role !== 'township-reviewer' || principal.townshipCode === townshipCode;
}

/** The two townships of a case (代收转办): the responsible one and, if different, the receiving one. */
export interface CaseTownships {
  readonly townshipCode: string;
  readonly receivingTownshipCode?: string;
}

/**
 * Whether the principal may open this application: the responsible township's
 * reviewers, the city and admins, and — read-only — the reviewers of the township that
 * received it where the person lives.
 */
export function mayView(principal: StaffPrincipal, record: CaseTownships): boolean {
  return (
    maySee(principal, record.townshipCode) ||
    (record.receivingTownshipCode !== undefined && maySee(principal, record.receivingTownshipCode))
  );
}

/** Whether the principal may act on it: never from the receiving township alone. */
export function mayActOn(principal: StaffPrincipal, record: CaseTownships): boolean {
  return actorOf(principal) !== null && maySee(principal, record.townshipCode);
}

/** The actor a principal acts as, for the state machine; admins take no decisions. */
export function actorOf(principal: StaffPrincipal): StaffActor | null {
  if (principal.role === 'admin') return null;
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
export function mayTake(principal: StaffPrincipal, action: StaffAction, now: Date): boolean {
  const actor = actorOf(principal);
  if (actor === null) return false;
  const delegated = parametersAsOf(todayInShanghai(now)).confirmationDelegatedToTownships.value;
  return mayActAs(action, actor.kind, delegated);
}
