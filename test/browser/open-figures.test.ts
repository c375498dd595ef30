import { describe, expect, inject, it } from 'vitest';
import { findTownship } from '../../functions/domain/divisions.ts';
import { openPage } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('open figures page');
const chiwei = '445281005000';

describe('the open figures page (政务公开)', () => {
  for (const elder of [false, true])
    it(`shows the closed months as a chart and a table, filtered by township and programme, axe-clean${elder ? ' in elder mode' : ''}`, async () => {
      const { context, page, problems } = await openPage(suite.browser(), {
        elder,
        viewport: 'phone',
      });
      try {
        await page.goto(`${baseUrl}/figures/`);
        const table = page.getByRole('table');
        await table.waitFor();
        // Twelve closed months by default, one row each.
        expect(await table.locator('tbody tr').count()).toBe(12);
        const chart = page.getByRole('img', { name: /全市全部项目每月受理和作出决定的申请数/ });
        await chart.waitFor();
        await page.getByRole('combobox', { name: '镇（街道、农场）' }).selectOption(chiwei);
        await page.getByRole('combobox', { name: '救助项目' }).selectOption('tekun');
        const name = findTownship(chiwei)?.name ?? '';
        await page.getByText(`${name} · 特困人员救助供养：每月数据`).waitFor();
        await suite.expectAccessible(page, `figures ${elder ? 'elder' : 'normal'} filtered`);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

  it('in English, names the range it shows and explains the suppression', async () => {
    const { context, page } = await openPage(suite.browser(), { viewport: 'desktop' });
    try {
      await page.goto(`${baseUrl}/en/figures/`);
      await page.getByRole('table').waitFor();
      await page.getByRole('combobox', { name: 'First month' }).selectOption({ index: 30 });
      // The 31st of 36 months offered: six months up to the last one that ended.
      const rows = page.getByRole('table').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(6);
      await page.getByRole('heading', { name: 'Why some figures say “fewer than 5”' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
