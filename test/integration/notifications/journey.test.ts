import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devIdToken } from '../../../functions/local/dev-sign-in.ts';
import type { LocalSystem } from '../../../functions/local/local-system.ts';
import { buildSiteIfStale } from '../../../functions/local/site-build.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestSystem } from '../../support/local-system.ts';

/**
 * The whole system as `npm start` runs it — API, dynalite, the dev issuer and the
 * notifier sweeping every 100 ms into the dev sinks — walked through a full journey.
 */
const root = resolve(import.meta.dirname, '../../..');
let system: LocalSystem;
// The system's clock, moved forward so the 7-day public notice can run its course.
const clockOffsetMs = 0;
const shanghaiDay = (offsetDays: number) =>
  new Date(Date.now() + clockOffsetMs + offsetDays * 86_400_000 + 8 * 3_600_000)
    .toISOString()
    .slice(0, 10);

beforeAll(async () => {
  await buildSiteIfStale(root);
  system = await startTestSystem({
    port: 0,
    siteDir: join(root, 'web/dist'),
    notifyEveryMs: 100,
    now: () => new Date(Date.now() + clockOffsetMs),
  });
}, 120_000);
afterAll(() => system.close());

async function act(token: string, reference: string, action: string, input: object = {}) {
  const view = (await (
    await fetch(`${system.url}/api/staff/applications/${reference}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
  ).json()) as { version: number };
  const response = await fetch(
    `${system.url}/api/staff/applications/${reference}/actions/${action}`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: view.version, input }),
    },
  );
  expect(response.status, `${action}: ${await response.clone().text()}`).toBe(200);
}

async function messagesFor(reference: string, count: number) {
  for (let i = 0; i < 100; i++) {
    const mine = system
      .messages()
      .filter((m) => m.text.includes(reference) || m.subject.includes(reference));
    if (mine.length >= count) return mine;
    await new Promise((r) => setTimeout(r, 100));
  }
  return system
    .messages()
    .filter((m) => m.text.includes(reference) || m.subject.includes(reference));
}

describe('notifications over a whole journey', () => {
  it('sends exactly the expected messages, in order, in the applicant’s language', async () => {
    const submitted = await fetch(`${system.url}/api/applications`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
        'Idempotency-Key': `journey-${Date.now()}`,
      },
      body: JSON.stringify(
        exampleApplication(
          {
            programmes: ['temporary-emergency'],
            emergency: {
              description: 'House fire',
              occurredOn: '2026-11-20',
              townshipCode: '445281001000',
            },
            applicant: {
              name: 'Chen Ming',
              idNumber: idNumberFor('1960-02-02', '777'),
              mobile: '13712345678',
              email: 'chen@example.cn',
            },
          },
          shanghaiDay(0),
        ),
      ),
    });
    expect(submitted.status).toBe(201);
    const { reference, accessCode } = (await submitted.json()) as {
      reference: string;
      accessCode: string;
    };

    const township = await devIdToken(system.url, 'dev-445281001000');
    const city = await devIdToken(system.url, 'dev-city');
    await act(township, reference, 'claim');
    await act(township, reference, 'requestInfo', {
      message: 'a hospital bill',
      dueOn: shanghaiDay(10),
    });
    const answered = await fetch(`${system.url}/api/status/answer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reference, accessCode, answer: 'Uploaded the bill' }),
    });
    expect(answered.status).toBe(200);
    await act(township, reference, 'recordInvestigation', {
      visitedOn: shanghaiDay(0),
      findings: 'lives alone, cannot work',
    });
    // Temporary assistance: approved as a total, by the city above the township's limit.
    const approval = { amountYuan: 1500, form: 'cash', plan: 'one-off', opinion: 'eligible' };
    await act(township, reference, 'approveTemporary', approval);
    await act(city, reference, 'confirmTemporary', approval);

    const sms = (await messagesFor(reference, 11)).filter((m) => m.channel === 'sms');
    const emails = () =>
      system
        .messages()
        .filter(
          (m) =>
            m.channel === 'email' && m.to === 'chen@example.cn' && m.subject.includes(reference),
        );
    const expected = [
      'received. Access code',
      'we need more from you by',
      'answer received',
      'township approved',
      // A decision says what and where to read it; the amount is in the notice.
      'emergency help: approved.',
    ];
    expect(sms).toHaveLength(expected.length);
    for (const [i, message] of sms.entries()) expect(message.text).toContain(expected[i]);
    // Signed, linked to the English status page, never staff free text or an ISO date.
    for (const message of [...sms, ...emails()]) {
      expect(message.text).toContain(`${system.url}/en/status/`);
      expect(message.text).not.toMatch(/hospital bill|cannot work|eligible|\d{4}-\d{2}-\d{2}/);
    }
    expect(sms.every((m) => m.text.startsWith('【普宁市民政局】'))).toBe(true);
    expect(sms[1]?.text).toMatch(
      /by \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\. /,
    );
    // Only the first message carries the access code; every one the hotlines.
    expect(sms[0]?.text).toContain(accessCode);
    expect(sms.slice(1).some((m) => m.text.includes(accessCode))).toBe(false);
    expect(sms.every((m) => m.text.includes('12345') && m.to === '+8613712345678')).toBe(true);

    expect(emails()).toHaveLength(expected.length);
    const staffInbox = system
      .messages()
      .filter((m) => m.channel === 'staff' && m.subject.includes(reference));
    expect(staffInbox.map((m) => m.to)).toEqual(['445281001000@staff.puning.local']);
    expect(staffInbox[0]?.text).toContain('补充材料');
    expect(staffInbox[0]?.text).toContain(`${system.url}/staff/`);

    const page = await (await fetch(`${system.url}/dev/messages`)).text();
    expect(page).toContain(reference);
  }, 60_000);
});
