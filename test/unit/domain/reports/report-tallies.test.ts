import { describe, expect, it } from 'vitest';
import type { LeadSummary } from '../../../../functions/domain/reports/lead.ts';
import {
  complaintFigures,
  leadClosedTally,
  leadFigures,
} from '../../../../functions/domain/reports/report-tallies.ts';

const lead = (overrides: Partial<LeadSummary>): LeadSummary => ({
  reference: 'XS-2612-AAAA-BBBB',
  townshipCode: '445281001000',
  villageCode: '445281001201',
  categories: ['elderly-alone'],
  state: 'received',
  receivedOn: '2026-12-01',
  dueOn: '2026-12-08',
  ...overrides,
});

describe('leads on the dashboard', () => {
  it('are overdue only while not visited past the visit date; closed ones come from the tallies', () => {
    const figures = leadFigures(
      [
        lead({}),
        lead({ reference: 'b', dueOn: '2026-12-09' }),
        lead({ reference: 'c', state: 'visited' }),
      ],
      [
        {
          townshipCode: '445281005000',
          figures: { 'closed#referred': 2, 'closed#no-need': 1, drains: 3 },
        },
        { townshipCode: '445281003000', figures: {} },
      ],
      '2026-12-09',
    );
    expect(figures).toEqual({
      open: 3,
      overdue: 1,
      closed: 3,
      closedByOutcome: { referred: 2, 'no-need': 1 },
      byTownship: [
        { townshipCode: '445281001000', open: 3, overdue: 1, closed: 0, closedByOutcome: {} },
        {
          townshipCode: '445281005000',
          open: 0,
          overdue: 0,
          closed: 3,
          closedByOutcome: { referred: 2, 'no-need': 1 },
        },
      ],
    });
  });

  it('are tallied under their township and outcome when closed', () => {
    expect(leadClosedTally({ townshipCode: '445281001000', outcome: 'referred' })).toEqual({
      key: 'TALLY#LEADS#445281001000',
      attribute: 'closed#referred',
    });
  });
});

describe('complaints on the dashboard', () => {
  it('are overdue while unanswered past the reply date', () => {
    const open = {
      reference: 'TS-1',
      subjectKind: 'township',
      realName: true,
      receivedOn: '2026-12-01',
    } as const;
    expect(
      complaintFigures(
        [
          { ...open, state: 'received', dueOn: '2026-12-20' },
          { ...open, reference: 'TS-2', state: 'in-handling', dueOn: '2026-12-21' },
        ],
        { answered: 4 },
        '2026-12-21',
      ),
    ).toEqual({ open: 2, answered: 4, overdue: 1 });
  });
});
