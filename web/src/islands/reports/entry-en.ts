// The report and complaint pages in English, with the English words only (decisions §8).
import { reportsText } from './content/en.ts';
import { mountReports } from './mount.tsx';

mountReports('en', reportsText);
