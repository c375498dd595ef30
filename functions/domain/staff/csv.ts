import { stateNames } from '../application/state-names.ts';
import { closedStates } from '../application/states.ts';
import { todayInShanghai } from '../dates.ts';
import { findTownship, townshipOfVillage } from '../divisions.ts';
import { programmes } from '../policy/programmes.ts';
import { type ApplicationSummary, isOverdue } from './summary.ts';

/**
 * The township's applications as CSV for a spreadsheet. A cell that a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with an apostrophe (OWASP CSV injection); ID numbers are masked already.
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
  '状态',
  '救助项目',
  '紧急',
  '提交日期',
  '本阶段办理期限',
  '是否超期',
  '申请人',
  '身份证号（部分隐藏）',
  '经办人',
];

export function applicationsCsv(summaries: readonly ApplicationSummary[], now: Date): string {
  const rows = summaries.map((s) => {
    const township = findTownship(s.townshipCode);
    const village = townshipOfVillage(s.villageCode)?.villages.find(
      (v) => v.code === s.villageCode,
    );
    return [
      s.reference,
      township?.name ?? s.townshipCode,
      village?.name ?? s.villageCode,
      stateNames[s.status]['zh-CN'],
      s.programmes.map((p) => programmes[p].name['zh-CN']).join('、'),
      s.priority === 'emergency' ? '是' : '否',
      todayInShanghai(new Date(s.submittedAt)),
      s.dueAt,
      isOverdue(s, now, closedStates) ? '是' : '否',
      s.applicantName,
      s.idNumberMasked,
      s.assignee ?? '',
    ];
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
