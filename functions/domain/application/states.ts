/**
 * The application's legal procedure as a state machine (ARCHITECTURE §5). Every
 * action names who may take it and the states it is allowed from; anything else is
 * refused with a clear error. `transferred` is an event (the township changes, the
 * state does not).
 */
export const applicationStates = [
  'submitted',
  'in_review',
  'needs_info',
  'township_approved',
  'confirmed',
  'rejected',
  'withdrawn',
  'emergency_aid_granted',
  'gradual_exit',
] as const;
export type ApplicationState = (typeof applicationStates)[number];

export const closedStates: readonly ApplicationState[] = ['confirmed', 'rejected', 'withdrawn'];

export type Actor = 'applicant' | 'township' | 'city';

interface ActionRule {
  readonly by: Actor;
  readonly from: readonly ApplicationState[];
  /** The resulting state; null when the action does not change it (an event). */
  readonly to: ApplicationState | null;
}

const open: readonly ApplicationState[] = [
  'submitted',
  'in_review',
  'needs_info',
  'township_approved',
  'emergency_aid_granted',
];

export const actions = {
  withdraw: { by: 'applicant', from: open, to: 'withdrawn' },
  answer: { by: 'applicant', from: ['needs_info'], to: 'in_review' },
  claim: { by: 'township', from: ['submitted'], to: 'in_review' },
  requestInfo: { by: 'township', from: ['in_review'], to: 'needs_info' },
  grantEmergencyAid: {
    by: 'township',
    from: ['submitted', 'in_review'],
    to: 'emergency_aid_granted',
  },
  approve: {
    by: 'township',
    from: ['in_review', 'emergency_aid_granted'],
    to: 'township_approved',
  },
  reject: {
    by: 'township',
    from: ['in_review', 'needs_info', 'emergency_aid_granted'],
    to: 'rejected',
  },
  transfer: { by: 'township', from: ['submitted', 'in_review', 'needs_info'], to: null },
  confirm: { by: 'city', from: ['township_approved'], to: 'confirmed' },
  returnToTownship: { by: 'city', from: ['township_approved'], to: 'in_review' },
  startGradualExit: { by: 'township', from: ['confirmed'], to: 'gradual_exit' },
  endGradualExit: { by: 'township', from: ['gradual_exit'], to: 'confirmed' },
} as const satisfies Record<string, ActionRule>;

export type ApplicationAction = keyof typeof actions;

export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
  readonly state: ApplicationState;
  readonly action: ApplicationAction;
  constructor(state: ApplicationState, action: ApplicationAction) {
    super(`Action "${action}" is not allowed when the application is "${state}"`);
    this.state = state;
    this.action = action;
  }
}

/** The state after `action`, or an IllegalTransitionError. */
export function transition(state: ApplicationState, action: ApplicationAction): ApplicationState {
  const rule: ActionRule = actions[action];
  if (!rule.from.includes(state)) throw new IllegalTransitionError(state, action);
  return rule.to ?? state;
}

export function isOpen(state: ApplicationState): boolean {
  return !closedStates.includes(state);
}
