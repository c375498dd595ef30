import { describe, expect, it } from 'vitest';
import {
  applyStaffAction,
  type StaffActor,
} from '../../../../functions/domain/application/decide.ts';
import { linesOf } from '../../../../functions/domain/application/lines.ts';
import { staffActionSchemas } from '../../../../functions/domain/application/staff-actions.ts';
import { applicationStates } from '../../../../functions/domain/application/states.ts';
import { exampleRecord } from '../../../support/record-example.ts';

const township: StaffActor = { kind: 'township', id: 'lsd-1', name: '林经办' };
const city: StaffActor = { kind: 'city', id: 'city-1', name: '市局' };
const monday = new Date('2026-11-30T02:00:00.000Z');
const referral = {
  department: 'medical-security',
  note: '已电话联系医保窗口',
  referredOn: '2026-11-30',
} as const;

describe('recording a referral to another department (一门受理、协同办理)', () => {
  it('adds the referral to the case and a history event that names the department, not the note', () => {
    const record = exampleRecord({ status: 'in_review', version: 3 });
    const decision = applyStaffAction(record, 'recordReferral', referral, township, monday);
    if (!decision.ok) throw new Error('refused');
    expect(decision.record.procedure?.referrals).toEqual([referral]);
    expect(decision.record.version).toBe(4);
    const event = decision.record.history.at(-1);
    expect(event).toMatchObject({
      action: 'recordReferral',
      reason: '已电话联系医保窗口',
      visibleToApplicant: true,
      note: { 'zh-CN': '已转介到医疗保障部门（医保）（2026-11-30）' },
    });
    expect(JSON.stringify(event?.note)).not.toContain('电话');
    expect(decision.record.outbox).toEqual(record.outbox);
  });

  it('moves no line: states, line versions and due dates stay as they were', () => {
    const record = exampleRecord({ status: 'in_review', version: 3 });
    const decision = applyStaffAction(record, 'recordReferral', referral, township, monday);
    if (!decision.ok) throw new Error('refused');
    expect(linesOf(decision.record)).toEqual(linesOf(record));
    expect(decision.lines).toEqual([]);
  });

  it('is allowed in every state, closed cases included', () => {
    for (const status of applicationStates) {
      const decision = applyStaffAction(
        exampleRecord({ status }),
        'recordReferral',
        referral,
        township,
        monday,
      );
      expect(decision.ok, status).toBe(true);
    }
  });

  it("is the township's action, not the city's", () => {
    const decision = applyStaffAction(exampleRecord(), 'recordReferral', referral, city, monday);
    expect(decision).toMatchObject({ ok: false, refusal: { kind: 'illegal' } });
  });

  it('refuses a date in the future or before the application', () => {
    for (const referredOn of ['2026-12-01', '2026-11-29']) {
      const decision = applyStaffAction(
        exampleRecord(),
        'recordReferral',
        { ...referral, referredOn },
        township,
        monday,
      );
      expect(decision).toMatchObject({
        ok: false,
        refusal: { kind: 'invalid', path: 'referredOn' },
      });
    }
  });

  it('keeps referrals in order and refuses a 21st', () => {
    let record = exampleRecord();
    for (let i = 0; i < 20; i++) {
      const decision = applyStaffAction(
        record,
        'recordReferral',
        { ...referral, note: `第 ${i + 1} 次` },
        township,
        monday,
      );
      if (!decision.ok) throw new Error(`refused at ${i}`);
      record = decision.record;
    }
    expect(record.procedure?.referrals?.map((r) => r.note).at(-1)).toBe('第 20 次');
    expect(applyStaffAction(record, 'recordReferral', referral, township, monday)).toMatchObject({
      ok: false,
      refusal: { kind: 'invalid', message: { 'zh-CN': '这件申请登记的转介已达上限（20 次）' } },
    });
  });

  it('takes a known department, a note and a date, nothing else', () => {
    const schema = staffActionSchemas.recordReferral;
    expect(schema.safeParse(referral).success).toBe(true);
    expect(schema.safeParse({ ...referral, department: 'police' }).success).toBe(false);
    expect(schema.safeParse({ ...referral, note: '' }).success).toBe(false);
    expect(schema.safeParse({ ...referral, note: '<script>' }).success).toBe(false);
    expect(schema.safeParse({ ...referral, extra: 1 }).success).toBe(false);
  });
});
