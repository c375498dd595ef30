import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LineFacts } from '../../../functions/domain/application/lines.ts';
import { createLogger } from '../../../functions/shared/logger.ts';
import { runAfterApprovalSweep } from '../../../functions/store/after-approval-sweep.ts';
import {
  type ApplicationRepository,
  createApplicationRepository,
} from '../../../functions/store/application-repository.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { drainPendingCounts } from '../../support/drain-counts.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

const liushaEast = '445281001000';
const liushaSouth = '445281002000';
const liushaSouthVillage = '445281002001';

let clock = new Date('2026-11-30T02:00:00.000Z'); // a Monday, 10:00 in Puning
const at = (day: string) => {
  clock = new Date(`${day}T02:00:00.000Z`);
};
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let repo: ApplicationRepository;
let township: ReturnType<typeof staffClient>;
let southTownship: ReturnType<typeof staffClient>;
let city: ReturnType<typeof staffClient>;
const logger = createLogger();

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database, logger, () => clock);
  repo = createApplicationRepository(database.db, database.tableName);
  township = staffClient(app, await staffToken([`township-${liushaEast}`], { sub: 'lsd-1' }));
  southTownship = staffClient(app, await staffToken([`township-${liushaSouth}`], { sub: 'lsn-1' }));
  city = staffClient(app, await staffToken(['city-reviewer'], { sub: 'city-1' }));
});
afterAll(() => database.close());

interface LineView {
  programme: string;
  state: string;
  version: number;
  dueAt: string;
  facts: LineFacts;
  notices: { outcome: string; rendered: { lines: { text: { 'zh-CN': string } }[] } }[];
}

async function lineOf(
  client: ReturnType<typeof staffClient>,
  reference: string,
  programme: string,
) {
  const view = (await client.view(reference)) as unknown as { lines: LineView[] };
  const line = view.lines.find((l) => l.programme === programme);
  if (!line) throw new Error(`no ${programme} line`);
  return line;
}

async function act(
  client: ReturnType<typeof staffClient>,
  reference: string,
  action: string,
  programme: string | undefined,
  input: Record<string, unknown> = {},
) {
  const response = programme
    ? await client.actOn(reference, programme, action, input)
    : await client.act(reference, action, input);
  expect(response.status, `${action}: ${await response.clone().text()}`).toBe(200);
  return response.json();
}

/** Submits and takes one monthly programme through to the bureau's confirmation. */
async function approved(
  programme: 'dibao' | 'tekun',
  person: { name: string; birth: string; serial: string },
  confirm: Record<string, unknown>,
) {
  at('2026-11-30');
  const submitted = await submitApplication(
    app,
    exampleApplication(
      {
        applicant: {
          name: person.name,
          idNumber: idNumberFor(person.birth, person.serial),
          mobile: '13812345678',
        },
        programmes: [programme],
      },
      '2026-11-30',
    ),
  );
  const { reference } = submitted;
  at('2026-11-30');
  await act(township, reference, 'claim', undefined);
  await act(township, reference, 'recordInvestigation', undefined, {
    visitedOn: '2026-11-30',
    findings: '入户核实',
  });
  await act(township, reference, 'startPublicNotice', programme, { startsOn: '2026-11-30' });
  at('2026-12-08');
  await act(township, reference, 'endPublicNotice', programme);
  await act(township, reference, 'approve', programme, {
    monthlyAmountYuan: Number(confirm.monthlyAmountYuan),
    opinion: '符合条件',
    ...(programme === 'tekun' ? { careLevel: 'self-care', supportForm: 'dispersed' } : {}),
  });
  at('2026-12-09');
  await act(city, reference, 'confirm', programme, confirm);
  return submitted;
}

async function status(reference: string, accessCode: string) {
  const response = await app.request('/api/status', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reference, accessCode }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as StatusView;
}

/** The parts of the applicant's status view these tests read (the contract test checks all). */
interface StatusView {
  township: { code: string };
  results: {
    programme: string;
    state: string;
    decided: boolean;
    notices: { outcome: string }[];
  }[];
  changes: {
    concluded: boolean;
    lines: { outcome?: { 'zh-CN': string } }[];
  }[];
}

describe('a 低保 household after approval', () => {
  it('is reviewed half-yearly, found above the standard, phased out over 6 months and ended by the job', async () => {
    const { reference, accessCode } = await approved(
      'dibao',
      { name: '林阿娥', birth: '1960-05-02', serial: '402' },
      { monthlyAmountYuan: 500, startMonth: '2027-01', reviewClass: 'half-yearly' },
    );
    const confirmed = await lineOf(township, reference, 'dibao');
    expect(confirmed.state).toBe('confirmed');
    // Half-yearly from the first paid month (January 2027): due on 1 July 2027.
    expect(confirmed.facts.review).toMatchObject({ class: 'half-yearly', nextDueOn: '2027-07-01' });

    // The day before, nothing is due; on the day, the job opens the review.
    at('2027-06-30');
    expect((await runAfterApprovalSweep(repo, clock, logger)).reviewsOpened).toBe(0);
    at('2027-07-01');
    const first = await runAfterApprovalSweep(repo, clock, logger);
    expect(first.reviewsOpened).toBe(1);
    // Run again: nothing left to do (idempotent).
    expect((await runAfterApprovalSweep(repo, clock, logger)).updated).toBe(0);
    const reviewing = await lineOf(township, reference, 'dibao');
    expect(reviewing.state).toBe('under_review');
    expect(reviewing.facts.review?.open).toMatchObject({
      reason: 'periodic',
      openedOn: '2027-07-01',
    });

    // The township's review queue lists it; another township's does not.
    const queue = (await (await township.get('/api/staff/reviews')).json()) as {
      items: { reference: string; task: string }[];
    };
    expect(queue.items).toContainEqual(expect.objectContaining({ reference, task: 'review-open' }));
    const other = (await (await southTownship.get('/api/staff/reviews')).json()) as {
      items: { reference: string }[];
    };
    expect(other.items.map((i) => i.reference)).not.toContain(reference);

    await act(township, reference, 'recordReviewVisit', 'dibao', {
      visitedOn: '2027-07-01',
      findings: '儿子外出务工，家庭收入明显增加',
      monthlyIncomeYuan: 3200,
    });
    // The township cannot grant the 渐退期: it is the bureau's (57号 第三十三条).
    const byTownship = await township.actOn(reference, 'dibao', 'startGradualExit', {
      reason: '务工收入超过低保标准',
    });
    expect(byTownship.status).toBe(403);
    await act(city, reference, 'startGradualExit', 'dibao', {
      reason: '务工收入超过低保标准',
    });
    const phasing = await lineOf(township, reference, 'dibao');
    expect(phasing.state).toBe('gradual_exit');
    // Six months paid from August 2027: the last is January 2028, across the year end.
    expect(phasing.facts.gradualExit).toMatchObject({ endMonth: '2028-01' });
    expect(phasing.dueAt).toBe('2028-01-01');

    // In the last month the household is reminded once.
    at('2028-01-03');
    expect((await runAfterApprovalSweep(repo, clock, logger)).gradualExitsReminded).toBe(1);
    expect((await runAfterApprovalSweep(repo, clock, logger)).updated).toBe(0);
    // Still January: not ended yet.
    at('2028-01-31');
    expect((await runAfterApprovalSweep(repo, clock, logger)).gradualExitsEnded).toBe(0);
    at('2028-02-01');
    expect((await runAfterApprovalSweep(repo, clock, logger)).gradualExitsEnded).toBe(1);
    expect((await runAfterApprovalSweep(repo, clock, logger)).updated).toBe(0);

    const ended = await lineOf(township, reference, 'dibao');
    expect(ended.state).toBe('exited');
    expect(ended.facts.exit).toMatchObject({ reason: 'gradual-exit', lastMonth: '2028-01' });
    expect(ended.notices.map((n) => n.outcome)).toEqual(['confirmed', 'gradual-exit', 'ended']);

    const seen = await status(reference, accessCode);
    const result = seen.results.find((r) => r.programme === 'dibao');
    expect(result?.state).toBe('exited');
    expect(result?.notices[0]?.outcome).toBe('ended');

    // Once the benefit has ended the household may apply for 低保 again.
    const again = await app.request('/api/applications', {
      method: 'POST',
      body: JSON.stringify(
        exampleApplication(
          {
            applicant: {
              name: '林阿娥',
              idNumber: idNumberFor('1960-05-02', '402'),
              mobile: '13812345678',
            },
          },
          '2028-02-01',
        ),
      ),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'after-approval-again' },
    });
    expect(again.status, await again.clone().text()).toBe(201);

    // The dashboard reads counters, which the notifier's drain keeps (at once here).
    await drainPendingCounts(database);
    const dashboard = (await (await township.get('/api/staff/dashboard')).json()) as {
      afterApproval: { exitsByReason: Record<string, number> };
    };
    expect(dashboard.afterApproval.exitsByReason['gradual-exit']).toBeGreaterThanOrEqual(1);
  });
});

describe('a 特困 person whose support ends', () => {
  it('is investigated, published for 7 days, ended by the bureau from the next month, with a written notice', async () => {
    const { reference, accessCode } = await approved(
      'tekun',
      { name: '黄伯', birth: '1948-08-08', serial: '511' },
      { monthlyAmountYuan: 1300, startMonth: '2027-01' },
    );
    at('2027-03-10');
    await act(township, reference, 'proposeTermination', 'tekun', {
      grounds: ['supporter-able'],
      findings: '儿子回乡就业，有赡养能力',
      noticeStartsOn: '2027-03-10',
      referral: 'none',
    });
    const onNotice = await lineOf(township, reference, 'tekun');
    expect(onNotice.state).toBe('termination_notice');
    expect(onNotice.facts.termination?.noticeEndsOn).toBe('2027-03-17');
    expect(onNotice.dueAt).toBe('2027-03-17');

    // The bureau cannot decide before the 7 days are over.
    at('2027-03-16');
    const early = await city.actOn(reference, 'tekun', 'decideChange', {
      approve: true,
      text: '经公示无异议',
    });
    expect(early.status).toBe(400);
    // A township cannot decide it at all (the bureau's decision).
    at('2027-03-18');
    const byTownship = await township.actOn(reference, 'tekun', 'decideChange', {
      approve: true,
      text: '经公示无异议',
    });
    expect(byTownship.status).toBe(403);
    await act(city, reference, 'decideChange', 'tekun', {
      approve: true,
      text: '经公示无异议，终止特困供养',
      referral: 'dibao',
    });
    const ended = await lineOf(city, reference, 'tekun');
    expect(ended.state).toBe('exited');
    expect(ended.facts.exit).toMatchObject({ reason: 'terminated', lastMonth: '2027-03' });
    const notice = ended.notices.at(-1);
    expect(notice?.outcome).toBe('terminated');
    const words = notice?.rendered.lines.map((l) => l.text['zh-CN']).join('\n') ?? '';
    expect(words).toContain('自 2027年4月起停止发放');
    expect(words).toContain('纳入最低生活保障');
    expect(words).toContain('行政复议');

    const seen = await status(reference, accessCode);
    const result = seen.results.find((r) => r.programme === 'tekun');
    expect(result?.notices[0]?.outcome).toBe('terminated');
  });
});

describe('a recipient who reports moving to another township', () => {
  it('transfers the case with its history: the new township sees it in review, the old one does not', async () => {
    const { reference, accessCode } = await approved(
      'dibao',
      { name: '郑秀娟', birth: '1958-11-11', serial: '622' },
      { monthlyAmountYuan: 480, startMonth: '2027-01' },
    );
    at('2027-02-15');
    const before = (await township.view(reference)) as unknown as { history: unknown[] };
    const response = await app.request('/api/status/changes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        reference,
        accessCode,
        kind: 'moved-within',
        description: '已搬到流沙南街道居住，户口一起迁移',
        movedTo: { villageCode: liushaSouthVillage, hukouMoved: true },
      }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const seen = (await response.json()) as StatusView;
    expect(seen.township.code).toBe(liushaSouth);
    // Under review, the benefit is still the decided one (and still paid).
    expect(seen.results[0]).toMatchObject({ state: 'under_review', decided: true });
    expect(seen.changes).toHaveLength(1);
    expect(seen.changes[0]).toMatchObject({
      kind: 'moved-within',
      concluded: false,
      transferredTo: { code: liushaSouth },
    });

    // The old township no longer sees it; the new one does, in its review queue.
    expect((await township.get(`/api/staff/applications/${reference}`)).status).toBe(404);
    const moved = (await southTownship.view(reference)) as unknown as {
      history: { action: string }[];
      procedure: { transferredFrom: string[] };
      lines: LineView[];
    };
    expect(moved.history.length).toBeGreaterThan(before.history.length);
    expect(moved.history.map((e) => e.action)).toContain('confirm');
    expect(moved.procedure.transferredFrom).toEqual([liushaEast]);
    expect(moved.lines[0]?.state).toBe('under_review');
    const queue = (await (await southTownship.get('/api/staff/reviews')).json()) as {
      items: { reference: string; task: string }[];
    };
    expect(queue.items).toContainEqual(expect.objectContaining({ reference, task: 'review-open' }));

    // The new township concludes the review; the household sees the outcome.
    await act(southTownship, reference, 'continueAfterReview', 'dibao', {});
    const after = await status(reference, accessCode);
    expect(after.changes[0]?.concluded).toBe(true);
    expect(after.changes[0]?.lines[0]?.outcome?.['zh-CN']).toContain('继续保障');
  });

  it('is refused when nothing is being paid', async () => {
    at('2026-11-30');
    const { reference, accessCode } = await submitApplication(
      app,
      exampleApplication(
        {
          applicant: {
            name: '方小青',
            idNumber: idNumberFor('1962-01-21', '733'),
            mobile: '13812345678',
          },
        },
        '2026-11-30',
      ),
    );
    const response = await app.request('/api/status/changes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' },
      body: JSON.stringify({ reference, accessCode, kind: 'income' }),
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors[0]?.path).toBe('kind');
  });
});
