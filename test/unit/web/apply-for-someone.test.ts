import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ApplyDraft, emptyApplyDraft } from '../../../web/src/islands/apply/draft.ts';
import { splitDraft, withSensitive } from '../../../web/src/islands/apply/draft-at-rest.ts';
import { applySteps } from '../../../web/src/islands/apply/steps.ts';
import {
  stepOfPath,
  toApplicationInput,
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

function draftWith(change: (draft: ApplyDraft) => void): ApplyDraft {
  const draft = emptyApplyDraft();
  draft.programmes = ['dibao'];
  draft.applicant = { name: '陈阿婆', idNumber: idNumberFor('1950-02-02'), mobile: '', email: '' };
  draft.household.members = [{ ...emptyMember(), age: '76', ableToWork: 'no' }];
  change(draft);
  return draft;
}
const asAgent = (d: ApplyDraft) => {
  d.agent = {
    who: 'agent',
    name: '陈大华',
    relationship: 'child',
    mobile: '13900001111',
    idNumber: idNumberFor('1978-06-06', '555'),
  };
};

describe('applying for someone on the apply form', () => {
  it('asks the applicant’s own mobile on the contact screen only when applying for oneself', () => {
    const self = draftWith(() => {});
    expect(validateScreen(self, 'applicant', 'en').map((e) => e.path)).toEqual([
      'applicant.mobile',
    ]);
    expect(validateScreen(draftWith(asAgent), 'applicant', 'en')).toEqual([]);
  });

  it('names the agent’s missing details on the contact screen, where they are asked', () => {
    const draft = draftWith((d) => {
      asAgent(d);
      if (d.agent) d.agent = { ...d.agent, name: '', relationship: '', mobile: '' };
    });
    const errors = validateScreen(draft, 'applicant', 'zh-CN');
    expect(errors.map((e) => e.path).sort()).toEqual([
      'agent.mobile',
      'agent.name',
      'agent.relationship',
    ]);
    expect(stepOfPath('agent.mobile', applySteps(draft))).toBe('applicant');
  });

  it('sends the agent and a declared relative, and nothing about them when applying for oneself', () => {
    const input = toApplicationInput(
      draftWith((d) => {
        asAgent(d);
        d.staffRelative = {
          declared: 'yes',
          position: 'village-cadre',
          staffName: '林某',
          relationship: '堂兄',
        };
      }),
    ) as Record<string, unknown>;
    expect(input.agent).toMatchObject({ name: '陈大华', mobile: '13900001111' });
    expect(input.staffRelative).toEqual({
      position: 'village-cadre',
      staffName: '林某',
      relationship: '堂兄',
    });
    expect((input.applicant as Record<string, unknown>).mobile).toBeUndefined();
    const own = toApplicationInput(draftWith(() => {})) as Record<string, unknown>;
    expect(own).not.toHaveProperty('agent');
    expect(own).not.toHaveProperty('staffRelative');
  });

  it('keeps the agent’s mobile and ID number for the session only, like the applicant’s', () => {
    const draft = draftWith(asAgent);
    const { atRest, sensitive } = splitDraft(draft, 'applicant');
    expect(JSON.stringify(atRest)).not.toContain('13900001111');
    expect(JSON.stringify(atRest)).not.toContain(draft.agent?.idNumber);
    expect(atRest.sessionOnly).toEqual(expect.arrayContaining(['agent.mobile', 'agent.idNumber']));
    expect(withSensitive(atRest.draft, sensitive).agent).toEqual(draft.agent);
  });
});
