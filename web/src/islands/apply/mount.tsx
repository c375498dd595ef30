import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import type { CheckDraft } from '../check/draft.ts';
import { checkDraftKey, checkProgrammesKey } from '../check/storage-keys.ts';
import { loadFromSession } from '../shared/device-storage.ts';
import type { Option } from '../shared/fields.tsx';
import { ApplyApp } from './ApplyApp.tsx';
import { type ApplyDraft, alignExtras, emptyApplyDraft } from './draft.ts';
import { applicableProgrammes } from './Intro.tsx';

/** Answers carried over from the check, on this device only (never through a URL). */
function fromCheck(): { programmes: ProgrammeId[]; draft: ApplyDraft | null } {
  const isList = (v: unknown): v is ProgrammeId[] => Array.isArray(v);
  const isCheckDraft = (v: unknown): v is CheckDraft =>
    typeof v === 'object' && v !== null && Array.isArray((v as CheckDraft).members);
  const programmes = (loadFromSession(checkProgrammesKey, isList) ?? []).filter((p) =>
    (applicableProgrammes as readonly ProgrammeId[]).includes(p),
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

export function mountApply(container: HTMLElement): void {
  const locale = (container.dataset.locale === 'en' ? 'en' : 'zh-CN') satisfies Locale;
  const townships = JSON.parse(container.dataset.townships ?? '[]') as Option[];
  const villages = JSON.parse(container.dataset.villages ?? '{}') as Record<string, Option[]>;
  container.replaceChildren();
  render(
    <ApplyApp
      locale={locale}
      townships={townships}
      villages={villages}
      statusHref={container.dataset.statusHref ?? '/status/'}
      fromCheck={fromCheck()}
    />,
    container,
  );
}
