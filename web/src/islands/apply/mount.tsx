/// <reference types="vite/client" />
import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import type { ApplicableProgramme, ConsentNotices } from '../../lib/apply-page-texts.ts';
import type { CheckDraft } from '../check/draft.ts';
import { householdSteps } from '../check/step-order.ts';
import { checkAnswersKey, checkDraftKey, checkProgrammesKey } from '../check/storage-keys.ts';
import { loadFromSession } from '../shared/device-storage.ts';
import type { Option } from '../shared/fields.tsx';
import { later } from '../shared/later.ts';
import { ApplyApp, type LaterModule } from './ApplyApp.tsx';
import './apply.css';
import type { FirstContent } from './content/types.ts';
import { type ApplyDraft, alignExtras, emptyApplyDraft } from './draft.ts';

// What the console's "apply for someone" uses, through this module only: the apply page
// and the console then share one chunk for the form (split further, /apply/ would carry
// each extra file's overhead; docs/performance.md).
export { ApplyApp, type LaterModule, type StaffMode } from './ApplyApp.tsx';
export { type ApplyDraft, emptyApplyDraft, noConsentRecord } from './draft.ts';

/** Answers carried over from the check, on this device only (never through a URL). */
function fromCheck(applicable: readonly ProgrammeId[]): {
  programmes: ProgrammeId[];
  draft: ApplyDraft | null;
} {
  const isList = (v: unknown): v is ProgrammeId[] => Array.isArray(v);
  const isCheckDraft = (v: unknown): v is CheckDraft =>
    typeof v === 'object' && v !== null && Array.isArray((v as CheckDraft).members);
  const programmes = (loadFromSession(checkProgrammesKey, isList) ?? []).filter((p) =>
    applicable.includes(p),
  );
  const household = loadFromSession(checkDraftKey, isCheckDraft);
  if (!household) return { programmes, draft: null };
  const draft = emptyApplyDraft();
  draft.programmes = programmes;
  draft.household = household;
  draft.residence.townshipCode = household.townshipCode;
  if (household.need === 'sudden-emergency')
    draft.emergency.townshipCode = household.emergencyTownship;
  draft.memberExtras = alignExtras(draft);
  // A check that reached its result answered every household screen: not asked again.
  const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
  if (loadFromSession(checkAnswersKey, isObject)) draft.answeredInCheck = [...householdSteps];
  return { programmes, draft };
}

/** What the page's language brings: its entry (entry-zh-CN.ts or entry-en.ts) gives it. */
export interface ApplyLanguage {
  locale: Locale;
  /** The first screens' words. */
  text: FirstContent;
  /** The later screens with their words in this language (later-zh-CN.ts or later-en.ts). */
  loadLater: () => Promise<LaterModule>;
}

/**
 * The language is the entry's, as for the check. The page gives, from the domain's data
 * at build time and in its own language, the programmes one can apply for, the consent
 * notices and the township and village lists.
 */
export function mountApply(container: HTMLElement, language: ApplyLanguage): void {
  const { locale, text, loadLater } = language;
  const applicable = JSON.parse(container.dataset.programmes ?? '[]') as ApplicableProgramme[];
  const consents = JSON.parse(container.dataset.consents ?? '{}') as ConsentNotices;
  const townships = JSON.parse(container.dataset.townships ?? '[]') as Option[];
  const villages = JSON.parse(container.dataset.villages ?? '{}') as Record<string, Option[]>;
  container.replaceChildren();
  render(
    <ApplyApp
      locale={locale}
      text={text}
      laterSteps={later(loadLater)}
      applicable={applicable}
      consents={consents}
      townships={townships}
      villages={villages}
      statusHref={container.dataset.statusHref ?? '/status/'}
      fromCheck={fromCheck(applicable.map((p) => p.id))}
    />,
    container,
  );
}
