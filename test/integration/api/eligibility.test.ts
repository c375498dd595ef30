import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleCheckInput,
  exampleMember,
} from '../../../functions/domain/policy/check-input-example.ts';
import { evaluate } from '../../../functions/domain/policy/evaluate.ts';
import { rulesVersion } from '../../../functions/domain/policy/parameters.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { createTestApp } from '../../support/test-app.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

function post(body: unknown, options: { query?: string; headers?: Record<string, string> } = {}) {
  return app.request(`/api/eligibility${options.query ?? ''}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...options.headers },
  });
}

describe('POST /api/eligibility', () => {
  it('returns exactly what the shared rules compute, with the rules version', async () => {
    const input = exampleCheckInput({
      members: [exampleMember({ age: 72, ableToWork: false })],
      income: { transfer: 1800 },
    });
    const res = await post(input, { query: '?asOf=2026-11-28' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(evaluate(input, '2026-11-28'))));
    expect(body).toMatchObject({ rulesVersion, asOf: '2026-11-28' });
  });

  it('evaluates as of today in Asia/Shanghai by default', async () => {
    // The test clock is 2026-11-28T02:00Z, which is 10:00 the same day in Shanghai.
    const res = await post(exampleCheckInput());
    expect(await res.json()).toMatchObject({ asOf: '2026-11-28' });
  });

  it('picks the figures in force on the asked date', async () => {
    const in2021 = (await (
      await post(exampleCheckInput(), { query: '?asOf=2021-06-01' })
    ).json()) as {
      household: { standard: { monthly: number } };
    };
    const in2024 = (await (
      await post(exampleCheckInput(), { query: '?asOf=2024-12-01' })
    ).json()) as {
      household: { standard: { monthly: number } };
    };
    expect(in2021.household.standard.monthly).toBeLessThan(in2024.household.standard.monthly);
  });

  it('names each bad field in Chinese by default and in English when asked, storing nothing', async () => {
    const input = exampleCheckInput({ members: [exampleMember({ age: 130 })] }) as Record<
      string,
      unknown
    >;
    const bad = {
      ...input,
      residence: { townshipCode: '110101001000', area: 'urban' },
      status: 'approved',
    };
    const zh = await post(bad);
    expect(zh.status).toBe(400);
    expect(zh.headers.get('content-type')).toContain('application/problem+json');
    const zhBody = (await zh.json()) as { errors: { path: string; message: string }[] };
    expect(zhBody.errors).toEqual(
      expect.arrayContaining([
        { path: 'members.0.age', message: '年龄请填写 0 到 120 岁' },
        { path: 'residence.townshipCode', message: '请选择普宁市的一个镇、街道或农场' },
        { path: 'status', message: '不接受此字段' },
      ]),
    );
    const en = await post(bad, { headers: { 'Accept-Language': 'en' } });
    const enBody = (await en.json()) as {
      title: string;
      errors: { path: string; message: string }[];
    };
    expect(enBody.title).toBe('There is a problem with what you entered');
    expect(enBody.errors).toContainEqual({
      path: 'members.0.age',
      message: 'Enter an age from 0 to 120',
    });
  });

  it('refuses malformed JSON and other media types', async () => {
    const malformed = await post('{"situation":');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      errors: [{ path: '', message: '请求内容不是有效的 JSON' }],
    });
    const text = await post(JSON.stringify(exampleCheckInput()), {
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(415);
  });

  it('refuses an impossible as-of date', async () => {
    const res = await post(exampleCheckInput(), { query: '?asOf=2026-02-30' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'asOf' }] });
  });

  it('is documented in the OpenAPI document with its request schema', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        { post?: { requestBody: { content: Record<string, { schema: { properties: object } }> } } }
      >;
    };
    const schema =
      doc.paths['/api/eligibility']?.post?.requestBody.content['application/json']?.schema;
    expect(Object.keys(schema?.properties ?? {})).toEqual([
      'situation',
      'residence',
      'registration',
      'members',
      'income',
      'assets',
      'support',
      'expenses',
    ]);
  });
});
