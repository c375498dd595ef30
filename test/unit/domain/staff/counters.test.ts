import { describe, expect, it } from 'vitest';
import type { ApplicationState } from '../../../../functions/domain/application/states.ts';
import { isOpen } from '../../../../functions/domain/application/states.ts';
import {
  contributionOf,
  counterDelta,
  flowKey,
  hasPendingCounts,
  stockKey,
  sumContributions,
} from '../../../../functions/domain/staff/counters.ts';
import { buildDashboard, median } from '../../../../functions/domain/staff/dashboard.ts';
import {
  dashboardFlowMonths,
  dashboardFromCounters,
  type FlowRow,
  histogramMedian,
  type StockRow,
} from '../../../../functions/domain/staff/dashboard-from-counters.ts';
import { type ApplicationSummary, summarise } from '../../../../functions/domain/staff/summary.ts';
import { exampleRecord } from '../../../support/record-example.ts';
import { dibaoConfirmedTekunRefused, line, summaryStoredBeforeLines } from './line-fixtures.ts';

const liushaEast = '445281001000';
const chiwei = '445281005000';
const now = new Date('2026-12-20T02:00:00Z');

/** The counter items a set of summaries adds up to, as the store reads them back. */
function countersOf(summaries: readonly ApplicationSummary[]) {
  const totals = sumContributions(summaries.map(contributionOf));
  const stock: StockRow[] = [];
  const flows: FlowRow[] = [];
  for (const [key, figures] of Object.entries(totals)) {
    const [kind, a, b] = key.split('#');
    if (kind === 'STOCK' && a) stock.push({ townshipCode: a, figures });
    if (kind === 'FLOW' && a && b) flows.push({ month: a, townshipCode: b, figures });
  }
  return { stock, flows };
}

const summaries: ApplicationSummary[] = [
  summarise(dibaoConfirmedTekunRefused()),
  summarise(
    exampleRecord({
      reference: 'PN-2611-TEMP-0001',
      programmes: ['temporary-expense'],
      status: 'confirmed',
      townshipCode: chiwei,
      lines: [
        line('temporary-expense', 'confirmed', '2026-12-08', {
          payments: [
            { paidOn: '2026-12-08', amountYuan: 1200.1, form: 'cash', kind: 'staged', by: 'city' },
            {
              paidOn: '2026-12-15',
              amountYuan: 300.2,
              form: 'in-kind',
              kind: 'staged',
              by: 'city',
            },
          ],
        }),
      ],
    }),
  ),
  summarise(
    exampleRecord({ reference: 'PN-2611-WDRN-0001', status: 'withdrawn', dueAt: '2026-12-02' }),
  ),
  summarise(
    exampleRecord({ reference: 'PN-2611-OPEN-0001', status: 'in_review', dueAt: '2026-12-28' }),
  ),
  summarise(
    exampleRecord({
      reference: 'PN-2611-EMER-0001',
      status: 'submitted',
      priority: 'emergency',
      programmes: ['temporary-emergency'],
      submittedAt: '2026-12-10T02:00:00.000Z',
      dueAt: '2026-12-11',
    }),
  ),
  summarise(
    exampleRecord({
      reference: 'PN-2611-EXIT-0001',
      status: 'gradual_exit',
      lines: [
        line('dibao', 'gradual_exit', '2027-03-31', {
          confirmation: { monthlyAmountYuan: 450.5, startMonth: '2026-06' },
        }),
      ],
    }),
  ),
  summaryStoredBeforeLines,
];

describe('counters from summaries', () => {
  it('count each line by programme and state, and by the month it was received and decided', () => {
    const counted = contributionOf(summarise(dibaoConfirmedTekunRefused()));
    expect(counted[stockKey(liushaEast)]).toMatchObject({
      'dibao#confirmed': 1,
      'tekun#not_confirmed': 1,
      'dibao#monthlyFen': 80_000,
      'dibao#decidedInTime': 1,
      'tekun#decidedLate': 1,
      'application#confirmed': 1,
    });
    expect(counted[flowKey('2026-11', liushaEast)]).toEqual({
      'dibao#received': 1,
      'tekun#received': 1,
    });
    expect(counted[flowKey('2026-12', liushaEast)]).toEqual({
      'dibao#decided': 1,
      'dibao#decidedInTime': 1,
      'dibao#approved': 1,
      'tekun#decided': 1,
    });
  });

  it('move a line from one state to another and leave everything else alone', () => {
    const before = summarise(exampleRecord({ status: 'submitted' }));
    const after = summarise(
      exampleRecord({ status: 'in_review', lines: [line('dibao', 'in_review', '2026-12-10')] }),
    );
    expect(counterDelta(contributionOf(before), contributionOf(after))).toEqual({
      [stockKey(liushaEast)]: {
        'application#submitted': -1,
        'application#in_review': 1,
        'dibao#submitted': -1,
        'dibao#in_review': 1,
      },
    });
  });

  it('move every figure to the new township on a transfer', () => {
    const before = contributionOf(summarise(exampleRecord()));
    const after = contributionOf(summarise(exampleRecord({ townshipCode: chiwei })));
    const delta = counterDelta(before, after);
    expect(delta[stockKey(liushaEast)]).toEqual({
      'application#submitted': -1,
      'dibao#submitted': -1,
    });
    expect(delta[stockKey(chiwei)]).toEqual({ 'application#submitted': 1, 'dibao#submitted': 1 });
    expect(delta[flowKey('2026-11', chiwei)]).toEqual({ 'dibao#received': 1 });
  });

  it('have nothing pending once what was counted is what the summary says', () => {
    const summary = summarise(dibaoConfirmedTekunRefused());
    expect(hasPendingCounts(undefined, summary)).toBe(true);
    expect(hasPendingCounts(contributionOf(summary), summary)).toBe(false);
    expect(counterDelta(contributionOf(summary), contributionOf(summary))).toEqual({});
  });

  it('count a state added later without a change to the counters', () => {
    const reviewing = 'annual_review' as ApplicationState;
    const summary = summarise(
      exampleRecord({ status: reviewing, lines: [line('dibao', reviewing, '2027-01-10')] }),
    );
    expect(contributionOf(summary)[stockKey(liushaEast)]).toMatchObject({
      'application#annual_review': 1,
      'dibao#annual_review': 1,
    });
  });

  it('count an exit in the month the line closed', () => {
    const summary = summarise(
      exampleRecord({ status: 'exited', lines: [line('dibao', 'exited', '2027-02-28')] }),
    );
    expect(contributionOf(summary)[flowKey('2027-02', liushaEast)]).toEqual({ 'dibao#exited': 1 });
  });
});

describe('the dashboard from counters', () => {
  it('gives the figures the summaries give', () => {
    const { stock, flows } = countersOf(summaries);
    const months = dashboardFlowMonths(now);
    const fromCounters = dashboardFromCounters({
      stock,
      flows: flows.filter((f) => f.month >= months.fromMonth && f.month <= months.toMonth),
      openSummaries: summaries.filter((s) => isOpen(s.status)),
      now,
    });
    expect(fromCounters).toEqual(buildDashboard(summaries, now));
    expect(fromCounters.emergenciesLast30Days).toBe(1);
    expect(fromCounters.overdue).toBeGreaterThan(0);
  });

  it('gives the same figures a month later, when open lines have passed their due dates', () => {
    const later = new Date('2027-01-25T02:00:00Z');
    const { stock, flows } = countersOf(summaries);
    expect(
      dashboardFromCounters({
        stock,
        flows,
        openSummaries: summaries.filter((s) => isOpen(s.status)),
        now: later,
      }),
    ).toEqual(buildDashboard(summaries, later));
  });

  it('takes the median of a histogram as of the list it stands for', () => {
    for (const days of [[3], [1, 2], [5, 1, 9, 9], [2, 2, 3, 7, 8, 30]]) {
      const histogram = new Map<number, number>();
      for (const d of days) histogram.set(d, (histogram.get(d) ?? 0) + 1);
      expect(histogramMedian(histogram)).toBe(median(days));
    }
    expect(histogramMedian(new Map())).toBeNull();
  });
});
