import { describe, expect, it } from 'vitest';
import { changedPaths } from '../../../../functions/domain/application/changes.ts';
import {
  applyStaffAction,
  type StaffActor,
} from '../../../../functions/domain/application/decide.ts';
import { exampleApplication } from '../../../support/application-example.ts';
import { exampleRecord } from '../../../support/record-example.ts';

const township: StaffActor = { kind: 'township', id: 'lsd-1', name: '林经办' };
const city: StaffActor = { kind: 'city', id: 'city-1', name: '市局' };
const monday = new Date('2026-11-30T02:00:00.000Z');

describe('a staff action on an application', () => {
  it('moves the state, bumps the version and appends one history event naming who and why', () => {
    const record = exampleRecord({ status: 'in_review', version: 3 });
    const decision = applyStaffAction(
      record,
      'reject',
      { codes: ['assets-above-limit'], text: '有两套住房' },
      township,
      monday,
    );
    if (!decision.ok) throw new Error('refused');
    expect(decision.record.status).toBe('rejected');
    expect(decision.record.version).toBe(4);
    expect(decision.record.history).toHaveLength(record.history.length + 1);
    expect(decision.record.history.at(-1)).toMatchObject({
      by: 'township',
      staff: { id: 'lsd-1', name: '林经办' },
      action: 'reject',
      from: 'in_review',
      to: 'rejected',
      reason: '有两套住房',
      visibleToApplicant: true,
    });
    expect(decision.record.history.slice(0, -1)).toEqual(record.history);
  });

  it('queues the applicant’s text message, and an email when they gave an address', () => {
    const withEmail = exampleRecord(
      { status: 'in_review' },
      exampleApplication({
        applicant: { ...exampleApplication().applicant, email: 'chen@example.cn' },
      }),
    );
    const decision = applyStaffAction(
      withEmail,
      'requestInfo',
      { message: '请补充收入证明', dueOn: '2026-12-10' },
      township,
      monday,
    );
    if (!decision.ok) throw new Error('refused');
    expect(decision.record.outbox.map((m) => [m.channel, m.template, m.params.dueOn])).toEqual([
      ['sms', 'info-requested', '2026-12-10'],
      ['email', 'info-requested', '2026-12-10'],
    ]);
    expect(new Set(decision.record.outbox.map((m) => m.id)).size).toBe(2);
  });

  it('refuses what the state does not allow, and the city doing a township’s work', () => {
    const submitted = exampleRecord();
    expect(
      applyStaffAction(
        submitted,
        'approve',
        { monthlyAmountYuan: 1, opinion: 'x' },
        township,
        monday,
      ),
    ).toEqual({ ok: false, refusal: { kind: 'illegal', state: 'submitted' } });
    expect(applyStaffAction(submitted, 'claim', {}, city, monday)).toMatchObject({ ok: false });
  });

  it('keeps the public notice open for its 7 days', () => {
    const noticed = applyStaffAction(
      exampleRecord({ status: 'investigated' }),
      'startPublicNotice',
      { startsOn: '2026-11-30' },
      township,
      monday,
    );
    if (!noticed.ok) throw new Error('refused');
    expect(noticed.record.lines?.[0]?.facts.publicNotice).toEqual({
      startsOn: '2026-11-30',
      endsOn: '2026-12-07',
    });
    expect(noticed.record.dueAt).toBe('2026-12-07');
    const early = applyStaffAction(
      noticed.record,
      'endPublicNotice',
      {},
      township,
      new Date('2026-12-06T02:00:00Z'),
    );
    expect(early).toMatchObject({ ok: false, refusal: { kind: 'invalid' } });
    const onTime = applyStaffAction(
      noticed.record,
      'endPublicNotice',
      {},
      township,
      new Date('2026-12-07T02:00:00Z'),
    );
    expect(onTime.ok).toBe(true);
  });

  it('gives the city 10 working days after the township approves (15 for tekun)', () => {
    for (const [programmes, due] of [
      [['dibao'], '2026-12-14'],
      [['tekun'], '2026-12-21'],
    ] as const) {
      const decision = applyStaffAction(
        exampleRecord({ status: 'notice_ended', programmes: [...programmes] }),
        'approve',
        {
          monthlyAmountYuan: 300,
          opinion: '同意',
          careLevel: 'self-care',
          supportForm: 'dispersed',
        },
        township,
        monday,
      );
      expect(decision.ok && decision.record.dueAt).toBe(due);
    }
  });

  it('extends the 30-working-day limit to 45 once, never for tekun', () => {
    const record = exampleRecord({ status: 'in_review' });
    const extended = applyStaffAction(
      record,
      'extendDeadline',
      { reason: '需要跨县核对' },
      township,
      monday,
    );
    if (!extended.ok) throw new Error('refused');
    // 45 working days from Monday 2026-11-30.
    expect(extended.record.dueAt).toBe('2027-02-01');
    expect(
      applyStaffAction(extended.record, 'extendDeadline', { reason: '再次' }, township, monday).ok,
    ).toBe(false);
    expect(
      applyStaffAction(
        exampleRecord({ status: 'in_review', programmes: ['tekun'] }),
        'extendDeadline',
        { reason: 'x' },
        township,
        monday,
      ).ok,
    ).toBe(false);
  });

  it('transfers to another township only, dropping the assignee and remembering where it came from', () => {
    const record = exampleRecord({
      status: 'in_review',
      procedure: { assignee: { id: 'a', name: 'A' } },
    });
    expect(
      applyStaffAction(
        record,
        'transfer',
        { toTownship: '445281001000', reason: '同一个' },
        township,
        monday,
      ),
    ).toMatchObject({ ok: false, refusal: { kind: 'invalid', path: 'toTownship' } });
    const moved = applyStaffAction(
      record,
      'transfer',
      { toTownship: '445281005000', reason: '居住在池尾' },
      township,
      monday,
    );
    if (!moved.ok) throw new Error('refused');
    expect(moved.record.townshipCode).toBe('445281005000');
    expect(moved.record.status).toBe('in_review');
    expect(moved.record.procedure).toEqual({ transferredFrom: ['445281001000'] });
    expect(moved.record.outbox.at(-1)?.params.township).toBe('池尾街道');
  });

  it('allows emergency aid first only on the emergency line', () => {
    const input = { amountYuan: 2000, paperworkDueOn: '2026-12-14', reason: '火灾' };
    expect(applyStaffAction(exampleRecord(), 'grantEmergencyAid', input, township, monday).ok).toBe(
      false,
    );
    const aided = applyStaffAction(
      exampleRecord({ priority: 'emergency', programmes: ['dibao', 'temporary-emergency'] }),
      'grantEmergencyAid',
      input,
      township,
      monday,
    );
    if (!aided.ok) throw new Error('refused');
    const [dibao, emergency] = aided.record.lines ?? [];
    expect(emergency).toMatchObject({ state: 'emergency_aid_granted', dueAt: '2026-12-14' });
    expect(emergency?.facts.payments).toEqual([
      { paidOn: '2026-11-30', amountYuan: 2000, form: 'cash', kind: 'advance', by: 'township' },
    ]);
    expect(dibao?.state).toBe('submitted');
  });

  it('lets temporary assistance be approved after emergency aid, never dibao before its notice', () => {
    const temporary = exampleRecord({
      status: 'emergency_aid_granted',
      programmes: ['temporary-emergency'],
    });
    expect(
      applyStaffAction(
        temporary,
        'approveTemporary',
        { amountYuan: 500, form: 'cash', plan: 'one-off', opinion: '同意' },
        township,
        monday,
      ).ok,
    ).toBe(true);
    const withDibao = exampleRecord({
      status: 'emergency_aid_granted',
      programmes: ['dibao', 'temporary-emergency'],
    });
    expect(
      applyStaffAction(
        withDibao,
        'approve',
        { monthlyAmountYuan: 500, opinion: '同意' },
        township,
        monday,
        'dibao',
      ),
    ).toMatchObject({ ok: false, refusal: { kind: 'illegal' } });
  });

  it('keeps the paperwork after emergency aid within 30 working days', () => {
    const record = exampleRecord({ priority: 'emergency', programmes: ['temporary-emergency'] });
    const input = (paperworkDueOn: string) => ({
      amountYuan: 1000,
      paperworkDueOn,
      reason: '火灾',
    });
    // 30 working days from Monday 2026-11-30 is Monday 2027-01-11.
    expect(
      applyStaffAction(record, 'grantEmergencyAid', input('2027-01-11'), township, monday).ok,
    ).toBe(true);
    expect(
      applyStaffAction(record, 'grantEmergencyAid', input('2027-01-12'), township, monday),
    ).toMatchObject({
      ok: false,
      refusal: { kind: 'invalid', path: 'paperworkDueOn' },
    });
  });

  it('starts a six-month phase-out for dibao recipients only, paid from the next month', () => {
    const started = applyStaffAction(
      exampleRecord({ status: 'confirmed' }),
      'startGradualExit',
      { reason: '就业' },
      city,
      monday,
    );
    // December 2026 to May 2027: six months paid; it ends on 1 June.
    expect(started.ok && started.record.lines?.[0]?.facts.gradualExit).toEqual({
      startsOn: '2026-11-30',
      endsOn: '2027-06-01',
      endMonth: '2027-05',
    });
    expect(
      applyStaffAction(
        exampleRecord({ status: 'confirmed', programmes: ['tekun'] }),
        'startGradualExit',
        { reason: 'x' },
        city,
        monday,
      ).ok,
    ).toBe(false);
  });
});

describe('changed fields', () => {
  it('lists the paths that differ, arrays by position', () => {
    const before = exampleApplication();
    const after = {
      ...before,
      income: { ...before.income, wages: 1200 },
      residence: { ...before.residence, address: '新地址' },
    };
    expect(changedPaths(before, after).sort()).toEqual(['income.wages', 'residence.address']);
    expect(changedPaths(before, before)).toEqual([]);
  });
});
