import type { ApplyDraft } from './draft.ts';

/** The screens of the application, in order; the emergency screen only when needed. */
export const allApplySteps = [
  'programmes',
  'privacy',
  'sensitive',
  'economicCheck',
  'applicant',
  'residence',
  'registration',
  'members',
  'income',
  'assets',
  'support',
  'expenses',
  'emergency',
  'bank',
  'review',
] as const;
export type ApplyStep = (typeof allApplySteps)[number];

/** The screens that ask the check's household questions. */
const householdStepList = [
  'registration',
  'members',
  'income',
  'assets',
  'support',
  'expenses',
] as const satisfies readonly ApplyStep[];
export type HouseholdStep = (typeof householdStepList)[number];

export function isHouseholdStep(step: ApplyStep): step is HouseholdStep {
  return (householdStepList as readonly ApplyStep[]).includes(step);
}

/** The screens this draft goes through: the emergency one only for emergency help. */
export function applySteps(draft: ApplyDraft): ApplyStep[] {
  const emergency = draft.programmes.includes('temporary-emergency');
  return allApplySteps.filter((s) => s !== 'emergency' || emergency);
}

/** The screens the page can show before the later screens' code has downloaded. */
export const firstSteps: readonly ApplyStep[] = [
  'programmes',
  'privacy',
  'sensitive',
  'economicCheck',
];
