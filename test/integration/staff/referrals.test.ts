import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { capturedLogger } from '../../support/captured-logger.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp } from '../../support/test-app.ts';

/**
 * Referrals (一门受理、协同办理, 普民〔2021〕77号 二(五)): the console suggests related help
 * from the stored answers; the township records a referral on its own case, in any
 * state; the applicant's status page lists the department and the date, not the note.
 */
const liushaEast = '445281001000';
const chiwei = '445281005000';
const clock = new Date('2026-11-30T02:00:00.000Z'); // Monday 10:00 in Puning

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let township: ReturnType<typeof staffClient>;
let otherTownship: ReturnType<typeof staffClient>;
let city: ReturnType<typeof staffClient>;
const { logger, lines } = capturedLogger();

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database, logger, () => clock);
  township = staffClient(app, await staffToken([`township-${liushaEast}`], { sub: 'lsd-1' }));
  otherTownship = staffClient(app, await staffToken([`township-${chiwei}`], { sub: 'cw-1' }));
  city = staffClient(app, await staffToken(['city-reviewer'], { sub: 'city-1' }));
});
afterAll(() => database.close());

let person = 0;
/** A 70-year-old with a serious illness and a grandchild at school. */
async function submitted() {
  const base = exampleApplication({
    applicant: {
      name: '陈小明',
      idNumber: idNumberFor('1956-03-08', String(300 + ++person)),
      mobile: '13812345678',
    },
  });
  const [self] = base.members;
  if (!self) throw new Error('no applicant member');
  return submitApplication(app, {
    ...base,
    members: [
      { ...self, seriousIllness: true },
      { ...self, relation: 'grandchild', age: 10, fullTimeStudent: true },
    ],
  } as typeof base);
}

const referral = {
  department: 'medical-security',
  note: '已联系医保窗口黄某，电话 13900001111，约下周一办理',
  referredOn: '2026-11-30',
};

async function statusOf(reference: string, accessCode: string) {
  const response = await app.request('/api/status', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.77' },
    body: JSON.stringify({ reference, accessCode }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown> & {
    referrals: { department: string; referredOn: string }[];
    timeline: { text: { 'zh-CN': string } }[];
  };
}

describe('referrals to other departments', () => {
  it('the console suggests related help from the stored answers', async () => {
    const { reference } = await submitted();
    const view = (await township.view(reference)) as unknown as {
      relatedHelp: { id: string; department: string }[];
      caseActions: string[];
    };
    expect(view.relatedHelp.map((h) => h.id)).toEqual([
      'medical-assistance',
      'education-assistance',
    ]);
    expect(view.caseActions).toContain('recordReferral');
  });

  it("records a referral on the township's own case; the status view lists department and date, never the note", async () => {
    const { reference, accessCode } = await submitted();
    const response = await township.act(reference, 'recordReferral', referral);
    expect(response.status).toBe(200);
    const view = (await response.json()) as {
      procedure: { referrals: unknown[] };
      status: string;
    };
    expect(view.procedure.referrals).toEqual([referral]);
    expect(view.status).toBe('submitted');

    const status = await statusOf(reference, accessCode);
    expect(status.referrals).toEqual([
      expect.objectContaining({
        department: 'medical-security',
        departmentName: { 'zh-CN': '医疗保障部门（医保）', en: expect.any(String) },
        referredOn: '2026-11-30',
      }),
    ]);
    expect(status.timeline.at(-1)?.text['zh-CN']).toBe(
      '已转介到医疗保障部门（医保）（2026-11-30）',
    );
    const everything = JSON.stringify(status);
    expect(everything).not.toContain('黄某');
    expect(everything).not.toContain('13900001111');
  });

  it('is recorded on a closed case too', async () => {
    const { reference, accessCode } = await submitted();
    expect(
      (
        await township.actOn(reference, 'dibao', 'reject', {
          codes: ['other'],
          text: '不符合条件',
        })
      ).status,
    ).toBe(200);
    expect((await township.act(reference, 'recordReferral', referral)).status).toBe(200);
    expect((await statusOf(reference, accessCode)).referrals).toHaveLength(1);
  });

  it('refuses another township exactly as an unknown case, and the city (a township action)', async () => {
    const { reference } = await submitted();
    const { version } = await township.view(reference);
    const asOther = await otherTownship.post(
      `/api/staff/applications/${reference}/actions/recordReferral`,
      { version, input: referral },
    );
    expect(asOther.status).toBe(404);
    const asCity = await city.post(`/api/staff/applications/${reference}/actions/recordReferral`, {
      version,
      input: referral,
    });
    expect(asCity.status).toBe(403);
    expect((await township.view(reference)).version).toBe(version);
  });

  it('answers bad input field by field, in Chinese by default', async () => {
    const { reference } = await submitted();
    const response = await township.act(reference, 'recordReferral', {
      department: 'police',
      note: '',
      referredOn: '2026-12-25',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'input.department', message: '请选择转介的部门' },
        expect.objectContaining({ path: 'input.note' }),
      ]),
    );
  });

  it('refuses a referral dated in the future', async () => {
    const { reference } = await submitted();
    const response = await township.act(reference, 'recordReferral', {
      ...referral,
      referredOn: '2026-12-01',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { path: string }[] }).errors).toEqual([
      expect.objectContaining({ path: 'input.referredOn' }),
    ]);
  });

  it('never writes the note to the logs', () => {
    const all = lines.join('\n');
    expect(all).toContain('recordReferral');
    expect(all).not.toContain('13900001111');
    expect(all).not.toContain('黄某');
  });
});
