import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

/**
 * The dashboard's bar chart. Loaded with a dynamic import from the console only, and
 * tree-shaken: just the bar chart, its two scales and the tooltip are registered.
 * Chart.js sizes the canvas through the CSSOM, which the CSP (style-src 'self') allows.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Long state names broken into lines, so the labels fit beside the bars on a phone. */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  if (label.includes(' ')) {
    let line = '';
    for (const word of label.split(' ')) {
      if (line && `${line} ${word}`.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines;
  }
  for (let i = 0; i < label.length; i += width) lines.push(label.slice(i, i + width));
  return lines;
}

export interface BarChart {
  destroy(): void;
}

export function drawBarChart(
  canvas: HTMLCanvasElement,
  labels: readonly string[],
  values: readonly number[],
  datasetLabel: string,
): BarChart {
  const style = getComputedStyle(document.body);
  const size = Math.round(Number.parseFloat(style.fontSize) || 18) - 2;
  const text = style.color || '#1a1a1a';
  const latin = document.documentElement.lang === 'en';
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels.map((label) => wrap(label, latin ? 22 : 10)),
      datasets: [
        {
          label: datasetLabel,
          data: [...values],
          backgroundColor: '#1d4f91',
          borderColor: '#143a6b',
          borderWidth: 1,
          maxBarThickness: 40,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      font: { size, family: style.fontFamily },
      color: text,
      plugins: { tooltip: { enabled: true } },
      scales: {
        x: {
          beginAtZero: true,
          ticks: { precision: 0, color: text, font: { size } },
          grid: { color: '#c9ced6' },
        },
        y: { ticks: { color: text, autoSkip: false, font: { size } }, grid: { display: false } },
      },
    },
  });
}
