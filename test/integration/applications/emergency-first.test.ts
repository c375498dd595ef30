import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentVersion } from '../../../functions/domain/application/consent-texts.ts';
import { emptyApplyDraft } from '../../../web/src/islands/apply/draft.ts';
import { applySteps } from '../../../web/src/islands/apply/steps.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

// Help first, explain later (普民〔2021〕77号 二(六) 先行救助, 民发〔2018〕23号): emergency
// help asked alone is submitted without the means test; staff ask for it afterwards.

const liushaEast = '445281001000';
const clock = new Date('2026-11-30T02:00:00.000Z'); // a Monday, 10:00 in Puning
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let reviewer: ReturnType<typeof staffClient>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database, undefined, () => clock);
  reviewer = staffClient(
    app,
    await staffToken([`township-${liushaEast}`], { sub: 'lsd-1', name: '林经办' }),
  );
});
afterAll(() => database.close());

/** Each screen of the emergency path and the part of the application it fills. */
const screenParts = {
  programmes: ['programmes'],
  emergency: ['emergency'],
  privacy: ['consent'],
  sensitive: ['consent'],
  applicant: ['applicant', 'residence'],
} as const;

const emergencyOnly = (serial: string) => ({
  programmes: ['temporary-emergency'],
  emergency: {
    description: '房屋失火，全家暂无住处',
    occurredOn: '2026-11-29',
    townshipCode: liushaEast,
    neededNow: '临时住处',
  },
  consent: {
    version: consentVersion,
    privacy: true,
    sensitive: true,
    consentedAt: '2026-11-30T01:55:00.000Z',
  },
  applicant: { name: '陈小明', idNumber: idNumberFor('1980-03-08', serial), mobile: '13812345678' },
  residence: { townshipCode: liushaEast, villageCode: '445281001201', address: '新安村 12 号' },
});

async function submit(body: unknown, key: string) {
  return app.request('/api/applications', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
  });
}

describe('emergency help first, the means test later', () => {
  it('is accepted with what five screens ask, and staff open it with "not asked yet" instead of an assessment', async () => {
    const body = emergencyOnly('501');
    // Everything sent is asked on the emergency path's screens before "check your answers".
    const draft = { ...emptyApplyDraft(), programmes: ['temporary-emergency' as const] };
    const screens = applySteps(draft).filter((step) => step !== 'review');
    expect(screens.length).toBeLessThanOrEqual(5);
    const askedParts = new Set(screens.flatMap((s) => screenParts[s as keyof typeof screenParts]));
    expect(Object.keys(body).every((part) => askedParts.has(part as never))).toBe(true);

    const response = await submit(body, 'emergency-first-test-0000000001');
    expect(response.status).toBe(201);
    const created = (await response.json()) as {
      reference: string;
      accessCode: string;
      priority: string;
    };
    expect(created.priority).toBe('emergency');

    const view = await reviewer.view(created.reference);
    expect(view).toMatchObject({ meansTest: 'not-asked-yet', eligibility: null });
    expect((view.application as Record<string, unknown>).income).toBeUndefined();

    // Staff ask for the means test afterwards; the applicant's answer completes it.
    expect((await reviewer.act(created.reference, 'claim')).status).toBe(200);
    const asked = await reviewer.act(created.reference, 'requestInfo', {
      message: '请补充家庭成员、收入和收款账户',
      dueOn: '2026-12-14',
    });
    expect(asked.status).toBe(200);
    const { registration, members, income, assets, support, expenses, bankAccount } =
      exampleApplication();
    const answered = await app.request('/api/status/answer', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        reference: created.reference,
        accessCode: created.accessCode,
        answer: '已补充家庭情况',
        changes: {
          registration,
          members: [{ ...members[0], age: 46 }],
          income,
          assets,
          support,
          expenses,
          bankAccount,
        },
      }),
    });
    expect(answered.status).toBe(200);
    const completed = await reviewer.view(created.reference);
    expect(completed.meansTest).toBe('asked');
    expect(completed.eligibility).not.toBeNull();
  });

  it('refuses 低保 sent the same way, naming the missing means test in Chinese (民发〔2021〕57号)', async () => {
    const { emergency: _e, ...rest } = emergencyOnly('502');
    const response = await submit(
      { ...rest, programmes: ['dibao'] },
      'emergency-first-test-0000000002',
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['consent.economicCheck', 'members', 'income', 'bankAccount']),
    );
    expect(problem.errors.find((e) => e.path === 'income')?.message).toContain('家庭收入');
  });
});
