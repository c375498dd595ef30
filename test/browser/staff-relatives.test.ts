import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { decisionMessages } from '../../functions/domain/application/decide.ts';
import { applicationMessages } from '../../functions/domain/application/messages.ts';
import { staffPositionNames } from '../../functions/domain/application/on-behalf.ts';
import { staffRelativeMessages } from '../../functions/domain/application/staff-relatives.ts';
import { todayInShanghai } from '../../functions/domain/dates.ts';
import { exampleApplication, idNumberFor } from '../support/application-example.ts';
import { openPage, screenshot } from './support/browser.ts';
import {
  letNoticeRunItsCourse,
  StaffConsole,
  submitApplication,
  watchProblems,
} from './support/staff-console.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Relatives of township staff and village cadres (民发〔2021〕57号 第十一条, 第二十条:
 * 单独登记备案) in the console: a township officer declares the tie, the case is marked
 * in the queue and the case view, its confirmation stays with the city bureau, which
 * records its own home visit before it can confirm — in Chinese, and in English in
 * elder mode.
 */
const baseUrl = inject('baseUrl');
const store = inject('store');
const suite = browserSuite('axe on relatives of staff');
const accessible = suite.expectAccessible;
const today = todayInShanghai(new Date());

const liushaReviewer = '流沙东街道 经办人';
const cityReviewer = '市民政局 审核员';

// A birth date no other browser test uses, so each application is a new person.
const applicant = (name: string, serial: string) => ({
  name,
  idNumber: idNumberFor('1957-05-05', serial),
  mobile: '13812345678',
});

let zhCase: { reference: string; accessCode: string };
let enCase: { reference: string; accessCode: string };

beforeAll(async () => {
  [zhCase, enCase] = await Promise.all([
    submitApplication(
      baseUrl,
      exampleApplication({ applicant: applicant('彭秀珍', '513') }, today),
    ),
    submitApplication(
      baseUrl,
      exampleApplication({ applicant: applicant('彭阿伯', '535') }, today),
    ),
  ]);
});

/** The case view's relatives-of-staff section. */
function relativeSection(staff: StaffConsole): Locator {
  return staff.page.getByRole('region', { name: staff.text.relative.heading });
}

/** The township officer records that the applicant is a relative of a village cadre. */
async function declareVillageCadre(staff: StaffConsole, label: string): Promise<void> {
  const t = staff.text.relative;
  const section = relativeSection(staff);
  await section.waitFor();
  // Nothing marked yet: the section offers the declaration only.
  expect(await section.getByText(t.flag, { exact: true }).count()).toBe(0);
  // Sent empty: each field is named in the summary.
  await section.getByRole('button', { name: t.declare, exact: true }).click();
  const summary = section.locator('.error-summary');
  await summary.waitFor();
  const said = (await summary.textContent()) ?? '';
  for (const field of ['position', 'staffName', 'relationship'] as const)
    expect(said).toContain(applicationMessages[`staffRelative.${field}`][staff.locale]);
  await accessible(staff.page, `${label} · declaration refused`);
  await section
    .getByRole('group', { name: t.position.legend })
    .getByLabel(staffPositionNames['village-cadre'][staff.locale], { exact: true })
    .check();
  await section.getByLabel(t.staffName, { exact: true }).fill('彭建国');
  await section
    .getByLabel(t.relationship, { exact: true })
    .fill(staff.locale === 'en' ? 'Nephew' : '叔侄');
  await section.getByRole('button', { name: t.declare, exact: true }).click();
  // The case view marks it, says who declared it, and that the city has not visited yet.
  await section.getByText(t.marked).waitFor();
  const shown = (await section.textContent()) ?? '';
  expect(shown).toContain(t.flag);
  expect(shown).toContain(staffPositionNames['village-cadre'][staff.locale]);
  expect(shown).toContain('彭建国');
  expect(shown).toContain(t.declaredBy.staff);
  expect(shown).toContain(t.cityVisit.none);
  // Only the city records its visit: no visit form for the township.
  expect(await section.getByLabel(t.cityVisit.findings).count()).toBe(0);
  await accessible(staff.page, `${label} · case marked`);
}

/** The queue row of `reference` carries the relatives-of-staff flag. */
async function expectFlagInQueue(staff: StaffConsole, reference: string): Promise<void> {
  await staff.open();
  const row = staff.queueRow(reference);
  await row.waitFor();
  await row.locator('.flags').getByText(staff.text.relative.flag, { exact: true }).waitFor();
}

describe('relatives of staff in the console', () => {
  it('a township officer marks a village cadre’s relative; the city visits, then confirms (zh-CN)', async () => {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    const t = staff.text.relative;
    const { reference } = zhCase;
    try {
      await staff.open();
      await staff.signInAs(liushaReviewer);
      const row = staff.queueRow(reference);
      await row.waitFor();
      expect(await row.getByText(t.flag, { exact: true }).count()).toBe(0);
      await staff.openFromQueue(reference);
      await declareVillageCadre(staff, 'zh-CN relative · township');

      // The township takes it through its part of the procedure.
      await staff.act('claim', 'in_review');
      await staff.act('recordInvestigation', 'investigated', async (form) => {
        await staff.field(form, 'findings').fill('家庭收入属实，与村干部为叔侄关系');
      });
      await staff.act('startPublicNotice', 'public_notice', async () => {}, 'dibao');
      await letNoticeRunItsCourse(store, reference, 'dibao');
      await page.reload();
      await staff.line('dibao').waitFor();
      await staff.act('endPublicNotice', 'notice_ended', async () => {}, 'dibao');
      await staff.act(
        'approve',
        'township_approved',
        async (form) => {
          await staff.field(form, 'monthlyAmountYuan').fill('650');
          await staff.field(form, 'opinion').fill('符合低保条件，报市民政局入户调查并确认');
        },
        'dibao',
      );
      // The bureau's confirmation is never the township's for a relative's case.
      const township = await staff.line('dibao').locator('details.action summary').allInnerTexts();
      for (const action of ['confirm', 'notConfirm'] as const)
        expect(township).not.toContain(staff.actionName(action));
      await relativeSection(staff).getByText(t.cityVisit.none).waitFor();

      // Marked in the township's queue.
      await expectFlagInQueue(staff, reference);
      await accessible(page, 'zh-CN relative · township queue flagged');
      await staff.signOut();

      // The city bureau: marked in its queue too.
      await staff.signInAs(cityReviewer);
      await staff.queueRow(reference).waitFor();
      await staff
        .queueRow(reference)
        .locator('.flags')
        .getByText(t.flag, { exact: true })
        .waitFor();
      await accessible(page, 'zh-CN relative · city queue flagged');
      await staff.openFromQueue(reference);
      const section = relativeSection(staff);
      await section.getByText(t.marked).waitFor();

      // Confirming before its own visit is refused with the rule.
      const early = await staff.actionForm('confirm', 'dibao');
      await staff.submit(early, 'confirm');
      await early
        .locator('.error-summary')
        .getByText(decisionMessages['relative.cityVisit']['zh-CN'])
        .waitFor();
      expect(await staff.lineState('dibao')).toBe(staff.statusName('township_approved'));
      await accessible(page, 'zh-CN relative · confirmation waits for the visit');

      // The visit form: sent empty, both fields are named; then recorded.
      await section.getByRole('button', { name: t.cityVisit.record, exact: true }).click();
      const summary = section.locator('.error-summary');
      await summary.waitFor();
      const said = (await summary.textContent()) ?? '';
      expect(said).toContain(staffRelativeMessages['cityVisit.date']['zh-CN']);
      expect(said).toContain(staffRelativeMessages['cityVisit.findings']['zh-CN']);
      await accessible(page, 'zh-CN relative · city visit refused');
      await section.getByLabel(t.cityVisit.visitedOn, { exact: true }).fill(today);
      await section
        .getByLabel(t.cityVisit.findings, { exact: true })
        .fill('市民政局入户核实：家庭收入、财产与申报一致');
      await section.getByRole('button', { name: t.cityVisit.record, exact: true }).click();
      await section.getByText(`${today} · ${cityReviewer}`).waitFor();
      expect(await section.getByText(t.cityVisit.none).count()).toBe(0);
      expect(await section.getByLabel(t.cityVisit.findings).count()).toBe(0);
      await accessible(page, 'zh-CN relative · city visit recorded');

      // Now the city confirms.
      await staff.act(
        'confirm',
        'confirmed',
        async (form) => {
          expect(await staff.field(form, 'monthlyAmountYuan').inputValue()).toBe('650');
        },
        'dibao',
      );
      expect(await staff.lineState('dibao')).toBe(staff.statusName('confirmed'));
      await accessible(page, 'zh-CN relative · confirmed by the city');
      await screenshot(page, 'staff-relative-zh-confirmed');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the same marks and the city’s visit form in English, elder mode', async () => {
    const { context, page } = await openPage(suite.browser(), { elder: true });
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl, 'en');
    const t = staff.text.relative;
    const { reference } = enCase;
    try {
      await staff.open();
      await staff.signInAs(liushaReviewer);
      await staff.queueRow(reference).waitFor();
      await staff.openFromQueue(reference);
      await declareVillageCadre(staff, 'en elder relative · township');
      await expectFlagInQueue(staff, reference);
      await accessible(page, 'en elder relative · township queue flagged');
      // Signing out lands on the one registered sign-out page, the Chinese console's.
      await page.getByRole('button', { name: staff.text.signOut }).click();
      await page.waitForURL(`${baseUrl}/staff/`);
      await staff.open();

      await staff.signInAs(cityReviewer);
      await staff
        .queueRow(reference)
        .locator('.flags')
        .getByText(t.flag, { exact: true })
        .waitFor();
      await staff.openFromQueue(reference);
      const section = relativeSection(staff);
      await section.getByText(t.marked).waitFor();
      expect(await section.textContent()).toContain(t.cityVisit.none);
      // The visit form in English, its errors naming the fields in English.
      await section.getByLabel(t.cityVisit.findings, { exact: true }).fill('Visited');
      await section.getByRole('button', { name: t.cityVisit.record, exact: true }).click();
      const summary = section.locator('.error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain(staffRelativeMessages['cityVisit.date'].en);
      await accessible(page, 'en elder relative · city visit refused');
      await section.getByLabel(t.cityVisit.visitedOn, { exact: true }).fill(today);
      await section
        .getByLabel(t.cityVisit.findings, { exact: true })
        .fill('Income and property as declared; the household lives apart from the cadre.');
      await section.getByRole('button', { name: t.cityVisit.record, exact: true }).click();
      await section.getByText(`${today} · ${cityReviewer}`).waitFor();
      await accessible(page, 'en elder relative · city visit recorded');
      await screenshot(page, 'staff-relative-en-elder');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
