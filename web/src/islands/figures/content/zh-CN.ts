import type { FiguresContent } from './types.ts';

export const figuresText: FiguresContent = {
  filters: '选择范围',
  from: '起始月份',
  to: '截止月份',
  township: '镇（街道、农场）',
  wholeCity: '全市',
  programme: '救助项目',
  allProgrammes: '全部项目',
  loading: '正在读取数据……',
  failed: '暂时无法读取数据，请稍后再试。',
  month: (month) => {
    const [year, m] = String(month).split('-');
    return `${year}年${Number(m)}月`;
  },
  monthColumn: '月份',
  received: '受理申请（件）',
  decided: '作出决定（件）',
  decidedInTime: '其中在法定时限内（件）',
  inTimeShare: '法定时限内办结比例',
  small: '少于5',
  withheld: '不公布*',
  chartTitle: (scope, programme) => `${scope}${programme}每月受理和作出决定的申请数`,
  chartSummary: (months, received, decided, hidden) =>
    `共 ${months} 个月：可公布的受理数合计 ${received} 件，作出决定数合计 ${decided} 件；${hidden} 个数值因人数少未公布，详见下表。`,
  tableCaption: (scope, programme) => `${scope} · ${programme}：每月数据`,
  legendSmall: '“少于5”：该项人数为 1 至 4 人，不公布具体数字。',
  legendWithheld:
    '“不公布*”：该项人数不少于 5，但公布后可由合计推算出少于 5 的数字，因此一并不公布。',
  noMonths: '所选范围内没有已结束的月份。',
};
