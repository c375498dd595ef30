import type {
  FigureCell,
  PublishedCount,
} from '../../../../functions/domain/staff/open-figures.ts';
import type { FiguresContent } from './content/types.ts';

const height = 200;
const top = 16;
const bottom = 28;
const slot = 44;
const bar = 16;

const countOf = (count: PublishedCount | undefined) => (typeof count === 'number' ? count : 0);
const hidden = (count: PublishedCount | undefined) =>
  count === '<5' || count === 'withheld' ? 1 : 0;

/**
 * Received and decided by month as an SVG bar chart, drawn by hand (a charting library
 * would be most of the page's weight). The picture is one image to assistive technology,
 * with a title and a sentence of description; the table after it carries every number.
 * A withheld figure is a dashed outline at the foot of its place, never a bar of 0.
 */
export function MonthChart(props: {
  rows: readonly { month: string; cell: FigureCell | undefined }[];
  text: FiguresContent;
  title: string;
}) {
  const { rows, text: t, title } = props;
  const max = Math.max(
    5,
    ...rows.flatMap(({ cell }) => [countOf(cell?.received), countOf(cell?.decided)]),
  );
  const width = Math.max(320, rows.length * slot + 40);
  const plot = height - top - bottom;
  const y = (value: number) => top + plot - (value / max) * plot;
  const received = rows.reduce((sum, r) => sum + countOf(r.cell?.received), 0);
  const decided = rows.reduce((sum, r) => sum + countOf(r.cell?.decided), 0);
  const withheld = rows.reduce(
    (sum, r) => sum + hidden(r.cell?.received) + hidden(r.cell?.decided),
    0,
  );
  // Every month labelled when they fit, otherwise every third.
  const labelEvery = rows.length > 12 ? 3 : 1;

  const barOf = (count: PublishedCount | undefined, x: number, kind: 'received' | 'decided') =>
    typeof count === 'number' ? (
      <rect class={`bar-${kind}`} x={x} y={y(count)} width={bar} height={top + plot - y(count)} />
    ) : count ? (
      <rect class={`bar-${kind} bar-hidden`} x={x} y={top + plot - 8} width={bar} height={8} />
    ) : null;

  return (
    <figure class="figures-chart">
      {/* Wider than a phone with many months: scrolled sideways, so it takes focus. */}
      <section
        class="chart-scroll"
        aria-label={title}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so the keyboard can scroll it (WCAG 2.1.1)
        tabIndex={0}
      >
        <svg
          role="img"
          aria-labelledby="figures-chart-title figures-chart-desc"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
        >
          <title id="figures-chart-title">{title}</title>
          <desc id="figures-chart-desc">
            {t.chartSummary(rows.length, received, decided, withheld)}
          </desc>
          <line class="axis" x1={30} x2={width} y1={top + plot} y2={top + plot} />
          <text class="tick" x={26} y={top + 4} text-anchor="end">
            {max}
          </text>
          <text class="tick" x={26} y={top + plot} text-anchor="end">
            0
          </text>
          {rows.map(({ month, cell }, i) => {
            const x = 36 + i * slot;
            return (
              <g key={month}>
                {barOf(cell?.received, x, 'received')}
                {barOf(cell?.decided, x + bar + 2, 'decided')}
                {i % labelEvery === 0 ? (
                  <text class="tick" x={x + bar} y={height - 8} text-anchor="middle">
                    {month.slice(2)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </section>
      <figcaption>
        <span class="key key-received" aria-hidden="true" /> {t.received}
        <span class="key key-decided" aria-hidden="true" /> {t.decided}
        <span class="key key-hidden" aria-hidden="true" /> {t.small} / {t.withheld}
      </figcaption>
    </figure>
  );
}
