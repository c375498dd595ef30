import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { consentTexts } from '../../functions/domain/application/consent-texts.ts';
import { todayInShanghai } from '../../functions/domain/dates.ts';
import { findTownship } from '../../functions/domain/divisions.ts';
import { applyContent } from '../../web/src/islands/apply/content/by-locale.ts';
import { checkContent } from '../../web/src/islands/check/content/by-locale.ts';
import { idNumberFor } from '../support/application-example.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage, screenshotDir } from './support/browser.ts';
import { type CheckAnswers, CheckJourney } from './support/check-journey.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('axe on the check and application at phone widths');

type Locale = 'zh-CN' | 'en';

/** The narrowest phones still sold, and the most common width. */
const phoneWidths = [320, 360] as const;

/**
 * A 68-year-old rural resident, her husband (70, a second-grade physical disability)
 * and their grandson (12, at school): three people, two basic pensions.
 */
const household: CheckAnswers = {
  need: 'regular-support',
  township: '445281001000',
  area: 'rural',
  hukou: 'puning',
  members: [
    { age: 68, ableToWork: false },
    { age: 70, ableToWork: false, disability: { grade: 2, type: 'physical' }, supporter: 'none' },
    { age: 12, ableToWork: false, student: true, supporter: 'in-household' },
  ],
  income: { transfer: 600, residentBasicPension: 1200 },
  financialAssets: 3000,
  homes: 1,
  supporter: 'none',
};

/** What each screen showed: its name and the questions on it (one key per question). */
interface Screen {
  name: string;
  questions: string[];
}

/**
 * Walks a journey at 320 and 360 px on every screen state and notes any that is wider
 * than the phone, with the elements that stick out (to fix them), and every question.
 */
class WidthWalk {
  readonly tooWide: string[] = [];
  readonly screens: Screen[] = [];

  readonly page: Page;
  readonly label: string;

  constructor(page: Page, label: string) {
    this.page = page;
    this.label = label;
  }

  /** Checks the screen as it is now at both widths, back at 360 px afterwards. */
  async fits(state: string): Promise<void> {
    for (const width of phoneWidths) {
      await this.page.setViewportSize({ width, height: 740 });
      const found = await this.page.evaluate(() => {
        const viewport = window.innerWidth;
        const wide = document.documentElement.scrollWidth;
        const sticking = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > viewport + 0.5)
          .slice(0, 4)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}#${el.id}`);
        return { wide, viewport, sticking };
      });
      if (found.wide > found.viewport) {
        this.tooWide.push(
          `${this.label} · ${state} @${width}px: ${found.wide} > ${found.viewport} (${found.sticking.join(', ')})`,
        );
      }
    }
  }

  /** A screen reached: checked for width and its questions noted. */
  async screen(name: string): Promise<void> {
    await this.fits(name);
    const questions = await this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('main input, main select, main textarea')]
        .filter((el) => el.id !== 'shared-phone' && el.getClientRects().length > 0)
        .map((el) => (el.type === 'radio' ? `radio:${el.name}` : el.id)),
    );
    this.screens.push({ name, questions: [...new Set(questions)] });
  }

  /** Questions that appeared on more than one screen, with the screens. */
  askedTwice(): string[] {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { name, questions } of this.screens) {
      for (const q of questions) {
        const first = seen.get(q);
        if (first !== undefined && first !== name) twice.push(`${q} on ${first} and ${name}`);
        else seen.set(q, name);
      }
    }
    return twice;
  }
}

/** `serial`: the ID numbers' serial, one per journey (the API refuses a second application). */
async function journey(locale: Locale, elder: boolean, serial: string) {
  const { context, page, problems } = await openPage(suite.browser(), { elder, viewport: 'phone' });
  const a = applyContent[locale];
  const c = checkContent[locale];
  const prefix = locale === 'en' ? '/en' : '';
  const mode = elder ? 'elder' : 'normal';
  const walk = new WidthWalk(page, `${locale} ${mode}`);
  const year = Number(todayInShanghai(Date.now()).slice(0, 4));
  try {
    await page.goto(`${baseUrl}${prefix}/check/`);
    await page.getByRole('heading', { name: c.steps.situation.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(
      elder,
    );
    // An error state first: "next" with nothing answered.
    await page.getByRole('button', { name: c.next, exact: true }).click();
    await page.getByText(c.errorSummaryTitle).waitFor();
    await walk.fits('check · situation with errors');
    await new CheckJourney(page, locale, (screen) => walk.screen(`check · ${screen}`)).answer(
      household,
      (code) => (locale === 'en' ? findTownship(code)?.nameEn : findTownship(code)?.name) ?? code,
    );
    await walk.fits('check · result');
    const checkScreens = walk.screens.length;

    // The application, from its first screen to the reference.
    await page.getByRole('link', { name: c.result.apply }).first().click();
    await page.waitForURL(`${baseUrl}${prefix}/apply/`);
    let filled = 0;
    const fill = async (label: string, value: string, nth = 0) => {
      await page.getByLabel(label, { exact: true }).nth(nth).fill(value);
      filled++;
    };
    const select = async (
      label: string,
      option: { index: number } | { label: string },
      nth = 0,
    ) => {
      await page.getByLabel(label, { exact: true }).nth(nth).selectOption(option);
      filled++;
    };
    const next = async () => {
      await page.getByRole('button', { name: a.continue, exact: true }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    };
    const heading = () => page.getByRole('heading', { level: 2 }).first().textContent();

    await page.getByRole('heading', { name: a.steps.programmes.title }).waitFor();
    if ((await page.getByRole('checkbox', { checked: true }).count()) === 0) {
      await page.getByRole('checkbox').first().check();
      filled++;
    }
    await walk.screen('apply · programmes');
    await next();
    for (const consent of ['privacy', 'sensitive', 'economicCheck'] as const) {
      await page.getByLabel(consentTexts[consent].agree[locale]).check();
      filled++;
      await walk.screen(`apply · ${consent}`);
      await next();
    }

    await page.getByRole('heading', { name: a.steps.applicant.title }).waitFor();
    await page.getByRole('button', { name: a.continue, exact: true }).click();
    await page.getByText(a.errorSummaryTitle).waitFor();
    await walk.fits('apply · applicant with errors');
    await fill(a.steps.applicant.name.label, locale === 'en' ? 'Chen Xiuying' : '陈秀英');
    await fill(a.steps.applicant.idNumber.label, idNumberFor(`${year - 68}-01-01`, serial));
    await fill(a.steps.applicant.mobile.label, '13800138000');
    await walk.screen('apply · applicant');
    await next();

    await page.getByRole('heading', { name: a.steps.residence.title }).waitFor();
    await select(a.steps.residence.village.label, { index: 2 });
    await fill(a.steps.residence.address.label, '新安村 12 号');
    await walk.screen('apply · residence');
    await next();

    // Where the 户籍 is, when asked: "same as where I live" is already chosen.
    if ((await page.getByRole('radio', { name: a.steps.hukouPlace.same }).count()) > 0) {
      await walk.screen('apply · registration');
      await next();
    }

    // The household was described in the check: only each member's relation is asked.
    const relation = a.steps.memberExtras.relation.options;
    const label = (value: string) => relation.find((o) => o.value === value)?.label ?? value;
    await select(a.steps.memberExtras.relation.label, { label: label('spouse') }, 0);
    // The husband gives his ID number; the grandson's is left out (it may be).
    await fill(a.steps.memberExtras.idNumber.label, idNumberFor(`${year - 70}-01-01`, serial), 0);
    await select(a.steps.memberExtras.relation.label, { label: label('grandchild') }, 1);
    await walk.screen('apply · members');
    await next();

    await page.getByRole('heading', { name: a.steps.bank.title }).waitFor();
    await fill(a.steps.bank.bankName.label, '中国农业银行普宁支行');
    await fill(a.steps.bank.accountNumber.label, '6228480012345678901');
    await walk.screen('apply · bank');
    await next();

    await page.getByRole('heading', { name: a.steps.review.title }).waitFor();
    await walk.screen('apply · review');
    const applyScreens = walk.screens.length - checkScreens;
    const screenNames = walk.screens.slice(checkScreens).map((s) => s.name);
    const twice = walk.askedTwice();
    // The answers as entered: each member, each income item with the pension, the total.
    const review = page.locator('main');
    for (const text of [
      `${c.steps.income.fields.residentBasicPension.label}`,
      `1200 ${c.yuanSuffix}`,
      `1800 ${c.yuanSuffix}`,
      c.steps.members.person(3),
      label('grandchild'),
    ]) {
      expect(await review.getByText(text, { exact: true }).count(), text).toBeGreaterThan(0);
    }
    // Every section's "Change" is on screen, at the narrowest width too.
    await page.setViewportSize({ width: 320, height: 740 });
    const changeLinks = await page
      .locator('.review-section')
      .getByRole('button', { name: a.change })
      .evaluateAll((buttons) =>
        buttons.map((b) => b.getBoundingClientRect().right <= window.innerWidth),
      );
    expect(changeLinks.length).toBeGreaterThanOrEqual(10);
    expect(changeLinks.every(Boolean)).toBe(true);
    if (locale === 'zh-CN' && !elder) {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.screenshot({
        path: resolve(screenshotDir, '..', 'review-360.png'),
        fullPage: true,
      });
    }
    await suite.expectAccessible(page, `${locale} ${mode} review`);

    // "Change" on a section answered in the check opens that screen, whole, and comes back.
    await page
      .locator('.review-section')
      .filter({ has: page.getByRole('heading', { name: c.steps.income.title }) })
      .getByRole('button', { name: a.change })
      .click();
    await page.getByRole('heading', { name: c.steps.income.title }).waitFor();
    await walk.fits('apply · income reopened from review');
    expect(await heading()).toBe(c.steps.income.title);
    await next();
    while ((await heading()) !== a.steps.review.title) await next();

    // Another visit, in a new tab: the offer to continue fits too.
    const other = await context.newPage();
    await other.setViewportSize({ width: 360, height: 740 });
    await other.goto(`${baseUrl}${prefix}/apply/`);
    await other.getByRole('heading', { name: a.resume.title }).waitFor();
    const resumeWalk = new WidthWalk(other, `${locale} ${mode}`);
    await resumeWalk.fits('apply · resume offer');
    walk.tooWide.push(...resumeWalk.tooWide);
    await other.close();

    await page.getByRole('button', { name: a.submit }).click();
    await page.getByRole('heading', { name: a.done.title }).waitFor();
    await walk.fits('apply · submitted');
    expect(problems).toEqual([]);
    return { tooWide: walk.tooWide, applyScreens, screenNames, filled, twice, checkScreens };
  } finally {
    await context.close();
  }
}

describe('the check and the application on a phone', () => {
  const serials = ['541', '552', '563', '574'];
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const elder of [false, true]) {
      const serial = serials.shift() ?? '';
      it(`every screen state fits 320 and 360 px, ${locale}, ${elder ? 'elder' : 'normal'} mode; a 3-person household applies in ≤ 12 screens, no question asked twice`, async () => {
        const result = await journey(locale, elder, serial);
        expect(result.tooWide).toEqual([]);
        expect(result.twice).toEqual([]);
        expect(result.applyScreens).toBeLessThanOrEqual(12);
        if (locale === 'zh-CN' && !elder) {
          recordEvidence('time to apply 3-person household', {
            checkScreens: result.checkScreens,
            applyScreensToReference: result.applyScreens,
            applyFieldsFilled: result.filled,
            questionsAskedTwice: result.twice.length,
            screens: result.screenNames.map((s) => s.replace('apply · ', '')).join(' > '),
          });
        }
      });
    }
  }
});
