import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ApplyDraft, emptyApplyDraft } from '../../../web/src/islands/apply/draft.ts';
import {
  resumeStep,
  splitDraft,
  withSensitive,
} from '../../../web/src/islands/apply/draft-at-rest.ts';
import { applySteps } from '../../../web/src/islands/apply/steps.ts';
import { eraseDraft, loadDraft, saveDraft } from '../../../web/src/islands/apply/storage.ts';
import { emptyMember } from '../../../web/src/islands/check/draft.ts';
import { idNumberFor } from '../../support/application-example.ts';

/** The Web Storage API over a Map, as a browser keeps it (strings only). */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  /** Everything kept, as one string, to search for a number. */
  dump() {
    return JSON.stringify([...this.items.entries()]);
  }
}

const applicantId = idNumberFor('1954-01-01', '531');
const spouseId = idNumberFor('1956-05-02', '642');
const mobile = '13800138000';
const account = '6228480012345678901';

/** A 2-person household with every number the form asks for typed in. */
function filledDraft(): ApplyDraft {
  const draft = emptyApplyDraft();
  draft.programmes = ['dibao'];
  draft.applicant = { name: '陈秀英', idNumber: applicantId, mobile, email: '' };
  draft.residence = { townshipCode: '445281001000', villageCode: '', address: '新安村 12 号' };
  draft.household.members = [emptyMember(), emptyMember()];
  draft.memberExtras = [
    { relation: 'self', idNumber: '' },
    { relation: 'spouse', idNumber: spouseId },
  ];
  draft.bank = { bankName: '中国农业银行普宁支行', accountNumber: account };
  return draft;
}

let local: MemoryStorage;
let session: MemoryStorage;

beforeEach(() => {
  local = new MemoryStorage();
  session = new MemoryStorage();
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', session);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A tab closed: the browser forgets its sessionStorage, localStorage stays. */
function closeTab() {
  session = new MemoryStorage();
  vi.stubGlobal('sessionStorage', session);
}

describe('the application draft on the device', () => {
  it('keeps ID, mobile and bank account numbers out of localStorage', () => {
    saveDraft(filledDraft(), 'bank', false);
    const atRest = local.dump();
    for (const number of [applicantId, spouseId, mobile, account]) {
      expect(atRest).not.toContain(number);
      expect(session.dump()).toContain(number);
    }
    // The rest is there to come back to.
    expect(atRest).toContain('陈秀英');
    expect(atRest).toContain('新安村 12 号');
  });

  it('a reload in the same tab gets every answer back, numbers included, and the screen left', () => {
    const draft = filledDraft();
    saveDraft(draft, 'bank', false);
    expect(loadDraft()).toEqual({ draft, step: 'bank', forgotten: [], sameTab: true });
  });

  it('after the tab is closed the answers remain without the numbers, and says which were forgotten', () => {
    saveDraft(filledDraft(), 'review', false);
    closeTab();
    const loaded = loadDraft();
    expect(loaded?.sameTab).toBe(false);
    expect(loaded?.draft.applicant).toEqual({
      name: '陈秀英',
      idNumber: '',
      mobile: '',
      email: '',
    });
    expect(loaded?.draft.memberExtras.map((m) => m.idNumber)).toEqual(['', '']);
    expect(loaded?.draft.bank).toEqual({ bankName: '中国农业银行普宁支行', accountNumber: '' });
    expect(loaded?.forgotten).toEqual([
      'applicant.idNumber',
      'applicant.mobile',
      'members.1.idNumber',
      'bank.accountNumber',
    ]);
  });

  it('on a shared phone nothing at all outlives the tab', () => {
    saveDraft(filledDraft(), 'members', true);
    expect(local.length).toBe(0);
    closeTab();
    expect(loadDraft()).toBeNull();
  });

  it('a whole draft saved by an earlier version is split as soon as it is read', () => {
    const draft = filledDraft();
    local.setItem('puning.apply.draft.v1', JSON.stringify(draft));
    expect(loadDraft()?.draft).toEqual(draft);
    expect(local.dump()).not.toContain(applicantId);
    expect(local.dump()).not.toContain(account);
    expect(local.getItem('puning.apply.draft.v1')).toBeNull();
  });

  it('"clear my answers" leaves no key of the form in either storage', () => {
    saveDraft(filledDraft(), 'income', false);
    eraseDraft();
    expect(local.length + session.length).toBe(0);
  });

  it('a damaged draft is ignored', () => {
    local.setItem('puning.apply.draft.v2', '{not json');
    expect(loadDraft()).toBeNull();
  });
});

describe('splitting the draft', () => {
  it('puts the numbers back exactly as they were taken out', () => {
    const draft = filledDraft();
    const { atRest, sensitive } = splitDraft(draft, 'review');
    expect(withSensitive(atRest.draft, sensitive)).toEqual(draft);
  });

  it('records nothing as forgotten when no number was typed', () => {
    expect(splitDraft(emptyApplyDraft(), 'privacy').atRest.sessionOnly).toEqual([]);
  });
});

describe('where "continue where you left off" goes', () => {
  const steps = applySteps(filledDraft());

  it('to the screen left when nothing was forgotten', () => {
    expect(resumeStep('income', [], steps)).toBe('income');
  });

  it('to the first earlier screen whose number must be typed again', () => {
    expect(resumeStep('review', ['members.1.idNumber', 'bank.accountNumber'], steps)).toBe(
      'members',
    );
    expect(resumeStep('review', ['applicant.mobile', 'bank.accountNumber'], steps)).toBe(
      'applicant',
    );
  });

  it('not back for a number asked on a later screen than the one left', () => {
    expect(resumeStep('assets', ['bank.accountNumber'], steps)).toBe('assets');
  });

  it('for emergency help alone, to the contact screen, which asks the numbers there', () => {
    const draft = filledDraft();
    draft.programmes = ['temporary-emergency'];
    expect(resumeStep('review', ['applicant.idNumber'], applySteps(draft))).toBe('applicant');
  });
});
