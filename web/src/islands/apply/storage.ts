import { type ApplyDraft, isApplyDraft } from './draft.ts';

/**
 * Where the draft lives: on this device only. By default localStorage, so a reload or
 * a closed tab loses nothing; on a shared phone sessionStorage, so closing the tab
 * forgets it. Erased on submission and on "clear my answers".
 */
const draftKey = 'puning.apply.draft.v1';
const sharedKey = 'puning.apply.sharedPhone';

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

export function loadDraft(): ApplyDraft | null {
  for (const store of stores()) {
    try {
      const raw = store.getItem(draftKey);
      if (!raw) continue;
      const value: unknown = JSON.parse(raw);
      if (isApplyDraft(value)) return value;
    } catch {
      // A damaged draft is ignored, not fatal.
    }
  }
  return null;
}

export function saveDraft(draft: ApplyDraft, sharedPhone: boolean): void {
  try {
    const [keep, other] = sharedPhone
      ? [sessionStorage, localStorage]
      : [localStorage, sessionStorage];
    keep.setItem(draftKey, JSON.stringify(draft));
    other.removeItem(draftKey);
    if (sharedPhone) sessionStorage.setItem(sharedKey, 'yes');
    else sessionStorage.removeItem(sharedKey);
  } catch {
    // Storage full or blocked: the form still works for this visit.
  }
}

export function eraseDraft(): void {
  for (const store of stores()) {
    try {
      store.removeItem(draftKey);
      store.removeItem(sharedKey);
    } catch {
      // Nothing to erase.
    }
  }
}
