import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, todayInShanghai } from '../../functions/domain/dates.ts';
import { programmes } from '../../functions/domain/policy/programmes.ts';
import { exampleApplication, idNumberFor } from '../support/application-example.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage, screenshot } from './support/browser.ts';
import {
  answerAsApplicant,
  StaffConsole,
  submitApplication,
  uploadAsApplicant,
  watchProblems,
} from './support/staff-console.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('axe on the staff console');
const accessible = suite.expectAccessible;

const liushaEast = '445281001000';
const chiwei = '445281005000';
const liushaReviewer = '流沙东街道 经办人';
const chiweiReviewer = '池尾街道 经办人';
const cityReviewer = '市民政局 审核员';

// A birth date no other browser test uses, so each application is a new person.
const applicant = (name: string, serial: string) => ({
  name,
  idNumber: idNumberFor('1961-07-15', serial),
  mobile: '13812345678',
});

let main: { reference: string; accessCode: string };
let emergency: { reference: string; accessCode: string };
let moved: { reference: string; accessCode: string };
const today = todayInShanghai(new Date());

beforeAll(async () => {
  const base = exampleApplication();
  [main, emergency, moved] = await Promise.all([
    // The browser tests run on the real clock: ages as of today.
    submitApplication(
      baseUrl,
      exampleApplication({ applicant: applicant('林秀英', '211') }, today),
    ),
    submitApplication(
      baseUrl,
      exampleApplication(
        {
          applicant: applicant('黄志强', '233'),
          programmes: ['temporary-emergency'],
          emergency: {
            description: '房屋失火，衣物被褥全部烧毁',
            occurredOn: today,
            townshipCode: liushaEast,
          },
        },
        today,
      ),
    ),
    submitApplication(
      baseUrl,
      exampleApplication({ applicant: applicant('陈木兰', '255'), income: base.income }, today),
    ),
  ]);
});

describe('the staff console', () => {
  it('a township reviewer signs in, sees queue and figures, and takes an application through the procedure', async () => {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    const t = staff.text;
    try {
      await staff.open();
      await page.getByRole('heading', { name: t.signIn.heading }).waitFor();
      await accessible(page, 'staff · signed out');
      await staff.signInAs(liushaReviewer);
      expect(await page.locator('.staff-who').textContent()).toContain(liushaReviewer);
      // Nothing but the ID token in this tab's session storage; nothing in localStorage.
      const stored = await page.evaluate(() => ({
        session: Object.keys(sessionStorage),
        local: Object.keys(localStorage),
      }));
      expect(stored.session).toContain('puning.staff.idToken');
      expect(stored.local.filter((k) => k.startsWith('puning.staff'))).toEqual([]);

      // The queue: our three applications, the emergency first and marked in words.
      await staff.queueLink(main.reference).waitFor();
      await staff.queueLink(moved.reference).waitFor();
      const first = page.locator('.queue-table tbody tr').first();
      expect(await first.textContent()).toContain(emergency.reference);
      expect(await first.textContent()).toContain(t.queue.emergency);

      // The figures: the chart is drawn, and its table carries the numbers.
      await page.waitForFunction(() => {
        const canvas = document.querySelector('.chart-box canvas') as HTMLCanvasElement | null;
        return canvas !== null && canvas.width > 0 && canvas.style.height !== '';
      });
      const chartLabel = (await page.locator('.chart-box canvas').getAttribute('aria-label')) ?? '';
      const submittedRow = page
        .getByRole('table', { name: t.dashboard.tableCaption })
        .getByRole('row', { name: new RegExp(staff.statusName('submitted')) });
      const submittedCount = Number(await submittedRow.getByRole('cell').textContent());
      expect(submittedCount).toBeGreaterThanOrEqual(3);
      expect(chartLabel).toContain(`${staff.statusName('submitted')} ${submittedCount}`);
      const openFigure = Number(
        await page
          .locator('.stats div')
          .filter({ hasText: t.dashboard.open })
          .locator('dd')
          .textContent(),
      );
      expect(openFigure).toBeGreaterThanOrEqual(submittedCount);
      await accessible(page, 'staff · queue and figures');
      await screenshot(page, 'staff-queue-zh-desktop');

      // A filter: emergency help only.
      await page.getByLabel(t.queue.filters.programme).selectOption('temporary-emergency');
      await page.getByRole('button', { name: t.queue.filters.apply, exact: true }).click();
      await page.waitForURL(/programme=temporary-emergency/);
      await staff.queueLink(main.reference).waitFor({ state: 'detached' });
      await staff.queueLink(emergency.reference).waitFor();

      // The CSV export downloads with the bearer token.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t.dashboard.exportCsv }).click(),
      ]);
      const csv = await readFile((await download.path()) ?? '', 'utf8');
      expect(csv).toContain(main.reference);
      expect(download.suggestedFilename()).toBe(`applications-${liushaEast}.csv`);

      await page.getByLabel(t.queue.filters.programme).selectOption('');
      await page.getByRole('button', { name: t.queue.filters.apply, exact: true }).click();
      await staff.openFromQueue(main.reference);
      await accessible(page, 'staff · application submitted');

      await staff.act('claim', 'in_review');
      // Focus moves to the result of the action.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
        'status',
      );

      // Asking for information: the form is checked in the browser first.
      const ask = await staff.actionForm('requestInfo');
      await staff.field(ask, 'dueOn').fill(today);
      await staff.submit(ask, 'requestInfo');
      const summary = ask.locator('.error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain(t.actions.fields.message?.label);
      expect(await summary.textContent()).toContain('日期应晚于今天');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      await accessible(page, 'staff · action errors');
      await staff.field(ask, 'message').fill('请补充近 6 个月的银行流水');
      await staff.field(ask, 'dueOn').fill(addDays(today, 7));
      await staff.submit(ask, 'requestInfo');
      await staff.done('requestInfo', 'needs_info');

      // The applicant uploads a bank statement, answers and corrects the wages; staff
      // see what changed and can open the document.
      await uploadAsApplicant(baseUrl, main);
      await answerAsApplicant(baseUrl, main, '已补充银行流水，工资收入有变化', {
        income: { ...exampleApplication().income, wages: 600 },
      });
      await page.getByRole('link', { name: t.application.back }).click();
      await staff.queueRow(main.reference).getByText(t.queue.answered).waitFor();
      await staff.openFromQueue(main.reference);
      expect(await staff.status()).toBe(staff.statusName('in_review'));
      await page.getByRole('heading', { name: t.application.changed.heading }).waitFor();
      const wagesRow = page.getByRole('row', {
        name: new RegExp(t.application.money.income.wages),
      });
      expect(await wagesRow.textContent()).toContain(t.application.changed.tag);
      expect(await wagesRow.textContent()).toContain('600 元');
      await accessible(page, 'staff · application with changed fields');
      const [documentDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t.application.documents.open }).click(),
      ]);
      const opened = await readFile((await documentDownload.path()) ?? '');
      expect(opened.length).toBe(512);

      await staff.act('recordInvestigation', 'investigated', async (form) => {
        expect(await staff.field(form, 'visitedOn').inputValue()).toBe(today);
        await staff.field(form, 'findings').fill('独居，无劳动能力，收入属实');
      });
      await staff.act('startPublicNotice', 'public_notice');
      expect(await staff.status()).toBe(staff.statusName('public_notice'));

      // The history: every step, in order, who did it.
      const history = page.locator('ol.history > li');
      expect(await history.count()).toBe(7);
      expect(await history.nth(1).textContent()).toContain(liushaReviewer);
      expect(await history.nth(3).textContent()).toContain(t.application.history.applicant);
      await accessible(page, 'staff · application in public notice');
      await screenshot(page, 'staff-application-zh-desktop');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('emergency aid first, then the township approves and the city bureau confirms', async () => {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    const t = staff.text;
    try {
      await staff.open();
      await staff.signInAs(liushaReviewer);
      await staff.openApplication(emergency.reference);
      expect(await page.locator('.summary').first().textContent()).toContain(t.queue.emergency);
      await staff.act('grantEmergencyAid', 'emergency_aid_granted', async (form) => {
        await staff.field(form, 'amountYuan').fill('2000');
        await staff.field(form, 'paperworkDueOn').fill(addDays(today, 10));
        await staff.field(form, 'reason').fill('房屋失火，生活暂时无着');
      });
      await staff.act('approve', 'township_approved', async (form) => {
        await staff.field(form, 'monthlyAmountYuan').fill('500');
        await staff.field(form, 'opinion').fill('情况属实，同意临时救助');
      });
      // A township cannot confirm: the action is not offered.
      expect(await page.locator('details.action').count()).toBe(0);
      await staff.signOut();

      await staff.signInAs(cityReviewer);
      // The city chooses a township first; "show" without one says so.
      await page.getByRole('button', { name: t.queue.township.show }).click();
      await page.getByText(t.queue.township.required).waitFor();
      await staff.chooseTownship(liushaEast);
      await staff.queueLink(emergency.reference).waitFor();
      await page.getByRole('table', { name: t.dashboard.byTownshipCaption }).waitFor();
      await accessible(page, 'staff · city queue');
      await staff.openFromQueue(emergency.reference);
      await staff.act('confirm', 'confirmed', async (form) => {
        expect(await staff.field(form, 'monthlyAmountYuan').inputValue()).toBe('500');
        expect(await staff.field(form, 'startMonth').inputValue()).toBe(today.slice(0, 7));
      });
      expect(await staff.status()).toBe('已批准');
      await accessible(page, 'staff · confirmed');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a stale page gets "changed meanwhile"; a transfer reaches the other township', async () => {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    try {
      await staff.open();
      await staff.signInAs(liushaReviewer);
      await staff.openApplication(moved.reference);

      // A colleague takes it up meanwhile (version 1 → 2); this page still shows version 1.
      const status = await page.evaluate(async (reference) => {
        const token = sessionStorage.getItem('puning.staff.idToken');
        const res = await fetch(`/api/staff/applications/${reference}/actions/claim`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ version: 1, input: {} }),
        });
        return res.status;
      }, moved.reference);
      expect(status).toBe(200);

      const transfer = async () => {
        const form = await staff.actionForm('transfer');
        expect(
          await staff.field(form, 'toTownship').locator(`option[value="${liushaEast}"]`).count(),
        ).toBe(0);
        await staff.field(form, 'toTownship').selectOption(chiwei);
        await staff.field(form, 'reason').fill('申请人实际居住在池尾街道');
        await staff.submit(form, 'transfer');
      };
      await transfer();
      await page
        .getByRole('status')
        .filter({ hasText: `当前状态：${staff.statusName('in_review')}` })
        .waitFor();
      expect(await staff.status()).toBe(staff.statusName('in_review'));
      await accessible(page, 'staff · conflict');

      await transfer();
      await staff.done('transfer', 'in_review');
      expect(await page.locator('.summary').first().textContent()).toContain('池尾街道');
      await staff.signOut();

      await staff.signInAs(chiweiReviewer);
      await staff.queueLink(moved.reference).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('queue and application in elder mode on a phone, in Chinese and in English', async () => {
    const { context, page } = await openPage(suite.browser(), { elder: true, viewport: 'phone' });
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    try {
      await staff.open();
      await accessible(page, 'staff · signed out · elder');
      await staff.signInAs(liushaReviewer);
      await staff.queueLink(main.reference).waitFor();
      await page.locator('.chart-box canvas').waitFor();
      await accessible(page, 'staff · queue · elder phone');
      await screenshot(page, 'staff-queue-zh-elder-phone');
      await staff.openFromQueue(main.reference);
      await accessible(page, 'staff · application · elder phone');

      // Elder mode: the console's buttons and the actions' summaries are at least 60 px.
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('main button, main summary')]
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => el.getBoundingClientRect().height),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual(60);

      // The language switch keeps the application open.
      await page.getByRole('link', { name: 'Read this page in English' }).click();
      await page.waitForURL(/\/en\/staff\/application\/\?ref=/);
      const en = new StaffConsole(page, baseUrl, 'en');
      await page
        .getByRole('heading', { name: en.text.application.heading(main.reference) })
        .waitFor();
      expect(await en.status()).toBe(en.statusName('public_notice'));
      await accessible(page, 'staff · application · en elder phone');
      await page.getByRole('link', { name: en.text.application.back }).click();
      await en.queueLink(main.reference).waitFor();
      await accessible(page, 'staff · queue · en elder phone');
      await screenshot(page, 'staff-queue-en-elder-phone');
      expect(problems).toEqual([]);
      recordEvidence('staff console journey', {
        signIns: 6,
        actions: 9,
        references: [main.reference, emergency.reference, moved.reference].join(' '),
      });
    } finally {
      await context.close();
    }
  });
});

describe('the figures by programme', () => {
  it('shows each programme’s lines to the city, by township, in both languages', async () => {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    try {
      await staff.open();
      await staff.signInAs(cityReviewer);
      const dibaoRow = (caption: string, locale: 'zh-CN' | 'en') =>
        page
          .getByRole('table', { name: caption, exact: true })
          .getByRole('row', { name: programmes.dibao.name[locale] });
      // The applications submitted above are 低保 lines in progress.
      const zh = dibaoRow(staff.text.dashboardLines.caption, 'zh-CN');
      await zh.waitFor();
      const inProgress = Number(await zh.getByRole('cell').first().textContent());
      expect(inProgress).toBeGreaterThanOrEqual(2);
      await page
        .getByRole('table', { name: staff.text.dashboardLines.byTownshipCaption })
        .waitFor();
      await accessible(page, 'staff · figures by programme');

      await page.goto(`${baseUrl}/en/staff/`);
      const en = new StaffConsole(page, baseUrl, 'en');
      await en.signedIn();
      await dibaoRow(en.text.dashboardLines.caption, 'en').waitFor();
      await accessible(page, 'staff · figures by programme · en');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
