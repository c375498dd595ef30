import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { townships } from '../../../functions/domain/divisions.ts';
import { buildDashboard } from '../../../functions/domain/staff/dashboard.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { drainPendingCounts } from '../../support/drain-counts.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

const liushaEast = '445281001000';
const chiwei = '445281005000';
const hongyang = '445281104000';

// A clock the tests move forward, so a 7-day public notice can run its course.
let clock = new Date('2026-11-30T02:00:00.000Z'); // a Monday, 10:00 in Puning
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let liushaReviewer: ReturnType<typeof staffClient>;
let chiweiReviewer: ReturnType<typeof staffClient>;
let city: ReturnType<typeof staffClient>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database, undefined, () => clock);
  liushaReviewer = staffClient(
    app,
    await staffToken([`township-${liushaEast}`], { sub: 'lsd-1', name: '林经办' }),
  );
  chiweiReviewer = staffClient(app, await staffToken([`township-${chiwei}`], { sub: 'cw-1' }));
  city = staffClient(app, await staffToken(['city-reviewer'], { sub: 'city-1', name: '市局审核' }));
});
afterAll(() => database.close());

let person = 0;
const applicant = (name = '陈小明') => ({
  name,
  idNumber: idNumberFor('1956-03-08', String(100 + ++person).padStart(3, '0')),
  mobile: '13812345678',
});

describe('the township queue', () => {
  it('lists only its own township, emergencies first, then the earliest due date', async () => {
    const normal = await submitApplication(app, exampleApplication({ applicant: applicant() }));
    const tekun = await submitApplication(
      app,
      exampleApplication({ applicant: applicant(), programmes: ['tekun'] }),
    );
    const emergency = await submitApplication(
      app,
      exampleApplication({
        applicant: applicant(),
        programmes: ['temporary-emergency'],
        emergency: {
          description: '房屋失火',
          occurredOn: '2026-11-29',
          townshipCode: liushaEast,
        },
      }),
    );
    const elsewhere = await submitApplication(
      app,
      exampleApplication({
        applicant: applicant(),
        residence: { townshipCode: chiwei, villageCode: '445281005201', address: '池尾 1 号' },
      }),
    );

    const response = await liushaReviewer.get('/api/staff/queue');
    expect(response.status).toBe(200);
    const queue = (await response.json()) as {
      items: { reference: string; priority: string; dueAt: string }[];
    };
    const references = queue.items.map((i) => i.reference);
    expect(references).toContain(normal.reference);
    expect(references).not.toContain(elsewhere.reference);
    expect(references[0]).toBe(emergency.reference);
    // dibao's check starts within 3 working days, tekun's investigation within 15.
    expect(references.indexOf(normal.reference)).toBeLessThan(references.indexOf(tekun.reference));
    const dueDates = queue.items.slice(1).map((i) => i.dueAt);
    expect(dueDates).toEqual([...dueDates].sort());
  });

  it('filters by programme and status, and pages with a cursor that only works for its queue', async () => {
    const tekunOnly = (await (
      await liushaReviewer.get('/api/staff/queue?programme=tekun')
    ).json()) as { items: { programmes: string[] }[] };
    expect(tekunOnly.items.length).toBeGreaterThan(0);
    expect(tekunOnly.items.every((i) => i.programmes.includes('tekun'))).toBe(true);

    const first = (await (await liushaReviewer.get('/api/staff/queue?limit=1')).json()) as {
      items: { reference: string }[];
      cursor?: string;
    };
    expect(first.items).toHaveLength(1);
    expect(first.cursor).toBeTruthy();
    const second = (await (
      await liushaReviewer.get(`/api/staff/queue?limit=1&cursor=${first.cursor}`)
    ).json()) as { items: { reference: string }[] };
    expect(second.items[0]?.reference).not.toBe(first.items[0]?.reference);

    // The same cursor presented by the city for another township is refused.
    const hop = await city.get(`/api/staff/queue?township=${chiwei}&cursor=${first.cursor}`);
    expect(hop.status).toBe(400);
  });

  it('never lets a township reviewer name another township', async () => {
    const response = await liushaReviewer.get(`/api/staff/queue?township=${chiwei}`);
    expect(response.status).toBe(404);
  });
});

describe('the procedure, action by action', () => {
  it('takes a dibao application from submission to the city confirmation, with its history', async () => {
    const { reference, accessCode } = await submitApplication(
      app,
      exampleApplication({ applicant: applicant('黄阿婆') }),
    );
    expect((await liushaReviewer.act(reference, 'claim')).status).toBe(200);
    const asked = await liushaReviewer.act(reference, 'requestInfo', {
      message: '请补充近 6 个月的银行流水',
      dueOn: '2026-12-10',
    });
    expect(asked.status).toBe(200);

    // The applicant answers on the status page.
    const answered = await app.request('/api/status/answer', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reference, accessCode, answer: '已上传银行流水' }),
    });
    expect(answered.status).toBe(200);

    for (const [action, input] of [
      ['recordInvestigation', { visitedOn: '2026-11-30', findings: '独居，无劳动能力，收入属实' }],
      ['startPublicNotice', { startsOn: '2026-11-30' }],
    ] as const)
      expect((await liushaReviewer.act(reference, action, input)).status).toBe(200);

    // The notice cannot end before its 7 days are over.
    const early = await liushaReviewer.act(reference, 'endPublicNotice');
    expect(early.status).toBe(400);
    clock = new Date('2026-12-07T02:00:00.000Z');
    expect((await liushaReviewer.act(reference, 'endPublicNotice')).status).toBe(200);
    expect(
      (
        await liushaReviewer.act(reference, 'approve', {
          monthlyAmountYuan: 200,
          opinion: '符合低保条件，建议批准',
        })
      ).status,
    ).toBe(200);

    // A township reviewer cannot confirm; the city can.
    expect(
      (
        await liushaReviewer.act(reference, 'confirm', {
          monthlyAmountYuan: 200,
          startMonth: '2027-01',
        })
      ).status,
    ).toBe(403);
    const confirmed = await city.act(reference, 'confirm', {
      monthlyAmountYuan: 200,
      startMonth: '2027-01',
    });
    expect(confirmed.status).toBe(200);
    const view = (await confirmed.json()) as {
      status: string;
      history: {
        action: string;
        by: string;
        from: string | null;
        to: string;
        rulesVersion: string;
        staff?: { id: string };
      }[];
      pendingMessages: { template: string }[];
    };
    expect(view.status).toBe('confirmed');
    expect(view.history.map((e) => `${e.action}:${e.from}->${e.to}`)).toEqual([
      'submit:null->submitted',
      'claim:submitted->in_review',
      'requestInfo:in_review->needs_info',
      'answer:needs_info->in_review',
      'recordInvestigation:in_review->investigated',
      'startPublicNotice:investigated->public_notice',
      'endPublicNotice:public_notice->notice_ended',
      'approve:notice_ended->township_approved',
      'confirm:township_approved->confirmed',
    ]);
    expect(view.history.at(-1)?.staff?.id).toBe('city-1');
    expect(view.history.every((e) => e.rulesVersion.length > 0)).toBe(true);
    expect(view.pendingMessages.map((m) => m.template)).toEqual([
      'received',
      'info-requested',
      'answer-received',
      'staff-answer-received',
      'notice-started',
      'township-approved',
      'decision',
    ]);
    clock = new Date('2026-11-30T02:00:00.000Z');
  });

  it('refuses an action the state does not allow with 409 and the current state', async () => {
    const { reference } = await submitApplication(
      app,
      exampleApplication({ applicant: applicant() }),
    );
    const response = await liushaReviewer.act(reference, 'approve', {
      monthlyAmountYuan: 100,
      opinion: '同意',
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { current: { status: string; version: number } };
    expect(body.current).toEqual({ status: 'submitted', version: 1 });
  });

  it('names the bad field of an action in Chinese and changes nothing', async () => {
    const { reference } = await submitApplication(
      app,
      exampleApplication({ applicant: applicant() }),
    );
    await liushaReviewer.act(reference, 'claim');
    const before = await liushaReviewer.view(reference);
    const response = await liushaReviewer.act(reference, 'reject', { codes: [], text: '' });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['input.codes', 'input.text']);
    expect(problem.errors[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await liushaReviewer.view(reference)).version).toBe(before.version);
  });

  it('hands a misrouted application to another township, which sees it at once', async () => {
    const { reference } = await submitApplication(
      app,
      exampleApplication({ applicant: applicant() }),
    );
    const moved = await liushaReviewer.act(reference, 'transfer', {
      toTownship: chiwei,
      reason: '申请人实际居住在池尾街道',
    });
    expect(moved.status).toBe(200);
    const theirs = (await (await chiweiReviewer.get('/api/staff/queue')).json()) as {
      items: { reference: string }[];
    };
    expect(theirs.items.map((i) => i.reference)).toContain(reference);
    const ours = (await (await liushaReviewer.get('/api/staff/queue')).json()) as {
      items: { reference: string }[];
    };
    expect(ours.items.map((i) => i.reference)).not.toContain(reference);
    expect((await liushaReviewer.get(`/api/staff/applications/${reference}`)).status).toBe(404);
  });

  it('refuses and frees the person to apply again, giving the reasons', async () => {
    const person = applicant();
    const { reference } = await submitApplication(app, exampleApplication({ applicant: person }));
    await liushaReviewer.act(reference, 'claim');
    const refused = await liushaReviewer.act(reference, 'reject', {
      codes: ['income-above-standard'],
      text: '家庭人均收入高于低保标准',
    });
    expect(refused.status).toBe(200);
    const again = await submitApplication(app, exampleApplication({ applicant: person }));
    expect(again.reference).not.toBe(reference);
  });

  it('gives emergency aid first, with the paperwork due date as the new deadline', async () => {
    const { reference } = await submitApplication(
      app,
      exampleApplication({
        applicant: applicant(),
        programmes: ['temporary-emergency'],
        emergency: {
          description: '突发重病住院',
          occurredOn: '2026-11-29',
          townshipCode: hongyang,
        },
      }),
    );
    const hongyangReviewer = staffClient(app, await staffToken([`township-${hongyang}`]));
    const response = await hongyangReviewer.act(reference, 'grantEmergencyAid', {
      amountYuan: 3000,
      paperworkDueOn: '2026-12-14',
      reason: '住院押金无法支付',
    });
    expect(response.status).toBe(200);
    const view = (await response.json()) as { status: string; dueAt: string };
    expect(view).toMatchObject({ status: 'emergency_aid_granted', dueAt: '2026-12-14' });
  });

  it('starts a six-month phase-out for a recipient and ends it', async () => {
    const { reference } = await submitApplication(
      app,
      exampleApplication({ applicant: applicant() }),
    );
    // Bring it to confirmed quickly through the emergency-free path.
    await liushaReviewer.act(reference, 'claim');
    await liushaReviewer.act(reference, 'recordInvestigation', {
      visitedOn: '2026-11-30',
      findings: '属实',
    });
    await liushaReviewer.act(reference, 'startPublicNotice', { startsOn: '2026-11-30' });
    clock = new Date('2026-12-08T02:00:00.000Z');
    await liushaReviewer.act(reference, 'endPublicNotice');
    await liushaReviewer.act(reference, 'approve', { monthlyAmountYuan: 300, opinion: '同意' });
    await city.act(reference, 'confirm', { monthlyAmountYuan: 300, startMonth: '2027-01' });
    // The 渐退期 is the bureau's to grant (57号 第三十三条).
    const started = await city.act(reference, 'startGradualExit', {
      reason: '家庭成员就业，收入超过标准',
    });
    const view = (await started.json()) as { status: string; dueAt: string };
    expect(started.status, JSON.stringify(view)).toBe(200);
    // Paid January to June 2027; staff are reminded from the first day of June.
    expect(view).toMatchObject({ status: 'gradual_exit', dueAt: '2027-06-01' });
    const ended = await liushaReviewer.act(reference, 'endGradualExit');
    expect(((await ended.json()) as { status: string }).status).toBe('exited');
    clock = new Date('2026-11-30T02:00:00.000Z');
  });
});

describe('dashboard and export', () => {
  it('counts open applications by status, overdue ones and recent emergencies', async () => {
    await drainPendingCounts(database);
    const response = await liushaReviewer.get('/api/staff/dashboard');
    expect(response.status).toBe(200);
    const dashboard = (await response.json()) as {
      open: number;
      openByStatus: Record<string, number>;
      emergenciesLast30Days: number;
      decided: number;
      medianDaysToDecision: number | null;
    };
    const sum = Object.values(dashboard.openByStatus).reduce((a, b) => a + b, 0);
    expect(sum).toBe(dashboard.open);
    expect(dashboard.emergenciesLast30Days).toBeGreaterThanOrEqual(1);
    expect(dashboard.decided).toBeGreaterThanOrEqual(2);
    expect(dashboard.medianDaysToDecision).not.toBeNull();
  });

  it('reads from counters the figures every summary gives, for a township and the city', async () => {
    await drainPendingCounts(database);
    const repo = createApplicationRepository(database.db, database.tableName);
    for (const [client, codes] of [
      [liushaReviewer, ['445281001000']],
      [city, townships.map((t) => t.code)],
    ] as const) {
      const summaries = (await Promise.all(codes.map((code) => repo.allSummaries(code)))).flat();
      // Leads and complaints are their own items (dashboard-reports.test.ts).
      const {
        township: _scope,
        leads: _leads,
        complaints: _complaints,
        ...figures
      } = await (await client.get('/api/staff/dashboard')).json();
      expect(summaries.length).toBeGreaterThan(3);
      expect(figures).toEqual(buildDashboard(summaries, clock));
    }
  });

  it('exports CSV with masked ID numbers and formulas neutralised', async () => {
    await submitApplication(
      app,
      exampleApplication({ applicant: { ...applicant(), name: '=HYPERLINK(1)' } }),
    );
    const response = await liushaReviewer.exportCsv();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A UTF-8 byte-order mark, so spreadsheet programs read the Chinese correctly.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('申请编号')).toBe(true);
    expect(csv).not.toMatch(/\d{17}[\dX]/);
    expect(csv).toMatch(/4452\*{10}\d{3}[\dX]/);
    expect(csv).not.toMatch(/(^|,)=/m);
    expect(csv).toContain(",'=HYPERLINK(1),");
  });
});
