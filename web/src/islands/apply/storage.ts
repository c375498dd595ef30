import { type ApplyDraft, isApplyDraft } from './draft.ts';
import {
  type DraftAtRest,
  holdsSensitive,
  isSensitiveAnswers,
  type SensitivePath,
  splitDraft,
  withSensitive,
} from './draft-at-rest.ts';
import { type ApplyStep, allApplySteps } from './steps.ts';

/**
 * Where the draft lives: on this device only, in two parts (./draft-at-rest.ts).
 * - The answers without ID, mobile and bank account numbers, and the screen left: in
 *   localStorage, so the applicant can come back to them another day, until they submit
 *   or press "clear my answers"; on a shared phone in sessionStorage instead.
 * - Those numbers: in sessionStorage only, always: gone when the tab is closed.
 * A draft saved by an earlier version, whole in localStorage, is split at first load.
 */
const draftKey = 'puning.apply.draft.v2';
const numbersKey = 'puning.apply.numbers.v1';
const sharedKey = 'puning.apply.sharedPhone';
/** Set while this tab has the form open: a reload returns straight to the screen left. */
const tabKey = 'puning.apply.thisTab';
/** Earlier versions kept the whole draft, numbers included, under this key. */
const wholeDraftKey = 'puning.apply.draft.v1';

export interface LoadedDraft {
  draft: ApplyDraft;
  /** The screen the applicant was on when it was last saved. */
  step: ApplyStep;
  /** Numbers that had been typed and are no longer kept (the tab was closed). */
  forgotten: SensitivePath[];
  /** Saved in this tab (a reload), rather than on an earlier visit. */
  sameTab: boolean;
}

function stores(): Storage[] {
  try {
    return [localStorage, sessionStorage];
  } catch {
    return [];
  }
}

export function isSharedPhone(): boolean {
  try {
    return sessionStorage.getItem(sharedKey) === 'yes';
  } catch {
    return false;
  }
}

function isDraftAtRest(value: unknown): value is DraftAtRest {
  const v = value as DraftAtRest;
  return (
    typeof value === 'object' &&
    value !== null &&
    isApplyDraft(v.draft) &&
    (allApplySteps as readonly unknown[]).includes(v.step) &&
    Array.isArray(v.sessionOnly)
  );
}

function read(store: Storage, key: string): unknown {
  try {
    const raw = store.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    // A damaged draft is ignored, not fatal.
    return null;
  }
}

export function loadDraft(): LoadedDraft | null {
  let session: Storage;
  try {
    session = sessionStorage;
  } catch {
    return null;
  }
  for (const store of stores()) {
    const atRest = read(store, draftKey);
    if (isDraftAtRest(atRest)) {
      const numbers = read(session, numbersKey);
      const kept = isSensitiveAnswers(numbers) ? numbers : null;
      return {
        // Drafts are only written split, but one is never trusted to be.
        draft: withSensitive(atRest.draft, kept),
        step: atRest.step,
        forgotten: kept ? [] : atRest.sessionOnly,
        sameTab: session.getItem(tabKey) !== null,
      };
    }
  }
  for (const store of stores()) {
    const whole = read(store, wholeDraftKey);
    if (!isApplyDraft(whole)) continue;
    // Split it now, so the numbers leave localStorage at once, not at the next answer.
    saveDraft(whole, 'programmes', store === session);
    return { draft: whole, step: 'programmes', forgotten: [], sameTab: false };
  }
  return null;
}

export function saveDraft(draft: ApplyDraft, step: ApplyStep, sharedPhone: boolean): void {
  try {
    const [keep, other] = sharedPhone
      ? [sessionStorage, localStorage]
      : [localStorage, sessionStorage];
    const { atRest, sensitive } = splitDraft(draft, step);
    keep.setItem(draftKey, JSON.stringify(atRest));
    other.removeItem(draftKey);
    for (const store of stores()) store.removeItem(wholeDraftKey);
    if (holdsSensitive(draft)) sessionStorage.setItem(numbersKey, JSON.stringify(sensitive));
    else sessionStorage.removeItem(numbersKey);
    sessionStorage.setItem(tabKey, 'open');
    if (sharedPhone) sessionStorage.setItem(sharedKey, 'yes');
    else sessionStorage.removeItem(sharedKey);
  } catch {
    // Storage full or blocked: the form still works for this visit.
  }
}

export function eraseDraft(): void {
  for (const store of stores()) {
    try {
      for (const key of [draftKey, numbersKey, sharedKey, tabKey, wholeDraftKey])
        store.removeItem(key);
    } catch {
      // Nothing to erase.
    }
  }
}
