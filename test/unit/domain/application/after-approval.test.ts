import { describe, expect, it } from 'vitest';
import {
  applyDueSystemSteps,
  dueSystemSteps,
} from '../../../../functions/domain/application/after-approval-job.ts';
import {
  applyStaffAction,
  type StaffActor,
} from '../../../../functions/domain/application/decide.ts';
import { linesOf } from '../../../../functions/domain/application/lines.ts';
import type { ApplicationRecord } from '../../../../functions/domain/application/record.ts';
import { exampleRecord } from '../../../support/record-example.ts';

const township: StaffActor = { kind: 'township', id: 'lsd-1', name: '林经办' };
const city: StaffActor = { kind: 'city', id: 'city-1', name: '市局' };
// Wednesday 23 September 2026, 10:00 in Puning: the Mid-Autumn and National Day
// holidays are ahead.
const wednesday = new Date('2026-09-23T02:00:00.000Z');

function recipient(programme: 'dibao' | 'tekun', members = 3): ApplicationRecord {
  const record = exampleRecord({ programmes: [programme], status: 'confirmed' });
  return {
    ...record,
    application: {
      ...record.application,
      members: Array.from({ length: members }, (_, i) => ({
        ...(record.application.members?.[0] as NonNullable<
          ApplicationRecord['application']['members']
        >[number]),
        relation: i === 0 ? 'self' : 'child',
      })),
    },
    lines: [
      {
        programme,
        state: 'confirmed',
        version: 4,
        dueAt: '2026-07-01',
        facts: {
          confirmation: {
            monthlyAmountYuan: 1000,
            startMonth: '2026-07',
            ...(programme === 'tekun'
              ? { careLevel: 'self-care' as const, supportForm: 'dispersed' as const }
              : {}),
          },
          review: { class: 'yearly', nextDueOn: '2027-07-01' },
        },
        notices: [],
      },
    ],
  };
}

function ok(decision: ReturnType<typeof applyStaffAction>): ApplicationRecord {
  if (!decision.ok) throw new Error(JSON.stringify(decision.refusal));
  return decision.record;
}
const lineOf = (record: ApplicationRecord) => linesOf(record)[0];

describe('a 特困 person whose self-care changed (43号 第二十三条)', () => {
  it('is re-assessed within 10 working days, and the outcome sets the care level', () => {
    const opened = ok(
      applyStaffAction(
        recipient('tekun'),
        'openReview',
        { reason: 'care-change' },
        township,
        wednesday,
      ),
    );
    expect(lineOf(opened)?.state).toBe('under_review');
    // Holidays 25–27 September and 1–7 October are not counted; Saturday 10 October is.
    expect(lineOf(opened)?.dueAt).toBe('2026-10-14');
    const withoutLevel = applyStaffAction(opened, 'continueAfterReview', {}, township, wednesday);
    expect(withoutLevel.ok).toBe(false);
    expect(!withoutLevel.ok && withoutLevel.refusal).toMatchObject({ path: 'careLevel' });
    const assessed = ok(
      applyStaffAction(
        opened,
        'continueAfterReview',
        { careLevel: 'partly-lost' },
        township,
        wednesday,
      ),
    );
    expect(lineOf(assessed)?.state).toBe('confirmed');
    expect(lineOf(assessed)?.facts.confirmation?.careLevel).toBe('partly-lost');
    expect(lineOf(assessed)?.facts.review).toEqual({
      class: 'yearly',
      nextDueOn: '2027-09-23',
      lastConcludedOn: '2026-09-23',
    });
  });

  it('is a re-assessment for 特困 only', () => {
    const refused = applyStaffAction(
      recipient('dibao'),
      'openReview',
      { reason: 'care-change' },
      township,
      wednesday,
    );
    expect(!refused.ok && refused.refusal).toMatchObject({ path: 'reason' });
  });
});

describe('a member who refused suitable work 3 times (57号 第三十四条)', () => {
  const underReview = ok(
    applyStaffAction(recipient('dibao'), 'openReview', { reason: 'periodic' }, township, wednesday),
  );
  const proposal = {
    kind: 'member-share',
    fromMonth: '2026-10',
    reason: '儿子无正当理由三次拒绝介绍的工作',
    member: { name: '陈大', refusals: 3, householdMembers: 3 },
  } as const;

  it('needs three refusals', () => {
    const twice = applyStaffAction(
      underReview,
      'proposeChange',
      { ...proposal, member: { ...proposal.member, refusals: 2 } },
      township,
      wednesday,
    );
    expect(!twice.ok && twice.refusal).toMatchObject({ path: 'member' });
  });

  it('takes only that member’s share, when the bureau decides it, with a notice', () => {
    const proposed = ok(
      applyStaffAction(underReview, 'proposeChange', proposal, township, wednesday),
    );
    expect(lineOf(proposed)?.state).toBe('change_proposed');
    expect(lineOf(proposed)?.facts.proposal).toMatchObject({
      monthlyAmountYuan: 666.67,
      member: { shareYuan: 333.33, keptShareYuan: 0 },
    });
    // The township cannot decide it: 减发 is the bureau's (第三十二条).
    const byTownship = applyStaffAction(
      proposed,
      'decideChange',
      { approve: true, text: '同意' },
      township,
      wednesday,
    );
    expect(byTownship.ok).toBe(false);
    const decided = ok(
      applyStaffAction(proposed, 'decideChange', { approve: true, text: '同意' }, city, wednesday),
    );
    const line = lineOf(decided);
    expect(line?.state).toBe('confirmed');
    expect(line?.facts.confirmation).toMatchObject({
      monthlyAmountYuan: 666.67,
      startMonth: '2026-10',
    });
    expect(line?.notices.at(-1)).toMatchObject({
      outcome: 'member-reduced',
      authority: 'city',
      member: { name: '陈大', shareYuan: 333.33, keptShareYuan: 0 },
    });
    // The household is told that there is a decision, not the amount or the reason.
    const message = decided.outbox.at(-1);
    expect(message?.template).toBe('decision');
    expect(JSON.stringify(message?.params)).not.toContain('666');
  });
});

describe('the scheduled job on one application', () => {
  it('opens a review that fell due, once', () => {
    const record = recipient('dibao');
    expect(dueSystemSteps(record, '2027-06-30')).toEqual([]);
    const due = applyDueSystemSteps(record, new Date('2027-07-01T02:00:00Z'));
    expect(due?.steps).toEqual([{ kind: 'openReview', programme: 'dibao' }]);
    expect(lineOf(due?.record as ApplicationRecord)?.state).toBe('under_review');
    expect(due?.record.history.at(-1)).toMatchObject({ by: 'system', action: 'openReview' });
    expect(due?.record.history.at(-1)?.staff).toBeUndefined();
    expect(
      applyDueSystemSteps(due?.record as ApplicationRecord, new Date('2027-07-01T03:00:00Z')),
    ).toBeNull();
  });
});
