import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { consentTexts } from '../../functions/domain/application/consent-texts.ts';
import { todayInShanghai } from '../../functions/domain/dates.ts';
import { findTownship } from '../../functions/domain/divisions.ts';
import { programmes } from '../../functions/domain/policy/programmes.ts';
import { applyContent } from '../../web/src/islands/apply/content/by-locale.ts';
import { checkContent } from '../../web/src/islands/check/content/by-locale.ts';
import { photoLongestSide, photoTargetBytes } from '../../web/src/islands/shared/shrink-photo.ts';
import { statusContent } from '../../web/src/islands/status/content/by-locale.ts';
import { exampleApplication, idNumberFor } from '../support/application-example.ts';
import { recordEvidence } from '../support/summary.ts';
import { openPage } from './support/browser.ts';
import { CheckJourney } from './support/check-journey.ts';
import { StaffConsole, submitApplication } from './support/staff-console.ts';
import { browserSuite } from './support/suite.ts';

const baseUrl = inject('baseUrl');
const suite = browserSuite('axe on weak connections');
const accessible = suite.expectAccessible;

type Locale = 'zh-CN' | 'en';
const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');
/** A township no other browser test applies in, so its queue holds only these. */
const township = '445281003000';
const cityReviewer = '市民政局 审核员';

/** The page is controlled by the service worker once it has stored what it needs. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 20_000,
  });
}

/** Calls the staff API in a page signed in as a city reviewer. */
async function asCityReviewer<T>(
  context: BrowserContext,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const page = await context.newPage();
  try {
    const staff = new StaffConsole(page, baseUrl);
    await staff.open();
    await staff.signInAs(cityReviewer);
    return await work(page);
  } finally {
    await page.close();
  }
}

/** The references of the open applications in `township` under this applicant's name. */
function applicationsNamed(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    async ({ name, township }) => {
      const token = sessionStorage.getItem('puning.staff.idToken');
      const res = await fetch(`/api/staff/queue?township=${township}&limit=100`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const body = (await res.json()) as { items: { reference: string; applicantName: string }[] };
      return body.items.filter((i) => i.applicantName === name).map((i) => i.reference);
    },
    { name, township },
  );
}

describe('the check works offline once it has loaded', () => {
  it('after one visit to /check/, the check in both languages loads and gives its result with the network gone', async () => {
    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    try {
      await page.goto(`${baseUrl}/check/`);
      await waitForServiceWorker(page);
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
      await context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);

      for (const locale of ['zh-CN', 'en'] as const) {
        const t = checkContent[locale];
        const response = await page.goto(`${baseUrl}${prefix(locale)}/check/`);
        expect(response?.fromServiceWorker()).toBe(true);
        await page.getByRole('heading', { name: t.steps.situation.title }).waitFor();
        await new CheckJourney(page, locale).answer(
          {
            need: 'regular-support',
            township: '445281001000',
            area: 'rural',
            hukou: 'puning',
            members: [{ age: 72, ableToWork: false }],
            income: { transfer: 1800, residentBasicPension: 900 },
            financialAssets: 2000,
            homes: 1,
            supporter: 'none',
          },
          (code) =>
            (locale === 'en' ? findTownship(code)?.nameEn : findTownship(code)?.name) ?? code,
        );
        await accessible(page, `${locale} check result offline`);
        expect(await page.locator('.programme-result').count()).toBeGreaterThan(0);
      }

      // Nothing from the API is ever stored on the device.
      const stored = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        }
        return urls;
      });
      expect(stored.some((url) => url.endsWith('/check/'))).toBe(true);
      expect(stored.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);
      // Offline, nothing fails but the tab's icon, which the browser fetches by itself.
      expect(failed.filter((path) => path !== '/favicon.svg')).toEqual([]);
      expect(problems.filter((p) => !p.endsWith('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
      recordEvidence('check offline', { pagesAndFilesStoredOnFirstVisit: stored.length });
    } finally {
      await context.close();
    }
  });
});

/**
 * Fills the application for emergency help (the shortest journey) up to "check your
 * answers", in `township`, under `name`.
 */
async function fillEmergencyApplication(page: Page, locale: Locale, name: string, serial: string) {
  const a = applyContent[locale];
  const e = a.steps.emergency;
  const next = () => page.getByRole('button', { name: a.continue, exact: true }).click();
  await page.goto(`${baseUrl}${prefix(locale)}/apply/`);
  await page.getByRole('heading', { name: a.steps.programmes.title }).waitFor();
  await page
    .getByRole('checkbox', { name: programmes['temporary-emergency'].name[locale], exact: true })
    .check();
  await next();
  await page.getByRole('heading', { name: e.title }).waitFor();
  await page.getByLabel(e.what.label).fill('房屋被台风损坏');
  await page.getByLabel(e.date.label).fill(todayInShanghai(Date.now()));
  await page.getByLabel(e.township.label).selectOption(township);
  await page.getByLabel(e.neededNow.label).fill('修屋顶');
  await next();
  for (const consent of ['privacy', 'sensitive'] as const) {
    await page.getByLabel(consentTexts[consent].agree[locale]).check();
    await next();
  }
  await page.getByLabel(a.steps.applicant.name.label).fill(name);
  await page.getByLabel(a.steps.applicant.idNumber.label).fill(idNumberFor('1966-09-21', serial));
  await page.getByLabel(a.steps.applicant.mobile.label).fill('13800138000');
  await page.getByLabel(a.steps.residence.township.label).selectOption(township);
  await page.getByLabel(a.steps.residence.village.label).selectOption({ index: 1 });
  await page.getByLabel(a.steps.residence.address.label).fill('东风路 3 号');
  await next();
  await page.getByRole('heading', { name: a.steps.review.title }).waitFor();
}

describe('the application submits through a dropped connection, never twice', () => {
  it('zh-CN: the application reaches the API but its answer is lost; back online, it goes again by itself and one application exists', async () => {
    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    const a = applyContent['zh-CN'];
    const name = '吴断网';
    try {
      await fillEmergencyApplication(page, 'zh-CN', name, '811');
      const keys: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/applications') && request.method() === 'POST')
          keys.push(request.headers()['idempotency-key'] ?? '');
      });
      // The first try is written by the API; the phone loses the connection before the answer.
      let firstStatus = 0;
      await page.route(
        '**/api/applications',
        async (route) => {
          firstStatus = (await route.fetch()).status();
          await context.setOffline(true);
          await route.abort('internetdisconnected');
        },
        { times: 1 },
      );
      await page.getByRole('button', { name: a.submit }).click();
      await page.getByRole('alert').filter({ hasText: a.waitingForNetwork.title }).waitFor();
      expect(firstStatus).toBe(201);
      expect(await page.getByText(a.waitingForNetwork.body).count()).toBe(1);
      await accessible(page, 'zh-CN apply · waiting for the network');
      // The answers are still there.
      expect(await page.getByText(name).count()).toBeGreaterThan(0);

      await context.setOffline(false);
      await page.getByRole('heading', { name: a.done.title }).waitFor();
      const reference = (await page.locator('.reference').first().textContent()) ?? '';
      expect(reference).toMatch(/^PN-/);
      expect(keys.length).toBe(2);
      expect(new Set(keys).size).toBe(1);

      const found = await asCityReviewer(context, (staff) => applicationsNamed(staff, name));
      expect(found).toEqual([reference]);
      expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
      recordEvidence('submit through a dropped connection zh-CN', {
        tries: keys.length,
        applicationsCreated: found.length,
      });
    } finally {
      await context.close();
    }
  });

  it('en: offline before sending, the page says it will send when back online; "Try again" while still offline keeps waiting; online, it is sent once', async () => {
    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    const a = applyContent.en;
    const name = 'Lin Offline';
    try {
      await fillEmergencyApplication(page, 'en', name, '833');
      await context.setOffline(true);
      await page.getByRole('button', { name: a.submit }).click();
      const waiting = page.getByRole('alert').filter({ hasText: a.waitingForNetwork.title });
      await waiting.waitFor();
      await page.getByRole('button', { name: a.waitingForNetwork.retry }).click();
      await waiting.waitFor();
      expect(await page.getByRole('heading', { name: a.done.title }).count()).toBe(0);

      await context.setOffline(false);
      await page.getByRole('heading', { name: a.done.title }).waitFor();
      const reference = (await page.locator('.reference').first().textContent()) ?? '';
      const found = await asCityReviewer(context, (staff) => applicationsNamed(staff, name));
      expect(found).toEqual([reference]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('"Try again" on a connection that drops without going offline', () => {
  it('zh-CN: the request is cut before it reaches the API; "重新提交" sends it at once, and one application exists', async () => {
    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    const a = applyContent['zh-CN'];
    const name = '吴重试';
    try {
      await fillEmergencyApplication(page, 'zh-CN', name, '822');
      await page.route('**/api/applications', (route) => route.abort('connectionreset'), {
        times: 1,
      });
      await page.getByRole('button', { name: a.submit }).click();
      await page.getByRole('alert').filter({ hasText: a.waitingForNetwork.title }).waitFor();
      expect(await page.evaluate(() => navigator.onLine)).toBe(true);
      const pressed = Date.now();
      await page.getByRole('button', { name: a.waitingForNetwork.retry }).click();
      await page.getByRole('heading', { name: a.done.title }).waitFor();
      // Sent by the button, well before the next try by itself (every 20 s online).
      expect(Date.now() - pressed).toBeLessThan(10_000);
      const reference = (await page.locator('.reference').first().textContent()) ?? '';
      const found = await asCityReviewer(context, (staff) => applicationsNamed(staff, name));
      expect(found).toEqual([reference]);
      expect(problems.filter((p) => !p.endsWith('net::ERR_CONNECTION_RESET'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** A 4000 × 3000 camera-like JPEG (light, shade, fine grain, lines of text), made in the page. */
function cameraPhoto(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const width = 4000;
    const height = 3000;
    const canvas = new OffscreenCanvas(width, height);
    const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    const light = g.createLinearGradient(0, 0, width, height);
    light.addColorStop(0, '#f4efe6');
    light.addColorStop(1, '#b9b1a3');
    g.fillStyle = light;
    g.fillRect(0, 0, width, height);
    g.fillStyle = '#222';
    g.font = '64px sans-serif';
    for (let line = 0; line < 30; line++) {
      g.fillText(
        `普宁市 医疗费用票据 第 ${line + 1} 行 金额 1,234.56 元 2026-12-03`,
        200,
        200 + line * 90,
      );
    }
    // Sensor grain: what makes a camera's photo heavy.
    let seed = 1;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let y = 0; y < height; y += 500) {
      const band = g.getImageData(0, y, width, 500);
      for (let i = 0; i < band.data.length; i += 4) {
        const grain = (random() - 0.5) * 24;
        band.data[i] = (band.data[i] ?? 0) + grain;
        band.data[i + 1] = (band.data[i + 1] ?? 0) + grain;
        band.data[i + 2] = (band.data[i + 2] ?? 0) + grain;
      }
      g.putImageData(band, 0, y);
    }
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  });
}

describe('light uploads', () => {
  it('a 4000 × 3000 camera photo is shrunk on the phone to ≤ 500 KB and ≤ 2000 px, with its progress shown, and stored so', async () => {
    const { context, page, problems } = await openPage(suite.browser(), { viewport: 'phone' });
    const s = statusContent['zh-CN'];
    try {
      const credentials = await submitApplication(
        baseUrl,
        exampleApplication(
          {
            applicant: {
              name: '郑照片',
              idNumber: idNumberFor('1966-09-21', '855'),
              mobile: '13812345678',
            },
          },
          todayInShanghai(new Date()),
        ),
      );
      await page.goto(`${baseUrl}/status/`);
      await page.getByLabel(s.reference.label).fill(credentials.reference);
      await page.getByLabel(s.accessCode.label).fill(credentials.accessCode);
      await page.getByRole('button', { name: s.lookUp }).click();
      await page
        .locator('dl.summary')
        .getByText(s.statuses.submitted ?? '')
        .waitFor();

      const photo = Buffer.from(await cameraPhoto(page), 'base64');
      await page.getByLabel(s.documents.type).selectOption('expense-proof');
      await page
        .getByLabel(s.documents.file)
        .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });

      // A slow mobile uplink (about 1 Mbit/s), so the progress can be seen.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 100,
        downloadThroughput: 256 * 1024,
        uploadThroughput: 128 * 1024,
      });
      await page.getByRole('button', { name: s.documents.upload, exact: true }).click();
      // Part-way: the bar and its words say how much has gone.
      const midway = await (
        await page.waitForFunction(() => {
          const bar = document.querySelector('progress');
          return bar && bar.value > 0 && bar.value < bar.max
            ? { value: bar.value, max: bar.max, label: bar.labels[0]?.textContent ?? '' }
            : null;
        })
      ).jsonValue();
      expect(midway?.label).toMatch(/^已上传 \d+ KB，共 \d+ KB$/);
      await page.getByRole('status').filter({ hasText: s.documents.done }).waitFor();
      await accessible(page, 'zh-CN status · photo uploaded');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });

      // What was stored, as staff open it.
      const stored = await asCityReviewer(context, (staff) =>
        staff.evaluate(async (reference) => {
          const token = sessionStorage.getItem('puning.staff.idToken');
          const headers = { Authorization: `Bearer ${token}` };
          const view = (await (
            await fetch(`/api/staff/applications/${reference}`, { headers })
          ).json()) as { documents: { id: string; contentType: string }[] };
          const document = view.documents[0];
          if (!document) return null;
          const link = (await (
            await fetch(`/api/staff/applications/${reference}/documents/${document.id}`, {
              headers,
            })
          ).json()) as { url: string };
          const blob = await (await fetch(link.url)).blob();
          const bitmap = await createImageBitmap(blob);
          return {
            bytes: blob.size,
            contentType: document.contentType,
            width: bitmap.width,
            height: bitmap.height,
          };
        }, credentials.reference),
      );
      expect(stored).not.toBeNull();
      expect(stored?.contentType).toBe('image/jpeg');
      expect(stored?.bytes).toBeLessThanOrEqual(photoTargetBytes);
      expect(Math.max(stored?.width ?? 0, stored?.height ?? 0)).toBeLessThanOrEqual(
        photoLongestSide,
      );
      expect(stored?.width).toBe(photoLongestSide);
      expect(problems).toEqual([]);
      recordEvidence('light upload of a camera photo', {
        photoBytesOnPhone: photo.length,
        bytesUploaded: stored?.bytes ?? 0,
        storedPixels: `${stored?.width}×${stored?.height}`,
        progressSeenAt: `${midway?.value}/${midway?.max}`,
      });
    } finally {
      await context.close();
    }
  });
});
