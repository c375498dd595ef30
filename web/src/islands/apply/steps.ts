import { isEmergencyOnly } from '../../../../functions/domain/application/emergency-only.ts';
import { householdSteps } from '../check/step-order.ts';
import { type ApplyDraft, addsToCheckScreen, byStaff } from './draft.ts';

/** The screens that ask the check's household questions, as the check orders them. */
export type HouseholdStep = (typeof householdSteps)[number];

/** The screens of the application, in order; the emergency screen only when needed. */
export const allApplySteps = [
  'programmes',
  'privacy',
  'sensitive',
  'economicCheck',
  'applicant',
  'residence',
  ...householdSteps,
  'emergency',
  'bank',
  'consentRecord',
  'review',
] as const;
export type ApplyStep = (typeof allApplySteps)[number];

export function isHouseholdStep(step: ApplyStep): step is HouseholdStep {
  return (householdSteps as readonly ApplyStep[]).includes(step);
}

/**
 * Emergency help asked alone: what happened first, then the two consents it needs, then
 * how to reach you (name, mobile, ID number and where you live, on one screen). No means
 * test, bank account or finances consent: staff request those afterwards (普民〔2021〕77号
 * 二(六) 先行救助).
 */
export const emergencyFirstSteps = [
  'programmes',
  'emergency',
  'privacy',
  'sensitive',
  'applicant',
  'review',
] as const satisfies readonly ApplyStep[];

/**
 * The screens this draft goes through: the emergency one only for emergency help, and
 * no household screen already answered in the check unless the application adds a
 * question to it (no question is asked twice). `withAnswered`: every screen that holds
 * one of the draft's answers, for "check your answers".
 */
export function applySteps(draft: ApplyDraft, withAnswered = false): ApplyStep[] {
  // Staff applying from the console record how the person consented, last before review.
  const staff = byStaff(draft);
  if (isEmergencyOnly(draft.programmes))
    return staff
      ? [...emergencyFirstSteps.filter((s) => s !== 'review'), 'consentRecord', 'review']
      : [...emergencyFirstSteps];
  const emergency = draft.programmes.includes('temporary-emergency');
  const answered = withAnswered ? [] : (draft.answeredInCheck ?? []);
  return allApplySteps.filter(
    (s) =>
      (s !== 'emergency' || emergency) &&
      (s !== 'consentRecord' || staff) &&
      !(isHouseholdStep(s) && answered.includes(s) && !addsToCheckScreen(draft, s)),
  );
}

/** The draft with a screen answered in the check opened again, to change its answers. */
export function reopened(draft: ApplyDraft, step: ApplyStep): ApplyDraft {
  if (!draft.answeredInCheck?.includes(step as HouseholdStep)) return draft;
  return { ...draft, answeredInCheck: draft.answeredInCheck.filter((s) => s !== step) };
}

/** The screens the page can show before the later screens' code has downloaded. */
export const firstSteps: readonly ApplyStep[] = [
  'programmes',
  'privacy',
  'sensitive',
  'economicCheck',
];
