import { describe, expect, it } from 'vitest';
import { dueDateFor, firstLimits } from '../../../../functions/domain/application/deadlines.ts';
import {
  applyStaffAction,
  type StaffActor,
} from '../../../../functions/domain/application/decide.ts';
import type { HistoryEvent } from '../../../../functions/domain/application/record.ts';
import { parametersAsOf } from '../../../../functions/domain/policy/parameters.ts';
import { exampleRecord } from '../../../support/record-example.ts';

const township: StaffActor = { kind: 'township', id: 'lsd-1', name: '林经办' };
const p = parametersAsOf('2026-12-03');
/** 10:00 in Puning on a day. */
const at = (date: string) => `${date}T02:00:00.000Z`;

function event(action: string, date: string): HistoryEvent {
  return {
    at: at(date),
    by: 'township',
    action,
    from: 'public_notice',
    to: 'in_review',
    rulesVersion: 'rules-test',
    visibleToApplicant: true,
  };
}

describe('first limits after submission, each with its own programme and date', () => {
  it('gives 低保 3 working days to start (57号 第十五条) and 特困 15 to investigate (43号 第十三条), never one’s number with the other’s date', () => {
    // Issue 20 item 5: submitted Thursday 2026-12-03 for 低保 + 特困 + 临时救助（支出型）.
    const limits = firstLimits(['dibao', 'tekun', 'temporary-expense'], at('2026-12-03'), p);
    expect(limits).toEqual([
      {
        procedure: 'dibao',
        programmes: ['dibao', 'temporary-expense'],
        workingDays: 3,
        dueDate: '2026-12-08',
        clause: '民发〔2021〕57号 第十五条',
        calendarNote: null,
      },
      {
        procedure: 'tekun',
        programmes: ['tekun'],
        workingDays: 15,
        dueDate: '2026-12-24',
        clause: '民发〔2021〕43号 第十三条',
        calendarNote: null,
      },
    ]);
    // The queue orders by the earliest of them.
    expect(
      dueDateFor(
        { status: 'submitted', programmes: ['dibao', 'tekun'], submittedAt: at('2026-12-03') },
        '2026-12-03',
        p,
      ),
    ).toBe('2026-12-08');
  });

  it('counts 特困’s 15 working days over 中秋 and National Day 2026, with the make-up Saturday (43号 第十三条)', () => {
    // Thursday 9-24: 9-28, 9-29, 9-30, 10-8, 10-9, Saturday 10-10, 10-12 … 10-16, 10-19 … 10-22.
    const [tekun] = firstLimits(['tekun'], at('2026-09-24'), p);
    expect(tekun?.dueDate).toBe('2026-10-22');
  });

  it('counts 低保’s 3 working days over the 2026 Spring Festival (57号 第十五条)', () => {
    const [dibao] = firstLimits(['dibao'], at('2026-02-12'), p);
    expect(dibao?.dueDate).toBe('2026-02-24');
  });

  it('says a limit running into a year without a published holiday calendar was counted Monday to Friday', () => {
    const [dibao] = firstLimits(['dibao'], at('2026-12-30'), p);
    expect(dibao?.dueDate).toBe('2027-01-04');
    expect(dibao?.calendarNote?.['zh-CN']).toBe('节假日安排尚未公布，按周一至周五计算');
  });
});

describe('特困 after 公示: a new clock, not the investigation’s', () => {
  // Accepted Monday 2026-10-12: its 15-working-day investigation ended 11-02, so the old
  // rule (15 days from acceptance in every state before approval) showed it overdue.
  const tekunOnNotice = exampleRecord({
    programmes: ['tekun'],
    status: 'public_notice',
    submittedAt: at('2026-10-12'),
    procedure: { publicNotice: { startsOn: '2026-11-23', endsOn: '2026-11-30' } },
  });

  it('gives the city its 15 working days from the end of a notice with no objection (43号 第十五条, 第十六条)', () => {
    const ended = applyStaffAction(
      tekunOnNotice,
      'endPublicNotice',
      {},
      township,
      new Date(at('2026-11-30')),
    );
    if (!ended.ok) throw new Error('refused');
    // 11-30 + 15: 12-1 … 12-4, 12-7 … 12-11, 12-14 … 12-18, 12-21.
    expect(ended.record.dueAt).toBe('2026-12-21');
  });

  it('gives a re-investigation after an objection its own 15 working days (43号 第十五条)', () => {
    const objected = applyStaffAction(
      tekunOnNotice,
      'noticeObjection',
      { reason: '邻居反映有收入' },
      township,
      new Date(at('2026-11-27')),
    );
    if (!objected.ok) throw new Error('refused');
    // Friday 11-27 + 15: 11-30 … 12-4, 12-7 … 12-11, 12-14 … 12-18.
    expect(objected.record.dueAt).toBe('2026-12-18');
    // Answering a request later in that round keeps the round's clock.
    expect(
      dueDateFor(
        { ...objected.record, status: 'investigated' },
        '2026-12-10',
        parametersAsOf('2026-12-10'),
      ),
    ).toBe('2026-12-18');
  });

  it('restarts from the city returning the file to the township', () => {
    const returned = {
      ...tekunOnNotice,
      status: 'in_review' as const,
      history: [...tekunOnNotice.history, event('returnToTownship', '2026-12-03')],
    };
    expect(dueDateFor(returned, '2026-12-03', p)).toBe('2026-12-24');
  });

  it('keeps 低保’s 30-working-day whole limit from acceptance after the notice (57号 第二十二条)', () => {
    const dibao = {
      ...tekunOnNotice,
      programmes: ['dibao' as const],
      status: 'notice_ended' as const,
    };
    // Monday 10-12 + 30 working days (six full weeks): Monday 11-23.
    expect(dueDateFor(dibao, '2026-11-30', p)).toBe('2026-11-23');
  });
});

describe('the city’s limit after the township approves', () => {
  it('gives each line its own: 10 working days for 低保, 15 for 特困; the case shows the earliest (57号 第二十条; 43号 第十六条)', () => {
    const both = exampleRecord({ status: 'notice_ended', programmes: ['dibao', 'tekun'] });
    const now = new Date(at('2026-11-30'));
    const dibao = applyStaffAction(
      both,
      'approve',
      { monthlyAmountYuan: 300, opinion: '同意' },
      township,
      now,
      'dibao',
    );
    if (!dibao.ok) throw new Error('refused');
    const tekun = applyStaffAction(
      dibao.record,
      'approve',
      { monthlyAmountYuan: 600, opinion: '同意', careLevel: 'self-care', supportForm: 'dispersed' },
      township,
      now,
      'tekun',
    );
    if (!tekun.ok) throw new Error('refused');
    expect(tekun.record.lines?.map((l) => [l.programme, l.state, l.dueAt])).toEqual([
      ['dibao', 'township_approved', '2026-12-14'],
      ['tekun', 'township_approved', '2026-12-21'],
    ]);
    expect(tekun.record.dueAt).toBe('2026-12-14');
  });
});
