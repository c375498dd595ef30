import { beforeAll, describe, expect, inject, it } from 'vitest';
import { todayInShanghai } from '../../functions/domain/dates.ts';
import { findTownship } from '../../functions/domain/divisions.ts';
import { departments } from '../../functions/domain/referrals/departments.ts';
import { checkContent } from '../../web/src/islands/check/content/by-locale.ts';
import { statusContent } from '../../web/src/islands/status/content/by-locale.ts';
import { exampleApplication, idNumberFor } from '../support/application-example.ts';
import { openPage, screenshot } from './support/browser.ts';
import { type CheckAnswers, CheckJourney } from './support/check-journey.ts';
import { StaffConsole, submitApplication, watchProblems } from './support/staff-console.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Referrals (一门受理、协同办理, 普民〔2021〕77号 二(五)) in the browser: the check's result
 * suggests related help; the console suggests it for a case and records a referral;
 * the applicant's status page lists it — both languages, normal and elder mode.
 */
const baseUrl = inject('baseUrl');
const suite = browserSuite('axe on referrals');
const accessible = suite.expectAccessible;
const today = todayInShanghai(new Date());
const liushaReviewer = '流沙东街道 经办人';

const townshipLabel = (locale: 'zh-CN' | 'en') => (code: string) => {
  const t = findTownship(code);
  if (!t) throw new Error(code);
  return locale === 'en' ? t.nameEn : t.name;
};

/** A parent out of work and a child at school with a disability, renting. */
const familyWithDisabledChild: CheckAnswers = {
  need: 'regular-support',
  township: '445281105000', // 南溪镇
  area: 'rural',
  hukou: 'puning',
  members: [
    { age: 41, ableToWork: true },
    {
      age: 10,
      ableToWork: false,
      student: true,
      disability: { grade: 2, type: 'physical' },
      supporter: 'in-household',
    },
  ],
  income: { transfer: 1200 },
  financialAssets: 1000,
  homes: 0,
  supporter: 'able',
};

let household: { reference: string; accessCode: string };

beforeAll(async () => {
  const base = exampleApplication(
    {
      applicant: {
        name: '许桂兰',
        idNumber: idNumberFor('1958-02-21', '417'),
        mobile: '13812345678',
      },
    },
    today,
  );
  const [self] = base.members;
  if (!self) throw new Error('no applicant member');
  household = await submitApplication(baseUrl, {
    ...base,
    members: [
      { ...self, seriousIllness: true },
      { ...self, relation: 'grandchild', age: 10, fullTimeStudent: true },
    ],
  } as typeof base);
});

describe('referrals in the browser', () => {
  for (const { locale, elder } of [
    { locale: 'zh-CN', elder: true },
    { locale: 'en', elder: false },
  ] as const) {
    it(`the check's result suggests related help with its department and how to ask (${locale}, ${elder ? 'elder' : 'normal'})`, async () => {
      const { context, page, problems } = await openPage(suite.browser(), {
        elder,
        viewport: 'phone',
      });
      try {
        await page.goto(`${baseUrl}${locale === 'en' ? '/en' : ''}/check/`);
        await new CheckJourney(page, locale).answer(familyWithDisabledChild, townshipLabel(locale));
        const words = checkContent[locale].result.relatedHelp;
        const section = page.getByRole('region', { name: words.heading });
        await section.waitFor();
        const items = await section
          .locator('.related-help-item')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-help')));
        expect(items).toEqual([
          'disability-subsidies',
          'education-assistance',
          'housing-assistance',
          'employment-assistance',
        ]);
        await expect(section.textContent()).resolves.toContain(
          departments['disabled-persons-federation'].name[locale],
        );
        await expect(section.textContent()).resolves.toContain('12333');
        await accessible(
          page,
          `check result with related help · ${locale}${elder ? ' · elder' : ''}`,
        );
        await screenshot(page, `referrals-check-${locale}${elder ? '-elder' : ''}`);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('the console suggests related help and a township reviewer records a referral', async () => {
    const { context, page } = await openPage(suite.browser());
    const problems = watchProblems(page);
    const staff = new StaffConsole(page, baseUrl);
    const t = staff.text;
    try {
      await staff.open();
      await staff.signInAs(liushaReviewer);
      await staff.openApplication(household.reference);
      const suggestions = page.getByRole('region', { name: t.application.relatedHelp.heading });
      await expect(suggestions.textContent()).resolves.toContain('医疗救助');
      await expect(suggestions.textContent()).resolves.toContain('教育救助');

      const form = await staff.actionForm('recordReferral');
      await expect(staff.field(form, 'referredOn').inputValue()).resolves.toBe(today);
      // Nothing chosen: said in the summary before anything is sent.
      await staff.submit(form, 'recordReferral');
      await form.locator('.error-summary').getByText('请选择转介的部门').waitFor();
      await form
        .getByRole('radio', { name: departments['medical-security'].name['zh-CN'] })
        .check();
      await staff.field(form, 'recordReferral.note').fill('已电话联系医保窗口，约下周一办理');
      await staff.submit(form, 'recordReferral');
      await staff.done('recordReferral', 'submitted');
      await page
        .getByText(`转介到医疗保障部门（医保）（${today}）：已电话联系医保窗口，约下周一办理`)
        .waitFor();
      await accessible(page, 'console · referral recorded');
      await screenshot(page, 'referrals-console-zh');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the console in English, elder mode, names the suggestions and the referral form', async () => {
    const { context, page } = await openPage(suite.browser(), { elder: true, viewport: 'phone' });
    const staff = new StaffConsole(page, baseUrl, 'en');
    try {
      await staff.open();
      await staff.signInAs(liushaReviewer);
      await staff.openApplication(household.reference);
      const suggestions = page.getByRole('region', {
        name: staff.text.application.relatedHelp.heading,
      });
      await expect(suggestions.textContent()).resolves.toContain('Medical assistance');
      await staff.actionForm('recordReferral');
      await accessible(page, 'console · referral form · en · elder');
    } finally {
      await context.close();
    }
  });

  for (const { locale, elder } of [
    { locale: 'zh-CN', elder: true },
    { locale: 'en', elder: false },
  ] as const) {
    it(`the status page lists the referral: department, date and how to ask, not the note (${locale}, ${elder ? 'elder' : 'normal'})`, async () => {
      const text = statusContent[locale];
      const { context, page, problems } = await openPage(suite.browser(), {
        elder,
        viewport: 'phone',
      });
      try {
        await page.goto(`${baseUrl}${locale === 'en' ? '/en' : ''}/status/`);
        await page.getByLabel(text.reference.label).fill(household.reference);
        await page.getByLabel(text.accessCode.label).fill(household.accessCode);
        await page.getByRole('button', { name: text.lookUp }).click();
        const section = page.getByRole('region', { name: text.referrals.title });
        await section.waitFor();
        const shown = (await section.textContent()) ?? '';
        expect(shown).toContain(departments['medical-security'].name[locale]);
        expect(shown).toContain(text.referrals.referredOn(today));
        expect(await page.locator('.status-view').textContent()).not.toContain('约下周一');
        await accessible(page, `status with a referral · ${locale}${elder ? ' · elder' : ''}`);
        await screenshot(page, `referrals-status-${locale}${elder ? '-elder' : ''}`);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
