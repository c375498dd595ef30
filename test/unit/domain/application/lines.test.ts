import { describe, expect, it } from 'vitest';
import {
  applyStaffAction,
  type Decision,
  type StaffActor,
} from '../../../../functions/domain/application/decide.ts';
import { linesOf } from '../../../../functions/domain/application/lines.ts';
import { renderNotice } from '../../../../functions/domain/application/notices.ts';
import type { ApplicationRecord } from '../../../../functions/domain/application/record.ts';
import { mayActAs } from '../../../../functions/domain/application/states.ts';
import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import { exampleApplication } from '../../../support/application-example.ts';
import { exampleRecord } from '../../../support/record-example.ts';

const township: StaffActor = { kind: 'township', id: 'lsd-1', name: '林经办' };
const city: StaffActor = { kind: 'city', id: 'city-1', name: '市局审核员' };
const monday = new Date('2026-11-30T02:00:00.000Z');

function ok(decision: Decision): ApplicationRecord {
  if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusal)}`);
  return decision.record;
}
const line = (record: ApplicationRecord, programme: ProgrammeId) =>
  linesOf(record).find((l) => l.programme === programme);

/** 低保 + 特困 + 支出型临时救助, taken up and visited: the 68-year-old of issue 17. */
function visited(programmes: ProgrammeId[] = ['dibao', 'tekun', 'temporary-expense']) {
  const claimed = ok(
    applyStaffAction(exampleRecord({ programmes }), 'claim', {}, township, monday),
  );
  return ok(
    applyStaffAction(
      claimed,
      'recordInvestigation',
      { visitedOn: '2026-11-30', findings: '属实' },
      township,
      monday,
    ),
  );
}

/** A monthly line taken through the notice to the township's approval. */
function approvedByTownship(record: ApplicationRecord, programme: ProgrammeId) {
  const noticed = ok(
    applyStaffAction(
      record,
      'startPublicNotice',
      { startsOn: '2026-11-30' },
      township,
      monday,
      programme,
    ),
  );
  const later = new Date('2026-12-08T02:00:00.000Z');
  const ended = ok(applyStaffAction(noticed, 'endPublicNotice', {}, township, later, programme));
  return ok(
    applyStaffAction(
      ended,
      'approve',
      {
        monthlyAmountYuan: programme === 'tekun' ? 1100 : 430,
        opinion: '符合条件',
        ...(programme === 'tekun' ? { careLevel: 'partly-lost', supportForm: 'dispersed' } : {}),
      },
      township,
      later,
      programme,
    ),
  );
}

describe('an application stored before lines', () => {
  const stored = exampleRecord({
    status: 'gradual_exit',
    programmes: ['dibao', 'temporary-emergency'],
    version: 9,
    dueAt: '2027-05-30',
    procedure: {
      assignee: { id: 'a', name: '甲' },
      confirmation: { monthlyAmountYuan: 430, startMonth: '2026-09' },
      gradualExit: { startsOn: '2026-11-30', endsOn: '2027-05-30' },
      emergencyAid: { amountYuan: 800, grantedOn: '2026-08-03', paperworkDueOn: '2026-08-20' },
    },
  });

  it('reads as one line per programme in its state, with the facts it had and its history', () => {
    const lines = linesOf(stored);
    expect(lines.map((l) => [l.programme, l.state, l.version, l.dueAt])).toEqual([
      ['dibao', 'gradual_exit', 9, '2027-05-30'],
      ['temporary-emergency', 'gradual_exit', 9, '2027-05-30'],
    ]);
    // Stored before reviews: the review date is computed at read time, a year after
    // the first paid month (yearly until staff review it).
    expect(lines[0]?.facts).toEqual({
      confirmation: { monthlyAmountYuan: 430, startMonth: '2026-09' },
      gradualExit: { startsOn: '2026-11-30', endsOn: '2027-05-30' },
      review: { class: 'yearly', nextDueOn: '2027-09-01' },
    });
    // Emergency aid belongs to the emergency line; the 渐退期 only to dibao.
    expect(lines[1]?.facts).toEqual({
      confirmation: { monthlyAmountYuan: 430, startMonth: '2026-09' },
      emergencyAid: { amountYuan: 800, grantedOn: '2026-08-03', paperworkDueOn: '2026-08-20' },
    });
  });

  it('keeps moving: its 渐退期 ends on the dibao line, the history is kept and lines are written', () => {
    const ended = ok(applyStaffAction(stored, 'endGradualExit', {}, township, monday, 'dibao'));
    expect(line(ended, 'dibao')?.state).toBe('exited');
    expect(ended.history.slice(0, stored.history.length)).toEqual(stored.history);
    expect(ended.lines).toHaveLength(2);
    expect(ended.procedure?.assignee).toEqual({ id: 'a', name: '甲' });
  });
});

describe('one decision per programme', () => {
  it('refuses 特困 before the notice while 低保 goes on', () => {
    const record = visited();
    const refused = ok(
      applyStaffAction(
        record,
        'reject',
        { codes: ['supporters-able'], text: '其子有赡养能力' },
        township,
        monday,
        'tekun',
      ),
    );
    expect(linesOf(refused).map((l) => [l.programme, l.state])).toEqual([
      ['dibao', 'investigated'],
      ['tekun', 'rejected'],
      ['temporary-expense', 'investigated'],
    ]);
    expect(refused.status).toBe('investigated');
    const notice = line(refused, 'tekun')?.notices[0];
    expect(notice).toMatchObject({
      outcome: 'refused',
      authority: 'township',
      recheck: true,
      reasons: [{ code: 'supporters-able', clause: '民发〔2021〕43号 第八条' }],
    });
    // The text message says what and where to read it — no reasons, no amounts.
    const sms = refused.outbox.filter((m) => m.channel === 'sms').at(-1);
    expect(sms).toMatchObject({
      template: 'decision',
      params: { programme: '特困供养', outcome: '不予批准' },
    });
    expect(JSON.stringify(sms?.params)).not.toContain('赡养');
  });

  it('leaves a refusal after the notice to the bureau, with reasons, clauses and appeal rights', () => {
    const approved = approvedByTownship(visited(['tekun']), 'tekun');
    const later = new Date('2026-12-09T02:00:00.000Z');
    expect(
      applyStaffAction(
        approved,
        'reject',
        { codes: ['other'], text: 'x' },
        township,
        later,
        'tekun',
      ),
    ).toMatchObject({ ok: false, refusal: { kind: 'illegal' } });
    expect(
      applyStaffAction(approved, 'notConfirm', { codes: ['other'], text: 'x' }, township, later),
    ).toMatchObject({ ok: false, refusal: { kind: 'illegal' } });
    const refused = ok(
      applyStaffAction(
        approved,
        'notConfirm',
        { codes: ['income-above-standard'], text: '核对发现有养老金收入' },
        city,
        later,
        'tekun',
      ),
    );
    expect(refused.status).toBe('not_confirmed');
    const notice = line(refused, 'tekun')?.notices.at(-1);
    if (!notice) throw new Error('no notice');
    const text = renderNotice(notice);
    const zh = text.lines.map((l) => `${l.label['zh-CN']}：${l.text['zh-CN']}`).join('\n');
    const en = text.lines.map((l) => `${l.label.en}: ${l.text.en}`).join('\n');
    expect(zh).toContain('特困人员救助供养：不予确认');
    expect(zh).toContain('民发〔2021〕43号 第六条');
    expect(zh).toContain('60 日内向普宁市人民政府申请行政复议');
    expect(zh).toContain('6 个月内向人民法院提起行政诉讼');
    expect(zh).toContain('普宁市民政局，2026年12月9日');
    expect(en).toContain('within 60 days');
    expect(en).toContain('within 6 months');
    expect(zh + en).not.toContain(exampleApplication().applicant.idNumber);
  });

  it('is the bureau’s to confirm unless it delegated confirmation (57号 第二条, 43号 第二十八条)', () => {
    expect(mayActAs('confirm', 'township', false)).toBe(false);
    expect(mayActAs('confirm', 'township', true)).toBe(true);
    expect(mayActAs('notConfirm', 'city', false)).toBe(true);
    expect(mayActAs('confirmTemporary', 'township', true)).toBe(false);
  });

  it('pays a monthly benefit from the month after approval, into the masked account', () => {
    const approved = approvedByTownship(visited(['dibao']), 'dibao');
    const later = new Date('2026-12-09T02:00:00.000Z');
    const confirm = (startMonth: string) =>
      applyStaffAction(approved, 'confirm', { monthlyAmountYuan: 430, startMonth }, city, later);
    expect(confirm('2026-12')).toMatchObject({
      ok: false,
      refusal: { kind: 'invalid', path: 'startMonth' },
    });
    const confirmed = ok(confirm('2027-01'));
    const notice = line(confirmed, 'dibao')?.notices.at(-1);
    expect(notice).toMatchObject({
      outcome: 'confirmed',
      authority: 'city',
      monthly: { amountYuan: 430, startMonth: '2027-01' },
    });
    const account = exampleApplication().bankAccount?.accountNumber ?? '';
    expect(notice?.account).toContain(`****${account.slice(-4)}`);
    expect(JSON.stringify(notice)).not.toContain(account);
    const amount = notice ? renderNotice(notice).lines[1] : undefined;
    expect(amount?.text['zh-CN']).toBe('每月 430 元，自 2027年1月起按月发放');
    expect(amount?.text.en).toBe('¥430 a month, paid monthly from January 2027');
  });

  it('records the care level and form of support 特困 needs (43号 第二十条 to 第二十二条)', () => {
    const record = visited(['tekun']);
    const noticed = ok(
      applyStaffAction(record, 'startPublicNotice', { startsOn: '2026-11-30' }, township, monday),
    );
    const ended = ok(
      applyStaffAction(noticed, 'endPublicNotice', {}, township, new Date('2026-12-08T02:00:00Z')),
    );
    expect(
      applyStaffAction(
        ended,
        'approve',
        { monthlyAmountYuan: 1100, opinion: '符合' },
        township,
        new Date('2026-12-08T02:00:00Z'),
      ),
    ).toMatchObject({ ok: false, refusal: { kind: 'invalid', path: 'careLevel' } });
  });
});

describe('temporary assistance', () => {
  it('goes to the city above the township’s delegated amount, then pays once', () => {
    const record = visited(['temporary-expense']);
    const input = {
      amountYuan: 3000,
      form: 'cash',
      plan: 'one-off',
      opinion: '住院自付费用高',
    } as const;
    const sent = ok(applyStaffAction(record, 'approveTemporary', input, township, monday));
    expect(line(sent, 'temporary-expense')?.state).toBe('township_approved');
    expect(line(sent, 'temporary-expense')?.notices).toEqual([]);
    const paid = ok(applyStaffAction(sent, 'confirmTemporary', input, city, monday));
    const temporary = line(paid, 'temporary-expense');
    expect(temporary?.state).toBe('confirmed');
    expect(temporary?.facts.payments).toEqual([
      { paidOn: '2026-11-30', amountYuan: 3000, form: 'cash', kind: 'one-off', by: 'city' },
    ]);
    const amount = temporary?.notices[0] ? renderNotice(temporary.notices[0]).lines[1] : undefined;
    expect(amount?.text['zh-CN']).toContain('3,000 元，现金（转账），一次性发放');
    expect(amount?.text['zh-CN']).not.toContain('每月');
  });

  it('pays in stages within what was approved, each with its date and amount', () => {
    const record = visited(['temporary-expense']);
    const input = { amountYuan: 3000, form: 'cash', plan: 'staged', opinion: '分三次' } as const;
    const sent = ok(applyStaffAction(record, 'approveTemporary', input, township, monday));
    const approved = ok(applyStaffAction(sent, 'confirmTemporary', input, city, monday));
    const pay = (r: ApplicationRecord, amountYuan: number) =>
      applyStaffAction(
        r,
        'recordPayment',
        { paidOn: '2026-11-30', amountYuan, form: 'cash', kind: 'staged' },
        township,
        monday,
      );
    const first = ok(pay(approved, 1000));
    const second = ok(pay(first, 2000));
    expect(line(second, 'temporary-expense')?.facts.payments?.map((p) => p.amountYuan)).toEqual([
      1000, 2000,
    ]);
    expect(pay(second, 1)).toMatchObject({
      ok: false,
      refusal: { kind: 'invalid', path: 'amountYuan' },
    });
  });

  it('asks for the paperwork after emergency aid (a request acts on every line that can take it)', () => {
    const record = exampleRecord({
      programmes: ['dibao', 'temporary-emergency'],
      priority: 'emergency',
    });
    const aided = ok(
      applyStaffAction(
        record,
        'grantEmergencyAid',
        { amountYuan: 800, paperworkDueOn: '2026-12-10', reason: '火灾' },
        township,
        monday,
      ),
    );
    const asked = ok(
      applyStaffAction(
        aided,
        'requestInfo',
        { message: '请补充收入证明', dueOn: '2026-12-10' },
        township,
        monday,
      ),
    );
    // The dibao line was not yet taken up: a request does not skip acceptance.
    expect(linesOf(asked).map((l) => [l.programme, l.state])).toEqual([
      ['dibao', 'submitted'],
      ['temporary-emergency', 'needs_info'],
    ]);
    expect(asked.status).toBe('needs_info');
  });
});

describe('特困 and 低保 are alternatives', () => {
  it('confirming 特困 for someone paid 低保 needs the choice, then ends 低保 with its own notice', () => {
    let record = visited(['dibao', 'tekun']);
    record = approvedByTownship(record, 'dibao');
    record = approvedByTownship(record, 'tekun');
    const later = new Date('2026-12-09T02:00:00.000Z');
    record = ok(
      applyStaffAction(
        record,
        'confirm',
        { monthlyAmountYuan: 430, startMonth: '2027-01' },
        city,
        later,
        'dibao',
      ),
    );
    const tekun = { monthlyAmountYuan: 1100, startMonth: '2027-01' };
    expect(applyStaffAction(record, 'confirm', tekun, city, later, 'tekun')).toMatchObject({
      ok: false,
      refusal: { kind: 'invalid', path: 'replacesDibao' },
    });
    const both = ok(
      applyStaffAction(record, 'confirm', { ...tekun, replacesDibao: true }, city, later, 'tekun'),
    );
    expect(linesOf(both).map((l) => [l.programme, l.state])).toEqual([
      ['dibao', 'exited'],
      ['tekun', 'confirmed'],
    ]);
    expect(line(both, 'dibao')?.facts.supersededBy).toBe('tekun');
    expect(line(both, 'dibao')?.notices.at(-1)).toMatchObject({
      outcome: 'superseded',
      insteadOf: 'tekun',
      endsOn: '2027-01',
    });
  });

  it('refuses to confirm 低保 for someone already confirmed 特困', () => {
    let record = visited(['dibao', 'tekun']);
    record = approvedByTownship(record, 'tekun');
    record = approvedByTownship(record, 'dibao');
    const later = new Date('2026-12-09T02:00:00.000Z');
    record = ok(
      applyStaffAction(
        record,
        'confirm',
        { monthlyAmountYuan: 1100, startMonth: '2027-01' },
        city,
        later,
        'tekun',
      ),
    );
    expect(
      applyStaffAction(
        record,
        'confirm',
        { monthlyAmountYuan: 430, startMonth: '2027-01' },
        city,
        later,
        'dibao',
      ),
    ).toMatchObject({ ok: false, refusal: { kind: 'invalid' } });
  });
});
