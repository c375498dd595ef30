import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applicationInputSchema } from '../../../functions/domain/application/application-input.ts';
import { type ApplyDraft, emptyApplyDraft } from '../../../web/src/islands/apply/draft.ts';
import { applySteps } from '../../../web/src/islands/apply/steps.ts';
import {
  stepOfPath,
  toApplicationInput,
  validateScreen,
} from '../../../web/src/islands/apply/validate.ts';
import { idNumberFor } from '../../support/application-example.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-28T02:00:00Z') }); // 10:00 in Puning
});
afterEach(() => {
  vi.useRealTimers();
});

/** An emergency-only draft filled in as the emergency-first screens ask it. */
function emergencyDraft(): ApplyDraft {
  const draft = emptyApplyDraft();
  draft.programmes = ['temporary-emergency'];
  draft.emergency = {
    description: '在工地摔伤，住院',
    occurredOn: '2026-11-27',
    townshipCode: '445281001000',
    neededNow: '住院押金',
    atWork: true,
  };
  draft.consents = { privacy: true, sensitive: true, economicCheck: false, at: '' };
  draft.applicant = {
    name: '陈小明',
    idNumber: idNumberFor('1980-03-08'),
    mobile: '13812345678',
    email: '',
  };
  draft.residence = {
    townshipCode: '445281001000',
    villageCode: '445281001201',
    address: '新安村 12 号',
  };
  return draft;
}

describe('help first, explain later on the apply form (普民〔2021〕77号 二(六) 先行救助)', () => {
  it('asks what happened right after the choice, and is done in six screens with the review', () => {
    expect(applySteps(emergencyDraft())).toEqual([
      'programmes',
      'emergency',
      'privacy',
      'sensitive',
      'applicant',
      'review',
    ]);
  });

  it('still asks the whole means test when another programme is chosen as well', () => {
    const draft = emergencyDraft();
    draft.programmes = ['temporary-emergency', 'dibao'];
    const steps = applySteps(draft);
    expect(steps).toContain('economicCheck');
    expect(steps).toContain('income');
    expect(steps).toContain('bank');
  });

  it('sends no household, money, bank account or finances consent, and the API schema accepts it', () => {
    const input = toApplicationInput(emergencyDraft()) as Record<string, unknown>;
    expect(Object.keys(input).sort()).toEqual(
      ['applicant', 'consent', 'emergency', 'programmes', 'residence'].sort(),
    );
    expect(input.consent).not.toHaveProperty('economicCheck');
    expect(applicationInputSchema.safeParse(input).success).toBe(true);
    expect(input.emergency).toMatchObject({ neededNow: '住院押金', atWork: true });
  });

  it('checks where the applicant lives on the contact screen, and sends them back there', () => {
    const draft = emergencyDraft();
    draft.residence.address = '';
    expect(validateScreen(draft, 'applicant', 'zh-CN').map((e) => e.path)).toEqual([
      'residence.address',
    ]);
    expect(stepOfPath('residence.address', applySteps(draft))).toBe('applicant');
  });

  it('refuses the contact screen without an ID number (the duplicate check reads it)', () => {
    const draft = emergencyDraft();
    draft.applicant.idNumber = '';
    expect(validateScreen(draft, 'applicant', 'zh-CN').map((e) => e.path)).toContain(
      'applicant.idNumber',
    );
  });
});
