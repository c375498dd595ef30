import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { createTestApp } from '../../support/test-app.ts';

/**
 * POST /api/applications, received where one lives and handled where the law says:
 * someone living in 流沙东街道 with their 户籍 in 池尾街道 applies for 低保 near home;
 * 池尾街道 is responsible (民发〔2021〕57号 第四条) and the case is handed on at once.
 */
const liushaEast = '445281001000';
const chiwei = '445281005000';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let serial = 0;

async function submit(body: unknown) {
  return app.request('/api/applications', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': `hand-over-${process.pid}-${++serial}-${Date.now()}`,
    },
  });
}

const applicant = (serialNumber: string) => ({
  name: '郑丽',
  idNumber: idNumberFor('1952-04-04', serialNumber),
  mobile: '13712345678',
});

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

describe('an application received in one township and handled in another (代收转办)', () => {
  it('names the responsible township, the receiving one and the clause, and says nobody has to go anywhere', async () => {
    const response = await submit(
      exampleApplication({
        applicant: applicant('431'),
        hukouPlace: { townshipCode: chiwei, villageCode: '445281005201' },
      }),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown> & {
      reference: string;
      accessCode: string;
      nextSteps: { 'zh-CN': string }[];
    };
    expect(body).toMatchObject({
      township: { code: chiwei, name: '池尾街道' },
      receivingTownship: { code: liushaEast, name: '流沙东街道' },
      routing: { basis: 'hukou', citation: { document: '民发〔2021〕57号', clause: '第四条' } },
    });
    expect(body.nextSteps[0]?.['zh-CN']).toContain('代收转办');

    const record = await createApplicationRepository(database.db, database.tableName).get(
      body.reference,
    );
    expect(record).toMatchObject({
      townshipCode: chiwei,
      receivingTownshipCode: liushaEast,
      routingBasis: 'hukou',
    });
    expect(record?.history.map((e) => e.action)).toEqual(['submit', 'hand-over']);
    expect(record?.outbox.map((m) => m.template)).toEqual(['received', 'handed-over']);
    expect(record?.outbox[1]?.params).toMatchObject({
      receiving: '流沙东街道',
      responsible: '池尾街道',
    });

    // The applicant's status page shows the hand-over in the history.
    const status = await app.request('/api/status', {
      method: 'POST',
      body: JSON.stringify({ reference: body.reference, accessCode: body.accessCode }),
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.31' },
    });
    expect(JSON.stringify(await status.json())).toContain('流沙东街道代收');
  });

  it('is not handed over when the 户籍 is where they live (the default answer)', async () => {
    const response = await submit(exampleApplication({ applicant: applicant('432') }));
    const body = (await response.json()) as Record<string, unknown> & { reference: string };
    expect(body).toMatchObject({ township: { code: liushaEast } });
    expect(body).not.toHaveProperty('receivingTownship');
    const record = await createApplicationRepository(database.db, database.tableName).get(
      body.reference,
    );
    expect(record).not.toHaveProperty('receivingTownshipCode');
    expect(record?.history.map((e) => e.action)).toEqual(['submit']);
  });
});
