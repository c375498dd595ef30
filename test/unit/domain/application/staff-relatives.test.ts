import { describe, expect, it } from 'vitest';
import { applyStaffAction } from '../../../../functions/domain/application/decide.ts';
import {
  awaitsCityVisit,
  confirmationDelegatedFor,
  declareStaffRelative,
  recordCityVisit,
} from '../../../../functions/domain/application/staff-relatives.ts';
import { mayActAs } from '../../../../functions/domain/application/states.ts';
import { exampleRecord } from '../../../support/record-example.ts';

const relative = {
  position: 'village-cadre' as const,
  staffName: '林某',
  relationship: '兄弟',
  declaredBy: 'staff' as const,
  declaredAt: '2026-11-28T02:00:00Z',
};
const township = { id: 't-1', name: '镇经办人', kind: 'township' as const };
const city = { id: 'c-1', name: '市审核员', kind: 'city' as const };
const now = new Date('2026-12-20T02:00:00Z');

describe('relatives of township staff and village cadres (57号 第十一条, 第二十条)', () => {
  it('keeps the confirmation with the city even when it is delegated to townships', () => {
    const plain = exampleRecord();
    const marked = exampleRecord({ staffRelative: relative });
    expect(mayActAs('confirm', 'township', confirmationDelegatedFor(plain, true))).toBe(true);
    expect(mayActAs('confirm', 'township', confirmationDelegatedFor(marked, true))).toBe(false);
    expect(mayActAs('notConfirm', 'township', confirmationDelegatedFor(marked, true))).toBe(false);
    expect(mayActAs('confirm', 'city', confirmationDelegatedFor(marked, true))).toBe(true);
    // Without delegation nothing changes: the city confirms.
    expect(mayActAs('confirm', 'township', confirmationDelegatedFor(plain, false))).toBe(false);
  });

  it('holds a relative’s confirmation until the city’s own home visit is recorded', () => {
    const marked = exampleRecord({ staffRelative: relative });
    expect(awaitsCityVisit(marked, 'confirm')).toBe(true);
    expect(awaitsCityVisit(marked, 'confirmTemporary')).toBe(true);
    expect(awaitsCityVisit(marked, 'notConfirm')).toBe(false);
    expect(awaitsCityVisit(exampleRecord(), 'confirm')).toBe(false);
    const visited = recordCityVisit(
      marked,
      { visitedOn: '2026-12-19', findings: '与申报相符' },
      city,
      now,
    );
    expect(visited && awaitsCityVisit(visited, 'confirm')).toBe(false);
  });

  it('refuses the confirmation of an unvisited relative’s case with the rule in both languages', () => {
    const marked = exampleRecord({ status: 'township_approved', staffRelative: relative });
    const decision = applyStaffAction(
      marked,
      'confirm',
      { monthlyAmountYuan: 500, startMonth: '2027-01' } as never,
      city,
      now,
      'dibao',
    );
    expect(decision).toMatchObject({
      ok: false,
      refusal: { kind: 'invalid', message: { 'zh-CN': expect.stringContaining('入户调查') } },
    });
  });

  it('records a staff declaration in the history, hidden from the applicant, and bumps the version', () => {
    const record = exampleRecord();
    const next = declareStaffRelative(
      record,
      { position: 'township-staff', staffName: '王某', relationship: '配偶' },
      township,
      now,
    );
    expect(next.version).toBe(record.version + 1);
    expect(next.staffRelative).toMatchObject({ declaredBy: 'staff', staff: { id: 't-1' } });
    expect(next.history.at(-1)).toMatchObject({
      action: 'declareStaffRelative',
      by: 'township',
      visibleToApplicant: false,
    });
  });

  it('lets only the city record its visit, and only on a relative’s case', () => {
    const visit = { visitedOn: '2026-12-19', findings: '已入户' };
    expect(recordCityVisit(exampleRecord(), visit, city, now)).toBeNull();
    expect(
      recordCityVisit(exampleRecord({ staffRelative: relative }), visit, township, now),
    ).toBeNull();
  });
});
