import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { findTownship } from '../../functions/domain/divisions.ts';
import { checkContent } from '../../web/src/islands/check/content/by-locale.ts';
import { checkProgrammesKey } from '../../web/src/islands/check/storage-keys.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage, screenshot, type ViewportName } from './support/browser.ts';
import { type CheckAnswers, CheckJourney } from './support/check-journey.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('axe on the pre-check');

const townshipLabel = (locale: 'zh-CN' | 'en') => (code: string) => {
  const t = findTownship(code);
  if (!t) throw new Error(code);
  return locale === 'en' ? t.nameEn : t.name;
};

const expectAccessible = suite.expectAccessible;

/** Programme sections in the result, by outcome, read from the page. */
async function outcomes(page: Page, locale: 'zh-CN' | 'en') {
  const text = checkContent[locale].result;
  const read = (cls: string) => page.locator(`.programme-result.${cls} h3`).allInnerTexts();
  return {
    likely: await read('outcome-likely'),
    possible: await read('outcome-possible'),
    unlikelyCount: await page.locator('.programme-result.outcome-unlikely').count(),
    nothingLikely: await page.getByText(text.nothingLikely).count(),
  };
}

const elderlyRuralResident: CheckAnswers = {
  need: 'regular-support',
  township: '445281105000', // 南溪镇
  area: 'rural',
  hukou: 'puning',
  members: [{ age: 72, ableToWork: false }],
  income: { transfer: 1800, residentBasicPension: 900 },
  financialAssets: 2000,
  homes: 1,
  supporter: 'none',
};

const migrantWithPermit: CheckAnswers = {
  need: 'regular-support',
  township: '445281005000', // 池尾街道
  area: 'urban',
  hukou: 'guangdong-other',
  permitEndorsedOn: '2026-03-01',
  members: [
    { age: 38, ableToWork: true },
    { age: 36, ableToWork: true },
    // The child's parents live in the household: they are the child's supporters.
    { age: 9, ableToWork: false, student: true, supporter: 'in-household' },
  ],
  income: { wages: 9000 },
  financialAssets: 5000,
  homes: 0,
  supporter: 'able',
};

const emergencyOutOfProvince: CheckAnswers = {
  need: 'sudden-emergency',
  emergencyTownship: '445281104000', // 洪阳镇
  township: '445281104000',
  area: 'rural',
  hukou: 'outside-guangdong',
  permitEndorsedOn: null,
  members: [{ age: 45, ableToWork: true }],
  income: { wages: 12000 },
  financialAssets: 3000,
  homes: 0,
  supporter: 'able',
};

describe('the pre-check in the browser', () => {
  const journeys: {
    name: string;
    answers: CheckAnswers;
    locale: 'zh-CN' | 'en';
    elder: boolean;
    viewport: ViewportName;
  }[] = [
    {
      name: 'elderly rural resident',
      answers: elderlyRuralResident,
      locale: 'zh-CN',
      elder: true,
      viewport: 'phone',
    },
    {
      name: 'migrant with a residence permit',
      answers: migrantWithPermit,
      locale: 'en',
      elder: false,
      viewport: 'desktop',
    },
    {
      name: 'emergency',
      answers: emergencyOutOfProvince,
      locale: 'zh-CN',
      elder: false,
      viewport: 'phone',
    },
  ];

  for (const j of journeys) {
    it(`${j.name} (${j.locale}, ${j.elder ? 'elder mode' : 'normal'}, ${j.viewport}): completes without sending any answer and with no axe violation`, async () => {
      const { context, page, problems } = await openPage(suite.browser(), {
        elder: j.elder,
        viewport: j.viewport,
      });
      try {
        await page.goto(`${baseUrl}${j.locale === 'en' ? '/en' : ''}/check/`);
        await page.waitForLoadState('networkidle');
        // After loading, the page may fetch its own code (the rules and the result screen
        // download while the person answers), but nothing that could carry an answer.
        const requests: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          const staticCode =
            request.method() === 'GET' &&
            url.origin === new URL(baseUrl).origin &&
            /^\/_astro\/[\w.-]+\.js$/.test(url.pathname) &&
            url.search === '' &&
            request.postData() === null;
          if (!staticCode) requests.push(`${request.method()} ${request.url()}`);
        });
        const slug = j.name.replaceAll(' ', '-');
        const journey = new CheckJourney(page, j.locale, (screen) =>
          expectAccessible(page, `${j.name} · ${screen}`),
        );
        await journey.answer(j.answers, townshipLabel(j.locale));
        await expectAccessible(page, `${j.name} · result`);
        await screenshot(page, `check-${slug}-result-${j.viewport}`);
        expect(requests, 'the check must not send anything').toEqual([]);
        expect(problems).toEqual([]);
        const result = await outcomes(page, j.locale);
        recordEvidence(`pre-check scenario: ${j.name}`, {
          likely: result.likely.join(' / ') || '-',
          possible: result.possible.join(' / ') || '-',
          unlikely: result.unlikelyCount,
        });
        if (j.answers === elderlyRuralResident) {
          expect(result.likely).toEqual(
            expect.arrayContaining(['城乡最低生活保障', '特困人员救助供养']),
          );
          // Not paid together (民发〔2021〕43号 第二十七条): said so, and one pre-selected.
          await expect(page.getByText('不能同时领取').count()).resolves.toBe(1);
          const preselected = await page.evaluate(
            (key) => sessionStorage.getItem(key),
            checkProgrammesKey,
          );
          const ids = JSON.parse(preselected ?? '[]') as string[];
          expect(ids).toContain('tekun');
          expect(ids).not.toContain('dibao');
        }
        if (j.answers === emergencyOutOfProvince) {
          expect(result.likely).toContain('临时救助（急难型）');
          await expect(
            page.locator('.outcome-likely').filter({ hasText: '急难' }).textContent(),
          ).resolves.toContain('洪阳镇');
        }
        if (j.answers === migrantWithPermit) {
          expect([...result.likely, ...result.possible].length).toBeGreaterThan(0);
        }
      } finally {
        await context.close();
      }
    });
  }

  it('shows field errors in a summary that links to each field, and keeps answers on going back', async () => {
    const { context, page } = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      const text = checkContent['zh-CN'];
      await page.goto(`${baseUrl}/check/`);
      await page.getByRole('button', { name: text.next, exact: true }).click();
      const summary = page.locator('.error-summary');
      await expect(summary.textContent()).resolves.toContain('请选择您需要哪种帮助');
      await expectAccessible(page, 'error summary');
      await summary.getByRole('link').first().click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-situation-need');

      await page.getByRole('radio', { name: '长期生活困难' }).check();
      await page.getByRole('button', { name: text.next, exact: true }).click();
      await page.getByLabel(text.steps.residence.township.label).selectOption({ label: '南溪镇' });
      await page.getByRole('button', { name: text.back }).click();
      expect(await page.getByRole('radio', { name: '长期生活困难' }).isChecked()).toBe(true);
      await page.goBack();
      await page.goForward();
      await page.getByRole('button', { name: text.next, exact: true }).click();
      await expect(page.getByLabel(text.steps.residence.township.label).inputValue()).resolves.toBe(
        '445281105000',
      );
    } finally {
      await context.close();
    }
  });
});
