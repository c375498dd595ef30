import { describe, expect, it } from 'vitest';
import {
  claimStanding,
  holdsClaims,
  secondsUntilAbandoned,
  submissionLeaseSeconds,
} from '../../../../functions/domain/application/claims.ts';

const now = new Date('2026-11-28T02:00:00.000Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000).toISOString();

describe('claimStanding', () => {
  it('is active while its application is open or the benefit is being paid', () => {
    const claim = { reference: 'PN-2611-AAAA-BBBB', claimedAt: secondsAgo(3600) };
    expect(claimStanding(claim, { status: 'in_review' }, now)).toBe('active');
    expect(claimStanding(claim, { status: 'confirmed' }, now)).toBe('active');
  });

  it('is stale once its application is refused, withdrawn or ended', () => {
    const claim = { reference: 'PN-2611-AAAA-BBBB', claimedAt: secondsAgo(5) };
    for (const status of ['rejected', 'withdrawn', 'exited'] as const)
      expect(claimStanding(claim, { status }, now)).toBe('stale');
  });

  it('waits for an application still within the submission lease, then counts it abandoned', () => {
    const fresh = { reference: 'PN-2611-AAAA-BBBB', claimedAt: secondsAgo(submissionLeaseSeconds) };
    const old = {
      reference: 'PN-2611-AAAA-BBBB',
      claimedAt: secondsAgo(submissionLeaseSeconds + 1),
    };
    expect(claimStanding(fresh, null, now)).toBe('in-flight');
    expect(claimStanding(old, null, now)).toBe('stale');
  });

  it('counts a claim of the previous version (no time recorded) without application as abandoned', () => {
    expect(claimStanding({ reference: 'PN-2611-AAAA-BBBB' }, null, now)).toBe('stale');
  });
});

describe('holdsClaims and secondsUntilAbandoned', () => {
  it('keeps the claim for open and confirmed applications only', () => {
    expect(holdsClaims('submitted')).toBe(true);
    expect(holdsClaims('gradual_exit')).toBe(true);
    expect(holdsClaims('withdrawn')).toBe(false);
  });

  it('tells how long to wait before trying again, at least a second', () => {
    expect(secondsUntilAbandoned(secondsAgo(10), now)).toBe(submissionLeaseSeconds - 10);
    expect(secondsUntilAbandoned(secondsAgo(600), now)).toBe(1);
  });
});
