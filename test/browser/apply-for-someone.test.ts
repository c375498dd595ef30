import { describe, expect, inject, it } from 'vitest';
import { consentTexts } from '../../functions/domain/application/consent-texts.ts';
import {
  agentRelationshipNames,
  consentWayNames,
} from '../../functions/domain/application/on-behalf.ts';
import { todayInShanghai } from '../../functions/domain/dates.ts';
import { findTownship } from '../../functions/domain/divisions.ts';
import { programmes } from '../../functions/domain/policy/programmes.ts';
import { applyContent } from '../../web/src/islands/apply/content/by-locale.ts';
import { checkContent } from '../../web/src/islands/check/content/by-locale.ts';
import { staffContent } from '../../web/src/islands/staff/content/by-locale.ts';
import { statusContent } from '../../web/src/islands/status/content/by-locale.ts';
import { idNumberFor } from '../support/application-example.ts';
import { openPage, screenshot } from './support/browser.ts';
import { CheckJourney } from './support/check-journey.ts';
import { StaffConsole, watchProblems } from './support/staff-console.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('axe on applying for someone');
const accessible = suite.expectAccessible;
type Locale = 'zh-CN' | 'en';

/** A son applies for his mother on the public form, uploads her 委托书 and follows the case. */
async function agentJourney(locale: Locale, elder: boolean, serial: string) {
  const { context, page, problems } = await openPage(suite.browser(), { elder });
  const a = applyContent[locale];
  const o = a.steps.onBehalf;
  const prefix = locale === 'en' ? '/en' : '';
  try {
    await page.goto(`${baseUrl}${prefix}/check/`);
    await new CheckJourney(page, locale).answer(
      {
        need: 'regular-support',
        township: '445281001000',
        area: 'rural',
        hukou: 'puning',
        members: [{ age: 81, ableToWork: false }],
        income: { transfer: 1200, residentBasicPension: 900 },
        financialAssets: 1000,
        homes: 1,
        supporter: 'none',
      },
      (code) =>
        locale === 'en' ? (findTownship(code)?.nameEn ?? code) : (findTownship(code)?.name ?? code),
    );
    await page.getByRole('link', { name: checkContent[locale].result.apply }).first().click();
    await page.waitForURL(`${baseUrl}${prefix}/apply/`);
    const next = async (screen: string) => {
      await accessible(page, `${locale}${elder ? ' elder' : ''} apply for someone · ${screen}`);
      await page.getByRole('button', { name: a.continue, exact: true }).click();
    };
    await page.getByRole('heading', { name: a.steps.programmes.title }).waitFor();
    await next('programmes');
    for (const consent of ['privacy', 'sensitive', 'economicCheck'] as const) {
      await page.getByLabel(consentTexts[consent].agree[locale]).check();
      await next(consent);
    }
    // Applying for someone else: the agent's details; the mother's mobile may stay empty.
    await page.getByLabel(o.agent, { exact: true }).check();
    await page.getByLabel(o.name.label, { exact: true }).fill('陈大华');
    await page
      .getByLabel(o.relationship.label)
      .selectOption({ label: agentRelationshipNames.child[locale] });
    await page.getByLabel(o.mobile.label, { exact: true }).fill('13900001111');
    await page.getByLabel(a.steps.applicant.name.label, { exact: true }).fill('陈阿婆');
    const born = `${Number(todayInShanghai(Date.now()).slice(0, 4)) - 81}-01-01`;
    await page
      .getByLabel(a.steps.applicant.idNumber.label, { exact: true })
      .fill(idNumberFor(born, serial));
    await page.getByLabel(a.steps.applicant.mobileOptional.label).waitFor();
    await page.getByRole('group', { name: a.steps.staffRelative.legend }).getByLabel(a.no).check();
    await next('applicant');
    // Nothing of the agent's numbers is kept beyond the tab.
    const atRest = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(atRest).not.toContain('13900001111');
    await page.getByLabel(a.steps.residence.village.label).selectOption({ index: 2 });
    await page.getByLabel(a.steps.residence.address.label).fill('新安村 8 号');
    await next('residence');
    await next('registration');
    await page.getByLabel(a.steps.bank.bankName.label).fill('中国农业银行普宁支行');
    await page.getByLabel(a.steps.bank.accountNumber.label).fill('6228480012345670000');
    await next('bank');
    await page.getByRole('heading', { name: a.steps.review.title }).waitFor();
    await page.getByText('陈大华').first().waitFor();
    await accessible(page, `${locale} apply for someone · review`);
    await page.getByRole('button', { name: a.submit }).click();
    await page.getByRole('heading', { name: a.done.title }).waitFor();
    // The agent is asked for the written authorisation, already chosen as the kind.
    await page.getByText(a.done.authorisation).waitFor();
    const st = statusContent[locale];
    expect(await page.getByLabel(st.documents.type).inputValue()).toBe('authorisation');
    await page.getByLabel(st.documents.file).setInputFiles({
      name: 'weituoshu.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%test\n'),
    });
    await page.getByRole('button', { name: st.documents.upload, exact: true }).click();
    await page.getByRole('status').filter({ hasText: st.documents.done }).waitFor();
    await accessible(page, `${locale} apply for someone · submitted`);
    await screenshot(page, `apply-for-someone-${locale}${elder ? '-elder' : ''}`);
    const reference = (await page.locator('.reference').first().textContent()) ?? '';
    const accessCode = (await page.locator('.reference').nth(1).textContent()) ?? '';
    // The agent follows it with the reference and the code.
    await page.locator('.submitted').getByRole('link', { name: a.done.follow }).click();
    await page.getByLabel(st.reference.label).fill(reference);
    await page.getByLabel(st.accessCode.label).fill(accessCode);
    await page.getByRole('button', { name: st.lookUp }).click();
    await page
      .getByText(locale === 'en' ? 'Document uploaded: Written authorisation' : '上传材料：委托书')
      .waitFor();
    // The status page says someone else applied.
    await page.locator('dl.summary').getByText(st.submittedBy.agent).waitFor();
    await accessible(page, `${locale} apply for someone · status`);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

/** The demo village assistant applies from the console for a person of its village. */
async function assistantJourney(locale: Locale, elder: boolean, serial: string) {
  const { context, page } = await openPage(suite.browser(), { elder });
  const problems = watchProblems(page);
  const staff = new StaffConsole(page, baseUrl, locale);
  const t = staffContent[locale].onBehalf;
  const label = `${locale}${elder ? ' elder' : ''} console apply for someone`;
  try {
    await staff.open();
    await staff.signInAs('新安村委会 社会救助协理员');
    await page.getByRole('heading', { name: t.heading }).waitFor();
    await page.getByRole('heading', { name: t.mine.heading }).waitFor();
    // No queue and no figures for an assistant.
    expect(await page.getByRole('heading', { name: staff.text.queue.heading }).count()).toBe(0);
    await accessible(page, `${label} · form`);
    await page.getByLabel(t.name).fill('林阿伯');
    await page.getByLabel(t.idNumber).fill(idNumberFor('1940-03-03', serial));
    await page.getByLabel(t.address).fill('新安村 3 号');
    await page.getByLabel(t.emergency.description).fill('独居老人，房屋漏雨，无钱修缮');
    await page.getByLabel(t.emergency.occurredOn).fill(todayInShanghai(Date.now()));
    await page.getByLabel(t.consents.privacy).check();
    await page.getByLabel(t.consents.sensitive).check();
    // Oral consent needs its witness: first refused, naming the field.
    await page.getByLabel(t.consentWay.options[1]?.label ?? '').check();
    await page.getByRole('button', { name: t.submit }).click();
    await page.locator('.error-summary').waitFor();
    await accessible(page, `${label} · witness missing`);
    await page.getByLabel(t.consentWay.witnessName).fill('林主任');
    await page.getByRole('button', { name: t.submit }).click();
    await page.getByRole('heading', { name: t.done.title }).waitFor();
    const reference = (await page.locator('.reference').first().textContent()) ?? '';
    expect(reference).toMatch(/^PN-/);
    await page.locator('.queue-table').getByText(reference).waitFor();
    await accessible(page, `${label} · submitted`);
    await screenshot(page, `console-apply-for-someone-${locale}${elder ? '-elder' : ''}`);
    await page.getByRole('link', { name: t.done.open }).click();
    await page.getByRole('heading', { name: staff.text.submitter.heading }).waitFor();
    await page.getByText(staff.text.submitter.by.staff).waitFor();
    await accessible(page, `${label} · case`);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

/**
 * The demo village assistant takes a full 低保 application for an old man living alone,
 * on the public form's screens in staff mode, with his oral consent witnessed; the case
 * is in its own list, and in the township's queue with how consent was given.
 */
async function assistantFullJourney(locale: Locale, elder: boolean, serial: string) {
  const { context, page } = await openPage(suite.browser(), { elder });
  const problems = watchProblems(page);
  const staff = new StaffConsole(page, baseUrl, locale);
  const t = staffContent[locale].onBehalf;
  const a = applyContent[locale];
  const c = checkContent[locale].steps;
  const no = checkContent[locale].no;
  // The full form; the emergency shortcut's form is on the same page.
  const form = page.locator('form.apply-form');
  const label = `${locale}${elder ? ' elder' : ''} console full application`;
  const group = (legend: string) => form.getByRole('group', { name: legend, exact: true });
  const choose = (legend: string, option: string) =>
    group(legend).getByRole('radio', { name: option, exact: true }).check();
  const next = async (screen: string) => {
    await accessible(page, `${label} · ${screen}`);
    await form.getByRole('button', { name: a.continue, exact: true }).click();
  };
  const optionLabel = (options: readonly { value: string; label: string }[], value: string) =>
    options.find((o) => o.value === value)?.label ?? value;
  const witness = locale === 'en' ? 'Lin Hua' : '林主任';
  let reference = '';
  try {
    await staff.open();
    await staff.signInAs('新安村委会 社会救助协理员');
    await page.getByRole('heading', { name: t.full.heading }).waitFor();
    // The emergency shortcut stays, below.
    await page.getByRole('heading', { name: t.heading }).waitFor();
    await page.getByRole('button', { name: t.full.start }).click();
    await page.getByRole('heading', { name: a.steps.programmes.title }).waitFor();
    const dibao = programmes.dibao.name[locale];
    await form.getByRole('checkbox', { name: dibao, exact: true }).check();
    await next('programmes');
    for (const consent of ['privacy', 'sensitive', 'economicCheck'] as const) {
      await form.getByLabel(consentTexts[consent].agree[locale]).check();
      await next(consent);
    }
    // Staff act for the person: no agent asked, and his own mobile may stay empty.
    expect(await form.getByRole('group', { name: a.steps.onBehalf.legend }).count()).toBe(0);
    await form.getByLabel(a.steps.applicant.name.label, { exact: true }).fill('林阿伯');
    await page
      .getByLabel(a.steps.applicant.idNumber.label, { exact: true })
      .fill(idNumberFor('1940-03-03', serial));
    await form.getByLabel(a.steps.applicant.mobileOptional.label).waitFor();
    await group(a.steps.staffRelative.legend).getByLabel(a.no).check();
    await next('applicant');
    // The assistant's own village is already chosen.
    expect(await form.getByLabel(a.steps.residence.village.label).inputValue()).toBe(
      '445281001201',
    );
    await form.getByLabel(a.steps.residence.address.label).fill('新安村 3 号');
    await next('residence');
    await choose(c.registration.hukou.legend, optionLabel(c.registration.hukou.options, 'puning'));
    await next('registration');
    const person = form.getByRole('region', { name: new RegExp(c.members.person(1)) });
    await person.getByLabel(c.members.age).fill('86');
    await person
      .getByRole('group', { name: c.members.ableToWork.legend })
      .getByRole('radio', { name: no, exact: true })
      .check();
    await person
      .getByRole('group', { name: c.members.fullTimeStudent })
      .getByRole('radio', { name: no, exact: true })
      .check();
    await person.getByLabel(c.members.selfCare.label).fill('0');
    await next('members');
    await form.getByLabel(c.income.fields.residentBasicPension.label, { exact: true }).fill('200');
    await next('income');
    await form.getByLabel(c.assets.financialAssets.label).fill('500');
    await form.getByLabel(c.assets.homes.label).fill('1');
    await next('assets');
    await choose(c.support.supporter.legend, optionLabel(c.support.supporter.options, 'none'));
    await choose(c.support.receivingDibao.legend, no);
    await next('support');
    await form.getByLabel(c.expenses.rigidSpending.label).fill('0');
    await next('expenses');
    await form.getByLabel(a.steps.bank.bankName.label).fill('中国农业银行普宁支行');
    await form.getByLabel(a.steps.bank.accountNumber.label).fill('6228480012345671111');
    await next('bank');
    // How he consented: oral consent needs its witness, named on the screen.
    await page.getByRole('heading', { name: t.consentWay.legend }).waitFor();
    await form.getByLabel(consentWayNames['oral-witnessed'][locale], { exact: true }).check();
    await form.getByRole('button', { name: a.continue, exact: true }).click();
    await page.locator('.error-summary').waitFor();
    await accessible(page, `${label} · witness missing`);
    await form.getByLabel(t.consentWay.witnessName).fill(witness);
    await next('consent record');
    await page.getByRole('heading', { name: a.steps.review.title }).waitFor();
    await accessible(page, `${label} · review`);
    // Nothing typed is kept on the device, not even for this tab.
    const atRest = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(atRest).not.toContain('6228480012345671111');
    expect(atRest).not.toContain('林阿伯');
    await form.getByRole('button', { name: a.submit }).click();
    await page.getByRole('heading', { name: t.done.title }).waitFor();
    reference = (await page.locator('.reference').first().textContent()) ?? '';
    expect(reference).toMatch(/^PN-/);
    // In its own list of submissions.
    await page.locator('.queue-table').getByText(reference).waitFor();
    await accessible(page, `${label} · submitted`);
    await screenshot(page, `console-full-application-${locale}${elder ? '-elder' : ''}`);

    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
  // The township's officer, at another desk, finds it in the queue, with who applied and
  // how he consented.
  const officer = await openPage(suite.browser(), { elder });
  try {
    const township = new StaffConsole(officer.page, baseUrl, locale);
    const seen = watchProblems(officer.page);
    await township.open();
    await township.signInAs('流沙东街道 经办人');
    await township.queueLink(reference).waitFor();
    await township.openFromQueue(reference);
    const p = officer.page;
    await p.getByRole('heading', { name: township.text.submitter.heading }).waitFor();
    await p.getByText(township.text.submitter.by.staff).waitFor();
    await p.getByText(consentWayNames['oral-witnessed'][locale]).first().waitFor();
    await p.getByText(witness).first().waitFor();
    await accessible(p, `${label} · township's case`);
    expect(seen).toEqual([]);
  } finally {
    await officer.context.close();
  }
}

describe('applying for someone else', () => {
  it('a village assistant takes a full 低保 application from the console in Chinese, in elder mode', async () => {
    await assistantFullJourney('zh-CN', true, '691');
  });
  it('a village assistant takes a full dibao application from the console in English', async () => {
    await assistantFullJourney('en', false, '695');
  });
  it('an agent applies for his mother in Chinese in elder mode, uploads the 委托书 and follows it', async () => {
    await agentJourney('zh-CN', true, '611');
  });
  it('an agent applies in English and follows it', async () => {
    await agentJourney('en', false, '633');
  });
  it('a village assistant applies from the console in Chinese', async () => {
    await assistantJourney('zh-CN', false, '655');
  });
  it('a village assistant applies from the console in English in elder mode', async () => {
    await assistantJourney('en', true, '677');
  });
});
