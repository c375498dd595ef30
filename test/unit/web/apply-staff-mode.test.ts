import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { staffSubmissionSchemaOn } from '../../../functions/domain/application/application-input.ts';
import {
  type ApplyDraft,
  emptyApplyDraft,
  noConsentRecord,
} from '../../../web/src/islands/apply/draft.ts';
import { applySteps } from '../../../web/src/islands/apply/steps.ts';
import {
  stepOfPath,
  toStaffSubmission,
  validateScreen,
} from '../../../web/src/islands/apply/validate.ts';
import { emptyMember } from '../../../web/src/islands/check/draft.ts';
import { idNumberFor } from '../../support/application-example.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-28T02:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A draft as the console's form starts it: with a consent record still to answer. */
function staffDraft(change: (draft: ApplyDraft) => void = () => {}): ApplyDraft {
  const draft = emptyApplyDraft();
  draft.consentRecord = { ...noConsentRecord };
  draft.programmes = ['dibao'];
  draft.applicant = { name: '林阿伯', idNumber: idNumberFor('1940-03-03'), mobile: '', email: '' };
  draft.household.members = [{ ...emptyMember(), age: '86', ableToWork: 'no' }];
  change(draft);
  return draft;
}

describe('the apply form in staff mode (the console applying for someone)', () => {
  it('asks how the person consented, last before "check your answers", only in staff mode', () => {
    const steps = applySteps(staffDraft());
    expect(steps.slice(-2)).toEqual(['consentRecord', 'review']);
    expect(steps).toContain('income');
    const publicDraft = staffDraft((d) => {
      delete d.consentRecord;
    });
    expect(applySteps(publicDraft)).not.toContain('consentRecord');
  });

  it('asks it on the emergency shortcut too', () => {
    const steps = applySteps(staffDraft((d) => (d.programmes = ['temporary-emergency'])));
    expect(steps).toEqual([
      'programmes',
      'emergency',
      'privacy',
      'sensitive',
      'applicant',
      'consentRecord',
      'review',
    ]);
  });

  it('lets the person have no mobile, as the staff route does', () => {
    expect(validateScreen(staffDraft(), 'applicant', 'en')).toEqual([]);
  });

  it('names the missing way of consent, and the witness oral consent needs', () => {
    expect(validateScreen(staffDraft(), 'consentRecord', 'en').map((e) => e.path)).toEqual([
      'consentRecord.way',
    ]);
    const oral = staffDraft((d) => {
      d.consentRecord = { ...noConsentRecord, way: 'oral-witnessed' };
    });
    const errors = validateScreen(oral, 'consentRecord', 'zh-CN');
    expect(errors.map((e) => e.path)).toEqual(['consentRecord.witnessName']);
    expect(errors[0]?.message).toMatch(/见证人/);
    oral.consentRecord = { ...noConsentRecord, way: 'oral-witnessed', witnessName: '林主任' };
    expect(validateScreen(oral, 'consentRecord', 'zh-CN')).toEqual([]);
  });

  it('sends what the staff route accepts: the application and the consent record', () => {
    const draft = staffDraft((d) => {
      d.consentRecord = {
        ...noConsentRecord,
        way: 'guardian',
        guardianName: '林小明',
        guardianRelationship: '儿子',
        witnessName: 'ignored',
      };
    });
    const body = toStaffSubmission(draft) as { consentRecord: Record<string, unknown> };
    // The witness typed before the way changed to a guardian is not sent.
    expect(body.consentRecord).toEqual({
      way: 'guardian',
      witnessName: undefined,
      guardianName: '林小明',
      guardianRelationship: '儿子',
      note: undefined,
    });
    const parsed = staffSubmissionSchemaOn(() => '2026-11-28').safeParse(body);
    // Only the parts of the application not yet answered are refused, never the record.
    const paths = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
    expect(paths.some((p) => p.startsWith('consentRecord'))).toBe(false);
  });

  it('sends a refused field back to its screen, named as the staff route names it', () => {
    const steps = applySteps(staffDraft());
    expect(stepOfPath('application.bankAccount.accountNumber', steps)).toBe('bank');
    expect(stepOfPath('application.applicant.idNumber', steps)).toBe('applicant');
    expect(stepOfPath('consentRecord.witnessName', steps)).toBe('consentRecord');
  });
});
