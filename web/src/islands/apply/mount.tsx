import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import type { CheckDraft } from '../check/draft.ts';
import { checkDraftKey, checkProgrammesKey } from '../check/storage-keys.ts';
import { loadFromSession } from '../shared/device-storage.ts';
import type { Option } from '../shared/fields.tsx';
import { ApplyApp } from './ApplyApp.tsx';
import { type ApplyDraft, alignExtras, emptyApplyDraft } from './draft.ts';

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
  return { programmes, draft };
}

/**
 * The language is the entry's (entry-zh-CN.ts or entry-en.ts), as for the check. The
 * page gives the programmes one can apply for and the township and village lists, from
 * the domain's data at build time.
 */
export function mountApply(container: HTMLElement, locale: Locale): void {
  const applicable = JSON.parse(container.dataset.programmes ?? '[]') as ProgrammeId[];
  const townships = JSON.parse(container.dataset.townships ?? '[]') as Option[];
  const villages = JSON.parse(container.dataset.villages ?? '{}') as Record<string, Option[]>;
  container.replaceChildren();
  render(
    <ApplyApp
      locale={locale}
      applicable={applicable}
      townships={townships}
      villages={villages}
      statusHref={container.dataset.statusHref ?? '/status/'}
      fromCheck={fromCheck(applicable)}
    />,
    container,
  );
}
