/**
 * The application's legal procedure as a state machine (ARCHITECTURE §5; 民发〔2021〕57号
 * arts. 15–22, 民发〔2021〕43号 arts. 13–18). Every action names who may take it and the
 * states it is allowed from; anything else is refused with a clear error. `transfer`,
 * `assign` and `extendDeadline` are events: they change the record, not the state.
 */
export const applicationStates = [
  'submitted',
  'in_review',
  'needs_info',
  'investigated',
  'public_notice',
  'notice_ended',
  'emergency_aid_granted',
  'township_approved',
  'confirmed',
  'rejected',
  'withdrawn',
  'gradual_exit',
  'exited',
] as const;
export type ApplicationState = (typeof applicationStates)[number];

/** States with no work left in the township's queue (a recipient's `confirmed` included). */
export const closedStates: readonly ApplicationState[] = [
  'confirmed',
  'rejected',
  'withdrawn',
  'exited',
];

export type Actor = 'applicant' | 'township' | 'city';

interface ActionRule {
  readonly by: Actor;
  readonly from: readonly ApplicationState[];
  /** The resulting state; null when the action does not change it (an event). */
  readonly to: ApplicationState | null;
}

/** Before the city's confirmation the applicant may still withdraw. */
const undecided: readonly ApplicationState[] = [
  'submitted',
  'in_review',
  'needs_info',
  'investigated',
  'public_notice',
  'notice_ended',
  'emergency_aid_granted',
  'township_approved',
];

/** Being worked on by the township after it took the application. */
const underReview: readonly ApplicationState[] = [
  'in_review',
  'needs_info',
  'investigated',
  'public_notice',
  'notice_ended',
  'emergency_aid_granted',
];

export const actions = {
  withdraw: { by: 'applicant', from: undecided, to: 'withdrawn' },
  answer: { by: 'applicant', from: ['needs_info'], to: 'in_review' },
  claim: { by: 'township', from: ['submitted'], to: 'in_review' },
  assign: { by: 'township', from: underReview, to: null },
  requestInfo: { by: 'township', from: ['in_review', 'investigated'], to: 'needs_info' },
  recordInvestigation: {
    by: 'township',
    from: ['in_review', 'emergency_aid_granted'],
    to: 'investigated',
  },
  startPublicNotice: { by: 'township', from: ['investigated'], to: 'public_notice' },
  endPublicNotice: { by: 'township', from: ['public_notice'], to: 'notice_ended' },
  /** An objection during the notice sends the case back to investigation (art. 19). */
  noticeObjection: { by: 'township', from: ['public_notice'], to: 'in_review' },
  grantEmergencyAid: {
    by: 'township',
    from: ['submitted', 'in_review'],
    to: 'emergency_aid_granted',
  },
  approve: {
    by: 'township',
    from: ['notice_ended', 'emergency_aid_granted'],
    to: 'township_approved',
  },
  reject: { by: 'township', from: underReview, to: 'rejected' },
  transfer: { by: 'township', from: ['submitted', 'in_review', 'needs_info'], to: null },
  extendDeadline: {
    by: 'township',
    from: ['in_review', 'needs_info', 'investigated', 'public_notice', 'notice_ended'],
    to: null,
  },
  confirm: { by: 'city', from: ['township_approved'], to: 'confirmed' },
  returnToTownship: { by: 'city', from: ['township_approved'], to: 'in_review' },
  startGradualExit: { by: 'township', from: ['confirmed'], to: 'gradual_exit' },
  endGradualExit: { by: 'township', from: ['gradual_exit'], to: 'exited' },
} as const satisfies Record<string, ActionRule>;

export type ApplicationAction = keyof typeof actions;
export const applicationActions = Object.keys(actions) as ApplicationAction[];
export type StaffAction = {
  [K in ApplicationAction]: (typeof actions)[K]['by'] extends 'applicant' ? never : K;
}[ApplicationAction];
export const staffActions = applicationActions.filter(
  (a): a is StaffAction => actions[a].by !== 'applicant',
);

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

/** The actions `actor` may take from `state`, for the console's buttons. */
export function availableActions(state: ApplicationState, actor: Actor): ApplicationAction[] {
  return applicationActions.filter((a) => {
    const rule: ActionRule = actions[a];
    return rule.by === actor && rule.from.includes(state);
  });
}

export function isOpen(state: ApplicationState): boolean {
  return !closedStates.includes(state);
}
