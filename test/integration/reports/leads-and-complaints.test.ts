import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevSink } from '../../../functions/notify/channels/dev-sink.ts';
import type { NotifierDeps } from '../../../functions/notify/drain.ts';
import { sweepReportMessages } from '../../../functions/notify/drain-reports.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication } from '../../support/application-example.ts';
import { capturedLogger } from '../../support/captured-logger.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import {
  exampleComplaint,
  exampleLead,
  postJson,
  reportPlaces,
} from '../../support/report-examples.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { recordEvidence } from '../../support/summary.ts';
import { createTestApp } from '../../support/test-app.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let lines: string[];
const sink = createDevSink();

beforeAll(async () => {
  database = await startTestDatabase();
  const captured = capturedLogger();
  lines = captured.lines;
  app = createTestApp(database, captured.logger);
});
afterAll(() => database.close());

const { township, village, otherVillage, otherTownship } = reportPlaces;
const clientOf = async (groups: string[], division?: string) =>
  staffClient(app, await staffToken(groups, division ? { division } : {}));

function notifier(): NotifierDeps {
  return {
    repo: createApplicationRepository(database.db, database.tableName),
    channels: { sms: sink.port, email: sink.port, staff: sink.port },
    staffInbox: () => null,
    messages: { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' },
    policy: { maxAttempts: 3, baseMs: 1, capMs: 1 },
    now: () => new Date(Date.now() + 60_000),
    random: () => 0,
    logger: capturedLogger().logger,
  };
}

async function stored(prefix: string): Promise<number> {
  const all = await database.db.send(new ScanCommand({ TableName: database.tableName }));
  return (all.Items ?? []).filter((item) => String(item.PK).startsWith(prefix)).length;
}

/** A lead submitted from its own client address (the per-client limit is per address). */
async function submitLead(body = exampleLead(), client = '203.0.113.10') {
  const response = await app.request('/api/leads', postJson(body, { 'X-Forwarded-For': client }));
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { reference: string; visitDueOn: string; willBeTold: boolean };
}

describe('a lead about someone in hardship', () => {
  it('lands in its township queue only, is visited, closed with an application started, and the reporter is told without any personal details', async () => {
    const lead = await submitLead();
    expect(lead.reference).toMatch(/^XS-\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(lead.willBeTold).toBe(true);
    // 2026-11-28 (Saturday) + 5 working days.
    expect(lead.visitDueOn).toBe('2026-12-04');

    const reviewer = await clientOf([`township-${township}`]);
    const queue = (await (await reviewer.get('/api/staff/leads')).json()) as {
      items: { reference: string; villageCode: string }[];
    };
    expect(queue.items.map((i) => i.reference)).toContain(lead.reference);
    // The queue carries no name, text or contact.
    expect(JSON.stringify(queue)).not.toContain('林阿婆');
    expect(JSON.stringify(queue)).not.toContain('13711112222');

    const elsewhere = await clientOf([`township-${otherTownship}`]);
    expect((await elsewhere.get(`/api/staff/leads/${lead.reference}`)).status).toBe(404);
    const theirs = (await (await elsewhere.get('/api/staff/leads')).json()) as {
      items: { reference: string }[];
    };
    expect(theirs.items.map((i) => i.reference)).not.toContain(lead.reference);

    const assistant = await clientOf(['village-assistant'], village);
    const neighbour = await clientOf(['village-assistant'], otherVillage);
    const assistantQueue = (await (await assistant.get('/api/staff/leads')).json()) as {
      items: { reference: string }[];
    };
    expect(assistantQueue.items.map((i) => i.reference)).toContain(lead.reference);
    const neighbourQueue = (await (await neighbour.get('/api/staff/leads')).json()) as {
      items: { reference: string }[];
    };
    expect(neighbourQueue.items.map((i) => i.reference)).not.toContain(lead.reference);
    expect((await neighbour.get(`/api/staff/leads/${lead.reference}`)).status).toBe(404);

    const view = (await (await assistant.get(`/api/staff/leads/${lead.reference}`)).json()) as {
      version: number;
      personName: string;
      reporterLeftContact: boolean;
      mayRecordOutcome: boolean;
    };
    expect(view.personName).toBe('林阿婆');
    expect(view.reporterLeftContact).toBe(true);
    expect(JSON.stringify(view)).not.toContain('13711112222');
    expect(view.mayRecordOutcome).toBe(false);

    const visited = await assistant.post(`/api/staff/leads/${lead.reference}/visit`, {
      version: view.version,
      input: { visitedOn: '2026-11-28', note: '已上门，老人独居，建议申请特困。' },
    });
    expect(visited.status, await visited.clone().text()).toBe(200);
    // The outcome is the township's, not the assistant's.
    const byAssistant = await assistant.post(`/api/staff/leads/${lead.reference}/outcome`, {
      version: view.version + 1,
      input: { outcome: 'no-need', note: '不需要' },
    });
    expect(byAssistant.status).toBe(403);

    const { reference: applicationReference } = await submitApplication(app, exampleApplication());
    const closed = await reviewer.post(`/api/staff/leads/${lead.reference}/outcome`, {
      version: view.version + 1,
      input: { outcome: 'application-started', applicationReference },
    });
    expect(closed.status, await closed.clone().text()).toBe(200);
    expect(await closed.json()).toMatchObject({
      state: 'closed',
      outcome: { kind: 'application-started', applicationReference },
    });

    // Closed, it is kept five years (as a closed application) and then expires.
    const item = await database.db.send(
      new GetCommand({
        TableName: database.tableName,
        Key: { PK: `LEAD#${lead.reference}`, SK: 'LEAD' },
      }),
    );
    const closedAt = Date.parse(String(item.Item?.record.outcome.at)) / 1000;
    expect(item.Item?.expiresAt).toBe(Math.floor(closedAt) + 1827 * 86_400);

    await sweepReportMessages(notifier());
    const told = sink.messages().filter((m) => m.text.includes(lead.reference));
    expect(told).toHaveLength(1);
    expect(told[0]?.to).toBe('+8613711112222');
    for (const detail of ['林阿婆', '独居', '新安', '特困', applicationReference])
      expect(told[0]?.text).not.toContain(detail);
    const after = (await (await reviewer.get(`/api/staff/leads/${lead.reference}`)).json()) as {
      reporterTold: boolean;
    };
    expect(after.reporterTold).toBe(true);
  });

  it('an anonymous lead is handled the same and nobody is messaged', async () => {
    const before = sink.messages().length;
    const lead = await submitLead(exampleLead({ reporter: { leaveContact: false } }));
    expect(lead.willBeTold).toBe(false);
    const reviewer = await clientOf([`township-${township}`]);
    await reviewer.post(`/api/staff/leads/${lead.reference}/visit`, {
      version: 1,
      input: { visitedOn: '2026-11-28', note: '已走访' },
    });
    const closed = await reviewer.post(`/api/staff/leads/${lead.reference}/outcome`, {
      version: 2,
      input: { outcome: 'referred', referredTo: '市残联' },
    });
    expect(closed.status).toBe(200);
    await sweepReportMessages(notifier());
    expect(sink.messages().length).toBe(before);
  });

  it('refuses a bad lead field by field in both languages and stores nothing', async () => {
    const before = await stored('LEAD#');
    const bad = {
      place: { townshipCode: township, villageCode: reportPlaces.otherTownshipVillage },
      difficulty: { categories: [], description: '' },
      reporter: { leaveContact: true, mobile: '123' },
    };
    const zh = await app.request('/api/leads', postJson(bad));
    expect(zh.status).toBe(400);
    const zhBody = (await zh.json()) as { errors: { path: string; message: string }[] };
    const paths = zhBody.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'place.villageCode',
        'difficulty.categories',
        'difficulty.description',
        'reporter.mobile',
        'reporter.consent',
      ]),
    );
    expect(zhBody.errors.find((e) => e.path === 'difficulty.categories')?.message).toBe(
      '请至少选择一种困难',
    );
    const en = await app.request('/api/leads', postJson(bad, { 'Accept-Language': 'en' }));
    const enBody = (await en.json()) as { errors: { path: string; message: string }[] };
    expect(enBody.errors.find((e) => e.path === 'difficulty.categories')?.message).toBe(
      'Choose at least one kind of difficulty',
    );
    // A village of another township, well-formed otherwise: refused by the divisions data.
    const misplaced = await app.request(
      '/api/leads',
      postJson(
        exampleLead({
          place: { townshipCode: township, villageCode: '445281001999' },
        }),
      ),
    );
    expect(misplaced.status).toBe(400);
    expect(await stored('LEAD#')).toBe(before);
  });

  it('answers a retry with the same key with the first answer, once', async () => {
    const request = postJson(exampleLead(), { 'X-Forwarded-For': '203.0.113.20' });
    const first = await app.request('/api/leads', request);
    const second = await app.request('/api/leads', request);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
  });

  it('takes at most 10 reports an hour from one client, then 429 with Retry-After', async () => {
    const client = '203.0.113.99';
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await app.request('/api/leads', postJson(exampleLead(), { 'X-Forwarded-For': client })))
          .status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    const refused = await app.request(
      '/api/complaints',
      postJson(exampleComplaint(), { 'X-Forwarded-For': client }),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});

describe('a complaint to the city bureau', () => {
  it('goes to the city only — never the township it is about — is answered, followed with its code, and the real-name reporter told', async () => {
    const response = await app.request(
      '/api/complaints',
      postJson(exampleComplaint(), { 'X-Forwarded-For': '203.0.113.30' }),
    );
    expect(response.status).toBe(201);
    const { reference, accessCode } = (await response.json()) as {
      reference: string;
      accessCode: string;
    };
    expect(reference).toMatch(/^TS-/);

    const concerned = await clientOf([`township-${township}`]);
    expect((await concerned.get('/api/staff/complaints')).status).toBe(403);
    expect((await concerned.get(`/api/staff/complaints/${reference}`)).status).toBe(403);
    const assistant = await clientOf(['village-assistant'], village);
    expect((await assistant.get(`/api/staff/complaints/${reference}`)).status).toBe(403);
    const counts = (await (await concerned.get('/api/staff/reports/counts')).json()) as object;
    expect(counts).not.toHaveProperty('complaints');

    const city = await clientOf(['city-reviewer']);
    const queue = (await (await city.get('/api/staff/complaints')).json()) as {
      items: { reference: string; subjectTownshipCode?: string }[];
    };
    expect(queue.items.find((i) => i.reference === reference)).toMatchObject({
      subjectTownshipCode: township,
    });
    expect(JSON.stringify(queue)).not.toContain('黄先生');

    const follow = async () =>
      (await (
        await app.request('/api/complaints/follow', {
          method: 'POST',
          body: JSON.stringify({ reference, accessCode }),
          headers: { 'Content-Type': 'application/json' },
        })
      ).json()) as { state: string; reply?: { text: string } };
    expect(await follow()).toMatchObject({ state: 'received' });

    const handled = await city.post(`/api/staff/complaints/${reference}/handling`, {
      version: 1,
      input: { note: '已约谈镇社会事务办负责人。' },
    });
    expect(handled.status).toBe(200);
    const replied = await city.post(`/api/staff/complaints/${reference}/reply`, {
      version: 2,
      input: { reply: '经核查，镇里已于 12 月 1 日答复您的申请，并对经办人进行了批评教育。' },
    });
    expect(replied.status).toBe(200);
    const followed = await follow();
    expect(followed.state).toBe('answered');
    expect(followed.reply?.text).toContain('批评教育');
    // Handling notes stay with the bureau.
    expect(JSON.stringify(followed)).not.toContain('约谈');

    await sweepReportMessages(notifier());
    const told = sink.messages().filter((m) => m.text.includes(reference));
    expect(told).toHaveLength(1);
    expect(told[0]?.to).toBe('+8613633334444');
    expect(told[0]?.text).not.toContain('批评');

    const cityCounts = (await (await city.get('/api/staff/reports/counts')).json()) as {
      complaints: { byState: { answered: number } };
    };
    expect(cityCounts.complaints.byState.answered).toBeGreaterThanOrEqual(1);
  });

  it('answers a wrong code like an unknown reference, counting tries', async () => {
    const { reference } = (await (
      await app.request(
        '/api/complaints',
        postJson(exampleComplaint({ reporter: { realName: false } }), {
          'X-Forwarded-For': '203.0.113.40',
        }),
      )
    ).json()) as { reference: string };
    const ask = (body: object) =>
      app.request('/api/complaints/follow', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.41' },
      });
    const wrong = await ask({ reference, accessCode: 'AAAAAAAA' });
    const unknown = await ask({ reference: 'TS-2611-ZZZZ-ZZZZ', accessCode: 'AAAAAAAA' });
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    const a = (await wrong.json()) as { triesLeft: number; title: string };
    const b = (await unknown.json()) as { triesLeft: number; title: string };
    expect(a.title).toBe(b.title);
    expect(a.triesLeft).toBe(4);
  });
});

describe('personal data in logs', () => {
  it('leads and complaints log no name, mobile or difficulty text', async () => {
    const all = lines.join('\n');
    expect(all).toContain('lead received');
    expect(all).toContain('complaint received');
    const canaries = ['林阿婆', '13711112222', '黄先生', '13633334444', '独居老人', '批评教育'];
    for (const canary of canaries) expect(all).not.toContain(canary);
    expect(all).not.toMatch(/1[3-9]\d{9}/);
    recordEvidence('PII in logs (leads, complaints)', {
      lines: lines.length,
      canaries: canaries.length,
      canaryHits: 0,
    });
  });
});
