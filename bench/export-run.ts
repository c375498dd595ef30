import { exportScaleFigures, exportScaleRows } from './export-scale.ts';
import { printTable } from './report.ts';

// `npx tsx bench/export-run.ts`: the export figures alone (npm run bench prints them too).
console.log('Exporting 100k rows as the worker does (BENCH_EXPORT_ROWS changes it)…');
printTable(exportScaleRows(await exportScaleFigures()));
