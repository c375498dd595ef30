import { describe, expect, it } from 'vitest';
import {
  type ApplicationSummary,
  summarise,
  summaryLines,
} from '../../../../functions/domain/staff/summary.ts';
import { exampleRecord } from '../../../support/record-example.ts';
import { dibaoConfirmedTekunRefused, event, line } from './line-fixtures.ts';

describe('the summary of each programme line', () => {
  it('keeps each line’s state, confirmed amount, decision date and lateness', () => {
    const summary = summarise(dibaoConfirmedTekunRefused());
    expect(summary.lines).toEqual([
      {
        programme: 'dibao',
        state: 'confirmed',
        dueAt: '2026-12-03',
        monthlyAmountYuan: 800,
        decidedAt: '2026-12-03T02:00:00.000Z',
        // Confirmed from January 2027 with no review recorded: yearly, read-time.
        nextReviewDue: '2028-01-01',
      },
      {
        programme: 'tekun',
        state: 'not_confirmed',
        dueAt: '2026-12-31',
        decidedAt: '2026-12-31T02:00:00.000Z',
        late: true,
      },
    ]);
  });

  it('counts a decision on its limit day as within the limit', () => {
    // 特困's 15 working days from 1 December end on 22 December.
    const record = dibaoConfirmedTekunRefused();
    const onTime = {
      ...record,
      history: record.history.map((e) =>
        e.action === 'notConfirm' ? { ...e, at: '2026-12-22T09:00:00.000Z' } : e,
      ),
    };
    const late = {
      ...onTime,
      history: onTime.history.map((e) =>
        e.action === 'notConfirm' ? { ...e, at: '2026-12-22T16:30:00.000Z' } : e,
      ),
    };
    expect(summarise(onTime).lines?.[1]?.late).toBeUndefined();
    // 00:30 on the 23rd in Puning.
    expect(summarise(late).lines?.[1]?.late).toBe(true);
  });

  it('adds up what a temporary line has paid, the advance included', () => {
    const record = exampleRecord({
      programmes: ['temporary-emergency'],
      status: 'emergency_aid_granted',
      lines: [
        line('temporary-emergency', 'confirmed', '2026-12-10', {
          payments: [
            {
              paidOn: '2026-12-01',
              amountYuan: 500,
              form: 'cash',
              kind: 'advance',
              by: 'township',
            },
            { paidOn: '2026-12-09', amountYuan: 1000, form: 'cash', kind: 'one-off', by: 'city' },
          ],
        }),
      ],
    });
    expect(summarise(record).lines?.[0]?.paidYuan).toBe(1500);
    expect(summarise(record).lines?.[0]?.monthlyAmountYuan).toBeUndefined();
  });

  it('reads an application stored before lines as one line per programme', () => {
    // The old single-state shape: no lines, decisions without a programme.
    const record = exampleRecord({
      programmes: ['dibao', 'dibao-edge'],
      status: 'confirmed',
      dueAt: '2026-12-04',
      procedure: {
        approval: { monthlyAmountYuan: 600, opinion: '同意' },
        confirmation: { monthlyAmountYuan: 600, startMonth: '2027-01' },
      },
      history: [
        ...exampleRecord().history,
        event('2026-12-01', 'approve', 'notice_ended', 'township_approved'),
        event('2026-12-04', 'confirm', 'township_approved', 'confirmed'),
      ],
    });
    expect(summarise(record).lines).toEqual(
      ['dibao', 'dibao-edge'].map((programme) => ({
        programme,
        state: 'confirmed',
        dueAt: '2026-12-04',
        monthlyAmountYuan: 600,
        decidedAt: '2026-12-04T02:00:00.000Z',
        nextReviewDue: '2028-01-01',
      })),
    );
  });

  it('reads a summary stored before lines from its status and due date', () => {
    const { lines: _none, ...stored } = summarise(
      exampleRecord({ programmes: ['dibao', 'tekun'], status: 'in_review', dueAt: '2026-12-20' }),
    );
    const old: ApplicationSummary = stored;
    expect(summaryLines(old)).toEqual([
      { programme: 'dibao', state: 'in_review', dueAt: '2026-12-20' },
      { programme: 'tekun', state: 'in_review', dueAt: '2026-12-20' },
    ]);
  });
});
