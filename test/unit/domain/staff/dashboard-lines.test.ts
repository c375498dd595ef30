import { describe, expect, it } from 'vitest';
import {
  buildDashboard,
  limitStanding,
  lineGroup,
} from '../../../../functions/domain/staff/dashboard.ts';
import { summarise } from '../../../../functions/domain/staff/summary.ts';
import { exampleRecord } from '../../../support/record-example.ts';
import { dibaoConfirmedTekunRefused, line, summaryStoredBeforeLines } from './line-fixtures.ts';

const liushaEast = '445281001000';
const chiwei = '445281005000';
const now = new Date('2026-12-20T02:00:00Z');

const temporaryPaid = summarise(
  exampleRecord({
    reference: 'PN-2611-TEMP-0001',
    programmes: ['temporary-expense'],
    status: 'confirmed',
    lines: [
      line('temporary-expense', 'confirmed', '2026-12-08', {
        payments: [
          { paidOn: '2026-12-08', amountYuan: 1200, form: 'cash', kind: 'staged', by: 'city' },
          { paidOn: '2026-12-15', amountYuan: 300, form: 'in-kind', kind: 'staged', by: 'city' },
        ],
      }),
    ],
  }),
);
const withdrawn = summarise(
  exampleRecord({ reference: 'PN-2611-WDRN-0001', status: 'withdrawn', dueAt: '2026-12-02' }),
);
const openOnTime = summarise(
  exampleRecord({ reference: 'PN-2611-OPEN-0001', status: 'in_review', dueAt: '2026-12-28' }),
);
const phasingOut = summarise(
  exampleRecord({
    reference: 'PN-2611-EXIT-0001',
    status: 'gradual_exit',
    lines: [
      line('dibao', 'gradual_exit', '2027-03-31', {
        confirmation: { monthlyAmountYuan: 450, startMonth: '2026-06' },
      }),
    ],
  }),
);

describe('the dashboard by programme line', () => {
  it('counts a 低保 confirmed and a 特困 not confirmed in one application once in each', () => {
    const { byProgramme } = buildDashboard([summarise(dibaoConfirmedTekunRefused())], now);
    expect(byProgramme).toEqual([
      expect.objectContaining({ programme: 'dibao', approved: 1, notApproved: 0, inProgress: 0 }),
      expect.objectContaining({ programme: 'tekun', approved: 0, notApproved: 1, inProgress: 0 }),
    ]);
  });

  it('groups states, adds up amounts, and tells lines within the limit from those past it', () => {
    const summaries = [
      summarise(dibaoConfirmedTekunRefused()),
      summaryStoredBeforeLines,
      temporaryPaid,
      withdrawn,
      openOnTime,
      phasingOut,
    ];
    const { byProgramme, byTownshipAndProgramme } = buildDashboard(summaries, now);
    expect(byProgramme).toEqual([
      {
        programme: 'dibao',
        // Open on time; the old summary, overdue since 1 December.
        inProgress: 2,
        approved: 2,
        notApproved: 0,
        withdrawn: 1,
        // 800 confirmed and 450 still paid during the phase-out.
        monthlyTotalYuan: 1250,
        paidTotalYuan: 0,
        // Confirmed in time, the open one on time; the phase-out line has no decision
        // event and is judged by its due date. Withdrawn lines have no standing.
        withinLimit: 3,
        pastLimit: 1,
      },
      {
        programme: 'tekun',
        inProgress: 0,
        approved: 0,
        notApproved: 1,
        withdrawn: 0,
        monthlyTotalYuan: 0,
        paidTotalYuan: 0,
        withinLimit: 0,
        pastLimit: 1,
      },
      {
        programme: 'temporary-expense',
        inProgress: 0,
        approved: 1,
        notApproved: 0,
        withdrawn: 0,
        monthlyTotalYuan: 0,
        paidTotalYuan: 1500,
        // Decided with no decision event in its history: no standing.
        withinLimit: 0,
        pastLimit: 0,
      },
    ]);
    expect(
      byTownshipAndProgramme.map((r) => [r.townshipCode, r.programme, r.inProgress, r.pastLimit]),
    ).toEqual([
      [liushaEast, 'dibao', 1, 0],
      [liushaEast, 'tekun', 0, 1],
      [liushaEast, 'temporary-expense', 0, 0],
      [chiwei, 'dibao', 1, 1],
    ]);
  });

  it('names each state’s group', () => {
    expect(lineGroup('township_approved')).toBe('inProgress');
    expect(lineGroup('exited')).toBe('approved');
    expect(lineGroup('not_confirmed')).toBe('notApproved');
    expect(lineGroup('rejected')).toBe('notApproved');
    expect(lineGroup('withdrawn')).toBe('withdrawn');
  });

  it('judges an open line by its due date and a decided one by when it was decided', () => {
    const today = '2026-12-20';
    expect(
      limitStanding({ programme: 'dibao', state: 'in_review', dueAt: '2026-12-20' }, today),
    ).toBe('within');
    expect(
      limitStanding({ programme: 'dibao', state: 'in_review', dueAt: '2026-12-19' }, today),
    ).toBe('past');
    const decided = {
      programme: 'dibao' as const,
      state: 'rejected' as const,
      dueAt: '2026-12-01',
      decidedAt: '2026-12-01T02:00:00Z',
    };
    expect(limitStanding(decided, today)).toBe('within');
    expect(limitStanding({ ...decided, late: true }, today)).toBe('past');
    expect(
      limitStanding({ programme: 'dibao', state: 'rejected', dueAt: '2026-12-01' }, today),
    ).toBeNull();
  });
});
