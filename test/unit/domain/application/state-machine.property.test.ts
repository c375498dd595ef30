import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStaffAction } from '../../../../functions/domain/application/decide.ts';
import type { ApplicationRecord } from '../../../../functions/domain/application/record.ts';
import {
  type ApplicationAction,
  applicationActions,
  transition,
} from '../../../../functions/domain/application/states.ts';
import { addDays } from '../../../../functions/domain/dates.ts';
import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import { exampleRecord } from '../../../support/record-example.ts';
import { recordEvidence } from '../../../support/summary.ts';

/**
 * The procedure as the law lays it out (民发〔2021〕57号, 43号), written independently of
 * the state machine's table: `from --action--> to`. Anything not listed is illegal.
 */
const legal = new Set(
  `
submitted --claim--> in_review
submitted --grantEmergencyAid--> emergency_aid_granted
submitted --transfer--> submitted
in_review --requestInfo--> needs_info
in_review --recordInvestigation--> investigated
in_review --grantEmergencyAid--> emergency_aid_granted
in_review --reject--> rejected
in_review --transfer--> in_review
in_review --assign--> in_review
in_review --extendDeadline--> in_review
needs_info --answer--> in_review
needs_info --reject--> rejected
needs_info --transfer--> needs_info
needs_info --assign--> needs_info
needs_info --extendDeadline--> needs_info
investigated --requestInfo--> needs_info
investigated --startPublicNotice--> public_notice
investigated --reject--> rejected
investigated --assign--> investigated
investigated --extendDeadline--> investigated
public_notice --endPublicNotice--> notice_ended
public_notice --noticeObjection--> in_review
public_notice --reject--> rejected
public_notice --assign--> public_notice
public_notice --extendDeadline--> public_notice
notice_ended --approve--> township_approved
notice_ended --reject--> rejected
notice_ended --assign--> notice_ended
notice_ended --extendDeadline--> notice_ended
emergency_aid_granted --approve--> township_approved
emergency_aid_granted --recordInvestigation--> investigated
emergency_aid_granted --reject--> rejected
emergency_aid_granted --assign--> emergency_aid_granted
township_approved --confirm--> confirmed
township_approved --returnToTownship--> in_review
confirmed --startGradualExit--> gradual_exit
gradual_exit --endGradualExit--> exited
`
    .trim()
    .split('\n'),
);
const withdrawable = [
  'submitted',
  'in_review',
  'needs_info',
  'investigated',
  'public_notice',
  'notice_ended',
  'emergency_aid_granted',
  'township_approved',
];

function isLegal(from: string, action: ApplicationAction, to: string): boolean {
  if (action === 'withdraw') return withdrawable.includes(from) && to === 'withdrawn';
  return legal.has(`${from} --${action}--> ${to}`);
}

/** Valid input for each action, dated relative to the day of the run. */
function inputFor(action: ApplicationAction, today: string): Record<string, unknown> {
  const later = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const soon = addDays(today, 7);
  switch (action) {
    case 'assign':
      return { assigneeId: 'b', assigneeName: '李' };
    case 'requestInfo':
      return { message: '请补充', dueOn: later };
    case 'recordInvestigation':
      return { visitedOn: today, findings: '属实' };
    case 'startPublicNotice':
      return { startsOn: today };
    case 'noticeObjection':
    case 'extendDeadline':
    case 'returnToTownship':
    case 'startGradualExit':
      return { reason: '原因' };
    case 'grantEmergencyAid':
      return { amountYuan: 1000, paperworkDueOn: soon, reason: '急难' };
    case 'approve':
      return { monthlyAmountYuan: 300, opinion: '同意' };
    case 'reject':
      return { codes: ['other'], text: '不符合' };
    case 'transfer':
      return { toTownship: '445281005000', reason: '居住地' };
    case 'confirm':
      return { monthlyAmountYuan: 300, startMonth: '2027-01' };
    default:
      return {};
  }
}

interface Real {
  record: ApplicationRecord;
  now: Date;
  accepted: number;
  refused: number;
}

class Attempt implements fc.Command<object, Real> {
  readonly action: ApplicationAction;
  readonly actor: 'township' | 'city';
  readonly daysLater: number;
  constructor(action: ApplicationAction, actor: 'township' | 'city', daysLater: number) {
    this.action = action;
    this.actor = actor;
    this.daysLater = daysLater;
  }
  check = () => true;
  run(_: object, real: Real) {
    real.now = new Date(real.now.getTime() + this.daysLater * 86_400_000);
    const from = real.record.status;
    const today = real.now.toISOString().slice(0, 10);
    let next: ApplicationRecord | null = null;
    if (this.action === 'withdraw' || this.action === 'answer') {
      try {
        next = { ...real.record, status: transition(from, this.action) };
      } catch {
        next = null;
      }
    } else {
      const decision = applyStaffAction(
        real.record,
        this.action,
        inputFor(this.action, today) as never,
        { kind: this.actor, id: 'x', name: 'X' },
        real.now,
      );
      next = decision.ok ? decision.record : null;
    }
    if (next) {
      // Nothing illegal is ever accepted, whoever tries it.
      expect(
        isLegal(from, this.action, next.status),
        `${from} --${this.action}--> ${next.status}`,
      ).toBe(true);
      if (next.status === 'confirmed' && from !== 'confirmed') {
        expect(real.record.history.some((e) => e.action === 'approve')).toBe(true);
        expect(from).toBe('township_approved');
      }
      real.record = next;
      real.accepted++;
    } else {
      real.refused++;
    }
  }
  toString = () => `${this.actor}:${this.action}+${this.daysLater}d`;
}

const attempts = fc
  .tuple(
    fc.constantFrom(...applicationActions),
    fc.constantFrom('township' as const, 'city' as const),
    fc.constantFrom(0, 0, 0, 8),
  )
  .map(([action, actor, days]) => new Attempt(action, actor, days));

describe('the application state machine, under random sequences of actions', () => {
  it('never accepts an illegal transition, and confirms only what a township approved', () => {
    let runs = 0;
    let accepted = 0;
    let refused = 0;
    let confirmedRuns = 0;
    fc.assert(
      fc.property(
        fc.commands([attempts], { maxCommands: 120, size: 'max' }),
        // Emergencies with and without dibao, plain dibao, tekun: each has its own path.
        fc.constantFrom<ProgrammeId[]>(
          ['dibao', 'temporary-emergency'],
          ['temporary-emergency'],
          ['dibao'],
          ['tekun'],
        ),
        (commands, programmes) => {
          const real: Real = {
            record: exampleRecord({
              priority: programmes.includes('temporary-emergency') ? 'emergency' : 'normal',
              programmes,
            }),
            now: new Date('2026-11-30T02:00:00.000Z'),
            accepted: 0,
            refused: 0,
          };
          fc.modelRun(() => ({ model: {}, real }), commands);
          runs++;
          if (real.record.history.some((e) => e.action === 'confirm')) confirmedRuns++;
          accepted += real.accepted;
          refused += real.refused;
        },
      ),
      { numRuns: 1500, seed: 20261129 },
    );
    expect(runs).toBeGreaterThanOrEqual(500);
    // The deep end of the procedure is exercised, not only the first steps.
    expect(confirmedRuns).toBeGreaterThan(0);
    recordEvidence('state machine property', { runs, accepted, refused, confirmedRuns });
  });

  it('refuses every action outside the table from every state', () => {
    const states = [...new Set([...legal].map((l) => l.split(' ')[0]))];
    for (const state of states)
      for (const action of applicationActions) {
        let to: string | null;
        try {
          to = transition(state as ApplicationRecord['status'], action);
        } catch {
          to = null;
        }
        if (to !== null) expect(isLegal(state ?? '', action, to), `${state} ${action}`).toBe(true);
      }
  });
});
