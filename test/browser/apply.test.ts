import { describe, expect, inject, it } from 'vitest';
import { consentTexts } from '../../functions/domain/application/consent-texts.ts';
import { todayInShanghai } from '../../functions/domain/dates.ts';
import { findTownship } from '../../functions/domain/divisions.ts';
import { applyContent } from '../../web/src/islands/apply/content/by-locale.ts';
import { checkContent } from '../../web/src/islands/check/content/by-locale.ts';
import { statusContent } from '../../web/src/islands/status/content/by-locale.ts';
import { idNumberFor } from '../support/application-example.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage, screenshot, type ViewportName } from './support/browser.ts';
import { CheckJourney } from './support/check-journey.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');

const townshipOf = (code: string, locale: 'zh-CN' | 'en') =>
  (locale === 'en' ? findTownship(code)?.nameEn : findTownship(code)?.name) ?? code;
const suite = browserSuite('axe on apply and status');
const accessible = suite.expectAccessible;

type Locale = 'zh-CN' | 'en';

/**
 * `hukouIn`: the township of the applicant's 户籍 when it is not where they live; the
 * case is then handled there and handed on (代收转办, 民发〔2021〕57号 第四条).
 */
async function applyJourney(
  locale: Locale,
  elder: boolean,
  viewport: ViewportName,
  serial: string,
  hukouIn?: string,
) {
  const { context, page, problems } = await openPage(suite.browser(), { elder, viewport });
  const a = applyContent[locale];
  const prefix = locale === 'en' ? '/en' : '';
  const township = findTownship(hukouIn ?? '445281001000');
  const townshipLabel = locale === 'en' ? township?.nameEn : township?.name;
  try {
    // The check first: its answers carry over to the application on this device.
    await page.goto(`${baseUrl}${prefix}/check/`);
    await new CheckJourney(page, locale).answer(
      {
        need: 'regular-support',
        township: '445281001000',
        area: 'rural',
        hukou: 'puning',
        members: [{ age: 72, ableToWork: false }],
        income: { transfer: 1800, residentBasicPension: 900 },
        financialAssets: 2000,
        homes: 1,
        supporter: 'none',
      },
      (code) =>
        locale === 'en' ? (findTownship(code)?.nameEn ?? code) : (findTownship(code)?.name ?? code),
    );
    const started = Date.now();
    await page.getByRole('link', { name: checkContent[locale].result.apply }).first().click();
    await page.waitForURL(`${baseUrl}${prefix}/apply/`);
    const next = async (screen: string) => {
      await accessible(page, `${locale} apply · ${screen}`);
      await page.getByRole('button', { name: a.continue, exact: true }).click();
    };
    await page.getByRole('heading', { name: a.steps.programmes.title }).waitFor();
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(0);
    await next('programmes');
    for (const consent of ['privacy', 'sensitive', 'economicCheck'] as const) {
      await page.getByLabel(consentTexts[consent].agree[locale]).check();
      await next(consent);
    }
    await page.getByLabel(a.steps.applicant.name.label).fill('陈小明');
    // Born on 1 January 72 years ago: 72 in whole years, as the check answered, any day.
    const born = `${Number(todayInShanghai(Date.now()).slice(0, 4)) - 72}-01-01`;
    await page.getByLabel(a.steps.applicant.idNumber.label).fill(idNumberFor(born, serial));
    await page.getByLabel(a.steps.applicant.mobile.label).fill('13800138000');
    await next('applicant');

    // A reload returns to the screen left, every answer kept (the draft is on the device),
    // the ID and mobile numbers in this tab's session only, never in localStorage.
    await page.reload();
    await page.getByRole('heading', { name: a.steps.residence.title }).waitFor();
    const atRest = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(atRest).toContain('陈小明');
    expect(atRest).not.toContain('13800138000');
    expect(atRest).not.toMatch(/\d{17}[\dX]/);
    // The township was answered in the check: shown, not asked again.
    expect(await page.getByLabel(a.steps.residence.township.label).count()).toBe(0);
    await page.getByText(townshipOf('445281001000', locale), { exact: true }).waitFor();
    await page.getByLabel(a.steps.residence.village.label).selectOption({ index: 2 });
    await page.getByLabel(a.steps.residence.address.label).fill('新安村 12 号');
    await next('residence');
    if (hukouIn) {
      // One tap for most people ("same as where I live" is chosen); two more here.
      await page.getByLabel(a.steps.hukouPlace.other, { exact: true }).check();
      await page
        .getByLabel(a.steps.hukouPlace.township, { exact: true })
        .selectOption({ label: townshipLabel ?? '' });
      await page.getByLabel(a.steps.hukouPlace.village, { exact: true }).selectOption({ index: 1 });
    }
    // The household screens were answered in the check: only where the 户籍 is is asked.
    await next('registration');
    await page.getByLabel(a.steps.bank.bankName.label).fill('中国农业银行普宁支行');
    await page.getByLabel(a.steps.bank.accountNumber.label).fill('6228480012345678901');
    await next('bank');
    await page.getByRole('heading', { name: a.steps.review.title }).waitFor();
    expect(await page.getByText(a.steps.bank.masked('8901')).count()).toBe(1);
    await accessible(page, `${locale} apply · review`);
    await screenshot(page, `apply-review-${locale}-${viewport}`);
    await page.getByRole('button', { name: a.submit }).click();
    await page.getByRole('heading', { name: a.done.title }).waitFor();
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    await accessible(page, `${locale} apply · submitted`);
    await screenshot(page, `apply-submitted-${locale}-${viewport}`);
    // A document can go with the application, on the confirmation page itself.
    const st = statusContent[locale];
    await page.getByLabel(st.documents.type).selectOption('medical-records');
    await page.getByLabel(st.documents.file).setInputFiles({
      name: 'record.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%test\n'),
    });
    await page.getByRole('button', { name: st.documents.upload, exact: true }).click();
    await page.getByRole('status').filter({ hasText: st.documents.done }).waitFor();
    const reference = (await page.locator('.reference').first().textContent()) ?? '';
    const accessCode = (await page.locator('.reference').nth(1).textContent()) ?? '';
    expect(reference).toMatch(/^PN-/);
    // The reference is read out and typed: one line, inside the screen, at phone width too.
    const referenceBox = await page
      .locator('.reference')
      .first()
      .evaluate((element) => ({
        lines: element.getClientRects().length,
        fits: element.getBoundingClientRect().right <= document.documentElement.clientWidth,
      }));
    expect(referenceBox).toEqual({ lines: 1, fits: true });
    expect(await page.getByText(townshipLabel ?? '').count()).toBeGreaterThan(0);
    if (hukouIn) expect(await page.getByText('代收转办').count()).toBeGreaterThan(0);

    // Nothing personal is left on the device after submission.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain('陈小明');
    expect(stored).not.toMatch(/\d{17}[\dX]/);

    // Follow it.
    const s = statusContent[locale];
    await page.locator('.submitted').getByRole('link', { name: a.done.follow }).click();
    await page.getByLabel(s.reference.label).fill(reference);
    await page.getByLabel(s.accessCode.label).fill(accessCode);
    await page.getByRole('button', { name: s.lookUp }).click();
    // The case's status (each programme's card says its own as well).
    await page
      .locator('dl.summary')
      .getByText(s.statuses.submitted ?? '')
      .waitFor();
    await accessible(page, `${locale} status`);

    // Upload a supporting document (a small PNG) from the status page.
    const pngBytes = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await page.getByLabel(s.documents.type).selectOption('id-card');
    await page
      .getByLabel(s.documents.file)
      .setInputFiles({ name: 'id.png', mimeType: 'image/png', buffer: pngBytes });
    await page.getByRole('button', { name: s.documents.upload, exact: true }).click();
    await page.getByText(s.documents.done).waitFor();
    await page
      .getByText(locale === 'en' ? 'Document uploaded: ID card' : '上传材料：身份证')
      .waitFor();
    await accessible(page, `${locale} status after upload`);
    await screenshot(page, `status-${locale}-${viewport}`);
    expect(page.url()).not.toContain(accessCode);
    expect(problems).toEqual([]);
    return { seconds, township: townshipLabel };
  } finally {
    await context.close();
  }
}

describe('applying online and following the application', () => {
  it('a resident applies from the check in Chinese on a phone in elder mode, with the 户籍 in another town, and follows it', async () => {
    // Their 户籍 is in 池尾街道: handled there, received where they live.
    const { seconds, township } = await applyJourney('zh-CN', true, 'phone', '531', '445281005000');
    recordEvidence('apply journey zh-CN elder phone', {
      secondsFromCheckToSubmitted: seconds,
      routedTo: township ?? '',
    });
  });

  it('the same journey in English on a desktop', async () => {
    const { seconds, township } = await applyJourney('en', false, 'desktop', '642');
    recordEvidence('apply journey en desktop', {
      secondsFromCheckToSubmitted: seconds,
      routedTo: township ?? '',
    });
  });

  it('asks for emergency help in zh-CN: what happened first, six screens to the reference, no means test (普民〔2021〕77号 二(六) 先行救助)', async () => {
    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      const a = applyContent['zh-CN'];
      const e = a.steps.emergency;
      let screens = 0;
      const next = async (screen: string) => {
        await accessible(page, `zh-CN emergency · ${screen}`);
        screens++;
        await page.getByRole('button', { name: a.continue, exact: true }).click();
      };
      await page.goto(`${baseUrl}/apply/`);
      await page.getByRole('heading', { name: a.steps.programmes.title }).waitFor();
      await page.getByRole('checkbox', { name: '临时救助（急难型）', exact: true }).check();
      await next('programmes');

      await page.getByRole('heading', { name: e.title }).waitFor();
      await page.getByLabel(e.what.label).fill('在工地摔伤，住院');
      await page.getByLabel(e.date.label).fill(todayInShanghai(Date.now()));
      await page.getByLabel(e.township.label).selectOption('445281001000');
      await page.getByLabel(e.neededNow.label).fill('住院押金');
      await page.getByLabel(e.atWork.label).check();
      // An injury at work: 工伤认定 / 12333 and 医疗救助 are pointed to.
      await page.getByText(e.atWork.panelTitle).waitFor();
      expect(await page.getByText(/12333/).count()).toBeGreaterThan(0);
      await next('emergency');

      for (const consent of ['privacy', 'sensitive'] as const) {
        await page.getByLabel(consentTexts[consent].agree['zh-CN']).check();
        await next(consent);
      }
      // No household-finances consent: the contact screen comes next.
      await page.getByLabel(a.steps.applicant.name.label).fill('陈小明');
      await page
        .getByLabel(a.steps.applicant.idNumber.label)
        .fill(idNumberFor('1980-03-08', '731'));
      await page.getByLabel(a.steps.applicant.mobile.label).fill('13800138000');
      await page.getByLabel(a.steps.residence.township.label).selectOption('445281001000');
      await page.getByLabel(a.steps.residence.village.label).selectOption({ index: 2 });
      await page.getByLabel(a.steps.residence.address.label).fill('新安村 12 号');
      await next('applicant');

      await page.getByRole('heading', { name: a.steps.review.title }).waitFor();
      expect(await page.getByText(a.steps.bank.title).count()).toBe(0);
      screens++;
      await page.getByRole('button', { name: a.submit }).click();
      await page.getByRole('heading', { name: a.done.title }).waitFor();
      expect(await page.locator('.reference').first().textContent()).toMatch(/^PN-/);
      expect(screens).toBeLessThanOrEqual(6);
      expect(problems).toEqual([]);
      recordEvidence('emergency help first', { screensToReference: screens });
    } finally {
      await context.close();
    }
  });

  it('a later visit offers to continue where one left off, asks the numbers again, or starts again', async () => {
    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      const a = applyContent['zh-CN'];
      const r = a.resume;
      await page.goto(`${baseUrl}/apply/`);
      await page.getByRole('checkbox', { name: '临时救助（急难型）', exact: true }).check();
      await page.getByRole('button', { name: a.continue, exact: true }).click();
      const e = a.steps.emergency;
      await page.getByLabel(e.what.label).fill('房屋失火');
      await page.getByLabel(e.date.label).fill(todayInShanghai(Date.now()));
      await page.getByLabel(e.township.label).selectOption('445281001000');
      await page.getByRole('button', { name: a.continue, exact: true }).click();
      for (const consent of ['privacy', 'sensitive'] as const) {
        await page.getByLabel(consentTexts[consent].agree['zh-CN']).check();
        await page.getByRole('button', { name: a.continue, exact: true }).click();
      }
      await page.getByLabel(a.steps.applicant.name.label).fill('陈秀英');
      await page
        .getByLabel(a.steps.applicant.idNumber.label)
        .fill(idNumberFor('1958-03-08', '531'));
      await page.getByLabel(a.steps.applicant.mobile.label).fill('13800138000');
      await page.getByLabel(a.steps.residence.township.label).selectOption('445281001000');
      await page.getByLabel(a.steps.residence.village.label).selectOption({ index: 2 });
      await page.getByLabel(a.steps.residence.address.label).fill('新安村 12 号');
      await page.getByRole('button', { name: a.continue, exact: true }).click();
      await page.getByRole('heading', { name: a.steps.review.title }).waitFor();
      // The screen says what is kept where, and for how long.
      await page.getByText(a.keeping.device).waitFor();

      // Another day: a new tab, whose session storage is empty (the numbers are gone).
      await page.close();
      const later = await context.newPage();
      later.on('pageerror', (error) => problems.push(error.message));
      await later.goto(`${baseUrl}/apply/`);
      await later.getByRole('heading', { name: r.title }).waitFor();
      await later.getByText(r.leftAt(6, 6)).waitFor();
      await later.getByText(r.numbersForgotten).waitFor();
      await accessible(later, 'zh-CN apply · resume offer');
      await later.getByRole('button', { name: r.continue }).click();
      // The ID and mobile numbers were asked on the contact screen: back there, to type them again.
      await later.getByRole('heading', { name: a.steps.applicant.title }).waitFor();
      await expect(later.getByLabel(a.steps.applicant.name.label).inputValue()).resolves.toBe(
        '陈秀英',
      );
      await expect(later.getByLabel(a.steps.applicant.idNumber.label).inputValue()).resolves.toBe(
        '',
      );
      await expect(later.getByLabel(a.steps.residence.address.label).inputValue()).resolves.toBe(
        '新安村 12 号',
      );
      await later.close();

      // Another visit: "start again" erases the draft.
      const third = await context.newPage();
      await third.goto(`${baseUrl}/apply/`);
      await third.getByRole('button', { name: r.restart }).click();
      expect(await third.getByRole('heading', { name: r.title }).count()).toBe(0);
      expect(
        await third.evaluate(() =>
          Object.keys(localStorage).filter((k) => k.startsWith('puning.apply')),
        ),
      ).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('"clear my answers" erases the draft from the device', async () => {
    const { context, page } = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      const a = applyContent['zh-CN'];
      await page.goto(`${baseUrl}/apply/`);
      await page.getByRole('checkbox').first().check();
      await page.getByRole('button', { name: a.continue, exact: true }).click();
      expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
      await page.getByRole('button', { name: a.clear }).click();
      expect(
        await page.evaluate(() =>
          Object.keys(localStorage).filter((k) => k.startsWith('puning.apply')),
        ),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
