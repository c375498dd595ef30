import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { findTownship } from '../../functions/domain/divisions.ts';
import { ui } from '../../web/src/i18n/ui.ts';
import { checkContent } from '../../web/src/islands/check/content/by-locale.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage } from './support/browser.ts';
import { type CheckAnswers, CheckJourney } from './support/check-journey.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('axe in elder mode (answer first, read aloud)');

type Locale = 'zh-CN' | 'en';
const locales: Locale[] = ['zh-CN', 'en'];
const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');
/** The phone the issue was walked through on. */
const phone = { width: 360, height: 740 };
const artifacts = resolve(import.meta.dirname, '../../test-artifacts');
const readWords = {
  'zh-CN': { read: '朗读', stop: '停止朗读' },
  en: { read: 'Read aloud', stop: 'Stop reading' },
};

/** The 68-year-old rural resident, applying for herself and her disabled husband. */
const elderCouple: CheckAnswers = {
  need: 'regular-support',
  township: '445281105000', // 南溪镇
  area: 'rural',
  hukou: 'puning',
  members: [
    { age: 68, ableToWork: false },
    {
      age: 71,
      ableToWork: false,
      disability: { grade: 2, type: 'physical' },
      supporter: 'in-household',
    },
  ],
  income: { transfer: 1200, residentBasicPension: 1400 },
  financialAssets: 3000,
  homes: 1,
  supporter: 'none',
};

const townshipLabel = (locale: Locale) => (code: string) => {
  const t = findTownship(code);
  if (!t) throw new Error(code);
  return locale === 'en' ? t.nameEn : t.name;
};

/**
 * A recording stand-in for the browser's speech synthesis (headless Chromium has no
 * voices): what was spoken, in which language, and each stop, in `window.spoken`.
 */
function recordSpeech(page: Page) {
  return page.addInitScript(() => {
    const spoken: { text?: string; lang?: string; cancel?: true }[] = [];
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null,
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => spoken.push({ cancel: true }),
      pause: () => {},
      resume: () => {},
      getVoices: () => [],
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => true,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'spoken', { value: spoken });
  });
}

function spoken(page: Page) {
  return page.evaluate(
    () =>
      (window as unknown as { spoken: { text?: string; lang?: string; cancel?: true }[] }).spoken,
  );
}

async function elderPhone(locale: Locale, options: { speech?: 'recorded' | 'missing' } = {}) {
  const opened = await openPage(suite.browser(), { elder: true, viewport: 'phone' });
  await opened.page.setViewportSize(phone);
  if (options.speech === 'recorded') await recordSpeech(opened.page);
  if (options.speech === 'missing') {
    await opened.page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
  }
  await opened.page.goto(`${baseUrl}${prefix(locale)}/check/`);
  return opened;
}

/** Where an element ends, from the top of the document (not of the scrolled view). */
function bottomOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
}

describe('elder mode on a 360 × 740 phone', () => {
  for (const locale of locales) {
    const result = checkContent[locale].result;

    it(`${locale}: the result opens with the outcomes and the apply button on the first screen, with no axe violation`, async () => {
      const { context, page, problems } = await elderPhone(locale, { speech: 'recorded' });
      try {
        await new CheckJourney(page, locale).answer(elderCouple, townshipLabel(locale));
        const firstLine = page.locator('.answer-line').first();
        await expect(firstLine.textContent()).resolves.toMatch(
          new RegExp(`${result.likely}|${result.possible}`),
        );
        const apply = page.getByRole('link', { name: result.apply, exact: true });
        await expect(apply.count()).resolves.toBe(1);
        const firstOutcomeEnds = await bottomOf(page, '.answer-line');
        const applyEnds = await apply.evaluate(
          (el) => el.getBoundingClientRect().bottom + window.scrollY,
        );
        expect(firstOutcomeEnds).toBeLessThanOrEqual(phone.height);
        expect(applyEnds).toBeLessThanOrEqual(phone.height);
        // The reasons are there, folded below the answer.
        await expect(page.locator('.programme-result details').count()).resolves.toBeGreaterThan(0);
        await expect(page.locator('.programme-result details[open]').count()).resolves.toBe(0);

        await suite.expectAccessible(page, `${locale} check result, elder mode, 360 px`);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          'no sideways scrolling',
        ).toBeLessThanOrEqual(phone.width);
        await page.evaluate(() => window.scrollTo(0, 0));
        mkdirSync(artifacts, { recursive: true });
        await page.screenshot({
          path: resolve(
            artifacts,
            locale === 'zh-CN' ? 'check-result-elder-360.png' : 'check-result-elder-360-en.png',
          ),
        });

        // 朗读 on the result reads its lines, in the page's language.
        await page.getByRole('button', { name: readWords[locale].read, exact: true }).click();
        const utterance = (await spoken(page)).at(-1);
        expect(utterance?.lang).toBe(locale === 'en' ? 'en' : 'zh-CN');
        expect(utterance?.text?.startsWith(result.title)).toBe(true);
        const firstLineName = await page.locator('.answer-line .answer-name').first().textContent();
        expect(utterance?.text).toContain(`${firstLineName}${result.separator}`);

        recordEvidence(`elder mode result ${locale}`, {
          firstOutcomeEndsAtPx: Math.round(firstOutcomeEnds),
          applyButtonEndsAtPx: Math.round(applyEnds),
          screenHeightPx: phone.height,
        });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`${locale}: the header takes at most 20 % of the screen (360 and 320 px wide), its menu opens the navigation`, async () => {
      const { context, page } = await elderPhone(locale);
      try {
        await page.waitForLoadState('networkidle');
        const headerHeight = () =>
          page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
        const header = await headerHeight();
        expect(header / phone.height).toBeLessThanOrEqual(0.2);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          phone.width,
        );
        await page.setViewportSize({ width: 320, height: phone.height });
        expect((await headerHeight()) / phone.height).toBeLessThanOrEqual(0.2);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          320,
        );
        await page.setViewportSize(phone);
        const t = ui[locale];
        const menu = page.getByRole('button', { name: t.menu, exact: true });
        const checkLink = page.locator('.site-nav').getByRole('link', { name: t.navCheck });
        await expect(checkLink.isVisible()).resolves.toBe(false);
        await menu.click();
        await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
        await expect(checkLink.isVisible()).resolves.toBe(true);
        await suite.expectAccessible(page, `${locale} check page, elder mode, menu open`);
        recordEvidence(`elder mode header ${locale}`, {
          headerPx: Math.round(header),
          shareOfScreen: `${Math.round((header / phone.height) * 100)} %`,
        });
      } finally {
        await context.close();
      }
    });

    it(`${locale}: the toggle says on or off in words, and aria-pressed agrees`, async () => {
      const { context, page } = await openPage(suite.browser(), { viewport: 'phone' });
      try {
        const t = ui[locale];
        await page.goto(`${baseUrl}${prefix(locale)}/`);
        const toggle = page.locator('[data-elder-toggle]');
        const label = toggle.locator('[data-elder-state]');
        await expect(label.textContent()).resolves.toBe(t.elderModeOff);
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
        await page.getByRole('button', { name: new RegExp(t.elderMode) }).click();
        await expect(label.textContent()).resolves.toBe(t.elderModeOn);
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
        await page.reload();
        await expect(label.textContent()).resolves.toBe(t.elderModeOn);
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
        await toggle.click();
        await expect(label.textContent()).resolves.toBe(t.elderModeOff);
        await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
      } finally {
        await context.close();
      }
    });

    it(`${locale}: 朗读 reads the current question in ${locale === 'en' ? 'English' : 'Mandarin'} and stops when pressed again`, async () => {
      const { context, page } = await elderPhone(locale, { speech: 'recorded' });
      try {
        const steps = checkContent[locale].steps;
        const words = readWords[locale];
        const read = page.getByRole('button', { name: words.read, exact: true });
        await read.click();
        await expect(spoken(page)).resolves.toContainEqual({
          text: steps.situation.title,
          lang: locale === 'en' ? 'en' : 'zh-CN',
        });
        const stop = page.getByRole('button', { name: words.stop, exact: true });
        await stop.click();
        await expect(read.isVisible()).resolves.toBe(true);
        expect((await spoken(page)).at(-1)).toEqual({ cancel: true });

        // The next question is read, not the last one.
        const situation = steps.situation.need;
        await page
          .getByRole('radio', { name: situation.options[0]?.label ?? '', exact: true })
          .check();
        await page.getByRole('button', { name: checkContent[locale].next, exact: true }).click();
        await page.getByRole('heading', { name: steps.residence.title }).waitFor();
        await read.click();
        expect((await spoken(page)).at(-1)).toEqual({
          text: steps.residence.title,
          lang: locale === 'en' ? 'en' : 'zh-CN',
        });

        // The application's steps have it too, reading the screen's heading.
        await page.goto(`${baseUrl}${prefix(locale)}/apply/`);
        const heading = (await page.locator('main h2').first().textContent())?.trim();
        await read.click();
        expect((await spoken(page)).at(-1)).toEqual({
          text: heading,
          lang: locale === 'en' ? 'en' : 'zh-CN',
        });
      } finally {
        await context.close();
      }
    });
  }

  it('offers no 朗读 where the browser cannot speak, nor outside elder mode', async () => {
    const missing = await elderPhone('zh-CN', { speech: 'missing' });
    try {
      await missing.page
        .getByRole('heading', { name: checkContent['zh-CN'].steps.situation.title })
        .waitFor();
      await expect(missing.page.getByRole('button', { name: '朗读' }).count()).resolves.toBe(0);
    } finally {
      await missing.context.close();
    }
    const normal = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      await normal.page.goto(`${baseUrl}/check/`);
      await normal.page
        .getByRole('heading', { name: checkContent['zh-CN'].steps.situation.title })
        .waitFor();
      await expect(normal.page.getByRole('button', { name: '朗读' }).count()).resolves.toBe(0);
    } finally {
      await normal.context.close();
    }
  });
});
