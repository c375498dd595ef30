import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyStaffAction,
  type StaffActor,
} from '../../../../functions/domain/application/decide.ts';
import type { ApplicationRecord } from '../../../../functions/domain/application/record.ts';
import {
  closedApplicationRetention,
  closedAt,
  isTerminal,
  parseRetentionDays,
  retentionExpiresAt,
  terminalStates,
} from '../../../../functions/domain/application/retention.ts';
import {
  type ApplicationState,
  actions,
  applicationStates,
} from '../../../../functions/domain/application/states.ts';
import { exampleRecord } from '../../../support/record-example.ts';

const township: StaffActor = { kind: 'township', id: 'lsd-1', name: '林经办' };
const monday = new Date('2026-11-30T02:00:00.000Z');
const day = 86_400;

/** A record that moved from `from` into `to` at `at`. */
function movedTo(to: ApplicationState, at: string, from: ApplicationState = 'in_review') {
  const base = exampleRecord({ status: from });
  return {
    ...base,
    status: to,
    history: [
      ...base.history,
      { at, by: 'township', action: 'x', from, to, rulesVersion: 'r', visibleToApplicant: true },
    ],
  } satisfies ApplicationRecord;
}

describe('the retention parameter', () => {
  it('defaults to five years whatever the leap years, within a floor of three years', () => {
    expect(closedApplicationRetention.defaultDays).toBe(5 * 365 + 2);
    expect(closedApplicationRetention.minimumDays).toBe(3 * 365 + 1);
    expect(closedApplicationRetention.defaultDays).toBeGreaterThan(
      closedApplicationRetention.minimumDays,
    );
    // Five calendar years from any day are at most 1827 days.
    for (const start of ['2026-03-01', '2027-03-01', '2028-02-28', '2024-02-29']) {
      const from = Date.parse(`${start}T00:00:00Z`);
      const to = new Date(from);
      to.setUTCFullYear(to.getUTCFullYear() + 5);
      expect((to.getTime() - from) / 1000 / day).toBeLessThanOrEqual(
        closedApplicationRetention.defaultDays,
      );
    }
  });

  it('reads whole days within the bounds from text or a number, and the default when unset', () => {
    expect(parseRetentionDays(undefined, 'x')).toBe(1827);
    expect(parseRetentionDays('', 'x')).toBe(1827);
    expect(parseRetentionDays('1096', 'x')).toBe(1096);
    expect(parseRetentionDays(' 3653 ', 'x')).toBe(3653);
    expect(parseRetentionDays(2000, 'x')).toBe(2000);
    expect(parseRetentionDays('36525', 'x')).toBe(36_525);
  });

  it('refuses anything else, naming the setting and the allowed range', () => {
    for (const bad of [
      '1095',
      '36526',
      '5y',
      '1827.5',
      '-1827',
      'abc',
      '1e4',
      1827.5,
      30,
      true,
      {},
    ]) {
      expect(() => parseRetentionDays(bad, 'Context closedApplicationRetentionDays')).toThrow(
        /closedApplicationRetentionDays must be a whole number of days from 1096 to 36525/,
      );
    }
  });
});

describe('terminal states', () => {
  it('are the states no action leaves: not confirmed, rejected, withdrawn and exited', () => {
    expect([...terminalStates].sort()).toEqual([
      'exited',
      'not_confirmed',
      'rejected',
      'withdrawn',
    ]);
    for (const state of terminalStates) {
      // Events (a referral) may follow a decision; they change no state.
      for (const rule of Object.values(actions).filter((r) => r.to !== null))
        expect(rule.from as readonly string[]).not.toContain(state);
    }
  });

  it('do not include confirmed: a recipient’s case goes on (and may still enter 渐退期)', () => {
    expect(isTerminal('confirmed')).toBe(false);
    expect(actions.startGradualExit.from).toContain('confirmed');
  });
});

describe('the TTL of a stored application', () => {
  it('is the second it was rejected plus the retention', () => {
    const decision = applyStaffAction(
      exampleRecord({ status: 'in_review' }),
      'reject',
      { codes: ['assets-above-limit'], text: '有两套住房' },
      township,
      monday,
    );
    if (!decision.ok) throw new Error('refused');
    expect(closedAt(decision.record)).toBe(monday.toISOString());
    expect(retentionExpiresAt(decision.record, 1827)).toBe(monday.getTime() / 1000 + 1827 * day);
    expect(retentionExpiresAt(decision.record, 1096)).toBe(monday.getTime() / 1000 + 1096 * day);
  });

  it('drops the milliseconds of the closing instant (TTL is whole epoch seconds)', () => {
    const record = movedTo('withdrawn', '2026-12-01T08:30:15.987Z');
    expect(retentionExpiresAt(record, 2000)).toBe(
      Math.floor(Date.parse('2026-12-01T08:30:15Z') / 1000) + 2000 * day,
    );
  });

  it('counts from the closing event, not from anything recorded after it', () => {
    const closed = movedTo('exited', '2027-06-30T01:00:00.000Z', 'gradual_exit');
    const later = {
      ...closed,
      history: [
        ...closed.history,
        {
          at: '2027-07-05T01:00:00.000Z',
          by: 'system' as const,
          action: 'note',
          from: 'exited' as const,
          to: 'exited' as const,
          rulesVersion: 'r',
          visibleToApplicant: false,
        },
      ],
    };
    expect(closedAt(later)).toBe('2027-06-30T01:00:00.000Z');
  });

  it('is absent for every state that is not terminal, confirmed included', () => {
    for (const state of applicationStates.filter((s) => !isTerminal(s))) {
      const record = movedTo(state, '2026-12-01T00:00:00.000Z');
      expect(retentionExpiresAt(record, 1827), state).toBeUndefined();
    }
    expect(retentionExpiresAt(movedTo('confirmed', '2026-12-01T00:00:00.000Z'), 1827)).toBe(
      undefined,
    );
  });

  it('exists exactly for terminal states, after any walk through the state machine', () => {
    const actionNames = Object.keys(actions) as (keyof typeof actions)[];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...actionNames), { maxLength: 20 }),
        fc.integer({ min: 1096, max: 36_525 }),
        (walk, days) => {
          let record: ApplicationRecord = exampleRecord();
          let second = Date.parse(record.submittedAt);
          for (const action of walk) {
            const rule = actions[action];
            if (!(rule.from as readonly string[]).includes(record.status)) continue;
            second += 3_600_000;
            const at = new Date(second).toISOString();
            const to = rule.to ?? record.status;
            record = {
              ...record,
              status: to,
              history: [
                ...record.history,
                {
                  at,
                  by: 'township',
                  action,
                  from: record.status,
                  to,
                  rulesVersion: 'r',
                  visibleToApplicant: true,
                },
              ],
            };
          }
          const expiresAt = retentionExpiresAt(record, days);
          if (!isTerminal(record.status)) return expiresAt === undefined;
          const closing = record.history.findLast((e) => e.to === record.status && e.from !== e.to);
          return expiresAt === Math.floor(Date.parse(closing?.at ?? '') / 1000) + days * day;
        },
      ),
    );
  });

  it('refuses a retention outside the bounds rather than writing a wrong TTL', () => {
    const record = movedTo('rejected', '2026-12-01T00:00:00.000Z');
    expect(() => retentionExpiresAt(record, 30)).toThrow(/Invalid retention/);
    expect(() => retentionExpiresAt(record, Number.NaN)).toThrow(/Invalid retention/);
  });
});
