import type { FiguresContent } from './types.ts';

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export const figuresText: FiguresContent = {
  filters: 'Choose what to show',
  from: 'First month',
  to: 'Last month',
  township: 'Township',
  wholeCity: 'Whole city',
  programme: 'Programme',
  allProgrammes: 'All programmes',
  loading: 'Loading the figures…',
  failed: 'The figures cannot be loaded just now. Please try again later.',
  month: (month) => {
    const [year, m] = String(month).split('-');
    return `${monthNames[Number(m) - 1] ?? m} ${year}`;
  },
  monthColumn: 'Month',
  received: 'Applications received',
  decided: 'Decisions made',
  decidedInTime: 'Of which within the statutory limit',
  inTimeShare: 'Share decided within the limit',
  small: 'fewer than 5',
  withheld: 'not shown*',
  chartTitle: (scope, programme) =>
    `${scope}, ${programme}: applications received and decided each month`,
  chartSummary: (months, received, decided, hidden) =>
    `${months} months: ${received} applications received and ${decided} decisions in the figures that can be shown; ${hidden} figures are not shown because they concern few people. The table below has every month.`,
  tableCaption: (scope, programme) => `${scope}, ${programme}: month by month`,
  legendSmall: '“fewer than 5”: 1 to 4 people; the exact number is not published.',
  legendWithheld:
    '“not shown*”: 5 or more, but publishing it would let a number below 5 be worked out from a total, so it is withheld too.',
  noMonths: 'No month in this range has ended yet.',
};
