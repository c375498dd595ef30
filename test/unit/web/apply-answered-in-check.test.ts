import { describe, expect, it } from 'vitest';
import { type ApplyDraft, emptyApplyDraft } from '../../../web/src/islands/apply/draft.ts';
import { applySteps, reopened } from '../../../web/src/islands/apply/steps.ts';
import { emptyMember } from '../../../web/src/islands/check/draft.ts';
import { householdSteps } from '../../../web/src/islands/check/step-order.ts';

/** A draft carried over from a check that reached its result. */
function fromCheck(members: number, programmes: ApplyDraft['programmes'] = ['dibao']) {
  const draft = emptyApplyDraft();
  draft.programmes = programmes;
  draft.household.hukou = 'puning';
  draft.household.members = Array.from({ length: members }, emptyMember);
  draft.answeredInCheck = [...householdSteps];
  return draft;
}

describe('household screens answered in the check', () => {
  it('are not asked again, except for the questions the application adds', () => {
    // 低保 with a Puning hukou asks where the 户籍 is; a second member, their relation.
    expect(applySteps(fromCheck(3))).toEqual([
      'programmes',
      'privacy',
      'sensitive',
      'economicCheck',
      'applicant',
      'residence',
      'registration',
      'members',
      'bank',
      'review',
    ]);
  });

  it('a person alone, applying for help the 户籍 does not decide, goes from residence to the bank', () => {
    const steps = applySteps(fromCheck(1, ['temporary-expense']));
    expect(steps.slice(steps.indexOf('residence'))).toEqual(['residence', 'bank', 'review']);
  });

  it('are all asked when the form was started without the check', () => {
    const draft = fromCheck(1);
    delete draft.answeredInCheck;
    expect(applySteps(draft)).toEqual(expect.arrayContaining([...householdSteps]));
  });

  it('are all listed for "check your answers"', () => {
    expect(applySteps(fromCheck(1), true)).toEqual(expect.arrayContaining([...householdSteps]));
  });

  it('"change" opens one of them again, whole, and only that one', () => {
    const draft = reopened(fromCheck(1), 'income');
    expect(applySteps(draft)).toContain('income');
    expect(applySteps(draft)).not.toContain('assets');
    expect(reopened(draft, 'applicant')).toBe(draft);
  });
});
