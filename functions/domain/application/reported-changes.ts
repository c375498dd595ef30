import * as z from 'zod/mini';
import { todayInShanghai } from '../dates.ts';
import { findTownship, townshipOfVillage } from '../divisions.ts';
import type { LocalizedText } from '../locale.ts';
import { rulesVersion } from '../policy/parameters.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import { plainText } from '../validation/plain-text.ts';
import type { ApplicantOutcome } from './applicant-actions.ts';
import { applyStaffAction, systemActor } from './decide.ts';
import { caseDueAt, caseState, linesOf } from './lines.ts';
import { applicantMessages } from './outbox.ts';
import type { ApplicationRecord, HistoryEvent, ProcedureFacts } from './record.ts';
import { routeApplication } from './routing.ts';
import { beingPaid, lineFamily } from './states.ts';

/**
 * A change the recipient reports from the status page (57号 第三十条: changes in the
 * household, its income and assets are reported to the township): it is recorded on
 * the case and opens a review on every line being paid, in the responsible township's
 * queue. A move within Puning re-routes the case by the same rules as an application
 * (routing.ts) — a new responsible township takes it over with its whole history.
 */
export const changeReportKinds = [
  'income',
  'household',
  'moved-within',
  'moved-away',
  'death',
] as const;
export type ChangeReportKind = (typeof changeReportKinds)[number];

export const changeReportKindNames: Record<ChangeReportKind, LocalizedText> = {
  income: { 'zh-CN': '收入变化', en: 'Income changed' },
  household: { 'zh-CN': '家庭成员变化', en: 'Household members changed' },
  'moved-within': { 'zh-CN': '在普宁市内搬家', en: 'Moved within Puning' },
  'moved-away': { 'zh-CN': '搬离普宁市', en: 'Moved away from Puning' },
  death: { 'zh-CN': '家庭成员去世', en: 'A household member died' },
};

export interface ReportedChange {
  readonly id: string;
  readonly kind: ChangeReportKind;
  readonly reportedAt: string;
  /** What the household wrote (never in a log line or a text message). */
  readonly description?: string;
  /** A document uploaded with it (POST /api/status/documents first). */
  readonly documentId?: string;
  readonly movedTo?: {
    readonly townshipCode: string;
    readonly villageCode: string;
    readonly hukouMoved: boolean;
  };
  /** The responsible township it was transferred to, when the move changed it. */
  readonly transferredTo?: string;
  /** The lines a review was opened on. */
  readonly lines: readonly ProgrammeId[];
  /** Each line's review outcome, as the history said it, once concluded. */
  readonly outcomes?: Readonly<Partial<Record<ProgrammeId, ChangeOutcome>>>;
}

export interface ChangeOutcome {
  readonly on: string;
  readonly action: string;
  readonly note: LocalizedText;
}

export const changeReportMessages = {
  'kind.required': {
    'zh-CN': '请选择变化的类型',
    en: 'Choose what changed',
  },
  'description.tooLong': {
    'zh-CN': '说明不能超过 500 字',
    en: 'The description must be 500 characters or fewer',
  },
  'movedTo.required': {
    'zh-CN': '请选择搬到的村（社区）',
    en: 'Choose the village or community you moved to',
  },
  'documentId.unknown': {
    'zh-CN': '没有找到这份材料，请重新上传',
    en: 'That document was not found; upload it again',
  },
  'change.noBenefit': {
    'zh-CN': '这份申请没有正在发放的救助，不能报告变化；如有需要请重新申请',
    en: 'Nothing is being paid on this application, so no change can be reported; apply again if needed',
  },
} as const satisfies Record<string, LocalizedText>;

export const changeReportSchema = z.strictObject({
  kind: z.enum(changeReportKinds, { error: 'kind.required' }),
  description: z.optional(
    plainText(
      0,
      500,
      {
        required: 'description.tooLong',
        tooLong: 'description.tooLong',
        characters: 'text.characters',
      },
      { multiline: true },
    ),
  ),
  documentId: z.optional(z.string().check(z.maxLength(80))),
  movedTo: z.optional(
    z.strictObject({
      villageCode: z.string().check(z.regex(/^\d{12}$/, { error: 'movedTo.required' })),
      /** The household moved its 户口 too (户口随迁): the 户籍 township changes. */
      hukouMoved: z.optional(z.boolean()),
    }),
  ),
});
export type ChangeReport = z.infer<typeof changeReportSchema>;

function invalid(path: string, key: keyof typeof changeReportMessages): ApplicantOutcome {
  return {
    ok: false,
    refusal: { kind: 'invalid', issues: [{ path, message: changeReportMessages[key] }] },
  };
}

/** Whether the case has a monthly line being paid (a recipient). */
export function isRecipient(
  record: Pick<
    ApplicationRecord,
    'lines' | 'status' | 'version' | 'dueAt' | 'programmes' | 'procedure'
  >,
): boolean {
  return linesOf(record).some(
    (l) => lineFamily(l.programme) === 'monthly' && beingPaid.has(l.state),
  );
}

/** The application after a move: the new residence, and the 户籍 where it now is. */
function movedApplication(
  record: ApplicationRecord,
  movedTo: { townshipCode: string; villageCode: string; hukouMoved: boolean },
): ApplicationRecord['application'] {
  const { application } = record;
  const oldHukou = application.hukouPlace ?? {
    townshipCode: application.residence.townshipCode,
    villageCode: application.residence.villageCode,
  };
  const { hukouPlace: _old, ...rest } = application;
  const hukouPlace =
    movedTo.hukouMoved || application.registration?.hukou !== 'puning' ? undefined : oldHukou;
  return {
    ...rest,
    residence: {
      ...application.residence,
      townshipCode: movedTo.townshipCode as typeof application.residence.townshipCode,
      villageCode: movedTo.villageCode,
    },
    ...(hukouPlace && hukouPlace.townshipCode !== movedTo.townshipCode
      ? { hukouPlace: hukouPlace as NonNullable<typeof application.hukouPlace> }
      : {}),
  };
}

/**
 * Records a reported change, re-routes the case after a move within Puning and opens a
 * review on each confirmed monthly line (lines already under review, being phased out
 * or with a change before the bureau note it in the same review). One conditional write.
 */
export function reportChange(
  record: ApplicationRecord,
  report: ChangeReport,
  changeId: string,
  now: Date,
): ApplicantOutcome {
  if (!isRecipient(record)) return invalid('kind', 'change.noBenefit');
  if (report.documentId && !record.documents?.some((d) => d.id === report.documentId))
    return invalid('documentId', 'documentId.unknown');
  const at = now.toISOString();
  const today = todayInShanghai(now);
  let movedTo: ReportedChange['movedTo'];
  if (report.kind === 'moved-within') {
    const township = report.movedTo ? townshipOfVillage(report.movedTo.villageCode) : undefined;
    if (!report.movedTo || !township) return invalid('movedTo.villageCode', 'movedTo.required');
    movedTo = {
      townshipCode: township.code,
      villageCode: report.movedTo.villageCode,
      hukouMoved: report.movedTo.hukouMoved === true,
    };
  }

  // A move re-routes the case as an application would be routed today.
  let next: ApplicationRecord = record;
  let transferredTo: string | undefined;
  if (movedTo) {
    const application = movedApplication(record, movedTo);
    const routing = routeApplication(application, today);
    const { receivingTownshipCode: _r, ...withoutReceiving } = record;
    const procedure: ProcedureFacts = record.procedure ?? {};
    if (routing.townshipCode !== record.townshipCode) transferredTo = routing.townshipCode;
    next = {
      ...withoutReceiving,
      application,
      townshipCode: routing.townshipCode,
      ...(routing.receivingTownshipCode !== routing.townshipCode
        ? { receivingTownshipCode: routing.receivingTownshipCode }
        : {}),
      procedure: transferredTo
        ? {
            ...procedure,
            transferredFrom: [...(procedure.transferredFrom ?? []), record.townshipCode],
          }
        : procedure,
    };
  }

  const lines = linesOf(next);
  const toReview = lines.filter(
    (l) => lineFamily(l.programme) === 'monthly' && l.state === 'confirmed',
  );
  const kindName = changeReportKindNames[report.kind];
  const to = transferredTo ? findTownship(transferredTo) : undefined;
  const event: HistoryEvent = {
    at,
    by: 'applicant',
    action: 'reportChange',
    from: record.status,
    to: record.status,
    note: {
      'zh-CN': `申请人报告：${kindName['zh-CN']}${to ? `；案件转交${to.name}办理` : ''}`,
      en: `The household reported: ${kindName.en}${to ? `; the case is transferred to ${to.nameEn}` : ''}`,
    },
    rulesVersion,
    visibleToApplicant: true,
  };
  const change: ReportedChange = {
    id: changeId,
    kind: report.kind,
    reportedAt: at,
    ...(report.description ? { description: report.description } : {}),
    ...(report.documentId ? { documentId: report.documentId } : {}),
    ...(movedTo ? { movedTo } : {}),
    ...(transferredTo ? { transferredTo } : {}),
    lines: toReview.map((l) => l.programme),
  };
  next = {
    ...next,
    lines,
    procedure: {
      ...next.procedure,
      reportedChanges: [...(next.procedure?.reportedChanges ?? []), change],
    },
    history: [...next.history, event],
  };
  // Each confirmed line goes into review, opened by the system for this change; the
  // household is told once (below), not once per line.
  const outboxBefore = next.outbox;
  for (const line of toReview) {
    const opened = applyStaffAction(
      next,
      'openReview',
      { reason: 'reported-change', changeId } as never,
      systemActor,
      now,
      line.programme,
    );
    if (opened.ok) next = opened.record;
  }
  const finalLines = linesOf(next);
  // Each review opened moved the version on; the report takes the next one.
  const version = next.version + 1;
  const messages = applicantMessages(record, {
    template: 'change-received',
    params: {},
    key: `reportChange-${version}`,
    at,
  });
  return {
    ok: true,
    record: {
      ...next,
      version,
      status: caseState(finalLines),
      dueAt: caseDueAt(finalLines, today),
      outbox: [
        ...outboxBefore,
        ...messages,
        {
          id: `${record.reference}-reportChange-${version}-staff`,
          channel: 'staff',
          template: 'staff-change-received',
          locale: 'zh-CN',
          params: { reference: record.reference, township: next.townshipCode },
          createdAt: at,
          status: 'pending',
        },
      ],
    },
  };
}
