import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelPort, Delivery } from '../../../functions/notify/channel.ts';
import { drainApplication, type NotifierDeps } from '../../../functions/notify/drain.ts';
import { createLogger } from '../../../functions/shared/logger.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

/**
 * Someone else starts it (issue 19 item 1): an agent on the public form with the
 * applicant's written authorisation (委托书), and a village assistant from the console
 * with a record of how the person consented. Real app, real table (dynalite).
 */
const liushaEast = '445281001000';
const xinan = '445281001201'; // 新安村委会, the assistant's village
const yuhuan = '445281001001'; // 玉环居委会, same township, another village

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let repo: ReturnType<typeof createApplicationRepository>;
let assistant: ReturnType<typeof staffClient>;
let reviewer: ReturnType<typeof staffClient>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
  repo = createApplicationRepository(database.db, database.tableName);
  assistant = staffClient(
    app,
    await staffToken(['village-assistant'], {
      sub: 'va-xinan',
      name: '新安村协理员',
      division: xinan,
    }),
  );
  reviewer = staffClient(app, await staffToken([`township-${liushaEast}`], { sub: 'lsd-1' }));
});
afterAll(() => database.close());

let person = 0;
function applicantWithout(mobile: boolean) {
  const base = {
    name: '陈阿婆',
    idNumber: idNumberFor('1950-02-02', String(300 + ++person).padStart(3, '0')),
  };
  return mobile ? { ...base, mobile: '13812345678' } : base;
}
const agent = {
  name: '陈大华',
  relationship: 'child' as const,
  mobile: '13900001111',
  idNumber: idNumberFor('1978-06-06', '555'),
};

let key = 0;
function submit(body: unknown, locale = 'zh-CN') {
  return app.request('/api/applications', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': locale,
      'Idempotency-Key': `agent-test-${process.pid}-${++key}`,
    },
  });
}

class RecordingChannel implements ChannelPort {
  readonly sent: Delivery[] = [];
  async send(delivery: Delivery) {
    this.sent.push(delivery);
  }
}

function notifier(channel: RecordingChannel): NotifierDeps {
  return {
    repo,
    channels: { sms: channel, email: channel, staff: channel },
    staffInbox: () => null,
    messages: { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' },
    policy: { maxAttempts: 3, baseMs: 1000, capMs: 2000 },
    now: () => new Date('2026-11-28T02:00:00.000Z'),
    random: () => 0.5,
    logger: createLogger(),
  };
}

const png = () => {
  const bytes = new Uint8Array(1024);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};

async function upload(credentials: { reference: string; accessCode: string }, type: string) {
  const granted = await app.request('/api/status/documents', {
    method: 'POST',
    body: JSON.stringify({
      reference: credentials.reference,
      accessCode: credentials.accessCode,
      type,
      contentType: 'image/png',
      size: 1024,
    }),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.19' },
  });
  expect(granted.status, await granted.clone().text()).toBe(201);
  const grant = (await granted.json()) as {
    documentId: string;
    upload: { url: string; headers: Record<string, string> };
  };
  const put = await app.request(grant.upload.url, {
    method: 'PUT',
    body: png(),
    headers: grant.upload.headers,
  });
  expect(put.status).toBe(200);
  return grant.documentId;
}

describe('an agent applying for someone on the public form', () => {
  it('submits without the applicant’s mobile, uploads the 委托书, is texted the code and follows the case with it', async () => {
    const response = await submit(
      exampleApplication({ applicant: applicantWithout(false), agent }),
    );
    expect(response.status).toBe(201);
    const credentials = (await response.json()) as { reference: string; accessCode: string };

    const documentId = await upload(credentials, 'authorisation');
    const stored = await repo.get(credentials.reference);
    expect(stored?.application.agent).toEqual(agent);
    expect(stored?.documents?.find((d) => d.id === documentId)?.type).toBe('authorisation');

    // Only the agent can be texted: the received message (with the code) goes to them.
    const channel = new RecordingChannel();
    await drainApplication(credentials.reference, notifier(channel));
    expect(channel.sent.map((d) => d.to)).toEqual(['+8613900001111']);
    expect(channel.sent[0]?.text).toContain(credentials.accessCode);

    // The agent follows with the reference and the code, like the applicant would.
    const status = await app.request('/api/status', {
      method: 'POST',
      body: JSON.stringify({
        reference: credentials.reference,
        accessCode: credentials.accessCode,
      }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({
      reference: credentials.reference,
      submittedBy: 'agent',
    });

    // The township sees who applied, how consent is on record, and the authorisation.
    const view = await reviewer.view(credentials.reference);
    expect(view.submitter).toMatchObject({ by: 'agent', name: '陈大华', relationship: 'child' });
    expect((view.consentSummary as { 'zh-CN': string })['zh-CN']).toContain('委托书');
    const queue = (await (await reviewer.get('/api/staff/queue')).json()) as {
      items: { reference: string; onBehalf?: string }[];
    };
    expect(queue.items.find((i) => i.reference === credentials.reference)?.onBehalf).toBe('agent');
  });

  it('texts both the applicant and the agent when both mobiles are given', async () => {
    const response = await submit(exampleApplication({ applicant: applicantWithout(true), agent }));
    const { reference } = (await response.json()) as { reference: string };
    const channel = new RecordingChannel();
    await drainApplication(reference, notifier(channel));
    expect(channel.sent.map((d) => d.to).sort()).toEqual(['+8613812345678', '+8613900001111']);
  });

  it('refuses an application for oneself without a mobile, naming the field, and stores nothing', async () => {
    const before = (await repo.allSummaries(liushaEast)).length;
    for (const locale of ['zh-CN', 'en']) {
      const response = await submit(
        exampleApplication({ applicant: applicantWithout(false) }),
        locale,
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { path: string; message: string }[] };
      expect(body.errors).toEqual([
        {
          path: 'applicant.mobile',
          message:
            locale === 'en' ? expect.stringMatching(/mobile/) : expect.stringMatching(/手机/),
        },
      ]);
    }
    const badAgent = await submit(
      exampleApplication({ applicant: applicantWithout(false), agent: { ...agent, mobile: '12' } }),
      'en',
    );
    expect(((await badAgent.json()) as { errors: { path: string }[] }).errors).toEqual([
      { path: 'agent.mobile', message: expect.stringMatching(/11-digit/) },
    ]);
    expect((await repo.allSummaries(liushaEast)).length).toBe(before);
  });
});

describe('a village assistant applying from the console', () => {
  const consentRecord = { way: 'oral-witnessed', witnessName: '林主任' };

  it('applies for a person of its village with a consent record, and follows only its own cases', async () => {
    const response = await assistant.post('/api/staff/applications', {
      application: exampleApplication({ applicant: applicantWithout(false) }),
      consentRecord,
    });
    expect(response.status).toBe(201);
    const { reference, accessCode } = (await response.json()) as {
      reference: string;
      accessCode: string;
    };
    expect(accessCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);

    const stored = await repo.get(reference);
    expect(stored?.submittedBy).toEqual({
      staffId: 'va-xinan',
      name: '新安村协理员',
      role: 'village-assistant',
      townshipCode: liushaEast,
      villageCode: xinan,
    });
    // No mobile, no agent: nobody to text; the assistant follows it in the console.
    expect(stored?.outbox.filter((m) => m.channel === 'sms')).toEqual([]);

    const view = await assistant.view(reference);
    expect(view).toMatchObject({
      readOnly: true,
      actions: [],
      submitter: { by: 'staff', name: '新安村协理员', role: 'village-assistant' },
      consentRecord,
    });
    expect((view.consentSummary as { en: string }).en).toBe(
      'Oral consent, heard by a witness; witness: 林主任',
    );
    const mine = (await (await assistant.get('/api/staff/submitted')).json()) as {
      items: { reference: string; onBehalf: string }[];
    };
    expect(mine.items.map((i) => i.reference)).toEqual([reference]);
    expect(mine.items[0]?.onBehalf).toBe('staff');

    // The township sees who applied for the person and how consent was given.
    expect((await reviewer.view(reference)).submitter).toMatchObject({ by: 'staff' });
  });

  it('records a signed consent form uploaded with the code it was given', async () => {
    const response = await assistant.post('/api/staff/applications', {
      application: exampleApplication({ applicant: applicantWithout(true) }),
      consentRecord: { way: 'signed-form' },
    });
    const credentials = (await response.json()) as { reference: string; accessCode: string };
    await upload(credentials, 'consent-form');
    const view = await assistant.view(credentials.reference);
    expect((view.documents as { type: string }[]).map((d) => d.type)).toEqual(['consent-form']);
  });

  it('cannot apply for someone outside its village, nor without a consent record', async () => {
    const elsewhere = await assistant.post('/api/staff/applications', {
      application: exampleApplication({
        applicant: applicantWithout(false),
        residence: { townshipCode: liushaEast, villageCode: yuhuan, address: '玉环 3 号' },
      }),
      consentRecord,
    });
    expect(elsewhere.status).toBe(403);
    const noConsent = await assistant.post('/api/staff/applications', {
      application: exampleApplication({ applicant: applicantWithout(false) }),
    });
    expect(noConsent.status).toBe(400);
    expect(((await noConsent.json()) as { errors: { path: string }[] }).errors).toEqual([
      { path: 'consentRecord', message: expect.any(String) },
    ]);
  });

  it('sees no other case, no queue, no figures and takes no decisions', async () => {
    const others = await submit(exampleApplication({ applicant: applicantWithout(true) }));
    const { reference } = (await others.json()) as { reference: string };
    expect((await assistant.get(`/api/staff/applications/${reference}`)).status).toBe(404);
    expect((await assistant.get('/api/staff/queue')).status).toBe(403);
    expect((await assistant.get('/api/staff/dashboard')).status).toBe(403);
    expect((await assistant.post('/api/staff/exports', {})).status).toBe(403);
    const mine = (await (await assistant.get('/api/staff/submitted')).json()) as {
      items: { reference: string }[];
    };
    const own = mine.items[0]?.reference ?? '';
    const claim = await assistant.post(`/api/staff/applications/${own}/actions/claim`, {
      version: 1,
      input: {},
    });
    expect(claim.status).toBe(403);
  });
});
