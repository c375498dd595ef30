import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { recordEvidence } from '../../support/summary.ts';
import { axeViolations, describeViolations, launchChromium } from './browser.ts';

/**
 * One Chromium per test file, and the axe check every screen goes through; the number
 * of screens checked is recorded for the summary printed at the end of `npm test`.
 */
export function browserSuite(evidenceName: string) {
  let browser: Browser | undefined;
  let checked = 0;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    recordEvidence(evidenceName, { screenStatesChecked: checked, violations: 0 });
  });
  return {
    browser(): Browser {
      if (!browser) throw new Error('Chromium is not running yet');
      return browser;
    },
    async expectAccessible(page: Page, label: string): Promise<void> {
      const violations = await axeViolations(page);
      expect(violations, `${label}\n${describeViolations(violations)}`).toEqual([]);
      checked++;
    },
  };
}
