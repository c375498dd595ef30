import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appealRights,
  monthWords,
  programmeShortNames,
} from '../../functions/domain/application/notices.ts';
import { rejectionReasons } from '../../functions/domain/application/staff-actions.ts';
import { addDays, todayInShanghai } from '../../functions/domain/dates.ts';
import { programmes } from '../../functions/domain/policy/programmes.ts';
import { devIdToken } from '../../functions/local/dev-sign-in.ts';
import type { LocalSystem } from '../../functions/local/local-system.ts';
import { buildSiteIfStale } from '../../functions/local/site-build.ts';
import { statusContent } from '../../web/src/islands/status/content/by-locale.ts';
import { exampleApplication, idNumberFor } from '../support/application-example.ts';
import { startTestSystem } from '../support/local-system.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 17's journey: a 68-year-old asks for 低保, 特困 and 支出型临时救助 in one
 * application; her township and the city bureau decide each programme on its own line;
 * her status page, the printable 告知书 and the text messages then say exactly that.
 * Its own local system, because the 7-day public notice needs a clock that moves.
 */
const root = resolve(import.meta.dirname, '../..');
const artifacts = resolve(root, 'test-artifacts');
const suite = browserSuite('axe on the decisions journey');
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

const applicantName = '林秀英';
const mobile = '13912345678';
const accountNumber = '6228480012345678901';
const dibaoYuan = 620;
const tekunYuan = 1_150;
const temporaryYuan = 3_000;
const explanation = '经入户调查，其子女有稳定收入，能够履行赡养义务。';

interface LineView {
  programme: string;
  state: string;
  version: number;
}
interface StaffView {
  version: number;
  lines: LineView[];
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
  expect(response.status, `${action} ${programme ?? ''}: ${await response.clone().text()}`).toBe(
    200,
  );
}

async function applyForThree(): Promise<{ reference: string; accessCode: string }> {
  const born = `${Number(today().slice(0, 4)) - 68}-01-01`;
  const response = await fetch(`${system.url}/api/applications`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': `decisions-${Date.now()}`,
    },
    body: JSON.stringify(
      exampleApplication(
        {
          programmes: ['dibao', 'tekun', 'temporary-expense'],
          applicant: { name: applicantName, idNumber: idNumberFor(born, '468'), mobile },
          expenses: { rigidSpendingLast12Months: 36_000 },
          bankAccount: { bankName: '中国农业银行普宁支行', accountNumber },
        },
        today(),
      ),
    ),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { reference: string; accessCode: string };
}

/** The township and the city bureau decide each line; returns the month dibao starts. */
async function decide(reference: string): Promise<string> {
  const township = await devIdToken(system.url, 'dev-445281001000');
  const city = await devIdToken(system.url, 'dev-city');
  await act(township, reference, 'claim', {});
  await act(township, reference, 'recordInvestigation', {
    visitedOn: today(),
    findings: '独居老人，无劳动能力，医疗支出大',
  });
  for (const programme of ['dibao', 'tekun'])
    await act(township, reference, 'startPublicNotice', { startsOn: today() }, programme);
  // The temporary line goes to the city: the township's limit is 0 yuan by default.
  await act(
    township,
    reference,
    'approveTemporary',
    { amountYuan: temporaryYuan, form: 'cash', plan: 'one-off', opinion: '医疗支出过大' },
    'temporary-expense',
  );

  clockOffsetMs += 8 * 86_400_000; // the 7-day notice has run its course
  for (const programme of ['dibao', 'tekun'])
    await act(township, reference, 'endPublicNotice', {}, programme);
  await act(
    township,
    reference,
    'approve',
    { monthlyAmountYuan: dibaoYuan, opinion: '符合低保条件' },
    'dibao',
  );
  await act(
    township,
    reference,
    'approve',
    {
      monthlyAmountYuan: tekunYuan,
      opinion: '符合特困条件',
      careLevel: 'self-care',
      supportForm: 'dispersed',
    },
    'tekun',
  );

  await act(
    city,
    reference,
    'notConfirm',
    { codes: ['supporters-able'], text: explanation },
    'tekun',
  );
  const { proposedStartMonth } = await staffView(city, reference);
  // Paid from the month after the decision (57号 第二十一条).
  expect(proposedStartMonth).toBe(addDays(`${today().slice(0, 7)}-28`, 7).slice(0, 7));
  await act(
    city,
    reference,
    'confirm',
    { monthlyAmountYuan: dibaoYuan, startMonth: proposedStartMonth },
    'dibao',
  );
  await act(
    city,
    reference,
    'confirmTemporary',
    { amountYuan: temporaryYuan, form: 'cash', plan: 'one-off', opinion: '医疗支出过大' },
    'temporary-expense',
  );
  return proposedStartMonth;
}

type Locale = 'zh-CN' | 'en';
const chinese = (locale: Locale) => locale === 'zh-CN';

/** What each card must say, in the page's language. */
function expectedCards(locale: Locale, startMonth: string) {
  const isChinese = chinese(locale);
  const month = monthWords(startMonth)[locale];
  const reason = rejectionReasons['supporters-able'][locale];
  return {
    dibao: isChinese
      ? `每月 ${dibaoYuan} 元，自 ${month}起`
      : `¥${dibaoYuan} a month, paid monthly from ${month}`,
    tekun: [
      isChinese ? '不予确认' : 'not approved by the city bureau',
      reason,
      '43号',
      explanation,
    ],
    temporary: [isChinese ? '3,000 元' : '¥3,000', isChinese ? '一次性' : 'once'],
    // Not a monthly benefit: nothing to collect each month.
    temporaryNextStep: isChinese ? '不需要您再做什么' : 'nothing more to do',
  };
}

interface Rendered {
  label: Record<Locale, string>;
  text: Record<Locale, string>;
}

/** The applicant's results as the API sends them: what the cards must show. */
async function resultsFromApi(reference: string, accessCode: string) {
  const response = await fetch(`${system.url}/api/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reference, accessCode }),
  });
  expect(response.status).toBe(200);
  const { results } = (await response.json()) as {
    results: { programme: string; notices: { lines: Rendered[] }[] }[];
  };
  expect(results.map((r) => r.programme).sort()).toEqual(['dibao', 'tekun', 'temporary-expense']);
  return results;
}

async function lookUp(page: Page, locale: Locale, reference: string, accessCode: string) {
  const s = statusContent[locale];
  await page.goto(`${system.url}${locale === 'en' ? '/en' : ''}/status/`);
  await page.getByLabel(s.reference.label).fill(reference);
  await page.getByLabel(s.accessCode.label).fill(accessCode);
  await page.getByRole('button', { name: s.lookUp }).click();
  await page.getByRole('heading', { name: s.results.title }).waitFor();
}

const card = (page: Page, programme: string) =>
  page.locator(`.result-card[data-programme="${programme}"]`);

/** Nothing wider than the screen: no sideways scrolling on a phone. */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

async function statusPageSays(
  locale: Locale,
  reference: string,
  accessCode: string,
  startMonth: string,
) {
  const s = statusContent[locale];
  const expected = expectedCards(locale, startMonth);
  const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
  try {
    await lookUp(page, locale, reference, accessCode);
    // The result first: the cards come before the case summary and the history.
    const order = await page.evaluate(() => {
      const results = document.querySelector('.results');
      const history = document.querySelector('.timeline');
      return Boolean(
        results &&
          history &&
          results.compareDocumentPosition(history) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(order).toBe(true);
    // Every programme was decided: each card is marked so, and shows its notice in full.
    expect(await page.locator('.result-card.decided').count()).toBe(3);
    await expect(card(page, 'dibao').textContent()).resolves.toContain(expected.dibao);
    await expect(card(page, 'dibao').textContent()).resolves.toContain('****8901');
    const tekun = await card(page, 'tekun').textContent();
    for (const words of expected.tekun) expect(tekun).toContain(words);
    expect(tekun).toContain(appealRights[locale]);
    // The bureau's refusal: no re-check by the township is offered (57号 第十八条 is the township's).
    expect(tekun).not.toContain(chinese(locale) ? '复查' : 're-check');
    expect(tekun).toMatch(locale === 'en' ? /60 days[\s\S]*6 months/ : /60 日[\s\S]*6 个月/);
    const temporary = await card(page, 'temporary-expense').textContent();
    for (const words of expected.temporary) expect(temporary).toContain(words);
    expect(temporary).toContain(expected.temporaryNextStep);
    expect(temporary).not.toMatch(chinese(locale) ? /每月/ : /a month/);
    // Each decided card shows its latest notice whole: every line the renderer made.
    for (const result of await resultsFromApi(reference, accessCode)) {
      const latest =
        (await card(page, result.programme).locator('.decision-notice').first().textContent()) ??
        '';
      for (const line of result.notices[0]?.lines ?? []) {
        expect(latest).toContain(line.label[locale]);
        expect(latest).toContain(line.text[locale]);
      }
      expect(result.notices[0]?.lines.length).toBeGreaterThanOrEqual(5);
    }
    // The programme's name heads each card.
    for (const id of ['dibao', 'tekun', 'temporary-expense'] as const)
      await expect(card(page, id).getByRole('heading', { level: 4 }).textContent()).resolves.toBe(
        programmes[id].name[locale],
      );
    // Nothing personal on the page: no name, ID number or full account number.
    const text = await page.locator('main').textContent();
    expect(text).not.toContain(applicantName);
    expect(text).not.toContain(accountNumber);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    await accessible(page, `${locale} status with three decisions`);
    expect(await overflows(page)).toBe(false);
    mkdirSync(artifacts, { recursive: true });
    if (locale === 'zh-CN') {
      await page.screenshot({ path: join(artifacts, 'status-360.png'), fullPage: true });
    }
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await overflows(page)).toBe(false);
    // Elder mode (22 px text) still fits the narrowest phone.
    await page.evaluate(() => document.documentElement.classList.add('elder'));
    expect(await overflows(page)).toBe(false);
    await page.evaluate(() => document.documentElement.classList.remove('elder'));

    // Print tekun's notice: the print dialog is replaced by a recorder (headless has none).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await card(page, 'tekun')
      .locator('.decision-notice')
      .first()
      .getByRole('button', { name: s.results.print })
      .click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const printed = card(page, 'tekun').locator('.decision-notice').first();
    await expect(printed.isVisible()).resolves.toBe(true);
    for (const hidden of [
      page.locator('.site-header'),
      page.locator('.site-footer'),
      page.locator('h1'),
      card(page, 'dibao'),
      card(page, 'temporary-expense'),
      card(page, 'tekun').locator('h4'),
      page.locator('.timeline'),
      page.locator('.print-button').first(),
    ])
      await expect(hidden.isVisible()).resolves.toBe(false);
    // biome-ignore lint/performance/useDomNodeTextContent: the text laid out for print is the point
    const paper = await page.locator('body').innerText();
    expect(paper).toContain(expected.tekun[0]);
    expect(paper).toContain(appealRights[locale]);
    expect(paper).toContain(reference);
    expect(paper).not.toContain(expected.dibao);
    // One A4 page.
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(artifacts, `notice-${locale}.pdf`), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
    return { a4Pages: pages };
  } finally {
    await context.close();
  }
}

/** The applicant's messages, once the notifier has sent as many as expected. */
async function messagesFor(reference: string, atLeast: number) {
  const mine = () =>
    system.messages().filter((m) => m.channel === 'sms' && m.text.includes(reference));
  for (let i = 0; i < 100 && mine().length < atLeast; i++)
    await new Promise((r) => setTimeout(r, 100));
  return mine();
}

describe('three programmes, three decisions, each told as it is', () => {
  it('低保 paid from next month, 特困 not confirmed by the city bureau with reasons, a one-off 临时救助: on the status page in both languages, on the printed notice and in the messages', async () => {
    const { reference, accessCode } = await applyForThree();
    const startMonth = await decide(reference);

    const zh = await statusPageSays('zh-CN', reference, accessCode, startMonth);
    const en = await statusPageSays('en', reference, accessCode, startMonth);

    // One message per decision: the programme and the outcome, nothing personal.
    const sms = await messagesFor(reference, 1);
    const decisions = sms.filter((m) => m.text.includes('告知书'));
    const says = (programme: 'dibao' | 'tekun' | 'temporary-expense', outcome: string) =>
      decisions.some(
        (m) => m.text.includes(programmeShortNames[programme]['zh-CN']) && m.text.includes(outcome),
      );
    expect(says('dibao', '予以确认')).toBe(true);
    expect(says('tekun', '不予确认')).toBe(true);
    expect(says('temporary-expense', '批准临时救助')).toBe(true);
    for (const message of sms) {
      expect(message.text).not.toContain(applicantName);
      expect(message.text).not.toMatch(/\d{17}[\dX]/);
      expect(message.text).not.toContain(accountNumber.slice(-4));
      expect(message.text).not.toContain(rejectionReasons['supporters-able']['zh-CN']);
      expect(message.text).not.toContain(explanation);
    }
    for (const message of decisions) expect(message.text).not.toMatch(/\d+ ?元/);
    recordEvidence('decisions journey', {
      decisionMessages: decisions.length,
      printedNoticePagesZh: zh.a4Pages,
      printedNoticePagesEn: en.a4Pages,
    });
  }, 240_000);
});
