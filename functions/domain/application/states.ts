import type { ProgrammeId } from '../policy/programmes.ts';

/**
 * The legal procedure, programme by programme (ARCHITECTURE §5; 民发〔2021〕57号 arts.
 * 15–22, 民发〔2021〕43号 arts. 13–18, 民发〔2018〕23号). An application holds one *line*
 * per programme asked for (lines.ts); each line moves through these states on its own.
 * Actions that concern the whole case (taking it up, a request for information, the
 * home visit, a transfer) act on every open line they apply to at once; decisions act
 * on one line. Every action names who may take it and the states it is allowed from;
 * anything else is refused with a clear error. `transfer`, `assign` and
 * `extendDeadline` are events: they change the record, not the state.
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
  'not_confirmed',
  'rejected',
  'withdrawn',
  'gradual_exit',
  'exited',
  // After approval (57号 第三十一条 to 第三十四条, 43号 第二十三条 to 第二十七条): the line
  // is still paid while the township reviews it, proposes a change to the bureau, or
  // publishes a 特困 termination.
  'under_review',
  'change_proposed',
  'termination_notice',
] as const;
export type ApplicationState = (typeof applicationStates)[number];

/** States with no work left in the township's queue (a recipient's `confirmed` included). */
export const closedStates: readonly ApplicationState[] = [
  'confirmed',
  'not_confirmed',
  'rejected',
  'withdrawn',
  'exited',
];

export type Actor = 'applicant' | 'township' | 'city';

/**
 * Whose decision an action is: `authority` is the county-level bureau's (the city
 * bureau in Puning) — or the township's where the bureau delegated confirmation
 * (57号 第二条, 43号 第二十八条; a dated bureau setting).
 */
export type ActionBy = Actor | 'authority';

/** Monthly benefits (低保, 单人保, 边缘, 特困) or temporary assistance (one-off or staged). */
export type LineFamily = 'monthly' | 'temporary';

export function lineFamily(programme: ProgrammeId): LineFamily {
  return programme === 'temporary-emergency' || programme === 'temporary-expense'
    ? 'temporary'
    : 'monthly';
}

interface ActionRule {
  readonly by: ActionBy;
  /** `case`: on every open line it applies to; `line`: on the one line named. */
  readonly scope: 'case' | 'line';
  readonly from: readonly ApplicationState[];
  /** The resulting state; null when the action does not change it (an event). */
  readonly to: ApplicationState | null;
  /** The lines it is for; every line when absent. */
  readonly families?: readonly LineFamily[];
  readonly programmes?: readonly ProgrammeId[];
  /** The scheduled job may also take it (a review falling due, a 渐退期 running out). */
  readonly bySystem?: true;
}

/** Before a decision the applicant may still withdraw. */
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

const dibaoLines: readonly ProgrammeId[] = ['dibao', 'single-person-dibao'];

export const actions = {
  withdraw: { by: 'applicant', scope: 'case', from: undecided, to: 'withdrawn' },
  answer: { by: 'applicant', scope: 'case', from: ['needs_info'], to: 'in_review' },
  claim: { by: 'township', scope: 'case', from: ['submitted'], to: 'in_review' },
  assign: { by: 'township', scope: 'case', from: underReview, to: null },
  /** All that is missing, asked once (一次性告知, 57号 第十条), of every line in review. */
  requestInfo: {
    by: 'township',
    scope: 'case',
    from: ['in_review', 'investigated', 'emergency_aid_granted'],
    to: 'needs_info',
  },
  recordInvestigation: {
    by: 'township',
    scope: 'case',
    from: ['in_review', 'emergency_aid_granted'],
    to: 'investigated',
  },
  transfer: {
    by: 'township',
    scope: 'case',
    from: ['submitted', 'in_review', 'needs_info'],
    to: null,
  },
  /**
   * A referral to another department (一门受理、协同办理, 普民〔2021〕77号 二(五)): an event
   * on the case in any state — a closed case may still need a department's help.
   */
  recordReferral: { by: 'township', scope: 'case', from: applicationStates, to: null },
  extendDeadline: {
    by: 'township',
    scope: 'case',
    from: ['in_review', 'needs_info', 'investigated', 'public_notice', 'notice_ended'],
    to: null,
  },
  startPublicNotice: {
    by: 'township',
    scope: 'line',
    from: ['investigated'],
    to: 'public_notice',
    families: ['monthly'],
  },
  endPublicNotice: {
    by: 'township',
    scope: 'line',
    from: ['public_notice'],
    to: 'notice_ended',
    families: ['monthly'],
  },
  /** An objection during the notice sends the line back to investigation (art. 19). */
  noticeObjection: {
    by: 'township',
    scope: 'line',
    from: ['public_notice'],
    to: 'in_review',
    families: ['monthly'],
  },
  /** The township's review opinion after the notice, sent to the bureau (57号 第二十条). */
  approve: {
    by: 'township',
    scope: 'line',
    from: ['notice_ended'],
    to: 'township_approved',
    families: ['monthly'],
  },
  /**
   * The township ends a line itself only where the law lets it: before the notice —
   * not accepted, or refused after the information check with the right to a re-check
   * (57号 第十八条). Temporary assistance the township refuses in its review.
   */
  reject: {
    by: 'township',
    scope: 'line',
    from: ['submitted', 'in_review', 'needs_info', 'investigated', 'emergency_aid_granted'],
    to: 'rejected',
  },
  /** 先行救助 from the township's reserve fund (民发〔2018〕23号; 77号 二(六)). */
  grantEmergencyAid: {
    by: 'township',
    scope: 'line',
    from: ['submitted', 'in_review'],
    to: 'emergency_aid_granted',
    programmes: ['temporary-emergency'],
  },
  /**
   * The township's approval of temporary assistance: final up to the amount the bureau
   * delegated, otherwise sent to the bureau (社会救助暂行办法 第四十八条).
   */
  approveTemporary: {
    by: 'township',
    scope: 'line',
    from: ['in_review', 'investigated', 'emergency_aid_granted'],
    to: 'confirmed',
    families: ['temporary'],
  },
  /** A staged (分阶段) or follow-up (跟进) payment within what was approved. */
  recordPayment: {
    by: 'township',
    scope: 'line',
    from: ['confirmed'],
    to: null,
    families: ['temporary'],
  },
  confirm: {
    by: 'authority',
    scope: 'line',
    from: ['township_approved'],
    to: 'confirmed',
    families: ['monthly'],
  },
  /** The bureau refuses after the notice (57号 第二十一条, 43号 第十八条). */
  notConfirm: {
    by: 'authority',
    scope: 'line',
    from: ['township_approved'],
    to: 'not_confirmed',
  },
  confirmTemporary: {
    by: 'city',
    scope: 'line',
    from: ['township_approved'],
    to: 'confirmed',
    families: ['temporary'],
  },
  returnToTownship: {
    by: 'city',
    scope: 'line',
    from: ['township_approved'],
    to: 'in_review',
  },
  /**
   * Income rose above the standard through work: the 渐退期 is granted at the county's
   * discretion (57号 第三十三条) — the city bureau in Puning, or a delegated township.
   */
  startGradualExit: {
    by: 'authority',
    scope: 'line',
    from: ['confirmed', 'under_review'],
    to: 'gradual_exit',
    programmes: dibaoLines,
  },
  /** After its last month: the scheduled job ends it, or staff do. */
  endGradualExit: {
    by: 'township',
    scope: 'line',
    from: ['gradual_exit'],
    to: 'exited',
    programmes: dibaoLines,
    bySystem: true,
  },
  /**
   * A review of a paid line (57号 第三十一条; a reported change, 第三十条; 特困's changed
   * self-care, 43号 第二十三条): the township's, or the job's when one falls due.
   */
  openReview: {
    by: 'township',
    scope: 'line',
    from: ['confirmed'],
    to: 'under_review',
    families: ['monthly'],
    bySystem: true,
  },
  /** The home visit of a review (an event: the review stays open). */
  recordReviewVisit: {
    by: 'township',
    scope: 'line',
    from: ['under_review'],
    to: null,
    families: ['monthly'],
  },
  /** No change found: no change of amount (第三十一条); the next review is dated. */
  continueAfterReview: {
    by: 'township',
    scope: 'line',
    from: ['under_review'],
    to: 'confirmed',
    families: ['monthly'],
  },
  /** 增发 / 减发 / 停发, or a member's share for refused work: proposed to the bureau. */
  proposeChange: {
    by: 'township',
    scope: 'line',
    from: ['under_review'],
    to: 'change_proposed',
    families: ['monthly'],
  },
  /** The bureau's decision on a proposed change or a published 特困 termination (第三十二条). */
  decideChange: {
    by: 'authority',
    scope: 'line',
    from: ['change_proposed', 'termination_notice'],
    to: 'confirmed',
    families: ['monthly'],
  },
  /** 特困 termination: the township investigated; 7-day notice (43号 第二十五条、第二十六条). */
  proposeTermination: {
    by: 'township',
    scope: 'line',
    from: ['confirmed', 'under_review'],
    to: 'termination_notice',
    programmes: ['tekun'],
  },
} as const satisfies Record<string, ActionRule>;

export type ApplicationAction = keyof typeof actions;
export const applicationActions = Object.keys(actions) as ApplicationAction[];
export type StaffAction = {
  [K in ApplicationAction]: (typeof actions)[K]['by'] extends 'applicant' ? never : K;
}[ApplicationAction];
export const staffActions = applicationActions.filter(
  (a): a is StaffAction => actions[a].by !== 'applicant',
);
export type LineAction = {
  [K in StaffAction]: (typeof actions)[K]['scope'] extends 'line' ? K : never;
}[StaffAction];
export type CaseAction = Exclude<StaffAction, LineAction>;

export function isLineAction(action: StaffAction): action is LineAction {
  return actions[action].scope === 'line';
}

export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
  readonly state: ApplicationState;
  readonly action: ApplicationAction;
  constructor(state: ApplicationState, action: ApplicationAction) {
    super(`Action "${action}" is not allowed when the line is "${state}"`);
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

/** Whether the action is for this programme's line at all (whatever its state). */
export function appliesTo(action: ApplicationAction, programme: ProgrammeId): boolean {
  const rule: ActionRule = actions[action];
  return (
    (!rule.families || rule.families.includes(lineFamily(programme))) &&
    (!rule.programmes || rule.programmes.includes(programme))
  );
}

/** Whether a line in `state` for `programme` allows the action now. */
export function allowedOnLine(
  action: ApplicationAction,
  programme: ProgrammeId,
  state: ApplicationState,
): boolean {
  const rule: ActionRule = actions[action];
  return appliesTo(action, programme) && rule.from.includes(state);
}

/**
 * Whether an actor may take the action: its own, or the bureau's decisions when it is
 * the city — or a township the bureau delegated confirmation to.
 */
export function mayActAs(
  action: ApplicationAction,
  actor: Actor | 'system',
  delegated: boolean,
): boolean {
  const rule: ActionRule = actions[action];
  if (actor === 'system') return rule.bySystem === true;
  if (rule.by === 'authority') return actor === 'city' || (actor === 'township' && delegated);
  return rule.by === actor;
}

/**
 * A monthly benefit is paid in these states: a review, a proposed change or a
 * termination notice does not stop it (57号 第三十一条, 第三十二条; 43号 第二十六条).
 */
export const beingPaid: ReadonlySet<ApplicationState> = new Set<ApplicationState>([
  'confirmed',
  'gradual_exit',
  'under_review',
  'change_proposed',
  'termination_notice',
]);

export function isOpen(state: ApplicationState): boolean {
  return !closedStates.includes(state);
}
