import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionMessages } from '../../functions/domain/application/decide.ts';
import {
  changeReportKindNames,
  changeReportMessages,
} from '../../functions/domain/application/reported-changes.ts';
import { todayInShanghai } from '../../functions/domain/dates.ts';
import { messageMonth } from '../../functions/domain/notifications/message-dates.ts';
import { programmes } from '../../functions/domain/policy/programmes.ts';
import { devIdToken } from '../../functions/local/dev-sign-in.ts';
import type { LocalSystem } from '../../functions/local/local-system.ts';
import { buildSiteIfStale } from '../../functions/local/site-build.ts';
import { statusContent } from '../../web/src/islands/status/content/by-locale.ts';
import { exampleApplication, idNumberFor } from '../support/application-example.ts';
import { startTestSystem } from '../support/local-system.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage, screenshot } from './support/browser.ts';
import { letNoticeRunItsCourse, StaffConsole, watchProblems } from './support/staff-console.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 18's journey: a household paid 低保 reports on the status page that its income
 * rose; the township finds it in its 待复核 queue, records the visit and concludes the
 * review; the household then reads the outcome and its notice on the status page, in
 * Chinese and in English. Its own local system, so its queue and figures hold only this
 * household.
 */
const root = resolve(import.meta.dirname, '../..');
const suite = browserSuite('axe on the after-approval journey');
const accessible = suite.expectAccessible;

let system: LocalSystem;
// The browser and the API share the real clock: the notice's week is moved back in the
// store instead (letNoticeRunItsCourse), so dates typed in the browser agree with the API.
const today = () => todayInShanghai(new Date());

beforeAll(async () => {
  await buildSiteIfStale(root);
  system = await startTestSystem({
    port: 0,
    siteDir: join(root, 'web/dist'),
    notifyEveryMs: 100,
  });
}, 180_000);
afterAll(() => system?.close());

const township = '445281001000';
const townshipReviewer = '流沙东街道 经办人';
const cityReviewer = '市民政局 审核员';
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
    /** After the notice's 7 days. */
    approve: async () => {
      await letNoticeRunItsCourse(
        { endpoint: system.dynamoEndpoint, region: system.region, tableName: system.tableName },
        reference,
        'dibao',
      );
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

const incomeNote: Record<Locale, string> = {
  'zh-CN': `儿子 11 月起在镇上工厂上班，每月约 ${newIncomeYuan} 元`,
  en: `My son has worked at a factory in town since November, about ${newIncomeYuan} yuan a month`,
};

/** The recipient reports higher income through the form, its review screen and one send. */
async function reportHigherIncome(page: Page, locale: Locale) {
  const c = statusContent[locale].changes;
  await page.getByRole('button', { name: c.title }).click();
  await fitsAndAccessible(page, `${locale} report a change · empty`);
  // Continuing with nothing chosen names what is missing, in the API's words.
  await page.getByRole('button', { name: c.continue }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: changeReportMessages['kind.required'][locale] })
    .waitFor();
  // A move within Puning asks the township, then its villages (the site's divisions data).
  await page.getByLabel(changeReportKindNames['moved-within'][locale], { exact: true }).check();
  await page.getByLabel(c.township, { exact: true }).selectOption('445281005000');
  const villages = page.getByLabel(c.village, { exact: true });
  // Asked of the townships API once the township is chosen.
  await villages.waitFor();
  expect(await villages.locator('option').count()).toBeGreaterThan(5);
  await fitsAndAccessible(page, `${locale} report a change · moved within Puning`);
  await page.getByLabel(changeReportKindNames.income[locale], { exact: true }).check();
  expect(await villages.count()).toBe(0);
  await page.getByLabel(c.description, { exact: true }).fill(incomeNote[locale]);
  // The optional document, through the status page's own upload widget.
  const d = statusContent[locale].documents;
  const form = page.locator('.report-change');
  await form.getByLabel(d.type, { exact: true }).selectOption('income-proof');
  await form.getByLabel(d.file, { exact: true }).setInputFiles({
    name: 'wage-slip.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% a wage slip\n%%EOF\n'),
  });
  await form.getByRole('button', { name: d.upload, exact: true }).click();
  await form.getByRole('status').filter({ hasText: d.done }).waitFor();
  await fitsAndAccessible(page, `${locale} report a change · income`);
  await page.getByRole('button', { name: c.continue }).click();
  await page.getByRole('heading', { name: c.reviewTitle }).waitFor();
  const review = (await page.locator('.change-review').textContent()) ?? '';
  expect(review).toContain(changeReportKindNames.income[locale]);
  expect(review).toContain(incomeNote[locale]);
  expect(review).toContain(c.documentAttached);
  await fitsAndAccessible(page, `${locale} report a change · review`);
  // A double tap sends it once: the button is disabled while sending.
  await page.getByRole('button', { name: c.send, exact: true }).dblclick();
  await page.getByRole('status').filter({ hasText: c.sent }).waitFor();
  await page.getByRole('heading', { name: c.reported }).waitFor();
  expect(await page.locator('.reported-change').count()).toBe(1);
}

/**
 * The township finds the review in its 待复核 queue and records the visit; the city bureau,
 * whose decision the 渐退期 is (57号 第三十三条), finds the open review in its own queue
 * and starts it — the township is not offered the action.
 */
async function reviewEndsInGradualExit(reference: string) {
  for (const who of ['township', 'city'] as const) {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, system.url);
    try {
      await staff.open();
      await staff.signInAs(who === 'township' ? townshipReviewer : cityReviewer);
      await staff.chooseView('review');
      const row = staff.queueRow(reference);
      await row.waitFor();
      expect(await row.textContent()).toContain(staff.text.reviewQueue.tasks['review-open']);
      await accessible(page, `staff · review queue · ${who}`);
      if (who === 'township') await screenshot(page, 'staff-review-queue-zh');
      await staff.openFromQueue(reference);
      expect(await staff.lineState('dibao')).toBe(staff.statusName('under_review'));
      await accessible(page, `staff · application under review · ${who}`);
      if (who === 'township') {
        await staff.act(
          'recordReviewVisit',
          'under_review',
          async (form) => {
            await staff
              .field(form, 'recordReviewVisit.findings')
              .fill('儿子在镇上工厂务工，工资单已核实');
            await staff.field(form, 'monthlyIncomeYuan').fill(String(newIncomeYuan));
          },
          'dibao',
        );
        const gradualExit = staff
          .line('dibao')
          .locator('details.action summary', { hasText: staff.actionName('startGradualExit') });
        expect(await gradualExit.count()).toBe(0);
      } else {
        await staff.act(
          'startGradualExit',
          'gradual_exit',
          async (form) => {
            await staff
              .field(form, 'reason')
              .fill('家庭成员务工收入超过低保标准，给予 6 个月渐退期');
          },
          'dibao',
        );
        expect(await staff.lineState('dibao')).toBe(staff.statusName('gradual_exit'));
        await accessible(page, 'staff · line in its 渐退期');
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }
}

interface Rendered {
  label: Record<Locale, string>;
  text: Record<Locale, string>;
}

/** The household's latest dibao notice as the status API renders it, and the card's dates. */
async function latestDibaoNotice(reference: string, accessCode: string, outcome: string) {
  const response = await fetch(`${system.url}/api/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reference, accessCode }),
  });
  expect(response.status).toBe(200);
  const { results } = (await response.json()) as {
    results: {
      programme: string;
      nextReviewOn?: string;
      gradualExitEndMonth?: string;
      notices: { outcome: string; lines: Rendered[] }[];
    }[];
  };
  const card = results.find((r) => r.programme === 'dibao');
  const notice = card?.notices[0];
  expect(notice?.outcome).toBe(outcome);
  return {
    ...(notice as { outcome: string; lines: Rendered[] }),
    nextReviewOn: card?.nextReviewOn,
    gradualExitEndMonth: card?.gradualExitEndMonth,
  };
}

/** The outcome on the status page: the line's new state, its notice whole, the change concluded. */
async function householdReadsOutcome(
  locale: Locale,
  household: { reference: string; accessCode: string },
  outcome: string,
) {
  const { reference, accessCode } = household;
  const notice = await latestDibaoNotice(reference, accessCode, outcome);
  const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
  try {
    await lookUp(page, locale, reference, accessCode);
    const card = page.locator('.result-card[data-programme="dibao"]');
    const latest = (await card.locator('.decision-notice').first().textContent()) ?? '';
    for (const line of notice.lines) {
      expect(latest).toContain(line.label[locale]);
      expect(latest).toContain(line.text[locale]);
    }
    // The card says what follows: the 渐退期's last month, or the next periodic review.
    const cardText = (await card.locator('.result-summary').textContent()) ?? '';
    const facts = statusContent[locale].lineFacts;
    if (outcome === 'gradual-exit') {
      expect(notice.gradualExitEndMonth).toMatch(/^\d{4}-\d{2}$/);
      expect(cardText).toContain(facts.gradualExitEnds);
      expect(cardText).toContain(messageMonth(notice.gradualExitEndMonth ?? '', locale));
    } else {
      expect(notice.nextReviewOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(cardText).toContain(`${facts.nextReview}${notice.nextReviewOn}`);
    }
    const change = page.locator('.reported-change');
    expect(await change.count()).toBe(1);
    expect(await change.getAttribute('class')).toContain('concluded');
    await fitsAndAccessible(page, `${locale} status · outcome of the change`);
    await screenshot(page, `status-change-${outcome}-${locale}`);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('after approval: a reported change, its review and its outcome', () => {
  it('a household reports higher income on the status page; the township reviews it from its 待复核 queue and the city bureau starts the 渐退期; the household reads the outcome and its notice in both languages', async () => {
    const household = await paidDibao('邱美玲', '612');
    await household.approve();

    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      await lookUp(page, 'zh-CN', household.reference, household.accessCode);
      await reportHigherIncome(page, 'zh-CN');
      await screenshot(page, 'status-change-reported-zh');
      // Sent once, with the document uploaded on the form.
      const response = await fetch(`${system.url}/api/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reference: household.reference, accessCode: household.accessCode }),
      });
      const { changes } = (await response.json()) as {
        changes: { kind: string; documentId?: string }[];
      };
      expect(changes).toHaveLength(1);
      expect(changes[0]?.kind).toBe('income');
      expect(changes[0]?.documentId).toMatch(/\S/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }

    await reviewEndsInGradualExit(household.reference);
    for (const locale of ['zh-CN', 'en'] as const)
      await householdReadsOutcome(locale, household, 'gradual-exit');
    recordEvidence('after-approval journey', { reference: household.reference });
  }, 240_000);

  it('an English-speaking household reports a death; the township proposes 减发 (the rule refuses an amount above today’s first), the city bureau approves it from its review queue; the household reads the decreased amount', async () => {
    const household = await paidDibao('Li Wei', '634');
    await household.approve();
    const c = statusContent.en.changes;
    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      await lookUp(page, 'en', household.reference, household.accessCode);
      await page.getByRole('button', { name: c.title }).click();
      await page.getByLabel(changeReportKindNames.death.en, { exact: true }).check();
      await page.getByLabel(c.description, { exact: true }).fill('My father died on 20 November');
      await page.getByRole('button', { name: c.continue }).click();
      await page.getByRole('button', { name: c.send, exact: true }).click();
      await page.getByRole('status').filter({ hasText: c.sent }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }

    const decreasedYuan = 400;
    for (const who of ['township', 'city'] as const) {
      const { context: staffContext, page: staffPage } = await openPage(suite.browser());
      const staffProblems = watchProblems(staffPage);
      const staff = new StaffConsole(staffPage, system.url, 'en');
      try {
        await staff.open();
        await staff.signInAs(who === 'township' ? townshipReviewer : cityReviewer);
        await staff.chooseView('review');
        const row = staff.queueRow(household.reference);
        await row.waitFor();
        expect(await row.textContent()).toContain(
          staff.text.reviewQueue.tasks[who === 'township' ? 'review-open' : 'change-proposed'],
        );
        await accessible(staffPage, `staff · en review queue · ${who}`);
        await staff.openFromQueue(household.reference);
        if (who === 'township') {
          await staff.act(
            'recordReviewVisit',
            'under_review',
            (form) =>
              staff.field(form, 'recordReviewVisit.findings').fill('Death certificate seen'),
            'dibao',
          );
          const form = await staff.actionForm('proposeChange', 'dibao');
          await form
            .getByLabel(staff.text.actions.choices['proposeChange.kind']?.decrease ?? '', {
              exact: true,
            })
            .check();
          await staff.field(form, 'proposeChange.monthlyAmountYuan').fill('900');
          await staff.field(form, 'proposeChange.reason').fill('One member fewer in the household');
          await staff.submit(form, 'proposeChange');
          // The rule's own words, before anything is sent.
          await form
            .getByRole('alert')
            .filter({ hasText: decisionMessages['change.decrease'].en })
            .waitFor();
          await accessible(staffPage, 'staff · en proposeChange refused by its rule');
          await staff.field(form, 'proposeChange.monthlyAmountYuan').fill(String(decreasedYuan));
          await staff.submit(form, 'proposeChange');
          await staff.done('proposeChange', 'change_proposed');
          const panel = (await staff.line('dibao').textContent()) ?? '';
          expect(panel).toContain(staff.text.lines.review.proposal);
        } else {
          await staff.act(
            'decideChange',
            'confirmed',
            async (form) => {
              await form
                .getByLabel(staff.text.actions.choices.approve?.true ?? '', { exact: true })
                .check();
              await staff.field(form, 'decideChange.text').fill('Household of one person now');
            },
            'dibao',
          );
          await accessible(staffPage, 'staff · en decided by the bureau');
          // The dashboard's figures after approval: both households are being paid.
          await staff.open();
          const a = staff.text.afterApproval;
          const recipients = staffPage
            .getByRole('table', { name: a.recipientsCaption, exact: true })
            .getByRole('row', { name: programmes.dibao.name.en });
          await recipients.waitFor();
          expect(
            Number(await recipients.getByRole('cell').first().textContent()),
          ).toBeGreaterThanOrEqual(1);
          await staffPage.getByRole('table', { name: a.byTownshipCaption, exact: true }).waitFor();
          await accessible(staffPage, 'staff · en after-approval figures');
          await staffPage.evaluate(() => document.documentElement.classList.add('elder'));
          await accessible(staffPage, 'staff · en decided by the bureau · elder');
        }
        expect(staffProblems).toEqual([]);
      } finally {
        await staffContext.close();
      }
    }
    await householdReadsOutcome('en', household, 'decreased');
    const notice = await latestDibaoNotice(household.reference, household.accessCode, 'decreased');
    expect(notice.lines.map((l) => l.text.en).join(' ')).toContain(String(decreasedYuan));
  }, 240_000);
});
