import { dashboardScaleFigures, dashboardScaleRows } from './dashboard-scale.ts';
import { printTable } from './report.ts';

// `npm run bench:dashboard`: the dashboard's scale section of `npm run bench` alone.
console.log('The city dashboard at 1k, 100k and 1M applications (counters; a few minutes)…');
printTable(dashboardScaleRows(await dashboardScaleFigures()));
