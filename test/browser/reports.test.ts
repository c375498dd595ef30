import { describe, expect, inject, it } from 'vitest';
import { todayInShanghai } from '../../functions/domain/dates.ts';
import { difficultyNames } from '../../functions/domain/reports/lead-input.ts';
import { demoAssistantVillage } from '../../functions/local/dev-issuer.ts';
import { reportsContent } from '../../web/src/islands/reports/content/by-locale.ts';
import { reportsConsoleContent } from '../../web/src/islands/staff/content/reports-by-locale.ts';
import { openPage, screenshot } from './support/browser.ts';
import { StaffConsole, watchProblems } from './support/staff-console.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('axe on the report and complaint pages');

const liushaEast = '445281001000';
const words = reportsContent;
const consoleWords = reportsConsoleContent;
const consoleZh = reportsConsoleContent['zh-CN'];
const prefix = (locale: 'zh-CN' | 'en') => (locale === 'en' ? '/en' : '');

/** Sends a lead through the page; returns its reference. */
async function reportLead(locale: 'zh-CN' | 'en', page: import('playwright-core').Page) {
  const t = words[locale].lead;
  await page.goto(`${baseUrl}${prefix(locale)}/report/`);
  // Nothing filled in: every problem is listed and named.
  await page.getByRole('button', { name: t.submit }).click();
  await page.locator('.error-summary').waitFor();
  await suite.expectAccessible(page, `lead form errors ${locale}`);
  await page.getByLabel(t.township, { exact: true }).selectOption(liushaEast);
  await page.getByLabel(t.village, { exact: true }).selectOption(demoAssistantVillage.code);
  await page.getByLabel(difficultyNames['elderly-alone'][locale]).check();
  await page.getByLabel(difficultyNames.illness[locale]).check();
  await page.getByLabel(t.description).fill('独居老人，生病没人照顾。');
  await page.getByLabel(t.personName).fill('林阿婆');
  await page.getByLabel(t.contactYes).check();
  await page.getByLabel(t.mobile).fill('13711112222');
  await page.getByLabel(t.consent).check();
  await page.getByRole('button', { name: t.submit }).click();
  await page.getByRole('heading', { name: t.doneTitle }).waitFor();
  await suite.expectAccessible(page, `lead sent ${locale}`);
  const reference = (await page.locator('.confirmation .reference').textContent()) ?? '';
  expect(reference).toMatch(/^XS-/);
  await expect(page.locator('.confirmation').textContent()).resolves.toContain(t.doneTold);
  return reference;
}

/** Sends an anonymous complaint about 流沙东街道; returns its reference and code. */
async function complain(locale: 'zh-CN' | 'en', page: import('playwright-core').Page) {
  const t = words[locale].complaint;
  await page.goto(`${baseUrl}${prefix(locale)}/complaint/`);
  await page.getByLabel(t.subjectTownship).check();
  await page.getByLabel(t.township, { exact: true }).selectOption(liushaEast);
  await page.getByLabel(t.what).fill('镇里收了材料一个多月没有答复，打电话也没人接。');
  await page.getByLabel(t.realNameNo, { exact: true }).check();
  await page.getByRole('button', { name: t.submit }).click();
  await page.getByRole('heading', { name: t.doneTitle }).waitFor();
  await suite.expectAccessible(page, `complaint sent ${locale}`);
  const [reference = '', accessCode = ''] = await page
    .locator('.confirmation .reference')
    .allTextContents();
  expect(reference).toMatch(/^TS-/);
  return { reference, accessCode };
}

async function follow(
  locale: 'zh-CN' | 'en',
  page: import('playwright-core').Page,
  complaint: { reference: string; accessCode: string },
) {
  const t = words[locale].follow;
  await page.goto(`${baseUrl}${prefix(locale)}/complaints/follow/`);
  await page.getByLabel(t.reference).fill(complaint.reference);
  await page.getByLabel(t.accessCode).fill(complaint.accessCode);
  await page.getByRole('button', { name: t.submit }).click();
  await page.locator('#complaint-state').waitFor();
  await suite.expectAccessible(page, `complaint followed ${locale}`);
  return (await page.locator('section.panel').textContent()) ?? '';
}

for (const locale of ['zh-CN', 'en'] as const) {
  describe(`leads and complaints in ${locale}`, () => {
    it('a lead is reported, then visited and closed by the township in the console', async () => {
      const { context, page } = await openPage(suite.browser(), { viewport: 'phone' });
      const problems = watchProblems(page);
      try {
        const reference = await reportLead(locale, page);
        const staff = new StaffConsole(page, baseUrl, locale);
        const w = consoleWords[locale];
        await page.goto(`${baseUrl}${prefix(locale)}/staff/reports/`);
        await staff.signInAs('流沙东街道 经办人');
        await page.getByRole('button', { name: reference, exact: true }).click();
        await page
          .getByRole('heading', { name: `${reference} · ${w.leadStates.received}` })
          .waitFor();
        await page.getByLabel(w.lead.visitedOn).fill(todayInShanghai(new Date()));
        await page.getByLabel(w.lead.note).fill('已上门走访，老人独居。');
        await page.getByRole('button', { name: w.lead.recordVisit }).click();
        await page
          .getByRole('heading', { name: `${reference} · ${w.leadStates.visited}` })
          .waitFor();
        await page.getByLabel(w.outcomes['no-need']).check();
        await page.getByLabel(w.lead.note).fill('子女已接回照顾。');
        await page.getByRole('button', { name: w.lead.recordOutcome }).click();
        await page
          .getByRole('heading', { name: `${reference} · ${w.leadStates.closed}` })
          .waitFor();
        await suite.expectAccessible(page, `lead closed in the console ${locale}`);
        await screenshot(page, `lead-closed-${locale}`);
        expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('a complaint goes to the city bureau, is answered, and the reply is on the follow page', async () => {
      const { context, page } = await openPage(suite.browser(), { viewport: 'phone', elder: true });
      try {
        const complaint = await complain(locale, page);
        const before = await follow(locale, page, complaint);
        expect(before).toContain(words[locale].follow.states.received);
        const staff = new StaffConsole(page, baseUrl, locale);
        const w = consoleWords[locale];
        await page.goto(`${baseUrl}${prefix(locale)}/staff/reports/`);
        await staff.signInAs('市民政局 审核员');
        await page.getByRole('button', { name: complaint.reference, exact: true }).click();
        await page.getByLabel(w.complaint.reply).fill('经核查，镇里已答复您的申请。');
        await page.getByRole('button', { name: w.complaint.sendReply }).click();
        await page
          .getByRole('heading', { name: `${complaint.reference} · ${w.complaintStates.answered}` })
          .waitFor();
        await suite.expectAccessible(page, `complaint answered in the console ${locale}`);
        const after = await follow(locale, page, complaint);
        expect(after).toContain('经核查，镇里已答复您的申请。');
      } finally {
        await context.close();
      }
    });
  });
}

describe('the township complained about', () => {
  it('sees no complaints in its console, only its leads', async () => {
    const { context, page } = await openPage(suite.browser(), { viewport: 'desktop' });
    try {
      await page.goto(`${baseUrl}/staff/reports/`);
      await new StaffConsole(page, baseUrl).signInAs('流沙东街道 经办人');
      await page.getByRole('heading', { name: consoleZh.leadsHeading, exact: true }).waitFor();
      await expect(
        page.getByRole('heading', { name: consoleZh.complaintsHeading, exact: true }).count(),
      ).resolves.toBe(0);
      await expect(page.getByText(/^TS-/).count()).resolves.toBe(0);
      await suite.expectAccessible(page, 'township reports console');
    } finally {
      await context.close();
    }
  });
});
