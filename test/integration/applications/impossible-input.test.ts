import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationInput } from '../../../functions/domain/application/application-input.ts';
import { addDays, todayInShanghai } from '../../../functions/domain/dates.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication, exampleDay, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp, fixedNow } from '../../support/test-app.ts';

// Issue 14, item 4: impossible dates and invisible characters were accepted (201).
// Each is now refused with 400 naming the field, and nothing is stored.

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

const today = exampleDay;
const tomorrow = addDays(today, 1);
const township = '445281001000';
const key = 'impossible-input-0001';

// The applicant's birthday is today: the boundary itself is accepted.
const valid = exampleApplication({
  applicant: { name: '陈小明', idNumber: idNumberFor('1956-11-28'), mobile: '13812345678' },
});
const self = valid.members[0] as NonNullable<ApplicationInput['members']>[number];
const withSelf = (changes: Partial<typeof self>) => ({
  ...valid,
  members: [{ ...self, ...changes }],
});
const permit = (lastEndorsedOn: string, permitIssuedOn?: string) => ({
  ...valid,
  registration: { hukou: 'outside-guangdong', residencePermit: { held: true, lastEndorsedOn } },
  ...(permitIssuedOn ? { permitIssuedOn } : {}),
});
const named = (name: string) => ({ ...valid, applicant: { ...valid.applicant, name } });

const cases: [string, unknown, string, string, string][] = [
  [
    'an applicant born tomorrow',
    { ...withSelf({ age: 0 }), applicant: { ...valid.applicant, idNumber: idNumberFor(tomorrow) } },
    'applicant.idNumber',
    '身份证号码中的出生日期晚于今天，请核对号码',
    'The date of birth in the ID number is after today. Check the number',
  ],
  [
    'an applicant born next year who says they are 70',
    { ...valid, applicant: { ...valid.applicant, idNumber: idNumberFor('2027-11-28') } },
    'applicant.idNumber',
    '身份证号码中的出生日期晚于今天，请核对号码',
    'The date of birth in the ID number is after today. Check the number',
  ],
  [
    'a household member born after today',
    {
      ...valid,
      members: [
        self,
        { ...self, relation: 'grandchild', age: 0, idNumber: idNumberFor(tomorrow, '224') },
      ],
    },
    'members.1.idNumber',
    '身份证号码中的出生日期晚于今天，请核对号码',
    'The date of birth in the ID number is after today. Check the number',
  ],
  [
    'an age the ID number disagrees with',
    withSelf({ age: 68 }),
    'members.0.age',
    '年龄与身份证号码中的出生日期不符，请核对年龄（周岁）和身份证号码',
    'This age does not match the date of birth in the ID number. Check the age (in whole years) and the number',
  ],
  [
    'an emergency dated a year ahead',
    {
      ...valid,
      programmes: ['temporary-emergency'],
      emergency: { description: '房屋失火', occurredOn: '2027-11-28', townshipCode: township },
    },
    'emergency.occurredOn',
    '发生日期不能晚于今天',
    'The date it happened cannot be in the future',
  ],
  [
    'a residence permit endorsed in the future',
    permit(tomorrow),
    'registration.residencePermit.lastEndorsedOn',
    '最近一次签注的日期不能晚于今天',
    'The date of the last endorsement cannot be in the future',
  ],
  [
    'a residence permit issued in the future',
    permit('2026-03-01', '2027-01-01'),
    'permitIssuedOn',
    '办证日期不能晚于今天',
    'The date the permit was issued cannot be in the future',
  ],
  [
    'a residence permit issued after its last endorsement',
    permit('2026-03-01', '2026-05-01'),
    'permitIssuedOn',
    '办证日期不能晚于最近一次签注的日期',
    'The permit cannot have been issued after its last endorsement',
  ],
  [
    'a name with a right-to-left override (U+202E)',
    named('陈\u202E明小'),
    'applicant.name',
    '姓名中有不能使用的字符（例如看不见的控制符号），请删除后重新输入',
    'The name contains characters that cannot be used, such as invisible control characters. Delete them and type it again',
  ],
  [
    'a name of only zero-width spaces',
    named('\u200B\u200B\u200B'),
    'applicant.name',
    '姓名中有不能使用的字符（例如看不见的控制符号），请删除后重新输入',
    'The name contains characters that cannot be used, such as invisible control characters. Delete them and type it again',
  ],
];

function submit(body: unknown, locale?: 'en') {
  return app.request('/api/applications', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': key,
      ...(locale ? { 'Accept-Language': locale } : {}),
    },
  });
}

type Problem = { errors: { path: string; message: string }[] };

describe('POST /api/applications refuses impossible dates and invisible characters', () => {
  it('runs on the day the test data is written for', () => {
    expect(todayInShanghai(fixedNow)).toBe(today);
  });

  it.each(cases)(
    'refuses %s with 400 naming the field in both languages',
    async (_case, body, path, zh, en) => {
      const inChinese = await submit(body);
      expect(inChinese.status).toBe(400);
      expect(((await inChinese.json()) as Problem).errors).toEqual([{ path, message: zh }]);
      const inEnglish = await submit(body, 'en');
      expect(inEnglish.status).toBe(400);
      expect(((await inEnglish.json()) as Problem).errors).toEqual([{ path, message: en }]);
    },
  );

  it('stored nothing for them: the same key then submits the valid application once', async () => {
    const accepted = await submit(valid);
    expect(accepted.status).toBe(201);
    const { reference } = (await accepted.json()) as { reference: string };

    const reviewer = staffClient(app, await staffToken([`township-${township}`]));
    const queue = (await (await reviewer.get(`/api/staff/queue?township=${township}`)).json()) as {
      items: { reference: string }[];
    };
    expect(queue.items.map((item) => item.reference)).toEqual([reference]);
    const repo = createApplicationRepository(database.db, database.tableName);
    const stored = await repo.queue({ townshipCode: township, open: true, limit: 100 });
    expect(stored.items.map((item) => item.reference)).toEqual([reference]);
  });
});

describe('a correction later checks ages on the day they were stated', () => {
  // Submitted the day before the applicant's 70th birthday, stating 69; corrected after it.
  let clock = new Date('2026-11-30T02:00:00.000Z');
  const born = '1956-12-01';
  let clocked: ReturnType<typeof createTestApp>;
  let submitted: { reference: string; accessCode: string };

  const answer = (changes: object) =>
    clocked.request('/api/status/answer', {
      method: 'POST',
      body: JSON.stringify({ ...submitted, answer: '已补充', changes }),
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.61' },
    });

  beforeAll(async () => {
    clocked = createTestApp(database, undefined, () => clock);
    const body = exampleApplication(
      { applicant: { name: '郑秀兰', idNumber: idNumberFor(born, '862'), mobile: '13812345678' } },
      todayInShanghai(clock),
    );
    expect(body.members[0]?.age).toBe(69);
    const response = await clocked.request('/api/applications', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'stated-ages-0001' },
    });
    expect(response.status).toBe(201);
    const { reference, accessCode } = (await response.json()) as typeof submitted;
    submitted = { reference, accessCode };
    const reviewer = staffClient(clocked, await staffToken([`township-${township}`]));
    expect((await reviewer.act(submitted.reference, 'claim')).status).toBe(200);
    const asked = await reviewer.act(submitted.reference, 'requestInfo', {
      message: '请补充收入证明',
      dueOn: '2026-12-14',
    });
    expect(asked.status).toBe(200);
    clock = new Date('2026-12-07T02:00:00.000Z');
  });

  it('refuses a corrected household that states the age from before the birthday', async () => {
    const stale = [{ ...valid.members[0], age: 69 }];
    const response = await answer({ members: stale });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).errors.map((e) => e.path)).toEqual([
      'changes.members.0.age',
    ]);
  });

  it('accepts a correction of income alone: the household’s ages are as of submission', async () => {
    const response = await answer({ income: { ...valid.income, wages: 600 } });
    expect(response.status).toBe(200);
  });
});
