import { describe, expect, it } from 'vitest';
import { applicationsCsv } from '../../../../functions/domain/staff/csv.ts';
import { summarise } from '../../../../functions/domain/staff/summary.ts';
import { exampleApplication } from '../../../support/application-example.ts';
import { dibaoConfirmedTekunRefused, summaryStoredBeforeLines } from './line-fixtures.ts';

const now = new Date('2026-12-20T02:00:00Z');

function table(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((row) => row.split(','));
}

function column(rows: string[][], name: string): string[] {
  const index = rows[0]?.indexOf(name) ?? -1;
  expect(index).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index] ?? '');
}

describe('the CSV export by line', () => {
  it('has one row per programme, with its state, standing, amount and decision date', () => {
    const record = dibaoConfirmedTekunRefused();
    const rows = table(applicationsCsv([summarise(record)], now));
    expect(rows).toHaveLength(3);
    expect(column(rows, '申请编号')).toEqual([record.reference, record.reference]);
    expect(column(rows, '救助项目')).toEqual(['城乡最低生活保障', '特困人员救助供养']);
    expect(column(rows, '办理状态')).toEqual(['已批准', '市民政局不予确认']);
    expect(column(rows, '是否超过法定时限')).toEqual(['否', '是']);
    expect(column(rows, '月保障金额（元）')).toEqual(['800', '']);
    expect(column(rows, '决定日期')).toEqual(['2026-12-03', '2026-12-31']);
    // A closed line has no limit left to show.
    expect(column(rows, '本阶段办理期限')).toEqual(['', '']);
  });

  it('reads a summary stored before lines as one row per programme', () => {
    const rows = table(applicationsCsv([summaryStoredBeforeLines], now));
    expect(rows).toHaveLength(2);
    expect(column(rows, '本阶段办理期限')).toEqual(['2026-12-01']);
    expect(column(rows, '是否超过法定时限')).toEqual(['是']);
    expect(column(rows, '经办人')).toEqual(['池尾经办']);
  });

  it('masks the ID number and neutralises a name a spreadsheet would run as a formula', () => {
    const application = exampleApplication();
    const record = dibaoConfirmedTekunRefused({
      application: {
        ...application,
        applicant: { ...application.applicant, name: '=HYPERLINK("http://x")' },
      },
    });
    const csv = applicationsCsv([summarise(record)], now);
    expect(csv).not.toContain(application.applicant.idNumber);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
