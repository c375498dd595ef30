/**
 * The open-figures page's words: one module per language, each typed by this interface;
 * a page's island imports its own language's module only (../entry-*.ts).
 */
export interface FiguresContent {
  filters: string;
  from: string;
  to: string;
  township: string;
  wholeCity: string;
  programme: string;
  allProgrammes: string;
  loading: string;
  failed: string;
  month: (month: string) => string;
  monthColumn: string;
  received: string;
  decided: string;
  decidedInTime: string;
  inTimeShare: string;
  /** A count from 1 to 4, as shown in the table. */
  small: string;
  /** A larger count withheld so that a small one cannot be worked out. */
  withheld: string;
  /** The chart's title and its one-sentence description for screen readers. */
  chartTitle: (scope: string, programme: string) => string;
  chartSummary: (months: number, received: number, decided: number, hidden: number) => string;
  tableCaption: (scope: string, programme: string) => string;
  legendSmall: string;
  legendWithheld: string;
  noMonths: string;
}
