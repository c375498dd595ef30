import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ProgrammeId, programmeIds } from '../../../../functions/domain/policy/programmes.ts';
import {
  isSmall,
  suppress,
  withTotals,
} from '../../../../functions/domain/staff/cell-suppression.ts';
import {
  type FigureCell,
  type FlowCount,
  type MonthFigures,
  monthFigures,
  monthsBetween,
  openFigures,
  type PublishedCount,
  withheld,
} from '../../../../functions/domain/staff/open-figures.ts';

const liushaEast = '445281001000';
const liushaWest = '445281002000';
const chiwei = '445281005000';

const flow = (over: Partial<FlowCount>): FlowCount => ({
  month: '2026-10',
  townshipCode: liushaEast,
  programme: 'dibao',
  received: 0,
  decided: 0,
  decidedInTime: 0,
  ...over,
});

/**
 * The reader's side: every published number, every row and column adding up, and (for
 * decisions) within + past the limit = decided. A withheld cell is worked out exactly
 * when the unit vector of its unknown lies in the row space of the equations — which,
 * in reduced row echelon form, means a pivot row with nothing else in it.
 */
function determinedUnknowns(equations: number[][]): Set<number> {
  const rows = equations.map((row) => [...row]);
  const width = rows[0]?.length ?? 0;
  const pivots: { row: number; column: number }[] = [];
  let r = 0;
  for (let column = 0; column < width && r < rows.length; column++) {
    const pivot = rows.findIndex((row, i) => i >= r && Math.abs(row[column] ?? 0) > 1e-9);
    if (pivot === -1) continue;
    [rows[r], rows[pivot]] = [rows[pivot] as number[], rows[r] as number[]];
    const lead = rows[r] as number[];
    const scale = lead[column] as number;
    for (let k = 0; k < width; k++) lead[k] = (lead[k] ?? 0) / scale;
    rows.forEach((row, i) => {
      if (i === r) return;
      const factor = row[column] ?? 0;
      if (Math.abs(factor) > 1e-12)
        for (let k = 0; k < width; k++) row[k] = (row[k] ?? 0) - factor * (lead[k] ?? 0);
    });
    pivots.push({ row: r, column });
    r++;
  }
  const determined = new Set<number>();
  for (const { row, column } of pivots) {
    const others = (rows[row] as number[]).some((v, k) => k !== column && Math.abs(v) > 1e-9);
    if (!others) determined.add(column);
  }
  return determined;
}

type Table = { value: (r: number, c: number) => number | null };

/** The sums a table with totals keeps, over its unknown cells only (knowns drop out). */
function tableEquations(
  table: Table,
  rows: number,
  columns: number,
  unknownIndex: (r: number, c: number) => number | undefined,
  width: number,
): number[][] {
  const equations: number[][] = [];
  const add = (cells: [number, number, number][]) => {
    const equation = new Array<number>(width).fill(0);
    let touches = false;
    for (const [r, c, sign] of cells) {
      const i = unknownIndex(r, c);
      if (i !== undefined && table.value(r, c) === null) {
        equation[i] = (equation[i] ?? 0) + sign;
        touches = true;
      }
    }
    if (touches) equations.push(equation);
  };
  for (let r = 0; r < rows; r++)
    add([
      ...Array.from({ length: columns - 1 }, (_, c) => [r, c, 1] as [number, number, number]),
      [r, columns - 1, -1],
    ]);
  for (let c = 0; c < columns; c++)
    add([
      ...Array.from({ length: rows - 1 }, (_, r) => [r, c, 1] as [number, number, number]),
      [rows - 1, c, -1],
    ]);
  return equations;
}

const gridOf = (figures: MonthFigures) => [
  ...figures.townships.map((t) => [...programmeIds.map((p) => t.programmes[p]), t.total]),
  [...programmeIds.map((p) => figures.city.programmes[p]), figures.city.total],
];

const numberOf = (count: PublishedCount) => (typeof count === 'number' ? count : null);

/** Withheld cells a reader can work out exactly: none may be small. */
function recoverable(figures: MonthFigures) {
  const grid = gridOf(figures);
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const index = (r: number, c: number) => r * columns + c;
  const cellAt = (r: number, c: number) => grid[r]?.[c] as FigureCell;
  const size = rows * columns;

  const received: Table = {
    value: (r, c) => numberOf(cellAt(r, c).received),
  };
  const receivedFound = determinedUnknowns(tableEquations(received, rows, columns, index, size));

  // Decisions: three tables side by side (decided, within, past), tied cell by cell.
  const decided: Table = { value: (r, c) => numberOf(cellAt(r, c).decided) };
  const inTime: Table = { value: (r, c) => numberOf(cellAt(r, c).decidedInTime) };
  const late: Table = {
    value: (r, c) => {
      const d = decided.value(r, c);
      const i = inTime.value(r, c);
      return d === null || i === null ? null : d - i;
    },
  };
  const width = 3 * size;
  const equations = [
    ...tableEquations(decided, rows, columns, index, width),
    ...tableEquations(inTime, rows, columns, (r, c) => size + index(r, c), width),
    ...tableEquations(late, rows, columns, (r, c) => 2 * size + index(r, c), width),
  ];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++)
      if (decided.value(r, c) === null) {
        const tie = new Array<number>(width).fill(0);
        tie[index(r, c)] = 1;
        tie[size + index(r, c)] = -1;
        tie[2 * size + index(r, c)] = -1;
        equations.push(tie);
      }
  const decisionsFound = determinedUnknowns(equations);
  return {
    received: [...receivedFound].filter(
      (i) => received.value(Math.floor(i / columns), i % columns) === null,
    ),
    decisions: [...decisionsFound].filter(
      (i) => decided.value(Math.floor((i % size) / columns), i % columns) === null,
    ),
  };
}

const smallOrNot = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 2, arbitrary: fc.integer({ min: 5, max: 40 }) },
);

const townshipPool = [liushaEast, liushaWest, chiwei, '445281003000', '445281004000'];

const monthOfFlows = fc
  .tuple(
    fc.integer({ min: 1, max: townshipPool.length }),
    fc.array(
      fc.record({
        township: fc.integer({ min: 0, max: townshipPool.length - 1 }),
        programme: fc.constantFrom(...programmeIds),
        received: smallOrNot,
        decided: smallOrNot,
        inTimeShare: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 25 },
    ),
  )
  .map(([townshipCount, rows]) => {
    const codes = townshipPool.slice(0, townshipCount);
    const flows = rows
      .filter((row) => row.township < townshipCount)
      .map((row) =>
        flow({
          townshipCode: codes[row.township] as string,
          programme: row.programme,
          received: row.received,
          decided: row.decided,
          decidedInTime: Math.round(row.decided * row.inTimeShare),
        }),
      );
    return { codes, flows };
  });

/** The true totals of a month, to compare what is published with. */
function truth(flows: readonly FlowCount[], codes: readonly string[]) {
  const sum = (pick: (f: FlowCount) => number, township?: string, programme?: ProgrammeId) =>
    flows
      .filter(
        (f) =>
          (!township || f.townshipCode === township) && (!programme || f.programme === programme),
      )
      .reduce((total, f) => total + pick(f), 0);
  return { sum, codes };
}

describe('open figures: small cells', () => {
  it('shows a count from 1 to 4 as "<5", never as a number or as 0', () => {
    const figures = monthFigures(
      '2026-10',
      [
        flow({ received: 3, decided: 12, decidedInTime: 10 }),
        flow({ townshipCode: liushaWest, received: 20, decided: 2, decidedInTime: 2 }),
      ],
      [liushaEast, liushaWest],
    );
    const [east, west] = figures.townships;
    expect(east?.programmes.dibao.received).toBe('<5');
    expect(west?.programmes.dibao.decided).toBe('<5');
    expect(west?.programmes.dibao.inTimePercent).toBeNull();
  });

  it('publishes zero as zero: it names no one', () => {
    const figures = monthFigures('2026-10', [flow({ received: 9 })], [liushaEast, liushaWest]);
    expect(figures.townships[1]?.programmes.dibao.received).toBe(0);
    expect(figures.townships[0]?.programmes.tekun.received).toBe(0);
  });

  it('withholds a second cell when a total would give the small one away', () => {
    // Liusha East: 3 dibao + 9 tekun = 12; with 12 and 9 published, 3 follows.
    const figures = monthFigures(
      '2026-10',
      [
        flow({ received: 3 }),
        flow({ programme: 'tekun', received: 9 }),
        flow({ townshipCode: liushaWest, received: 7 }),
        flow({ townshipCode: liushaWest, programme: 'tekun', received: 8 }),
      ],
      [liushaEast, liushaWest],
    );
    const east = figures.townships[0];
    expect(east?.programmes.dibao.received).toBe('<5');
    const guards = [east?.programmes.tekun.received, east?.total.received];
    expect(guards).toContain(withheld);
    expect(recoverable(figures).received).toEqual([]);
  });

  it('gives the share within the limit where the decisions are published, to one decimal', () => {
    const figures = monthFigures(
      '2026-10',
      [
        flow({ decided: 30, decidedInTime: 24 }),
        flow({ townshipCode: liushaWest, decided: 20, decidedInTime: 15 }),
      ],
      [liushaEast, liushaWest],
    );
    expect(figures.townships[0]?.programmes.dibao).toMatchObject({
      decided: 30,
      decidedInTime: 24,
      inTimePercent: 80,
    });
    expect(figures.city.total.inTimePercent).toBe(78);
  });

  it('withholds the share when the decisions past the limit are a small number', () => {
    // 28 of 30 in time: publishing 93.3% would say two people waited too long.
    const figures = monthFigures(
      '2026-10',
      [
        flow({ decided: 30, decidedInTime: 28 }),
        flow({ townshipCode: liushaWest, decided: 20, decidedInTime: 10 }),
      ],
      [liushaEast, liushaWest],
    );
    expect(figures.townships[0]?.programmes.dibao).toMatchObject({
      decided: withheld,
      decidedInTime: withheld,
      inTimePercent: null,
    });
  });

  it('property: every published number is true, every small cell is withheld, and no withheld cell can be worked out', () => {
    fc.assert(
      fc.property(monthOfFlows, ({ codes, flows }) => {
        const figures = monthFigures('2026-10', flows, codes);
        const { sum } = truth(flows, codes);
        const check = (cell: FigureCell, township?: string, programme?: ProgrammeId) => {
          const received = sum((f) => f.received, township, programme);
          const decided = sum((f) => f.decided, township, programme);
          const inTime = sum((f) => f.decidedInTime, township, programme);
          if (isSmall(received)) expect(cell.received).toBe('<5');
          else if (cell.received === withheld) expect(received).toBeGreaterThanOrEqual(5);
          else expect(cell.received).toBe(received);
          if (isSmall(decided)) expect(cell.decided).toBe('<5');
          if (isSmall(inTime) || isSmall(decided - inTime))
            expect(typeof cell.decided).toBe('string');
          if (typeof cell.decided === 'number') {
            expect(cell.decided).toBe(decided);
            expect(cell.decidedInTime).toBe(inTime);
          }
        };
        for (const row of figures.townships) {
          for (const p of programmeIds) check(row.programmes[p], row.township, p);
          check(row.total, row.township);
        }
        for (const p of programmeIds) check(figures.city.programmes[p], undefined, p);
        check(figures.city.total);
        expect(recoverable(figures)).toEqual({ received: [], decisions: [] });
      }),
      { numRuns: 150 },
    );
  });
});

describe('cell suppression', () => {
  it('leaves a table without small cells untouched', () => {
    const grid = withTotals([
      [6, 7],
      [8, 9],
    ]);
    const hidden = suppress(
      grid.map((row) => row.map(isSmall)),
      grid,
    );
    expect(hidden.flat().some(Boolean)).toBe(false);
  });

  it('withholds a whole small table rather than leave one cell to be worked out', () => {
    const grid = withTotals([[3]]);
    const hidden = suppress(
      grid.map((row) => row.map(isSmall)),
      grid,
    );
    expect(hidden).toEqual([
      [true, true],
      [true, true],
    ]);
  });
});

describe('open figures: months', () => {
  const codes = [liushaEast];

  it('publishes only months that have ended, each as its own table', () => {
    const flows = [
      flow({ month: '2026-11', received: 9 }),
      flow({ month: '2026-12', received: 9 }),
    ];
    const months = openFigures(flows, {
      from: '2026-10',
      to: '2026-12',
      currentMonth: '2026-12',
      townshipCodes: codes,
    });
    expect(months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    expect(months[1]?.townships[0]?.programmes.dibao.received).toBe(9);
  });

  it('gives the same table for a month whatever range it is asked within', () => {
    const flows = [
      flow({ month: '2026-10', received: 3 }),
      flow({ month: '2026-11', received: 9 }),
      flow({ month: '2026-10', townshipCode: liushaWest, received: 12 }),
    ];
    const options = { currentMonth: '2026-12', townshipCodes: [liushaEast, liushaWest] };
    const narrow = openFigures(flows, { ...options, from: '2026-10', to: '2026-10' });
    const wide = openFigures(flows, { ...options, from: '2026-01', to: '2026-11' });
    expect(wide.find((m) => m.month === '2026-10')).toEqual(narrow[0]);
  });

  it('counts months across a new year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});
