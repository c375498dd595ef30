import { todayInShanghai } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import { parametersAsOf, rulesVersion } from '../policy/parameters.ts';
import { type FieldIssue, toFieldIssues } from '../validation/field-errors.ts';
import { type AnswerChanges, applicationInputSchemaOn } from './application-input.ts';
import { lineDueDate } from './deadlines.ts';
import {
  type DocumentRequest,
  documentMessages,
  documentTypes,
  maxDocumentsPerApplication,
} from './documents.ts';
import { caseDueAt, caseState, linesOf, type ProgrammeLine } from './lines.ts';
import { applicationCatalogue } from './messages.ts';
import { applicantMessages } from './outbox.ts';
import type { ApplicationRecord } from './record.ts';
import { isRecipient } from './reported-changes.ts';
import { actions, allowedOnLine, isOpen } from './states.ts';

/**
 * What the applicant may do to their own application — answer a request for
 * information (with corrections), withdraw it, add a supporting document — as pure
 * functions of the record, beside the staff's actions (decide.ts). Each returns the
 * next record (version bumped, history and messages appended, the stage's due date
 * moved) or why not; the route writes it with an optimistic lock.
 */
export type ApplicantRefusal =
  /** Not possible in the application's current state (or it is closed). */
  | { readonly kind: 'illegal' }
  /** A correction breaks the application; each problem names its field. */
  | { readonly kind: 'invalid'; readonly issues: readonly FieldIssue[] }
  /** The application holds the most documents it may. */
  | { readonly kind: 'limit'; readonly issues: readonly FieldIssue[] };

export type ApplicantOutcome =
  | { readonly ok: true; readonly record: ApplicationRecord }
  | { readonly ok: false; readonly refusal: ApplicantRefusal };

const notes = {
  withdraw: { 'zh-CN': '申请人撤回了申请', en: 'The applicant withdrew the application' },
  answer: {
    'zh-CN': '申请人补充了材料或说明',
    en: 'The applicant answered the request for information',
  },
} as const satisfies Record<string, LocalizedText>;

/** Each moved line's due date follows its new state; the case's is the earliest open one. */
function dated(
  record: ApplicationRecord,
  lines: readonly ProgrammeLine[],
  before: readonly ProgrammeLine[],
  now: Date,
) {
  const today = todayInShanghai(now);
  const p = parametersAsOf(today);
  // Only a line the action moved gets a new due date; the others keep their clocks.
  const moved = (line: ProgrammeLine) =>
    before.find((l) => l.programme === line.programme)?.version !== line.version;
  const next = lines.map((line) =>
    moved(line) ? { ...line, dueAt: lineDueDate(record, line, today, p, record.history) } : line,
  );
  return {
    ...record,
    lines: next,
    status: caseState(next),
    dueAt: caseDueAt(next, today),
  };
}

/** Corrections merged into the application and validated again as a whole. */
function corrected(record: ApplicationRecord, changes: AnswerChanges | undefined, now: Date) {
  if (!changes || Object.keys(changes).length === 0) return { ok: true as const };
  // Ages are checked on the day they were stated: today for corrected members, the
  // day of submission for the ones sent then (a birthday since is no mistake).
  const statedOn = todayInShanghai(changes.members ? now : new Date(record.submittedAt));
  const merged = applicationInputSchemaOn(() => statedOn).safeParse({
    ...record.application,
    ...changes,
  });
  if (!merged.success) {
    const issues = toFieldIssues(merged.error.issues, applicationCatalogue).map((issue) => ({
      ...issue,
      path: `changes.${issue.path}`,
    }));
    return { ok: false as const, issues };
  }
  return { ok: true as const, application: merged.data };
}

export function applyApplicantAction(
  record: ApplicationRecord,
  action: 'answer' | 'withdraw',
  input: { readonly text?: string; readonly changes?: AnswerChanges },
  now: Date,
): ApplicantOutcome {
  const correction = corrected(record, input.changes, now);
  if (!correction.ok) return { ok: false, refusal: { kind: 'invalid', issues: correction.issues } };
  // An answer moves every line that waited for it; a withdrawal every undecided line.
  const lines = linesOf(record);
  if (!lines.some((l) => allowedOnLine(action, l.programme, l.state)))
    return { ok: false, refusal: { kind: 'illegal' } };
  const movedLines = lines.map((l) =>
    allowedOnLine(action, l.programme, l.state)
      ? { ...l, state: actions[action].to, version: l.version + 1 }
      : l,
  );
  const next = caseState(movedLines);
  const at = now.toISOString();
  const application = correction.application;
  const updated: ApplicationRecord = {
    ...record,
    ...(application ? { application, previousApplication: record.application } : {}),
    status: next,
    lines: movedLines,
    version: record.version + 1,
    history: [
      ...record.history,
      {
        at,
        by: 'applicant',
        action,
        from: record.status,
        to: next,
        ...(input.text ? { reason: input.text } : {}),
        note: notes[action],
        rulesVersion,
        visibleToApplicant: true,
      },
    ],
    outbox: [
      ...record.outbox,
      ...applicantMessages(record, {
        template: action === 'withdraw' ? 'withdrawn' : 'answer-received',
        params: {},
        key: `${action}-${record.version + 1}`,
        at,
      }),
      // The township's staff inbox hears of answers and withdrawals.
      {
        id: `${record.reference}-${action}-${record.version + 1}-staff`,
        channel: 'staff',
        template: action === 'withdraw' ? 'staff-withdrawn' : 'staff-answer-received',
        locale: 'zh-CN',
        params: { reference: record.reference, township: record.townshipCode },
        createdAt: at,
        status: 'pending',
      },
    ],
  };
  return { ok: true, record: dated(updated, movedLines, lines, now) };
}

/** A supporting document the applicant may now upload, listed with its history entry. */
export function addDocument(
  record: ApplicationRecord,
  request: Pick<DocumentRequest, 'type' | 'contentType' | 'size'>,
  documentId: string,
  now: Date,
): ApplicantOutcome {
  // A recipient may add a document to a change they report (reported-changes.ts).
  if (!isOpen(record.status) && !isRecipient(record))
    return { ok: false, refusal: { kind: 'illegal' } };
  if ((record.documents?.length ?? 0) >= maxDocumentsPerApplication) {
    const issues = [{ path: 'documents', message: documentMessages['document.tooMany'] }];
    return { ok: false, refusal: { kind: 'limit', issues } };
  }
  const at = now.toISOString();
  const label = documentTypes[request.type];
  return {
    ok: true,
    record: {
      ...record,
      version: record.version + 1,
      documents: [
        ...(record.documents ?? []),
        {
          id: documentId,
          type: request.type,
          contentType: request.contentType,
          size: request.size,
          requestedAt: at,
        },
      ],
      history: [
        ...record.history,
        {
          at,
          by: 'applicant',
          action: 'addDocument',
          from: record.status,
          to: record.status,
          note: { 'zh-CN': `上传材料：${label['zh-CN']}`, en: `Document uploaded: ${label.en}` },
          rulesVersion,
          visibleToApplicant: true,
        },
      ],
    },
  };
}
