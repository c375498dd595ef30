import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { createTestApp } from '../../support/test-app.ts';

/**
 * A refused status lookup names the field, the tries left and, once paused, when to try
 * again (Beijing time) and whom to call — without telling whether the reference exists.
 * The test app's clock stands at 2026-11-28 10:00 in Shanghai: the window ends at 10:15.
 */
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let serial = 0;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

async function submitted(birth: string) {
  const res = await app.request('/api/applications', {
    method: 'POST',
    body: JSON.stringify(
      exampleApplication({
        applicant: { name: '陈秀英', idNumber: idNumberFor(birth, '926'), mobile: '13712345678' },
      }),
    ),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `lookup-${++serial}` },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { reference: string; accessCode: string };
}

async function lookUp(reference: string, accessCode: string, locale: 'zh-CN' | 'en') {
  const res = await app.request('/api/status', {
    method: 'POST',
    body: JSON.stringify({ reference, accessCode }),
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': locale,
      'X-Forwarded-For': `198.51.100.${++serial}`,
    },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const fieldMessage = (body: Record<string, unknown>) =>
  (body.errors as { path: string; message: string }[])[0];

describe('POST /api/status refused', () => {
  it('names the access-code field and the tries left, then when to try again and the hotlines (zh-CN)', async () => {
    const { reference } = await submitted('1958-03-14');
    const first = await lookUp(reference, 'WRONGONE', 'zh-CN');
    expect(first.status).toBe(404);
    expect(first.body).toMatchObject({
      type: 'urn:puning-portal:problem:wrong-credentials',
      title: '申请编号或查询码不对',
      triesLeft: 4,
    });
    expect(fieldMessage(first.body)).toEqual({
      path: 'accessCode',
      message: '申请编号或查询码不对，请核对后再输入。还可以再试 4 次。',
    });
    expect(first.body.retryAt).toBeUndefined();

    const left: unknown[] = [];
    for (let i = 0; i < 4; i++)
      left.push((await lookUp(reference, 'WRONGONE', 'zh-CN')).body.triesLeft);
    expect(left).toEqual([3, 2, 1, 0]);

    const locked = await lookUp(reference, 'WRONGONE', 'zh-CN');
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({
      type: 'urn:puning-portal:problem:too-many-attempts',
      retryAt: '2026-11-28T02:15:00.000Z',
      detail:
        '输错次数太多，查询已暂停。请在 11月28日 10:15（北京时间）后再试，或拨打 12345 或 12349 求助。',
    });
    expect(fieldMessage(locked.body)?.path).toBe('accessCode');
  });

  it('says the same in English', async () => {
    const { reference } = await submitted('1961-07-02');
    const first = await lookUp(reference, 'WRONGONE', 'en');
    expect(fieldMessage(first.body)?.message).toBe(
      'The reference or the access code is wrong. Check both and try again: 4 tries left.',
    );
    for (let i = 0; i < 3; i++) await lookUp(reference, 'WRONGONE', 'en');
    const last = await lookUp(reference, 'WRONGONE', 'en');
    expect(last.body).toMatchObject({ triesLeft: 0, retryAt: '2026-11-28T02:15:00.000Z' });
    expect(fieldMessage(last.body)?.message).toContain('10:15 on 28 November (Beijing time)');
    const locked = await lookUp(reference, 'WRONGONE', 'en');
    expect(locked.body.detail).toBe(
      'Too many wrong tries, so looking up is paused. Try again after 10:15 on 28 November (Beijing time), or call 12345 or 12349 for help.',
    );
  });

  it('answers an unknown reference exactly like a wrong code, tries left included', async () => {
    const { reference } = await submitted('1970-01-20');
    const wrong = await lookUp(reference, 'WRONGONE', 'zh-CN');
    const unknown = await lookUp('PN-2611-AAAA-CCCC', 'WRONGONE', 'zh-CN');
    expect(unknown).toEqual(wrong);
  });
});
