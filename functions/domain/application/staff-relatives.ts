import * as z from 'zod/mini';
import { type IsoDate, isIsoDate, todayInShanghai } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import { rulesVersion } from '../policy/parameters.ts';
import { plainText } from '../validation/plain-text.ts';
import { staffRelativePositions } from './application-input.ts';
import { staffPositionNames } from './on-behalf.ts';
import type { ApplicationRecord, StaffRelativeRecord } from './record.ts';
import type { ApplicationAction } from './states.ts';

/**
 * Relatives of township staff and village cadres (民发〔2021〕57号 第十一条, 第二十条:
 * 单独登记备案). Declared by the applicant on the form or by staff on the case; such a
 * case is marked in the queue and the case view, is confirmed by the city bureau
 * itself even when confirmation is delegated to townships, and only after the city's
 * own home visit is on record. Pure: records in, records out.
 */

export const staffRelativeDeclarationSchema = z.strictObject({
  position: z.enum(staffRelativePositions, { error: 'staffRelative.position' }),
  staffName: plainText(1, 40, {
    required: 'staffRelative.staffName',
    tooLong: 'name.tooLong',
    characters: 'name.characters',
  }),
  relationship: plainText(1, 40, {
    required: 'staffRelative.relationship',
    tooLong: 'staffRelative.relationship',
    characters: 'text.characters',
  }),
});
export type StaffRelativeDeclaration = z.infer<typeof staffRelativeDeclarationSchema>;

export function cityVisitSchemaOn(today: () => IsoDate) {
  return z.strictObject({
    visitedOn: z.string().check(
      z.refine(isIsoDate, { error: 'cityVisit.date', abort: true }),
      z.refine((date) => date <= today(), { error: 'cityVisit.date' }),
    ),
    findings: plainText(1, 1000, {
      required: 'cityVisit.findings',
      tooLong: 'cityVisit.findings',
      characters: 'text.characters',
    }),
  });
}
export type CityVisitInput = z.infer<ReturnType<typeof cityVisitSchemaOn>>;

export const staffRelativeMessages = {
  'cityVisit.date': {
    'zh-CN': '请填写入户调查的日期，不能晚于今天',
    en: 'Enter the date of the home visit; it cannot be in the future',
  },
  'cityVisit.findings': {
    'zh-CN': '请用 1 到 1000 个字写明入户调查的情况',
    en: 'Describe what the home visit found in 1 to 1000 characters',
  },
  'relative.notDeclared': {
    'zh-CN': '只有登记为镇村干部亲属的申请，才需要市民政局入户调查',
    en: 'A city home visit is recorded only for a case marked as a relative of staff',
  },
} as const satisfies Record<string, LocalizedText>;

/** The bureau's decisions a township may take under delegation, but never for a relative. */
const bureauDecisions: readonly ApplicationAction[] = ['confirm', 'notConfirm', 'confirmTemporary'];

/**
 * Whether confirmation is delegated to townships for this case: the dated bureau
 * setting, except for a relative of staff, whose case the city confirms (第二十条).
 */
export function confirmationDelegatedFor(
  record: Pick<ApplicationRecord, 'staffRelative'>,
  delegatedSetting: boolean,
): boolean {
  return delegatedSetting && record.staffRelative === undefined;
}

/** Why a confirmation must wait: a relative's case needs the city's own home visit first. */
export function awaitsCityVisit(
  record: Pick<ApplicationRecord, 'staffRelative' | 'cityVisit'>,
  action: ApplicationAction,
): boolean {
  return (
    record.staffRelative !== undefined &&
    record.cityVisit === undefined &&
    bureauDecisions.includes(action) &&
    action !== 'notConfirm'
  );
}

type Staff = { readonly id: string; readonly name: string; readonly kind: 'township' | 'city' };

function event(
  record: ApplicationRecord,
  staff: Staff,
  action: string,
  at: string,
  note: LocalizedText,
) {
  return {
    at,
    by: staff.kind,
    staff: { id: staff.id, name: staff.name },
    action,
    from: record.status,
    to: record.status,
    note,
    rulesVersion,
    visibleToApplicant: false,
  } as const;
}

/** Staff record that the applicant is a relative of staff; an earlier declaration is replaced. */
export function declareStaffRelative(
  record: ApplicationRecord,
  input: StaffRelativeDeclaration,
  staff: Staff,
  now: Date,
): ApplicationRecord {
  const at = now.toISOString();
  const declared: StaffRelativeRecord = {
    ...input,
    declaredBy: 'staff',
    declaredAt: at,
    staff: { id: staff.id, name: staff.name },
  };
  const position = staffPositionNames[input.position];
  return {
    ...record,
    version: record.version + 1,
    staffRelative: declared,
    history: [
      ...record.history,
      event(record, staff, 'declareStaffRelative', at, {
        'zh-CN': `登记为${position['zh-CN']}亲属（单独登记备案），须由市民政局入户调查并审核确认`,
        en: `Marked as a relative of ${position.en.toLowerCase()} (registered separately); the city bureau visits and confirms`,
      }),
    ],
  };
}

/** The city records its own home visit to a relative's household; refused for other cases. */
export function recordCityVisit(
  record: ApplicationRecord,
  input: CityVisitInput,
  staff: Staff,
  now: Date,
): ApplicationRecord | null {
  if (!record.staffRelative || staff.kind !== 'city') return null;
  const at = now.toISOString();
  return {
    ...record,
    version: record.version + 1,
    cityVisit: { ...input, staff: { id: staff.id, name: staff.name }, at },
    history: [
      ...record.history,
      event(record, staff, 'recordCityVisit', at, {
        'zh-CN': `市民政局入户调查（${input.visitedOn}）`,
        en: `City bureau home visit (${input.visitedOn})`,
      }),
    ],
  };
}

/** Today in Shanghai, for the schema's clock. */
export const cityVisitSchema = cityVisitSchemaOn(() => todayInShanghai(Date.now()));
