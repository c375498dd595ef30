import { describe, expect, it } from 'vitest';
import type { LineFacts } from '../../../../functions/domain/application/lines.ts';
import type { ApplicationState } from '../../../../functions/domain/application/states.ts';
import {
  afterApprovalFigures,
  reviewQueue,
} from '../../../../functions/domain/staff/after-approval.ts';
import { applicationsCsv } from '../../../../functions/domain/staff/csv.ts';
import { summarise } from '../../../../functions/domain/staff/summary.ts';
import { exampleRecord } from '../../../support/record-example.ts';
import { line } from './line-fixtures.ts';

const liushaEast = '445281001000';
const chiwei = '445281005000';
// Sunday 20 December 2026, 10:00 in Puning.
const now = new Date('2026-12-20T02:00:00Z');

const confirmation = { monthlyAmountYuan: 500, startMonth: '2026-07' };
function recipient(
  reference: string,
  state: ApplicationState,
  dueAt: string,
  facts: LineFacts,
  townshipCode = liushaEast,
) {
  return summarise(
    exampleRecord({
      reference,
      townshipCode,
      status: state,
      lines: [line('dibao', state, dueAt, { confirmation, ...facts })],
    }),
  );
}

const overdue = recipient('PN-2612-REVW-0001', 'confirmed', '2026-07-01', {
  review: { class: 'half-yearly', nextDueOn: '2026-12-18' },
});
const dueSoon = recipient('PN-2612-REVW-0002', 'confirmed', '2026-07-01', {
  review: { class: 'yearly', nextDueOn: '2027-01-15' },
});
const notYet = recipient('PN-2612-REVW-0003', 'confirmed', '2026-07-01', {
  review: { class: 'yearly', nextDueOn: '2027-07-01' },
});
const open = recipient('PN-2612-REVW-0004', 'under_review', '2027-01-05', {
  review: {
    class: 'yearly',
    nextDueOn: '2026-12-01',
    open: { reason: 'periodic', openedOn: '2026-12-01', dueOn: '2027-01-05' },
  },
});
const ended = recipient(
  'PN-2612-REVW-0005',
  'exited',
  '2026-12-01',
  { exit: { reason: 'gradual-exit', on: '2026-12-01', lastMonth: '2026-11' } },
  chiwei,
);

describe('the review queue', () => {
  it('lists reviews due within 30 days or past, and open ones, earliest first, overdue flagged', () => {
    const rows = reviewQueue([notYet, dueSoon, open, overdue, ended], now);
    expect(rows.map((r) => [r.reference, r.task, r.dueOn, r.overdue])).toEqual([
      ['PN-2612-REVW-0001', 'review-due', '2026-12-18', true],
      ['PN-2612-REVW-0004', 'review-open', '2027-01-05', false],
      ['PN-2612-REVW-0002', 'review-due', '2027-01-15', false],
    ]);
  });

  it('filters by programme', () => {
    expect(reviewQueue([overdue, open], now, 'tekun')).toEqual([]);
  });
});

describe('the figures after approval', () => {
  it('counts recipients by township and programme, reviews due and overdue, exits by reason', () => {
    const figures = afterApprovalFigures([notYet, dueSoon, open, overdue, ended], now);
    expect(figures).toEqual({
      recipients: [{ townshipCode: liushaEast, programme: 'dibao', count: 4 }],
      reviewsDue: 2,
      reviewsOverdue: 1,
      reviewsOpen: 1,
      exitsByReason: { 'gradual-exit': 1 },
    });
  });

  it('puts the next review and the exit into each line’s CSV row', () => {
    const csv = applicationsCsv([overdue, ended], now);
    const [head, first, second] = csv.replace('\uFEFF', '').split('\r\n');
    expect(head?.endsWith('下次复核日期,退出原因,退出日期')).toBe(true);
    expect(first?.endsWith(',2026-12-18,,')).toBe(true);
    expect(second?.endsWith(',,渐退期满,2026-12-01')).toBe(true);
  });
});
