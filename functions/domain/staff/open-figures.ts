import { type ProgrammeId, programmeIds } from '../policy/programmes.ts';
import { type Grid, isSmall, suppress, withTotals } from './cell-suppression.ts';
import type { FlowRow } from './dashboard-from-counters.ts';

/**
 * The public figures (政务公开): for each closed month, applications received and
 * decided per township and programme, and how many of the decisions came within the
 * statutory limit — with the small cells withheld so that no person can be singled out.
 *
 * Each month is published as one fixed table (every township × every programme, with
 * the township totals, the city totals per programme and the city total), whatever the
 * reader asks for: filters only choose which parts to show. Totals that depended on the
 * question (a chosen group of townships, a chosen run of months) would let two answers
 * be subtracted to uncover a withheld cell, so none are published. The month still
 * running is not published either: today's figure minus yesterday's is one person.
 */

/** A month's flows in one township for one programme, as the counters keep them. */
export interface FlowCount {
  /** yyyy-mm in Asia/Shanghai. */
  readonly month: string;
  readonly townshipCode: string;
  readonly programme: ProgrammeId;
  readonly received: number;
  readonly decided: number;
  /** Decided within the statutory limit of the stage it was decided in. */
  readonly decidedInTime: number;
}

/** The counters' monthly rows (`<programme>#received`, …) as one count per programme. */
export function flowCountsOf(rows: readonly FlowRow[]): FlowCount[] {
  return rows.flatMap((row) =>
    programmeIds.map((programme) => ({
      month: row.month,
      townshipCode: row.townshipCode,
      programme,
      received: row.figures[`${programme}#received`] ?? 0,
      decided: row.figures[`${programme}#decided`] ?? 0,
      decidedInTime: row.figures[`${programme}#decidedInTime`] ?? 0,
    })),
  );
}

/**
 * A published count; `<5` where the count itself is from 1 to 4; `withheld` where it is
 * larger but would give a small one away (secondary suppression).
 */
export type PublishedCount = number | typeof small | typeof withheld;
export const small = '<5' as const;
export const withheld = 'withheld' as const;

const shown = (count: number, hidden: boolean): PublishedCount =>
  !hidden ? count : isSmall(count) ? small : withheld;

export interface FigureCell {
  readonly received: PublishedCount;
  readonly decided: PublishedCount;
  readonly decidedInTime: PublishedCount;
  /** Per cent of decisions within the limit (one decimal); null when withheld or none. */
  readonly inTimePercent: number | null;
}

export interface TownshipFigures {
  readonly township: string;
  readonly programmes: Readonly<Record<ProgrammeId, FigureCell>>;
  readonly total: FigureCell;
}

export interface MonthFigures {
  readonly month: string;
  readonly townships: readonly TownshipFigures[];
  /** The whole city: per programme and in all. */
  readonly city: {
    readonly programmes: Readonly<Record<ProgrammeId, FigureCell>>;
    readonly total: FigureCell;
  };
}

type Measure = 'received' | 'decided' | 'decidedInTime' | 'decidedLate';

/**
 * The months from `from` to `to` (yyyy-mm, inclusive) that have ended by `currentMonth`,
 * each as its fixed table over `townshipCodes`.
 */
export function openFigures(
  flows: readonly FlowCount[],
  options: {
    readonly from: string;
    readonly to: string;
    readonly currentMonth: string;
    readonly townshipCodes: readonly string[];
  },
): MonthFigures[] {
  const last = options.to < options.currentMonth ? options.to : previousMonth(options.currentMonth);
  return monthsBetween(options.from, last).map((month) =>
    monthFigures(
      month,
      flows.filter((f) => f.month === month),
      options.townshipCodes,
    ),
  );
}

/** One month's table with its suppression applied. */
export function monthFigures(
  month: string,
  flows: readonly FlowCount[],
  townshipCodes: readonly string[],
): MonthFigures {
  const grids = countGrids(flows, townshipCodes);
  // Received stands apart; decided, within and past the limit are tied (within + past =
  // decided), so they share one pattern: a cell is withheld in all three or in none.
  const receivedHidden = suppress(mapGrid(grids.received, isSmall), grids.received);
  const decidedPrimary = mapGrid(
    grids.decided,
    (_, r, c) =>
      isSmall(at(grids.decided, r, c)) ||
      isSmall(at(grids.decidedInTime, r, c)) ||
      isSmall(at(grids.decidedLate, r, c)),
  );
  const decidedHidden = suppress(decidedPrimary, grids.decided);

  const cell = (r: number, c: number): FigureCell => {
    const decided = at(grids.decided, r, c);
    const inTime = at(grids.decidedInTime, r, c);
    const hidden = at(decidedHidden, r, c);
    return {
      received: shown(at(grids.received, r, c), at(receivedHidden, r, c)),
      decided: shown(decided, hidden),
      decidedInTime: shown(inTime, hidden),
      inTimePercent: hidden || decided === 0 ? null : Math.round((inTime / decided) * 1000) / 10,
    };
  };
  const rowOf = (r: number) => ({
    programmes: Object.fromEntries(programmeIds.map((p, c) => [p, cell(r, c)])) as Record<
      ProgrammeId,
      FigureCell
    >,
    total: cell(r, programmeIds.length),
  });
  return {
    month,
    townships: townshipCodes.map((township, r) => ({ township, ...rowOf(r) })),
    city: rowOf(townshipCodes.length),
  };
}

/** Each measure as a township × programme grid with its totals. */
function countGrids(
  flows: readonly FlowCount[],
  townshipCodes: readonly string[],
): Record<Measure, number[][]> {
  const row = new Map(townshipCodes.map((code, i) => [code, i]));
  const column = new Map(programmeIds.map((p, i) => [p, i]));
  const empty = () => townshipCodes.map(() => programmeIds.map(() => 0));
  const cells: Record<Measure, number[][]> = {
    received: empty(),
    decided: empty(),
    decidedInTime: empty(),
    decidedLate: empty(),
  };
  for (const flow of flows) {
    const r = row.get(flow.townshipCode);
    const c = column.get(flow.programme);
    if (r === undefined || c === undefined) continue;
    const add = (measure: Measure, n: number) => {
      const line = cells[measure][r] as number[];
      line[c] = (line[c] ?? 0) + n;
    };
    add('received', flow.received);
    add('decided', flow.decided);
    add('decidedInTime', flow.decidedInTime);
    add('decidedLate', flow.decided - flow.decidedInTime);
  }
  return {
    received: withTotals(cells.received),
    decided: withTotals(cells.decided),
    decidedInTime: withTotals(cells.decidedInTime),
    decidedLate: withTotals(cells.decidedLate),
  };
}

const at = <T>(grid: Grid<T>, r: number, c: number) => grid[r]?.[c] as T;

function mapGrid<T, U>(grid: Grid<T>, f: (value: T, r: number, c: number) => U): U[][] {
  return grid.map((row, r) => row.map((value, c) => f(value, r, c)));
}

/** yyyy-mm before the given one. */
export function previousMonth(month: string): string {
  const [year = 0, m = 1] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** yyyy-mm `count` months before the given one. */
export function monthsEarlier(month: string, count: number): string {
  const [year = 0, m = 1] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** yyyy-mm from `from` to `to` inclusive (empty when `to` is before `from`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = to; month >= from; month = previousMonth(month)) months.unshift(month);
  return months;
}
