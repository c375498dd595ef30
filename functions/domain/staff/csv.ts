import { exitReasonNames } from '../application/reviews.ts';
import { stateNames } from '../application/state-names.ts';
import { closedStates } from '../application/states.ts';
import { todayInShanghai } from '../dates.ts';
import { findTownship, townshipOfVillage } from '../divisions.ts';
import { programmes } from '../policy/programmes.ts';
import { limitStanding } from './dashboard.ts';
import { type ApplicationSummary, summaryLines } from './summary.ts';

/**
 * The township's applications as CSV for a spreadsheet, one row per programme line.
 * A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) is prefixed with an apostrophe (OWASP CSV injection); ID numbers are
 * masked already.
 * A byte-order mark makes Excel read the UTF-8 Chinese correctly.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const header = [
  '申请编号',
  '镇（街道、农场）',
  '村（社区）',
  '救助项目',
  '办理状态',
  '紧急',
  '提交日期',
  '本阶段办理期限',
  '是否超过法定时限',
  '月保障金额（元）',
  '已发放金额（元）',
  '决定日期',
  '申请人',
  '身份证号（部分隐藏）',
  '经办人',
  '下次复核日期',
  '退出原因',
  '退出日期',
];

const date = (iso: string) => todayInShanghai(new Date(iso));
const amount = (yuan: number | undefined) => (yuan === undefined ? '' : String(yuan));
const standingWords = { within: '否', past: '是' } as const;

/** The first line of the file: the byte-order mark and the column names. */
export const csvHeaderLine = `\uFEFF${header.map(csvCell).join(',')}\r\n`;

/**
 * One application's rows, one per programme line (an application for 低保 and 特困 is
 * two rows), each ending in CRLF. The export job writes these as it reads, so a file of
 * any size never sits whole in memory.
 */
export function applicationCsvRows(s: ApplicationSummary, today: string): string[] {
  const township = findTownship(s.townshipCode);
  const village = townshipOfVillage(s.villageCode)?.villages.find((v) => v.code === s.villageCode);
  return summaryLines(s).map((line) => {
    const standing = limitStanding(line, today);
    const cells = [
      s.reference,
      township?.name ?? s.townshipCode,
      village?.name ?? s.villageCode,
      programmes[line.programme].name['zh-CN'],
      stateNames[line.state]['zh-CN'],
      s.priority === 'emergency' ? '是' : '否',
      date(s.submittedAt),
      // A closed line's own date is the day it closed, not a limit.
      closedStates.includes(line.state) ? '' : line.dueAt,
      standing ? standingWords[standing] : '',
      amount(line.monthlyAmountYuan),
      amount(line.paidYuan),
      line.decidedAt ? date(line.decidedAt) : '',
      s.applicantName,
      s.idNumberMasked,
      s.assignee ?? '',
      line.nextReviewDue ?? '',
      line.exitReason ? exitReasonNames[line.exitReason]['zh-CN'] : '',
      line.exitedOn ?? '',
    ];
    return `${cells.map(csvCell).join(',')}\r\n`;
  });
}

/** A whole file at once (small sets and tests); the export job streams the same rows. */
export function applicationsCsv(summaries: readonly ApplicationSummary[], now: Date): string {
  const today = todayInShanghai(now);
  return csvHeaderLine + summaries.flatMap((s) => applicationCsvRows(s, today)).join('');
}
