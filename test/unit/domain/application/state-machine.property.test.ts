import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyApplicantAction } from '../../../../functions/domain/application/applicant-actions.ts';
import { applyStaffAction } from '../../../../functions/domain/application/decide.ts';
import { linesOf } from '../../../../functions/domain/application/lines.ts';
import type { ApplicationRecord } from '../../../../functions/domain/application/record.ts';
import {
  type ApplicationAction,
  allowedOnLine,
  applicationActions,
  applicationStates,
  transition,
} from '../../../../functions/domain/application/states.ts';
import { addDays, addMonths } from '../../../../functions/domain/dates.ts';
import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import { exampleRecord } from '../../../support/record-example.ts';
import { recordEvidence } from '../../../support/summary.ts';

/**
 * The procedure as the law lays it out (民发〔2021〕57号, 43号; 民发〔2018〕23号 and
 * 《社会救助暂行办法》第四十八条 for temporary assistance), per line and written
 * independently of the state machine's table: `from --action--> to`. Anything not
 * listed is illegal. Events (assign, transfer, extendDeadline) leave the state; a
 * referral to another department (77号 二(五)) is an event in every state.
 */
/** Adds the referral event to every state a family's lines reach (from or to). */
const withReferrals = (table: readonly string[]) => {
  const reached = new Set(table.flatMap((t) => [t.split(' ')[0], t.split(' ').at(-1)]));
  return new Set([...table, ...[...reached].map((s) => `${s} --recordReferral--> ${s}`)]);
};
const events = (state: string, names: string[]) => names.map((a) => `${state} --${a}--> ${state}`);
const monthly = withReferrals([
  'submitted --claim--> in_review',
  'submitted --reject--> rejected',
  ...events('submitted', ['transfer']),
  'in_review --requestInfo--> needs_info',
  'in_review --recordInvestigation--> investigated',
  'in_review --reject--> rejected',
  ...events('in_review', ['transfer', 'assign', 'extendDeadline']),
  'needs_info --answer--> in_review',
  'needs_info --reject--> rejected',
  ...events('needs_info', ['transfer', 'assign', 'extendDeadline']),
  'investigated --requestInfo--> needs_info',
  'investigated --startPublicNotice--> public_notice',
  'investigated --reject--> rejected',
  ...events('investigated', ['assign', 'extendDeadline']),
  'public_notice --endPublicNotice--> notice_ended',
  'public_notice --noticeObjection--> in_review',
  ...events('public_notice', ['assign', 'extendDeadline']),
  // After the notice only the bureau refuses (57号 第二十一条, 43号 第十八条).
  'notice_ended --approve--> township_approved',
  ...events('notice_ended', ['assign', 'extendDeadline']),
  // Only applications stored before lines have a dibao line here (one state for all).
  'emergency_aid_granted --requestInfo--> needs_info',
  'emergency_aid_granted --recordInvestigation--> investigated',
  'emergency_aid_granted --reject--> rejected',
  ...events('emergency_aid_granted', ['assign']),
  'township_approved --confirm--> confirmed',
  'township_approved --notConfirm--> not_confirmed',
  'township_approved --returnToTownship--> in_review',
  'confirmed --startGradualExit--> gradual_exit',
  'gradual_exit --endGradualExit--> exited',
  // After approval (57号 第三十一条 to 第三十四条): a review of a line being paid, which
  // continues it, phases it out or proposes a change the bureau decides (第三十二条).
  'confirmed --openReview--> under_review',
  ...events('under_review', ['recordReviewVisit']),
  'under_review --continueAfterReview--> confirmed',
  'under_review --startGradualExit--> gradual_exit',
  'under_review --proposeChange--> change_proposed',
  'change_proposed --decideChange--> confirmed',
  'change_proposed --decideChange--> exited',
  // 特困 termination (43号 第二十五条、第二十六条): investigated, on notice, the bureau decides.
  'confirmed --proposeTermination--> termination_notice',
  'under_review --proposeTermination--> termination_notice',
  'termination_notice --decideChange--> confirmed',
  'termination_notice --decideChange--> exited',
]);
const temporary = withReferrals([
  'submitted --claim--> in_review',
  'submitted --grantEmergencyAid--> emergency_aid_granted',
  'submitted --reject--> rejected',
  ...events('submitted', ['transfer']),
  'in_review --requestInfo--> needs_info',
  'in_review --recordInvestigation--> investigated',
  'in_review --grantEmergencyAid--> emergency_aid_granted',
  'in_review --reject--> rejected',
  'in_review --approveTemporary--> confirmed',
  'in_review --approveTemporary--> township_approved',
  ...events('in_review', ['transfer', 'assign', 'extendDeadline']),
  'needs_info --answer--> in_review',
  'needs_info --reject--> rejected',
  ...events('needs_info', ['transfer', 'assign', 'extendDeadline']),
  'investigated --requestInfo--> needs_info',
  'investigated --reject--> rejected',
  'investigated --approveTemporary--> confirmed',
  'investigated --approveTemporary--> township_approved',
  ...events('investigated', ['assign', 'extendDeadline']),
  'emergency_aid_granted --requestInfo--> needs_info',
  'emergency_aid_granted --recordInvestigation--> investigated',
  'emergency_aid_granted --reject--> rejected',
  'emergency_aid_granted --approveTemporary--> confirmed',
  'emergency_aid_granted --approveTemporary--> township_approved',
  ...events('emergency_aid_granted', ['assign']),
  'township_approved --confirmTemporary--> confirmed',
  'township_approved --notConfirm--> not_confirmed',
  'township_approved --returnToTownship--> in_review',
  ...events('confirmed', ['recordPayment']),
]);
const legalFor = (programme: ProgrammeId) =>
  programme.startsWith('temporary') ? temporary : monthly;
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

function isLegal(
  programme: ProgrammeId,
  from: string,
  action: ApplicationAction,
  to: string,
): boolean {
  if (action === 'withdraw') return withdrawable.includes(from) && to === 'withdrawn';
  return legalFor(programme).has(`${from} --${action}--> ${to}`);
}

const nextMonth = (today: string) => addMonths(`${today.slice(0, 7)}-01`, 1).slice(0, 7);

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
      return {
        monthlyAmountYuan: 300,
        opinion: '同意',
        careLevel: 'partly-lost',
        supportForm: 'dispersed',
      };
    case 'reject':
    case 'notConfirm':
      return { codes: ['other'], text: '不符合' };
    case 'approveTemporary':
    case 'confirmTemporary':
      return { amountYuan: 3000, form: 'cash', plan: 'staged', opinion: '同意' };
    case 'recordPayment':
      return { paidOn: today, amountYuan: 500, form: 'cash', kind: 'staged' };
    case 'transfer':
      return { toTownship: '445281005000', reason: '居住地' };
    case 'confirm':
      return { monthlyAmountYuan: 300, startMonth: nextMonth(today) };
    case 'openReview':
      return { reason: 'periodic' };
    case 'recordReviewVisit':
      return { visitedOn: today, findings: '属实' };
    case 'proposeChange':
      return { kind: 'stop', fromMonth: nextMonth(today), reason: '收入超过标准' };
    case 'decideChange':
      return { approve: true, text: '同意' };
    case 'proposeTermination':
      return {
        grounds: ['own-request'],
        findings: '本人申请',
        noticeStartsOn: today,
        referral: 'none',
      };
    case 'recordReferral':
      return { department: 'education', note: '转介', referredOn: today };
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
  /** Which line a line action names (an index into the record's programmes). */
  readonly pick: number;
  constructor(
    action: ApplicationAction,
    actor: 'township' | 'city',
    daysLater: number,
    pick: number,
  ) {
    this.action = action;
    this.actor = actor;
    this.daysLater = daysLater;
    this.pick = pick;
  }
  check = () => true;
  run(_: object, real: Real) {
    real.now = new Date(real.now.getTime() + this.daysLater * 86_400_000);
    const before = linesOf(real.record);
    const today = real.now.toISOString().slice(0, 10);
    let next: ApplicationRecord | null = null;
    if (this.action === 'withdraw' || this.action === 'answer') {
      const outcome = applyApplicantAction(real.record, this.action, {}, real.now);
      next = outcome.ok ? outcome.record : null;
    } else {
      const programme = real.record.programmes[this.pick % real.record.programmes.length];
      const decision = applyStaffAction(
        real.record,
        this.action,
        inputFor(this.action, today) as never,
        { kind: this.actor, id: 'x', name: 'X' },
        real.now,
        programme,
      );
      next = decision.ok ? decision.record : null;
    }
    if (next) {
      for (const line of linesOf(next)) {
        const was = before.find((l) => l.programme === line.programme);
        if (was?.version === line.version) continue;
        const from = was?.state ?? '';
        // Nothing illegal is ever accepted on any line, whoever tries it.
        expect(
          isLegal(line.programme, from, this.action, line.state),
          `${line.programme}: ${from} --${this.action}--> ${line.state}`,
        ).toBe(true);
        if (line.state === 'confirmed' && this.action === 'confirm') {
          expect(
            real.record.history.some(
              (e) => e.action === 'approve' && e.programme === line.programme,
            ),
          ).toBe(true);
          // The bureau confirms (delegation is off by default).
          expect(this.actor).toBe('city');
        }
        if (line.state === 'rejected') expect(this.actor).toBe('township');
        // 增发、减发、停发 and a 特困 termination are the bureau's (57号 第三十二条, 43号 第二十五条).
        if (this.action === 'decideChange') expect(this.actor).toBe('city');
        // So is the 渐退期 (57号 第三十三条).
        if (this.action === 'startGradualExit') expect(this.actor).toBe('city');
        if (line.state === 'not_confirmed') expect(this.actor).toBe('city');
      }
      // The case's state is always one of its lines'.
      expect(linesOf(next).map((l) => l.state)).toContain(next.status);
      real.record = next;
      real.accepted++;
    } else {
      real.refused++;
    }
  }
  toString = () => `${this.actor}:${this.action}#${this.pick}+${this.daysLater}d`;
}

const attempts = fc
  .tuple(
    // Every action, with the procedure's forward steps weighted up so that walks reach
    // the bureau's decisions rather than ending in an early withdrawal or refusal.
    fc.oneof(
      { arbitrary: fc.constantFrom(...applicationActions), weight: 1 },
      {
        arbitrary: fc.constantFrom<ApplicationAction>(
          'claim',
          'recordInvestigation',
          'startPublicNotice',
          'endPublicNotice',
          'approve',
          'confirm',
          'approveTemporary',
          'confirmTemporary',
        ),
        weight: 2,
      },
    ),
    fc.constantFrom('township' as const, 'city' as const),
    fc.constantFrom(0, 0, 0, 8),
    fc.nat(3),
  )
  .map(([action, actor, days, pick]) => new Attempt(action, actor, days, pick));

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
          ['dibao', 'tekun', 'temporary-expense'],
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
          // Runs that reached a bureau's confirmation of a monthly benefit, and its life after.
          if (real.record.history.some((e) => e.action === 'confirm')) confirmedRuns++;

          accepted += real.accepted;
          refused += real.refused;
        },
      ),
      { numRuns: 700, seed: 20261129 },
    );
    expect(runs).toBeGreaterThanOrEqual(500);
    // The deep end of the procedure is exercised, not only the first steps.
    expect(confirmedRuns).toBeGreaterThan(0);
    recordEvidence('state machine property', {
      runs,
      accepted,
      refused,
      confirmedRuns,
    });
  }, 120_000);

  it('after approval, never accepts an illegal step, and only the bureau changes or ends a benefit', () => {
    const afterApproval = fc
      .tuple(
        fc.constantFrom<ApplicationAction>(
          'openReview',
          'recordReviewVisit',
          'continueAfterReview',
          'proposeChange',
          'decideChange',
          'proposeTermination',
          'startGradualExit',
          'endGradualExit',
          'withdraw',
          'confirm',
        ),
        fc.constantFrom('township' as const, 'city' as const),
        fc.constantFrom(0, 0, 8),
        fc.nat(3),
      )
      .map(([action, actor, days, pick]) => new Attempt(action, actor, days, pick));
    let changed = 0;
    let ended = 0;
    fc.assert(
      fc.property(
        fc.commands([afterApproval], { maxCommands: 40, size: 'max' }),
        fc.constantFrom<ProgrammeId[]>(['dibao'], ['tekun'], ['dibao-edge']),
        (commands, programmes) => {
          const real: Real = {
            record: exampleRecord({
              programmes,
              status: 'confirmed',
              procedure: {
                confirmation: { monthlyAmountYuan: 600, startMonth: '2026-10' },
              },
            }),
            now: new Date('2026-11-30T02:00:00.000Z'),
            accepted: 0,
            refused: 0,
          };
          fc.modelRun(() => ({ model: {}, real }), commands);
          if (real.record.history.some((e) => e.action === 'decideChange')) changed++;
          if (real.record.status === 'exited') ended++;
        },
      ),
      { numRuns: 400, seed: 20261203 },
    );
    // The walks reach the bureau's decisions and the end of a benefit.
    expect(changed).toBeGreaterThan(20);
    expect(ended).toBeGreaterThan(20);
    recordEvidence('state machine after approval', { runs: 400, changed, ended });
  }, 120_000);

  it('refuses every action outside the table from every state, line by line', () => {
    for (const programme of ['dibao', 'tekun', 'temporary-emergency', 'temporary-expense'] as const)
      for (const state of applicationStates)
        for (const action of applicationActions) {
          // States a line of this family reaches (the table's), not older single-state ones.
          const reached = [...legalFor(programme)].some((l) => l.startsWith(`${state} `));
          if (!reached || !allowedOnLine(action, programme, state)) continue;
          const to = transition(state, action);
          const ok =
            isLegal(programme, state, action, to) ||
            // approveTemporary's table entry names `confirmed`; it may also send it on.
            (action === 'approveTemporary' &&
              isLegal(programme, state, action, 'township_approved'));
          expect(ok, `${programme}: ${state} ${action}`).toBe(true);
        }
  });
});
