import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import {
  type ApplicantRefusal,
  addDocument,
  applyApplicantAction,
} from '../../domain/application/applicant-actions.ts';
import {
  type AnswerChanges,
  answerChangesSchema,
} from '../../domain/application/application-input.ts';
import { documentMessages, documentRequestSchema } from '../../domain/application/documents.ts';
import { applicationCatalogue } from '../../domain/application/messages.ts';
import {
  changeReportMessages,
  changeReportSchema,
  reportChange,
} from '../../domain/application/reported-changes.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { hotlines } from '../../domain/hotlines.ts';
import type { Locale } from '../../domain/locale.ts';
import { messageDay } from '../../domain/notifications/message-dates.ts';
import { plainText } from '../../domain/validation/plain-text.ts';
import type { ApplicationRecord } from '../../store/application-repository.ts';
import { clientAddress } from '../client-address.ts';
import type { AppDeps } from '../deps.ts';
import { parseJsonBody } from '../json-body.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import type { OperationDoc } from '../openapi.ts';
import { buildProblem, ProblemError, problemResponse } from '../problem.ts';
import { documentUploadSchema, statusViewSchema } from '../responses.ts';
import { type AccessResult, checkApplicantAccess } from '../services/applicant-access.ts';
import { statusView } from '../services/status-view.ts';

const messages = {
  'reference.required': { 'zh-CN': '请填写申请编号', en: 'Enter the reference' },
  'accessCode.required': { 'zh-CN': '请填写查询码', en: 'Enter the access code' },
  'answer.required': {
    'zh-CN': '请填写回复内容（1 到 1000 字）',
    en: 'Enter your answer (1 to 1000 characters)',
  },
  'reason.tooLong': {
    'zh-CN': '原因不能超过 500 字',
    en: 'The reason must be 500 characters or fewer',
  },
  'text.characters': applicationCatalogue['text.characters'],
} as const;

const credentials = {
  reference: z.string().check(z.minLength(1, { error: 'reference.required' }), z.maxLength(40)),
  accessCode: z.string().check(z.minLength(1, { error: 'accessCode.required' }), z.maxLength(20)),
};
const lookupSchema = z.strictObject(credentials);
const answerSchema = z.strictObject({
  ...credentials,
  answer: plainText(
    1,
    1000,
    { required: 'answer.required', tooLong: 'answer.required', characters: 'text.characters' },
    { multiline: true },
  ),
});
/** A change the recipient reports (57号 第三十条), with the same credentials. */
const changeReportBodySchema = z.extend(z.strictObject(credentials), changeReportSchema.shape);

const answerWithChangesSchema = z.extend(answerSchema, {
  changes: z.optional(answerChangesSchema),
});
const withdrawSchema = z.strictObject({
  ...credentials,
  reason: z.optional(
    plainText(
      0,
      500,
      { required: 'text.characters', tooLong: 'reason.tooLong', characters: 'text.characters' },
      { multiline: true },
    ),
  ),
});

type LocaleContext = Context<{ Variables: LocaleVariables }>;

/** `2026-12-03T03:15:00Z` → 12月3日 11:15 / 11:15 on 3 December, as read in Puning. */
function shanghaiTime(iso: string, locale: Locale): string {
  const at = new Date(iso);
  const clock = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
  const day = messageDay(todayInShanghai(at), locale);
  return locale === 'en' ? `${clock} on ${day}` : `${day} ${clock}`;
}

/**
 * What a refused lookup says, on the access-code field (the reference may be as wrong,
 * but which one is never told): the tries left, or when to try again and whom to call.
 */
function refusedLookup(result: Exclude<AccessResult, { kind: 'granted' }>, locale: Locale) {
  const { government, civilAffairs } = hotlines;
  const later = shanghaiTime(result.retryAt, locale);
  const lockedText = {
    'zh-CN': `输错次数太多，查询已暂停。请在 ${later}（北京时间）后再试，或拨打 ${government} 或 ${civilAffairs} 求助。`,
    en: `Too many wrong tries, so looking up is paused. Try again after ${later} (Beijing time), or call ${government} or ${civilAffairs} for help.`,
  };
  if (result.kind === 'locked')
    return buildProblem('too-many-attempts', locale, {
      detail: lockedText[locale],
      errors: [{ path: 'accessCode', message: lockedText[locale] }],
      retryAt: result.retryAt,
    });
  const { triesLeft } = result;
  const wrong = {
    'zh-CN':
      triesLeft > 0
        ? `申请编号或查询码不对，请核对后再输入。还可以再试 ${triesLeft} 次。`
        : `申请编号或查询码不对。${lockedText['zh-CN']}`,
    en:
      triesLeft > 0
        ? `The reference or the access code is wrong. Check both and try again: ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left.`
        : `The reference or the access code is wrong. ${lockedText.en}`,
  };
  return buildProblem('wrong-credentials', locale, {
    errors: [{ path: 'accessCode', message: wrong[locale] }],
    triesLeft,
    ...(triesLeft === 0 ? { retryAt: result.retryAt } : {}),
  });
}

/** What every status route may answer besides its own: the credential and input checks. */
const accessResponses = {
  400: { description: 'A field is missing or wrong, each named in `errors`; or bad JSON' },
  404: {
    description:
      'Unknown reference or wrong access code (indistinguishable): `wrong-credentials`, the error on `accessCode`, with `triesLeft` (and `retryAt` when none are left)',
  },
  415: { description: 'The body is not declared as JSON' },
  429: {
    description:
      'After 5 wrong codes in 15 minutes for this reference, or too many from this client: `too-many-attempts` with `retryAt` (when the window ends), the time and the hotlines in `detail`',
  },
} as const;

export const statusDocs: OperationDoc[] = [
  {
    method: 'post',
    path: '/api/status',
    operationId: 'getStatus',
    summary:
      'Follow an application with its reference and access code (in the body, never the URL)',
    description:
      'An unknown reference and a wrong code get the same answer. After 5 wrong codes in 15 minutes the reference is locked until the window ends (429).',
    tags: ['public'],
    requestBody: lookupSchema,
    responses: {
      200: {
        description:
          'Status, township, current stage with its due date in working days, what to do now, history',
        schema: statusViewSchema,
      },
      ...accessResponses,
    },
  },
  {
    method: 'post',
    path: '/api/status/answer',
    operationId: 'answerInformationRequest',
    summary: 'Answer a request for more information',
    tags: ['public'],
    requestBody: answerWithChangesSchema,
    responses: {
      200: { description: 'The updated status', schema: statusViewSchema },
      ...accessResponses,
      409: {
        description: 'No information is being asked for, or the application changed meanwhile',
      },
    },
  },
  {
    method: 'post',
    path: '/api/status/documents',
    operationId: 'requestDocumentUpload',
    summary: 'Get an upload for a supporting document (JPEG, PNG or PDF, at most 5 MB)',
    description:
      'Returns a URL to PUT the file to, valid for 15 minutes, for this content type and exact size: a presigned S3 URL in AWS, the local server locally.',
    tags: ['public'],
    requestBody: documentRequestSchema,
    responses: {
      201: { description: 'The document id and where to upload it', schema: documentUploadSchema },
      ...accessResponses,
      400: { description: 'Wrong kind, format or size, each named in `errors`; or bad JSON' },
      409: { description: 'The application is closed, or changed meanwhile' },
      422: {
        description: 'The application already holds the most documents it may (`document-limit`)',
      },
    },
  },
  {
    method: 'post',
    path: '/api/status/changes',
    operationId: 'reportChange',
    summary: 'A recipient reports a change: income, household, a move, a death',
    description:
      'Only while a monthly benefit is being paid (`canReportChange`). It opens a review of each confirmed line in the responsible township’s queue; a move within Puning (`movedTo.villageCode`, with `hukouMoved` when the 户口 moved too) re-routes the case by the application rules, history kept. A document is uploaded first (POST /api/status/documents) and named by `documentId`. The description is never put in a text message or a log line.',
    tags: ['public'],
    requestBody: changeReportBodySchema,
    responses: {
      201: {
        description: 'The updated status, with the change in `changes`',
        schema: statusViewSchema,
      },
      ...accessResponses,
      409: { description: 'The application changed meanwhile' },
    },
  },
  {
    method: 'post',
    path: '/api/status/withdraw',
    operationId: 'withdrawApplication',
    summary: 'Withdraw an open application',
    tags: ['public'],
    requestBody: withdrawSchema,
    responses: {
      200: { description: 'The updated status', schema: statusViewSchema },
      ...accessResponses,
      409: { description: 'The application is closed already, or changed meanwhile' },
    },
  },
];

/** Why an applicant action cannot be taken, as the problem the app answers. */
function refusalProblem(refusal: ApplicantRefusal): ProblemError {
  switch (refusal.kind) {
    case 'illegal':
      return new ProblemError('conflict');
    case 'invalid':
      return new ProblemError('validation-failed', { issues: refusal.issues });
    case 'limit':
      return new ProblemError('document-limit', { issues: refusal.issues });
  }
}

export function statusRoutes(deps: AppDeps) {
  const { repo } = deps;

  /** Verifies the credentials and answers 404/429 the same way for every route. */
  async function access(c: LocaleContext, body: { reference: string; accessCode: string }) {
    const result = await checkApplicantAccess(body, clientAddress(c), {
      repo,
      hasher: deps.hasher,
      now: deps.now(),
    });
    if (result.kind === 'granted') return { record: result.record };
    return { response: problemResponse(c, refusedLookup(result, c.get('locale'))) };
  }

  /**
   * Writes what an applicant action made of the record, with an optimistic lock: a
   * change meanwhile is a ConflictError, answered 409 by the app.
   */
  async function act(
    c: LocaleContext,
    record: ApplicationRecord,
    action: 'withdraw' | 'answer',
    text: string | undefined,
    changes?: AnswerChanges,
  ) {
    const outcome = applyApplicantAction(record, action, { text, changes }, deps.now());
    if (!outcome.ok) throw refusalProblem(outcome.refusal);
    await repo.update(outcome.record, record.version);
    if (action === 'withdraw') {
      // Should this process die first, the next application finds the claims stale.
      await Promise.all(
        record.programmes.map((p) => repo.claims.release(record.personHash, p, record.reference)),
      );
    }
    deps.logger.info('applicant action', {
      reference: record.reference,
      action,
      to: outcome.record.status,
    });
    return c.json(statusView(outcome.record, deps.now()));
  }

  return new Hono<{ Variables: LocaleVariables }>()
    .post('/', async (c) => {
      const body = await parseJsonBody(c, lookupSchema, messages);
      if (!body.ok) return body.response;
      const checked = await access(c, body.value);
      if ('response' in checked) return checked.response;
      return c.json(statusView(checked.record, deps.now()));
    })
    .post('/answer', async (c) => {
      const body = await parseJsonBody(c, answerWithChangesSchema, {
        ...messages,
        ...applicationCatalogue,
      });
      if (!body.ok) return body.response;
      const checked = await access(c, body.value);
      if ('response' in checked) return checked.response;
      return act(c, checked.record, 'answer', body.value.answer, body.value.changes);
    })
    .post('/documents', async (c) => {
      const body = await parseJsonBody(c, documentRequestSchema, {
        ...messages,
        ...documentMessages,
      });
      if (!body.ok) return body.response;
      const checked = await access(c, body.value);
      if ('response' in checked) return checked.response;
      const { record } = checked;
      const documentId = `${String((record.documents?.length ?? 0) + 1).padStart(2, '0')}-${randomUUID()}`;
      const outcome = addDocument(record, body.value, documentId, deps.now());
      if (!outcome.ok) throw refusalProblem(outcome.refusal);
      await repo.update(outcome.record, record.version);
      const upload = await deps.documents.prepareUpload(
        {
          reference: record.reference,
          documentId,
          contentType: body.value.contentType,
          size: body.value.size,
        },
        deps.now(),
      );
      deps.logger.info('document upload granted', {
        reference: record.reference,
        type: body.value.type,
      });
      return c.json({ documentId, upload }, 201);
    })
    .post('/changes', async (c) => {
      const body = await parseJsonBody(c, changeReportBodySchema, {
        ...messages,
        ...changeReportMessages,
      });
      if (!body.ok) return body.response;
      const checked = await access(c, body.value);
      if ('response' in checked) return checked.response;
      const { record } = checked;
      const { reference: _r, accessCode: _a, ...report } = body.value;
      const outcome = reportChange(record, report, `CHG-${randomUUID()}`, deps.now());
      if (!outcome.ok) throw refusalProblem(outcome.refusal);
      await repo.update(outcome.record, record.version);
      // The kind only: what the household wrote and where it moved stay out of logs.
      deps.logger.info('change reported', {
        reference: record.reference,
        kind: report.kind,
        transferred: outcome.record.townshipCode !== record.townshipCode,
      });
      return c.json(statusView(outcome.record, deps.now()), 201);
    })
    .post('/withdraw', async (c) => {
      const body = await parseJsonBody(c, withdrawSchema, messages);
      if (!body.ok) return body.response;
      const checked = await access(c, body.value);
      if ('response' in checked) return checked.response;
      return act(c, checked.record, 'withdraw', body.value.reason);
    });
}
