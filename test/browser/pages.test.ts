import { describe, expect, inject, it } from 'vitest';
import { programmeIds } from '../../functions/domain/policy/programmes.ts';
import { programmePages } from '../../web/src/content/programme-pages.ts';
import { openPage, screenshot, type ViewportName } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('axe on static pages');

const programmeSlugs = programmeIds.map((id) => programmePages[id].slug);
const staticPages = [
  { path: '/', name: 'home-zh' },
  { path: '/en/', name: 'home-en' },
  { path: '/check/', name: 'check-zh' },
  { path: '/en/check/', name: 'check-en' },
  { path: '/apply/', name: 'apply-zh' },
  { path: '/en/apply/', name: 'apply-en' },
  { path: '/status/', name: 'status-zh' },
  { path: '/en/status/', name: 'status-en' },
  { path: '/figures/', name: 'figures-zh' },
  { path: '/en/figures/', name: 'figures-en' },
  { path: '/report/', name: 'report-zh' },
  { path: '/en/report/', name: 'report-en' },
  { path: '/complaint/', name: 'complaint-zh' },
  { path: '/en/complaint/', name: 'complaint-en' },
  { path: '/complaints/follow/', name: 'complaint-follow-zh' },
  { path: '/en/complaints/follow/', name: 'complaint-follow-en' },
  ...programmeSlugs.flatMap((slug) => [
    { path: `/programmes/${slug}/`, name: `programme-${slug}-zh` },
    { path: `/en/programmes/${slug}/`, name: `programme-${slug}-en` },
  ]),
  { path: '/no-such-page/', name: 'not-found' },
];

const modes: { elder: boolean; viewport: ViewportName }[] = [
  { elder: false, viewport: 'phone' },
  { elder: true, viewport: 'phone' },
  { elder: false, viewport: 'desktop' },
  { elder: true, viewport: 'desktop' },
];

describe('every page, in normal and elder mode, on a phone and a desktop', () => {
  for (const { path, name } of staticPages) {
    for (const mode of modes) {
      const label = `${name} ${mode.elder ? 'elder' : 'normal'} ${mode.viewport}`;
      it(`${label}: has no axe violations and no console or CSP errors`, async () => {
        const { context, page, problems } = await openPage(suite.browser(), mode);
        try {
          await page.goto(`${baseUrl}${path}`);
          await page.waitForLoadState('networkidle');
          await suite.expectAccessible(page, label);
          expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
          await screenshot(page, label.replaceAll(' ', '-'));
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('elder mode (长辈模式)', () => {
  it('makes text at least 18 px with line height ≥ 1.3 and targets at least 60 × 60 px', async () => {
    const { context, page } = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      await page.goto(`${baseUrl}/`);
      await page.getByRole('button', { name: /长辈模式/ }).click();
      const sizes = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const targets = [...document.querySelectorAll('a.button, button, .site-nav a, .tool-link')]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => el.getBoundingClientRect())
          .map((r) => Math.min(r.width, r.height));
        return {
          fontSize: Number.parseFloat(body.fontSize),
          lineHeight: Number.parseFloat(body.lineHeight) / Number.parseFloat(body.fontSize),
          smallestTarget: Math.min(...targets),
        };
      });
      expect(sizes.fontSize).toBeGreaterThanOrEqual(18);
      expect(sizes.lineHeight).toBeGreaterThanOrEqual(1.3);
      expect(sizes.smallestTarget).toBeGreaterThanOrEqual(60);
    } finally {
      await context.close();
    }
  });

  it('is remembered on the next page and after a reload', async () => {
    const { context, page } = await openPage(suite.browser());
    try {
      await page.goto(`${baseUrl}/`);
      const toggle = page.getByRole('button', { name: /长辈模式/ });
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
      await toggle.click();
      await page.goto(`${baseUrl}/en/`);
      expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(
        true,
      );
      await expect(
        page.getByRole('button', { name: /Large text mode/ }).getAttribute('aria-pressed'),
      ).resolves.toBe('true');
    } finally {
      await context.close();
    }
  });
});

describe('the language switch', () => {
  it('leads from the Chinese page to the same page in English and back', async () => {
    const { context, page } = await openPage(suite.browser());
    try {
      await page.goto(`${baseUrl}/`);
      await page.getByRole('link', { name: 'Read this page in English' }).click();
      await page.waitForURL(`${baseUrl}/en/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.getByRole('link', { name: '阅读中文版' }).click();
      await page.waitForURL(`${baseUrl}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    } finally {
      await context.close();
    }
  });
});

describe('the island pages without JavaScript', () => {
  it.each([
    ['/check/', /需要开启浏览器的 JavaScript/],
    ['/apply/', /JavaScript/],
    ['/en/status/', /Tracking needs JavaScript switched on/],
  ])('%s says what to do instead', async (path, notice) => {
    const context = await suite.browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`);
      expect(await page.getByText(notice).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
