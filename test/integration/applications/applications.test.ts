import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompleteApplication } from '../../../functions/domain/application/application-input.ts';
import { TransientDeliveryError } from '../../../functions/notify/channel.ts';
import { drainApplication } from '../../../functions/notify/drain.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { capturedLogger } from '../../support/captured-logger.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { recordEvidence } from '../../support/summary.ts';
import { createTestApp } from '../../support/test-app.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let keySerial = 0;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

function submit(
  body: unknown,
  key = `test-key-${++keySerial}`,
  headers: Record<string, string> = {},
) {
  return app.request('/api/applications', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers },
  });
}

function status(body: unknown, client = '198.51.100.7', path = '/api/status') {
  return app.request(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
  });
}

type Submitted = {
  reference: string;
  accessCode: string;
  township: { code: string; name: string };
  priority: string;
  programmes: string[];
};

/** Every item in the table; only a test counts this way, no request path scans. */
async function itemCount(): Promise<number> {
  const result = await database.db.send(
    new ScanCommand({ TableName: database.tableName, Select: 'COUNT' }),
  );
  return result.Count ?? 0;
}

/** Applications stored, read through the repository. */
async function stored(reference: string) {
  return createApplicationRepository(database.db, database.tableName).get(reference);
}

describe('POST /api/applications: routing', () => {
  it('routes a Puning resident to the township where they live, with a reference and access code', async () => {
    const res = await submit(exampleApplication());
    expect(res.status).toBe(201);
    const body = (await res.json()) as Submitted;
    expect(body.reference).toMatch(/^PN-\d{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(body.accessCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(body.township).toMatchObject({ code: '445281001000', name: '流沙东街道' });
    const record = await stored(body.reference);
    expect(record?.status).toBe('submitted');
    expect(record?.outbox).toHaveLength(1);
    expect(record?.accessCode.hash).not.toContain(body.accessCode);
  });

  it('routes a migrant from elsewhere in Guangdong with a valid permit to the residence township, not the hukou one', async () => {
    const res = await submit(
      exampleApplication({
        applicant: {
          name: '李梅',
          idNumber: idNumberFor('1988-05-01', '246', '440106'),
          mobile: '13912345678',
        },
        residence: {
          townshipCode: '445281005000',
          villageCode: '445281005201',
          address: '池尾上寮 8 号',
        },
        registration: {
          hukou: 'guangdong-other',
          residencePermit: { held: true, lastEndorsedOn: '2026-03-01' },
        },
      }),
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as Submitted).township.code).toBe('445281005000');
  });

  it('refuses dibao for an out-of-province migrant (the bureau switch is off) and says why', async () => {
    const res = await submit(
      exampleApplication({
        applicant: {
          name: '王强',
          idNumber: idNumberFor('1980-01-02', '357', '430102'),
          mobile: '13712345678',
        },
        registration: {
          hukou: 'outside-guangdong',
          residencePermit: { held: true, lastEndorsedOn: '2026-03-01' },
        },
      }),
    );
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors[0]?.path).toBe('programmes');
    expect(problem.errors[0]?.message).toMatch(/广东/);
  });

  it('routes an emergency to where it happened, with priority, for anyone', async () => {
    const res = await submit(
      exampleApplication({
        programmes: ['temporary-emergency'],
        applicant: {
          name: '赵刚',
          idNumber: idNumberFor('1979-07-07', '579', '430102'),
          mobile: '13612345678',
        },
        registration: { hukou: 'outside-guangdong', residencePermit: { held: false } },
        emergency: {
          description: '租住的房子失火',
          occurredOn: '2026-11-27',
          townshipCode: '445281104000',
        },
      }),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as Submitted;
    expect(body.township.code).toBe('445281104000');
    expect(body.priority).toBe('emergency');
  });
});

describe('POST /api/applications: safety', () => {
  it('20 concurrent requests with one Idempotency-Key create one application and answer alike', async () => {
    const body = exampleApplication({
      applicant: {
        name: '周霞',
        idNumber: idNumberFor('1960-02-02', '468'),
        mobile: '13512345678',
      },
    });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => submit(body, 'same-key-20-times')),
    );
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Submitted[];
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const references = new Set(bodies.map((b) => b.reference));
    expect(references.size).toBe(1);
    recordEvidence('idempotency', { concurrentRequests: 20, applicationsCreated: references.size });
  });

  it('refuses a second open application of the same person for the same programme, pointing to the first', async () => {
    const body = exampleApplication({
      applicant: {
        name: '吴兰',
        idNumber: idNumberFor('1950-09-09', '682'),
        mobile: '13412345678',
      },
    });
    const first = (await (await submit(body)).json()) as Submitted;
    const second = await submit(body);
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ reference: first.reference });
  });

  it('refuses a village code that has the township prefix but does not exist', async () => {
    const base = exampleApplication({
      applicant: {
        name: '郑好',
        idNumber: idNumberFor('1970-10-10', '791'),
        mobile: '13312345678',
      },
    });
    const res = await submit({
      ...base,
      residence: { ...base.residence, villageCode: '445281001299' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'residence.villageCode' }] });
  });

  it('requires an Idempotency-Key', async () => {
    const res = await app.request('/api/applications', {
      method: 'POST',
      body: JSON.stringify(exampleApplication()),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'Idempotency-Key' }] });
  });

  const badFields: [string, (a: CompleteApplication) => unknown, string][] = [
    [
      'applicant.idNumber',
      (a) => ({ ...a, applicant: { ...a.applicant, idNumber: '445281195603081234' } }),
      '身份证号码有误',
    ],
    [
      'applicant.mobile',
      (a) => ({ ...a, applicant: { ...a.applicant, mobile: '12345' } }),
      '手机号码',
    ],
    ['applicant.name', (a) => ({ ...a, applicant: { ...a.applicant, name: '' } }), '姓名'],
    [
      'residence.villageCode',
      (a) => ({ ...a, residence: { ...a.residence, villageCode: '445281002001' } }),
      '不属于',
    ],
    [
      'consent.sensitive',
      (a) => ({ ...a, consent: { ...a.consent, sensitive: false } }),
      '勾选同意',
    ],
    [
      'bankAccount.accountNumber',
      (a) => ({ ...a, bankAccount: { ...a.bankAccount, accountNumber: '12ab' } }),
      '银行账号',
    ],
    ['members.0.age', (a) => ({ ...a, members: [{ ...a.members[0], age: 200 }] }), '年龄'],
    ['status', (a) => ({ ...a, status: 'confirmed' }), '不接受'],
    ['emergency', (a) => ({ ...a, programmes: ['temporary-emergency'] }), '急难'],
    ['programmes', (a) => ({ ...a, programmes: [] }), '至少选择'],
    ['programmes.0', (a) => ({ ...a, programmes: ['gradual-exit'] }), '从列表'],
    [
      'applicant.email',
      (a) => ({ ...a, applicant: { ...a.applicant, email: 'not-an-email' } }),
      '邮箱',
    ],
    ['applicant.name', (a) => ({ ...a, applicant: { ...a.applicant, name: '陈<b>' } }), '字符'],
    ['residence.address', (a) => ({ ...a, residence: { ...a.residence, address: '' } }), '地址'],
    [
      'residence.townshipCode',
      (a) => ({ ...a, residence: { ...a.residence, townshipCode: '110101001000' } }),
      '普宁市',
    ],
    ['registration.hukou', (a) => ({ ...a, registration: { hukou: 'abroad' } }), '户口'],
    [
      'registration.residencePermit.lastEndorsedOn',
      (a) => ({
        ...a,
        registration: {
          hukou: 'guangdong-other',
          residencePermit: { held: true, lastEndorsedOn: '2026-02-30' },
        },
      }),
      '日期',
    ],
    ['permitIssuingOffice', (a) => ({ ...a, permitIssuingOffice: '局'.repeat(61) }), '发证机关'],
    [
      'permitIssuedOn',
      (a) => ({
        ...a,
        registration: {
          hukou: 'guangdong-other',
          residencePermit: { held: true, lastEndorsedOn: '2026-03-01' },
        },
        permitIssuedOn: '2026-05-01',
      }),
      '办证日期',
    ],
    ['members', (a) => ({ ...a, members: [] }), '1 到 20'],
    [
      'members.0.relation',
      (a) => ({ ...a, members: [{ ...a.members[0], relation: 'spouse' }] }),
      '本人',
    ],
    [
      'members.0.idNumber',
      (a) => ({ ...a, members: [{ ...a.members[0], idNumber: '123' }] }),
      '18 位',
    ],
    ['income.wages', (a) => ({ ...a, income: { ...a.income, wages: -5 } }), '负数'],
    ['assets.homes', (a) => ({ ...a, assets: { ...a.assets, homes: 99 } }), '住房套数'],
    [
      'support.legalSupporter.status',
      (a) => ({ ...a, support: { ...a.support, legalSupporter: { status: 'maybe' } } }),
      '赡养',
    ],
    [
      'expenses.rigidSpendingLast12Months',
      (a) => ({ ...a, expenses: { rigidSpendingLast12Months: 1e12 } }),
      '金额太大',
    ],
    [
      'emergency.occurredOn',
      (a) => ({
        ...a,
        programmes: ['temporary-emergency'],
        emergency: { description: '失火', occurredOn: 'yesterday', townshipCode: '445281104000' },
      }),
      '日期',
    ],
    [
      'bankAccount.bankName',
      (a) => ({ ...a, bankAccount: { ...a.bankAccount, bankName: '' } }),
      '开户银行',
    ],
    [
      'consent.version',
      (a) => ({ ...a, consent: { ...a.consent, version: '2020-01-01' } }),
      '同意记录',
    ],
  ];
  for (const [path, spoil, message] of badFields) {
    it(`names ${path} in Chinese and stores nothing when it is wrong`, async () => {
      const before = await itemCount();
      const res = await submit(
        spoil(
          exampleApplication({
            applicant: {
              name: '郑好',
              idNumber: idNumberFor('1970-10-10', '791'),
              mobile: '13312345678',
            },
          }),
        ),
      );
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { errors: { path: string; message: string }[] };
      const error = problem.errors.find((e) => e.path === path);
      expect(error?.message, JSON.stringify(problem.errors)).toContain(message);
      expect(await itemCount()).toBe(before);
    });
  }
});

describe('POST /api/status and the applicant’s actions', () => {
  let submitted: Submitted;
  beforeAll(async () => {
    submitted = (await (
      await submit(
        exampleApplication({
          applicant: {
            name: '黄伟',
            idNumber: idNumberFor('1955-12-12', '813'),
            mobile: '13212345678',
          },
        }),
      )
    ).json()) as Submitted;
  });

  it('shows the status, township, stage with its due date and the history for the right code', async () => {
    const res = await status({
      reference: submitted.reference.toLowerCase(),
      accessCode: submitted.accessCode,
    });
    expect(res.status).toBe(200);
    const view = (await res.json()) as Record<string, unknown>;
    expect(view).toMatchObject({
      status: 'submitted',
      township: { code: '445281001000' },
      canWithdraw: true,
    });
    expect(JSON.stringify(view)).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}|6228/);
  });

  it('answers a wrong code and an unknown reference identically', async () => {
    const wrong = await status(
      { reference: submitted.reference, accessCode: 'WRONGCODE' },
      '198.51.100.20',
    );
    const unknown = await status(
      { reference: 'PN-2611-AAAA-BBBB', accessCode: 'WRONGCODE' },
      '198.51.100.21',
    );
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await wrong.text()).toBe(await unknown.text());
  });

  it('locks a reference after 5 wrong codes, even for the right code, and says the same for any reference', async () => {
    const target = (await (
      await submit(
        exampleApplication({
          applicant: {
            name: '林芳',
            idNumber: idNumberFor('1966-06-06', '924'),
            mobile: '13112345678',
          },
        }),
      )
    ).json()) as Submitted;
    let attempts = 0;
    let res: Response;
    do {
      res = await status(
        { reference: target.reference, accessCode: 'NOTRIGHT' },
        `203.0.113.${attempts}`,
      );
      attempts++;
    } while (res.status === 404 && attempts < 10);
    expect(res.status).toBe(429);
    expect(attempts).toBe(6);
    const right = await status(
      { reference: target.reference, accessCode: target.accessCode },
      '203.0.113.99',
    );
    expect(right.status).toBe(429);
    recordEvidence('lockout', {
      wrongCodesBeforeLock: attempts - 1,
      rightCodeWhileLocked: right.status,
    });
  });

  it('lets the applicant answer only when information was asked for, and withdraw an open application', async () => {
    const answerTooEarly = await status(
      { reference: submitted.reference, accessCode: submitted.accessCode, answer: '补充说明' },
      '198.51.100.30',
      '/api/status/answer',
    );
    expect(answerTooEarly.status).toBe(409);

    // The township takes it up and asks for more information.
    const reviewer = staffClient(app, await staffToken(['township-445281001000']));
    expect((await reviewer.act(submitted.reference, 'claim')).status).toBe(200);
    expect(
      (
        await reviewer.act(submitted.reference, 'requestInfo', {
          message: '请补充近 6 个月的收入证明',
          dueOn: '2026-12-10',
        })
      ).status,
    ).toBe(200);
    const repo = createApplicationRepository(database.db, database.tableName);
    const asked = (await (
      await status({ reference: submitted.reference, accessCode: submitted.accessCode })
    ).json()) as {
      mustDo: { 'zh-CN': string };
      canAnswer: boolean;
    };
    expect(asked.canAnswer).toBe(true);
    expect(asked.mustDo['zh-CN']).toContain('收入证明');

    // A correction that breaks the application is refused, naming the field.
    const badChange = await status(
      {
        reference: submitted.reference,
        accessCode: submitted.accessCode,
        answer: '更正收入',
        changes: { income: { ...exampleApplication().income, wages: -5 } },
      },
      '198.51.100.30',
      '/api/status/answer',
    );
    expect(badChange.status).toBe(400);
    const badProblem = (await badChange.json()) as { errors: { path: string }[] };
    expect(badProblem.errors.map((e) => e.path)).toContain('changes.income.wages');

    const answered = await status(
      {
        reference: submitted.reference,
        accessCode: submitted.accessCode,
        answer: '已补充村委会出具的收入证明，工资收入需要更正',
        changes: { income: { ...exampleApplication().income, wages: 600 } },
      },
      '198.51.100.30',
      '/api/status/answer',
    );
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ status: 'in_review' });
    // Staff see what the answer changed.
    const seen = (await reviewer.view(submitted.reference)) as unknown as {
      changedFields: string[];
    };
    expect(seen.changedFields).toEqual(['income.wages']);

    const withdrawn = await status(
      { reference: submitted.reference, accessCode: submitted.accessCode, reason: '已找到工作' },
      '198.51.100.30',
      '/api/status/withdraw',
    );
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ status: 'withdrawn', canWithdraw: false });
    const after = await repo.get(submitted.reference);
    expect(after?.history.map((e) => e.action)).toEqual([
      'submit',
      'claim',
      'requestInfo',
      'answer',
      'withdraw',
    ]);
    expect(after?.outbox.map((m) => m.template)).toEqual([
      'received',
      'info-requested',
      'answer-received',
      'staff-answer-received',
      'withdrawn',
      'staff-withdrawn',
    ]);
  });
});

describe('personal data in logs', () => {
  it('a whole journey — submission, status, staff decisions, answer, delivery — logs no ID number, phone, name, bank account or access code', async () => {
    const { logger, lines } = capturedLogger();
    const loggingApp = createTestApp(database, logger);
    const canaryId = idNumberFor('1977-07-17', '135');
    const canaryEmail = 'canary.person@example.cn';
    const body = exampleApplication({
      applicant: { name: '金丝雀', idNumber: canaryId, mobile: '13099998888', email: canaryEmail },
      bankAccount: { bankName: '中国银行', accountNumber: '6217000099998888777' },
    });
    const res = await loggingApp.request('/api/applications', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'canary-key-1' },
    });
    const { reference, accessCode } = (await res.json()) as Submitted;
    await loggingApp.request('/api/status', {
      method: 'POST',
      body: JSON.stringify({ reference, accessCode }),
      headers: { 'Content-Type': 'application/json' },
    });
    const reviewer = staffClient(loggingApp, await staffToken(['township-445281001000']));
    await reviewer.act(reference, 'claim');
    await reviewer.act(reference, 'requestInfo', {
      message: '请补充收入证明',
      dueOn: '2026-12-10',
    });
    await loggingApp.request('/api/status/answer', {
      method: 'POST',
      body: JSON.stringify({ reference, accessCode, answer: '已补充' }),
      headers: { 'Content-Type': 'application/json' },
    });
    await reviewer.exportCsv();
    // The notifier delivers everything, one provider failing once on the way.
    let failOnce = true;
    const provider = {
      async send() {
        if (failOnce) {
          failOnce = false;
          throw new TransientDeliveryError('InternalError');
        }
      },
    };
    const notifier = {
      repo: createApplicationRepository(database.db, database.tableName),
      channels: { sms: provider, email: provider, staff: provider },
      staffInbox: () => 'inbox@example.cn',
      messages: { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' },
      policy: { maxAttempts: 3, baseMs: 1, capMs: 1 },
      now: () => new Date(Date.now() + 60_000),
      random: () => 0,
      logger,
    };
    await drainApplication(reference, notifier);
    await drainApplication(reference, notifier);
    const record = await createApplicationRepository(database.db, database.tableName).get(
      reference,
    );
    expect(record?.outbox.every((m) => m.status === 'sent')).toBe(true);

    expect(lines.length).toBeGreaterThan(5);
    const all = lines.join('\n');
    const canaries = [
      canaryId,
      '13099998888',
      '金丝雀',
      '6217000099998888777',
      accessCode,
      canaryEmail,
    ];
    for (const canary of canaries) expect(all).not.toContain(canary);
    expect(all).not.toMatch(/\d{17}[\dXx]/);
    expect(all).not.toMatch(/1[3-9]\d{9}/);
    recordEvidence('PII in logs', {
      lines: lines.length,
      canaries: canaries.length,
      canaryHits: 0,
    });
  });
});
