// The report and complaint pages in Chinese, with the Chinese words only (decisions §8).
import { reportsText } from './content/zh-CN.ts';
import { mountReports } from './mount.tsx';

mountReports('zh-CN', reportsText);
