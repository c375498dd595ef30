/**
 * Small-cell suppression for a two-way table published with its totals.
 *
 * The table is a grid whose last row holds the column totals and whose last column the
 * row totals (the corner is the grand total). A reader knows every published number and
 * that each row and column adds up, so a withheld cell can be worked out whenever it is
 * alone in its row or column — or, more generally, whenever the withheld cells do not
 * hide it on a cycle. Seen as a graph (a node per row and per column, an edge per
 * withheld cell), a withheld cell is exactly determined by the published ones if and
 * only if its edge is a bridge; on a cycle, adding +δ/−δ around the cycle keeps every
 * sum. So: withhold the small cells (primary), then keep withholding the smallest other
 * cell next to a bridge until no bridge is left (secondary).
 *
 * A zero is published as it is: it names no one, and a cell known to be zero cannot help
 * work out a neighbour. Secondary cells are therefore chosen among non-zero cells.
 */

/** Counts from 1 to 4 are withheld: `< 5` is the threshold. */
export const smallCellThreshold = 5;

export const isSmall = (count: number) => count > 0 && count < smallCellThreshold;

export type Grid<T> = readonly (readonly T[])[];

/**
 * Which cells to withhold. `primary` marks the cells that must not be published;
 * `weight` ranks the candidates for secondary suppression (the smallest goes first,
 * losing the least information); a cell of weight 0 is never a candidate.
 */
export function suppress(primary: Grid<boolean>, weight: Grid<number>): boolean[][] {
  const rows = weight.length;
  const columns = weight[0]?.length ?? 0;
  const withheld = primary.map((row) => [...row]);
  const candidate = (r: number, c: number) => !withheld[r]?.[c] && (weight[r]?.[c] ?? 0) > 0;
  const smallestIn = (cells: readonly (readonly [number, number])[]) =>
    cells
      .filter(([r, c]) => candidate(r, c))
      .sort(([ra, ca], [rb, cb]) => (weight[ra]?.[ca] ?? 0) - (weight[rb]?.[cb] ?? 0))[0];
  const rowCells = (r: number) => Array.from({ length: columns }, (_, c) => [r, c] as const);
  const columnCells = (c: number) => Array.from({ length: rows }, (_, r) => [r, c] as const);

  for (;;) {
    const bridge = firstBridge(withheld, rows, columns);
    if (!bridge) return withheld;
    const [r, c] = bridge;
    const next =
      smallestIn([...rowCells(r), ...columnCells(c)]) ??
      smallestIn(Array.from({ length: rows }, (_, i) => rowCells(i)).flat());
    // Withholding every non-zero cell leaves no bridge (each lies on the cycle through
    // its row total, column total and the grand total), so this is never reached.
    if (!next) throw new Error('Suppression could not close the table');
    (withheld[next[0]] as boolean[])[next[1]] = true;
  }
}

/** A withheld cell whose edge is a bridge (Tarjan's low-link), or none. */
function firstBridge(
  withheld: Grid<boolean>,
  rows: number,
  columns: number,
): readonly [number, number] | undefined {
  // Nodes 0..rows-1 are rows, rows..rows+columns-1 are columns.
  const neighbours: { node: number; cell: readonly [number, number] }[][] = Array.from(
    { length: rows + columns },
    () => [],
  );
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++)
      if (withheld[r]?.[c]) {
        // One object per cell: the walk skips the edge it came by, by identity.
        const cell = [r, c] as const;
        neighbours[r]?.push({ node: rows + c, cell });
        neighbours[rows + c]?.push({ node: r, cell });
      }
  const order = new Array<number>(rows + columns).fill(-1);
  const low = new Array<number>(rows + columns).fill(0);
  let counter = 0;
  let found: readonly [number, number] | undefined;
  const visit = (node: number, via: readonly [number, number] | undefined) => {
    order[node] = low[node] = counter++;
    for (const edge of neighbours[node] ?? []) {
      if (found) return;
      if (edge.cell === via) continue;
      if (order[edge.node] === -1) {
        visit(edge.node, edge.cell);
        low[node] = Math.min(low[node] ?? 0, low[edge.node] ?? 0);
        if ((low[edge.node] ?? 0) > (order[node] ?? 0)) found ??= edge.cell;
      } else {
        low[node] = Math.min(low[node] ?? 0, order[edge.node] ?? 0);
      }
    }
  };
  for (let node = 0; node < rows + columns && !found; node++)
    if (order[node] === -1) visit(node, undefined);
  return found;
}

/** The grid with a totals row and a totals column appended. */
export function withTotals(cells: Grid<number>): number[][] {
  const columns = cells[0]?.length ?? 0;
  const rows = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, c) =>
    rows.reduce((sum, row) => sum + (row[c] ?? 0), 0),
  );
  return [...rows, totals];
}
