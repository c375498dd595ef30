import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { decisionMessages } from '../../functions/domain/application/decide.ts';
import {
  aidFormNames,
  careLevelNames,
  supportFormNames,
} from '../../functions/domain/application/notices.ts';
import {
  rejectionReasons,
  staffActionMessages,
} from '../../functions/domain/application/staff-actions.ts';
import { addDays, todayInShanghai } from '../../functions/domain/dates.ts';
import { formatYuan } from '../../functions/domain/policy/money.ts';
import { programmes } from '../../functions/domain/policy/programmes.ts';
import { exampleApplication, idNumberFor } from '../support/application-example.ts';
import { exampleComplaint, exampleLead } from '../support/report-examples.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage, screenshot } from './support/browser.ts';
import {
  answerAsApplicant,
  letNoticeRunItsCourse,
  StaffConsole,
  submitApplication,
  uploadAsApplicant,
  watchProblems,
} from './support/staff-console.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const store = inject('store');
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
let both: { reference: string; accessCode: string };
let tekun: { reference: string; accessCode: string };
let inChiwei: { reference: string; accessCode: string };
const today = todayInShanghai(new Date());
/** The month after today: the earliest a monthly benefit is paid from (57号 第二十一条). */
const nextMonth = (() => {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
})();

beforeAll(async () => {
  const base = exampleApplication();
  [main, emergency, moved, both, tekun, inChiwei] = await Promise.all([
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
    submitApplication(
      baseUrl,
      exampleApplication(
        { applicant: applicant('郑阿婆', '277'), programmes: ['dibao', 'tekun'] },
        today,
      ),
    ),
    submitApplication(
      baseUrl,
      exampleApplication(
        { applicant: applicant('吴伯', '299'), programmes: ['dibao', 'tekun'] },
        today,
      ),
    ),
    submitApplication(
      baseUrl,
      exampleApplication(
        {
          applicant: applicant('蔡玉兰', '311'),
          residence: { townshipCode: chiwei, villageCode: '445281005201', address: '池尾 1 号' },
        },
        today,
      ),
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
      // Leads in its township; complaint figures are the city bureau's, never a township's.
      await page.getByRole('heading', { name: t.newKinds.leadsHeading }).waitFor();
      expect(await page.getByRole('heading', { name: t.newKinds.complaintsHeading }).count()).toBe(
        0,
      );
      await accessible(page, 'staff · queue and figures');
      await screenshot(page, 'staff-queue-zh-desktop');

      // A filter: emergency help only.
      await page
        .getByRole('combobox', { name: t.queue.filters.programme, exact: true })
        .selectOption('temporary-emergency');
      await page.getByRole('button', { name: t.queue.filters.apply, exact: true }).click();
      await page.waitForURL(/programme=temporary-emergency/);
      await staff.queueLink(main.reference).waitFor({ state: 'detached' });
      await staff.queueLink(emergency.reference).waitFor();

      // The CSV export runs as a job: progress, then a link to the file.
      await page.getByRole('button', { name: t.dashboard.exportCsv }).click();
      const link = page.getByRole('link', { name: /^下载 applications-/ });
      await link.waitFor();
      await accessible(page, 'staff · export ready');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const csv = await readFile((await download.path()) ?? '', 'utf8');
      expect(csv).toContain(main.reference);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^applications-${liushaEast}-\\d{8}\\.csv$`),
      );

      await page
        .getByRole('combobox', { name: t.queue.filters.programme, exact: true })
        .selectOption('');
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

  it('emergency aid first, then the township supports temporary assistance and the city bureau, seeing every township, approves it', async () => {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    const t = staff.text;
    try {
      await staff.open();
      await staff.signInAs(liushaReviewer);
      await staff.openApplication(emergency.reference);
      expect(await page.locator('.summary').first().textContent()).toContain(t.queue.emergency);
      await staff.act(
        'grantEmergencyAid',
        'emergency_aid_granted',
        async (form) => {
          await staff.field(form, 'amountYuan').fill('2000');
          await staff.field(form, 'paperworkDueOn').fill(addDays(today, 10));
          await staff.field(form, 'reason').fill('房屋失火，生活暂时无着');
        },
        'temporary-emergency',
      );
      // Above the township's limit (none by default) the city bureau approves: the form says so.
      const approve = await staff.actionForm('approveTemporary', 'temporary-emergency');
      await staff.field(approve, 'amountYuan').fill('3000');
      await approve.getByText(t.actions.notes.temporaryToCity(formatYuan(0)['zh-CN'])).waitFor();
      await approve.getByLabel(aidFormNames.cash['zh-CN'], { exact: true }).check();
      await approve.getByLabel(t.actions.choices.plan?.['one-off'] ?? '', { exact: true }).check();
      await staff.field(approve, 'opinion').fill('情况属实，同意临时救助 3000 元');
      await staff.submit(approve, 'approveTemporary');
      await staff.done('approveTemporary', 'township_approved');
      expect(await staff.lineState('temporary-emergency')).toBe(
        staff.statusName('township_approved'),
      );
      // A township cannot approve above its limit: nothing more is offered to it but a
      // referral to another department, which any state allows.
      expect(await page.locator('details.action summary').allInnerTexts()).toEqual([
        staff.actionName('recordReferral'),
      ]);
      await staff.signOut();

      // The city sees every township's queue at once, and may narrow it to one.
      await staff.signInAs(cityReviewer);
      await staff.queueLink(emergency.reference).waitFor();
      await staff.queueLink(inChiwei.reference).waitFor();
      await page
        .locator('.queue-table')
        .getByRole('columnheader', { name: t.queue.columns.township })
        .waitFor();
      expect(await staff.queueRow(inChiwei.reference).textContent()).toContain('池尾街道');
      await page.getByRole('table', { name: t.dashboard.byTownshipCaption }).waitFor();
      await accessible(page, 'staff · city queue, every township');
      await staff.chooseTownship(chiwei);
      await page.waitForURL(new RegExp(`township=${chiwei}`));
      await staff.queueLink(emergency.reference).waitFor({ state: 'detached' });
      await staff.queueLink(inChiwei.reference).waitFor();
      await staff.chooseTownship('');
      await staff.openFromQueue(emergency.reference);
      await staff.act(
        'confirmTemporary',
        'confirmed',
        async (form) => {
          expect(await staff.field(form, 'amountYuan').inputValue()).toBe('3000');
          expect(await form.getByLabel(aidFormNames.cash['zh-CN']).isChecked()).toBe(true);
          await staff.field(form, 'opinion').fill('同意');
        },
        'temporary-emergency',
      );
      expect(await staff.status()).toBe('已批准');
      const notices = staff.line('temporary-emergency').locator('.notice-list > li');
      expect(await notices.count()).toBeGreaterThanOrEqual(2);
      await accessible(page, 'staff · confirmed');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('one line at a time: the township refuses 特困 before the notice and 低保 goes on; the 告知书 prints alone', async () => {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    const t = staff.text;
    try {
      await staff.open();
      await staff.signInAs(liushaReviewer);
      // The queue row says each line's state.
      const row = staff.queueRow(both.reference);
      await row.waitFor();
      expect(await row.locator('.line-states li').count()).toBe(2);
      await staff.openFromQueue(both.reference);
      await page.getByText(t.lines.alternativesConflict).waitFor();
      await page.getByText(t.actions.intro).waitFor();
      await staff.act('claim', 'in_review');
      expect(await staff.lineState('dibao')).toBe(staff.statusName('in_review'));
      expect(await staff.lineState('tekun')).toBe(staff.statusName('in_review'));

      const reject = await staff.actionForm('reject', 'tekun');
      await staff.submit(reject, 'reject');
      await reject.locator('.error-summary').waitFor();
      await reject
        .getByLabel(rejectionReasons['supporters-able']['zh-CN'], { exact: true })
        .check();
      await staff.field(reject, 'text').fill('其子有赡养能力，不属于特困供养对象');
      await staff.submit(reject, 'reject');
      await staff.done('reject', 'rejected');
      expect(await staff.lineState('tekun')).toBe(staff.statusName('rejected'));
      expect(await staff.lineState('dibao')).toBe(staff.statusName('in_review'));
      await page.getByText(t.lines.alternativesConflict).waitFor({ state: 'detached' });

      // 低保 goes on: the home visit acts on the open line only.
      await staff.act('recordInvestigation', 'investigated', async (form) => {
        await staff.field(form, 'findings').fill('独居，收入属实');
      });
      expect(await staff.lineState('dibao')).toBe(staff.statusName('investigated'));
      expect(await staff.lineState('tekun')).toBe(staff.statusName('rejected'));
      expect(await staff.line('dibao').locator('details.action').count()).toBeGreaterThan(0);
      await accessible(page, 'staff · one line refused, one going on');

      // The refusal's 告知书: opened, then printed alone.
      const tekunLine = staff.line('tekun');
      await tekunLine.getByRole('button', { name: t.lines.notices.open }).click();
      const notice = tekunLine.locator('article.notice-document');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('不予批准');
      expect(await notice.textContent()).toContain('其子有赡养能力');
      await page.evaluate(() => {
        window.print = () => {
          document.body.dataset.printed = 'yes';
        };
      });
      await notice.getByRole('button', { name: t.lines.notices.print }).click();
      expect(await page.evaluate(() => document.body.dataset.printed)).toBe('yes');
      await page.emulateMedia({ media: 'print' });
      expect(await notice.isVisible()).toBe(true);
      expect(await page.locator('.staff-actions').isVisible()).toBe(false);
      expect(await staff.line('dibao').isVisible()).toBe(false);
      expect(await notice.getByRole('button', { name: t.lines.notices.print }).isVisible()).toBe(
        false,
      );
      await page.emulateMedia({ media: 'screen' });
      await accessible(page, 'staff · notice open');

      // The same page in English.
      await page.getByRole('link', { name: 'Read this page in English' }).click();
      await page.waitForURL(/\/en\/staff\/application\/\?ref=/);
      const en = new StaffConsole(page, baseUrl, 'en');
      await page.getByRole('heading', { name: en.text.lines.heading }).waitFor();
      expect(await en.lineState('tekun')).toBe(en.statusName('rejected'));
      expect(await en.lineState('dibao')).toBe(en.statusName('investigated'));
      await en.line('tekun').getByRole('button', { name: en.text.lines.notices.open }).click();
      expect(await en.line('tekun').locator('article.notice-document').textContent()).toContain(
        'refused',
      );
      await accessible(page, 'staff · lines in English');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('特困 is approved with its care level and form of support; the city confirms from next month, and 特困 replaces the 低保 paid', async () => {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    const t = staff.text;
    try {
      await staff.open();
      await staff.signInAs(liushaReviewer);
      await staff.openApplication(tekun.reference);
      await staff.act('claim', 'in_review');
      await staff.act('recordInvestigation', 'investigated', async (form) => {
        await staff.field(form, 'findings').fill('无劳动能力，无生活来源，无法定赡养人');
      });
      for (const programme of ['dibao', 'tekun'] as const)
        await staff.act('startPublicNotice', 'public_notice', async () => {}, programme);
      for (const programme of ['dibao', 'tekun'] as const)
        await letNoticeRunItsCourse(store, tekun.reference, programme);
      await page.reload();
      await staff.line('tekun').waitFor();
      for (const programme of ['dibao', 'tekun'] as const)
        await staff.act('endPublicNotice', 'notice_ended', async () => {}, programme);
      await staff.act(
        'approve',
        'township_approved',
        async (form) => {
          // 低保's approval asks no care level.
          expect(await form.getByText(t.actions.fields.careLevel?.label ?? '').count()).toBe(0);
          await staff.field(form, 'monthlyAmountYuan').fill('700');
          await staff.field(form, 'opinion').fill('符合低保条件');
        },
        'dibao',
      );

      // The approval of 特困 asks the assessed care level and the form of support.
      const approve = await staff.actionForm('approve', 'tekun');
      await staff.field(approve, 'monthlyAmountYuan').fill('1300');
      await staff.field(approve, 'opinion').fill('符合特困人员认定条件');
      await staff.submit(approve, 'approve');
      const summary = approve.locator('.error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain(t.actions.fields.careLevel?.label);
      expect(await summary.textContent()).toContain(
        staffActionMessages['careLevel.required']['zh-CN'],
      );
      expect(await summary.textContent()).toContain(
        staffActionMessages['supportForm.required']['zh-CN'],
      );
      await accessible(page, 'staff · 特困 approval errors');
      await approve.getByLabel(careLevelNames['partly-lost']['zh-CN'], { exact: true }).check();
      await approve.getByLabel(supportFormNames.dispersed['zh-CN'], { exact: true }).check();
      await staff.submit(approve, 'approve');
      await staff.done('approve', 'township_approved');
      await staff.signOut();

      await staff.signInAs(cityReviewer);
      await staff.openApplication(tekun.reference);
      await staff.act(
        'confirm',
        'confirmed',
        async (form) => {
          expect(await staff.field(form, 'startMonth').inputValue()).toBe(nextMonth);
          expect(await staff.field(form, 'monthlyAmountYuan').inputValue()).toBe('700');
          await form.getByText('从批准的次月起发放').waitFor();
        },
        'dibao',
      );

      // 低保 is paid now: confirming 特困 says it replaces 低保, ticked on purpose.
      const confirm = await staff.actionForm('confirm', 'tekun');
      expect(await staff.field(confirm, 'startMonth').inputValue()).toBe(nextMonth);
      expect(await staff.field(confirm, 'monthlyAmountYuan').inputValue()).toBe('1300');
      expect(
        await confirm
          .getByLabel(careLevelNames['partly-lost']['zh-CN'], { exact: true })
          .isChecked(),
      ).toBe(true);
      await staff.submit(confirm, 'confirm');
      await confirm.locator('.error-summary').waitFor();
      expect(await confirm.locator('.error-summary').textContent()).toContain(
        decisionMessages['alternative.receivesDibao']['zh-CN'],
      );
      await accessible(page, 'staff · confirm form, 特困 replacing 低保');
      await confirm.getByLabel(t.actions.replacesDibaoOption, { exact: true }).check();
      await staff.submit(confirm, 'confirm');
      // The same words as the 低保 confirmation's message: wait for the line itself.
      await staff
        .line('tekun')
        .locator('.line-state', { hasText: staff.statusName('confirmed') })
        .waitFor();
      const facts = await staff.line('tekun').locator('dl.summary').textContent();
      expect(facts).toContain(nextMonth);
      expect(facts).toContain(careLevelNames['partly-lost']['zh-CN']);
      expect(facts).toContain(supportFormNames.dispersed['zh-CN']);
      expect(await staff.line('dibao').locator('dl.summary').textContent()).toContain(
        t.lines.supersededBy,
      );
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
        signIns: 9,
        actions: 22,
        references: [
          main.reference,
          emergency.reference,
          moved.reference,
          both.reference,
          tekun.reference,
        ].join(' '),
      });
    } finally {
      await context.close();
    }
  });

  it('fits every console screen into 320 and 360 px, normal and elder mode, both languages', async () => {
    let screens = 0;
    const widths: string[] = [];
    for (const locale of ['zh-CN', 'en'] as const)
      for (const elder of [false, true]) {
        const { context, page } = await openPage(suite.browser(), { elder, viewport: 'phone' });
        const staff = new StaffConsole(page, baseUrl, locale);
        const fits = async (what: string) => {
          for (const width of [320, 360]) {
            await page.setViewportSize({ width, height: 740 });
            const wide = await page.evaluate(
              () => document.documentElement.scrollWidth - window.innerWidth,
            );
            screens++;
            if (wide > 0) {
              // Name the outermost elements that stick out, so a failure says what to fix.
              const culprits = await page.evaluate(() =>
                [...document.querySelectorAll('body *')]
                  .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
                  // What a scrolling box clips does not widen the page.
                  .filter((el) => {
                    for (let up = el.parentElement; up; up = up.parentElement)
                      if (getComputedStyle(up).overflowX !== 'visible') return false;
                    return true;
                  })
                  .filter(
                    (el) =>
                      (el.parentElement?.getBoundingClientRect().right ?? 0) <=
                      window.innerWidth + 1,
                  )
                  .slice(0, 3)
                  .map(
                    (el) =>
                      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} in ${el.parentElement?.className ?? ''} "${(el.textContent ?? '').slice(0, 30)}"`,
                  ),
              );
              widths.push(
                `${locale} ${elder ? 'elder' : 'normal'} ${width}px ${what}: +${wide}px (${culprits.join(', ')})`,
              );
            }
          }
        };
        let step = 'open';
        try {
          await staff.open();
          await fits('signed out');
          step = 'township queue';
          await staff.signInAs(liushaReviewer);
          await staff.queueLink(main.reference).waitFor();
          await fits('township queue');
          step = 'application';
          // An application with two programmes: the case actions and one panel per line.
          await staff.openApplication(both.reference);
          await fits('application with lines');
          step = 'application being paid';
          // 特困 confirmed above: the line's review date and its after-approval forms.
          await staff.openApplication(tekun.reference);
          await fits('application being paid');
          step = 'review queue';
          await staff.open();
          await staff.chooseView('review');
          await fits('township review queue');
          step = 'city queue';
          // A fresh page for the city reviewer (signing out returns to the Chinese page).
          await page.context().clearCookies();
          await page.evaluate(() => sessionStorage.clear());
          await staff.open();
          await staff.signInAs(cityReviewer);
          // The whole city's queue: its first page, whatever is on it.
          await page.getByRole('table').first().waitFor();
          await fits('city queue across townships');
        } catch (error) {
          await screenshot(page, `staff-width-failure-${locale}-${elder ? 'elder' : 'normal'}`);
          throw new Error(`${locale} ${elder ? 'elder' : 'normal'} at ${step}: ${String(error)}`);
        } finally {
          await context.close();
        }
      }
    expect(widths).toEqual([]);
    recordEvidence('staff console widths', { screens, tooWide: widths.length });
    // Four sign-ins and six screens at two widths each: longer than one default timeout.
  }, 180_000);
});

/** A report sent as the public form sends it (its own client, so no rate limit is shared). */
async function report(path: '/api/leads' | '/api/complaints', body: unknown, client: string) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': `staff-figures-${path.slice('/api/'.length)}-${Date.now()}`,
      'X-Forwarded-For': client,
    },
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

describe('the figures by programme', () => {
  it('shows each programme’s lines to the city, by township, in both languages', async () => {
    await report('/api/leads', exampleLead(), '198.51.100.201');
    await report('/api/complaints', exampleComplaint(), '198.51.100.202');
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
      // The kinds issue 19 added: leads by township, complaints city-wide.
      const figure = (name: string) =>
        page.locator('.stats div').filter({ hasText: name }).locator('dd');
      const k = staff.text.newKinds;
      await page.getByRole('table', { name: k.leadsByTownshipCaption }).waitFor();
      expect(Number(await figure(k.leadsOpen).first().textContent())).toBeGreaterThanOrEqual(1);
      expect(Number(await figure(k.complaintsOpen).textContent())).toBeGreaterThanOrEqual(1);
      await page.getByRole('heading', { name: k.othersHeading }).waitFor();
      await page.getByRole('heading', { name: k.referralsHeading }).waitFor();
      await accessible(page, 'staff · figures by programme');

      await page.goto(`${baseUrl}/en/staff/`);
      const en = new StaffConsole(page, baseUrl, 'en');
      await en.signedIn();
      await dibaoRow(en.text.dashboardLines.caption, 'en').waitFor();
      await page.getByRole('heading', { name: en.text.newKinds.complaintsHeading }).waitFor();
      expect(
        Number(await figure(en.text.newKinds.complaintsOpen).textContent()),
      ).toBeGreaterThanOrEqual(1);
      await accessible(page, 'staff · figures by programme · en');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
