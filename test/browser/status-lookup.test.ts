import { describe, expect, inject, it } from 'vitest';
import { lockout } from '../../functions/api/services/applicant-access.ts';
import { statusContent } from '../../web/src/islands/status/content/by-locale.ts';
import { openPage, screenshot } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('axe on the status lookup errors');

/** Waits out the last seconds of a 15-minute lockout window, so all tries fall in one. */
async function awayFromWindowEdge(): Promise<void> {
  const windowMs = lockout.windowMinutes * 60_000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 500));
}

const expected = {
  'zh-CN': {
    prefix: '',
    reference: 'PN-2611-WXYZ-2345',
    triesLeft: (n: number) => `还可以再试 ${n} 次`,
    locked: /请在 \d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）后再试，或拨打 12345 或 12349 求助/,
  },
  en: {
    prefix: '/en',
    reference: 'PN-2611-WXYZ-3456',
    triesLeft: (n: number) => `${n} ${n === 1 ? 'try' : 'tries'} left`,
    locked:
      /Try again after \d{2}:\d{2} on \d{1,2} [A-Z][a-z]+ \(Beijing time\), or call 12345 or 12349/,
  },
} as const;

describe('the status page’s lookup form', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`names the access code field, counts down the tries, then says when to try again and whom to call (${locale})`, async () => {
      const want = expected[locale];
      const text = statusContent[locale];
      const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
      await page.goto(`${baseUrl}${want.prefix}/status/`);
      await awayFromWindowEdge();
      // A reference nobody has: refused exactly as a wrong code for a real one would be.
      await page.getByLabel(text.reference.label).fill(want.reference);
      const code = page.getByLabel(text.accessCode.label);
      await code.fill('WRONG234');
      const summary = page.getByRole('alert');

      for (let left = lockout.perReference - 1; left >= 1; left--) {
        await page.getByRole('button', { name: text.lookUp }).click();
        await summary.getByText(want.triesLeft(left)).waitFor();
        // The field itself says it too, and is marked invalid.
        await expect(code.getAttribute('aria-invalid')).resolves.toBe('true');
        await page.locator('.field-error').getByText(want.triesLeft(left)).waitFor();
        if (left === lockout.perReference - 1) {
          await suite.expectAccessible(page, `${locale} wrong access code`);
          await screenshot(page, `status-lookup-wrong-code-${locale}-360`);
        }
      }
      await page.getByRole('button', { name: text.lookUp }).click();
      await summary.getByText(want.locked).waitFor();
      await expect(summary.getByRole('heading').textContent()).resolves.toBe(
        text.errorSummaryTitle,
      );
      // The next try is refused whatever the code: the summary says looking up is paused.
      await page.getByRole('button', { name: text.lookUp }).click();
      await summary.getByRole('heading', { name: text.pausedTitle }).waitFor();
      await summary.getByText(want.locked).waitFor();
      await suite.expectAccessible(page, `${locale} lookup paused`);
      await screenshot(page, `status-lookup-paused-${locale}-360`);
      // The browser logs each refused request (404, 429); nothing else may go wrong.
      expect(problems.filter((p) => !/status of (404|429)/.test(p))).toEqual([]);
      await context.close();
    });
  }
});
