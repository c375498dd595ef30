import type { CheckInput } from '../../../../functions/domain/policy/check-input.ts';

/**
 * The check's screens, in the order the schema lists its groups. A module of its own
 * so the apply page can name the household screens without loading the check's draft.
 */
export const steps = [
  'situation',
  'residence',
  'registration',
  'members',
  'income',
  'assets',
  'support',
  'expenses',
] as const satisfies readonly (keyof CheckInput)[];
export type Step = (typeof steps)[number];

/** The screens after where and how the household lives: the household's own questions. */
export const householdSteps = steps.slice(2) as readonly Exclude<Step, 'situation' | 'residence'>[];
