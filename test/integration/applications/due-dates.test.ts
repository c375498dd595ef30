import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../../functions/domain/locale.ts';
import { createLogger } from '../../../functions/shared/logger.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { createTestApp } from '../../support/test-app.ts';

// Due dates as the applicant is promised them, through the API, on days chosen around
// China's public holidays (the clock is the app's; 10:00 in Puning).

let database: TestDatabase;
let keySerial = 0;
let serial = 700;

beforeAll(async () => {
  database = await startTestDatabase();
});
afterAll(() => database.close());

type Limit = {
  procedure: string;
  programmes: string[];
  workingDays: number;
  dueDate: string;
  clause: string;
  calendarNote: LocalizedText | null;
};
type Submitted = {
  reference: string;
  accessCode: string;
  dueDate: string;
  deadlines: Limit[];
  nextSteps: LocalizedText[];
};
type Status = {
  stage: {
    dueDate: string;
    workingDaysLeft: number;
    overdue: boolean;
    calendarNote: LocalizedText | null;
  };
};

/** Submits on `day` and reads the status page the same day. */
async function submitOn(
  day: string,
  programmes: string[],
  extra: Partial<ReturnType<typeof exampleApplication>> = {},
) {
  const now = new Date(`${day}T02:00:00.000Z`);
  const app = createTestApp(database, createLogger(), () => now);
  const application = exampleApplication({
    programmes: programmes as never,
    applicant: {
      ...exampleApplication().applicant,
      idNumber: idNumberFor('1956-03-08', String(++serial)),
    },
    consent: { ...exampleApplication().consent, consentedAt: `${day}T01:55:00.000Z` },
    ...extra,
  });
  const res = await app.request('/api/applications', {
    method: 'POST',
    body: JSON.stringify(application),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `due-dates-${++keySerial}` },
  });
  if (res.status !== 201) throw new Error(await res.text());
  const submitted = (await res.json()) as Submitted;
  const statusRes = await app.request('/api/status', {
    method: 'POST',
    body: JSON.stringify({ reference: submitted.reference, accessCode: submitted.accessCode }),
    headers: { 'Content-Type': 'application/json' },
  });
  expect(statusRes.status).toBe(200);
  return { submitted, status: (await statusRes.json()) as Status };
}

describe('the confirmation’s promised dates', () => {
  it('names each programme’s first limit with its own date for 低保 + 特困 + 支出型救助 (issue 20 item 5; 57号 第十五条, 43号 第十三条)', async () => {
    const { submitted } = await submitOn('2026-12-03', ['dibao', 'tekun', 'temporary-expense']);
    expect(submitted.dueDate).toBe('2026-12-08');
    expect(submitted.deadlines.map((d) => [d.programmes, d.workingDays, d.dueDate])).toEqual([
      [['dibao', 'temporary-expense'], 3, '2026-12-08'],
      [['tekun'], 15, '2026-12-24'],
    ]);
    const steps = submitted.nextSteps.map((s) => s['zh-CN']);
    expect(steps).toContain(
      '低保、支出型救助：流沙东街道会在 3 个工作日内（2026-12-08 前）开始入户调查和家庭经济状况核对。',
    );
    expect(steps).toContain(
      '特困供养：流沙东街道会在 15 个工作日内（2026-12-24 前）完成入户调查核实，提出初审意见。',
    );
    // Never the "3 个工作日内（2026-12-24 前）".
    expect(steps.join('')).not.toMatch(/3 个工作日内（2026-12-24/);
  });

  it('shows 特困’s own limits after submitting for 特困 alone (43号 第十三条, 第十五条, 第十六条)', async () => {
    const { submitted } = await submitOn('2026-12-03', ['tekun']);
    expect(submitted.dueDate).toBe('2026-12-24');
    const steps = submitted.nextSteps.map((s) => s.en).join(' ');
    expect(steps).toContain('within 15 working days (by 2026-12-24)');
    expect(steps).toContain('posted locally for 7 days; the city bureau then decides within 15');
    expect(steps).not.toMatch(/within 3 working days|30 working days/);
  });

  it('counts over the 2026 Spring Festival with its make-up Saturday, on the page and the status countdown (57号 第十五条)', async () => {
    const { submitted, status } = await submitOn('2026-02-12', ['dibao']);
    expect(submitted.dueDate).toBe('2026-02-24');
    expect(submitted.deadlines[0]?.calendarNote).toBeNull();
    // Friday 2-13, Saturday 2-14 (worked), Tuesday 2-24.
    expect(status.stage).toMatchObject({
      dueDate: '2026-02-24',
      workingDaysLeft: 3,
      overdue: false,
      calendarNote: null,
    });
  });

  it('counts into 2027, whose holidays the data does not hold, Monday to Friday and says so', async () => {
    const { submitted, status } = await submitOn('2026-12-30', ['dibao']);
    expect(submitted.dueDate).toBe('2027-01-04');
    const note = '节假日安排尚未公布，按周一至周五计算';
    expect(submitted.deadlines[0]?.calendarNote?.['zh-CN']).toBe(note);
    expect(submitted.nextSteps[0]?.['zh-CN']).toBe(
      `低保：流沙东街道会在 3 个工作日内（2027-01-04 前）开始入户调查和家庭经济状况核对（${note}）。`,
    );
    expect(submitted.nextSteps[0]?.en).toContain(
      'Holiday calendar not yet published; counted Monday to Friday',
    );
    expect(status.stage.calendarNote?.['zh-CN']).toBe(note);
    expect(status.stage.workingDaysLeft).toBe(3);
  });

  it('keeps “help first” for an emergency and adds the limit of 低保 applied for with it (23号; 57号 第十五条)', async () => {
    const { submitted } = await submitOn('2026-12-03', ['temporary-emergency', 'dibao'], {
      emergency: {
        description: '租住的房子失火',
        occurredOn: '2026-12-02',
        townshipCode: '445281001000',
      },
    });
    const steps = submitted.nextSteps.map((s) => s['zh-CN']);
    expect(steps[0]).toMatch(/先救助，手续后补/);
    // The emergency help itself promises no waiting time: only 低保 is named with a limit.
    expect(steps).toContain(
      '低保：流沙东街道会在 3 个工作日内（2026-12-08 前）开始入户调查和家庭经济状况核对。',
    );
    expect(steps.join('')).not.toMatch(/急难救助：/);
  });
});
