import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import {
  type AnswerChanges,
  answerChangesSchema,
  applicationInputSchemaOn,
} from '../../domain/application/application-input.ts';
import { dueDateFor } from '../../domain/application/deadlines.ts';
import {
  documentMessages,
  documentRequestSchema,
  documentTypes,
  maxDocumentsPerApplication,
} from '../../domain/application/documents.ts';
import { applicationCatalogue } from '../../domain/application/messages.ts';
import { applicantMessages } from '../../domain/application/outbox.ts';
import { isOpen, transition } from '../../domain/application/states.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { parametersAsOf, rulesVersion } from '../../domain/policy/parameters.ts';
import { toFieldErrors } from '../../domain/validation/field-errors.ts';
import { plainText } from '../../domain/validation/plain-text.ts';
import {
  type ApplicationRecord,
  ConflictError,
  createApplicationRepository,
} from '../../store/application-repository.ts';
import { clientAddress } from '../client-address.ts';
import type { AppDeps } from '../deps.ts';
import { parseJsonBody } from '../json-body.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import type { OperationDoc } from '../openapi.ts';
import { buildProblem, problemResponse } from '../problem.ts';
import { checkApplicantAccess } from '../services/applicant-access.ts';
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

export const statusDocs: OperationDoc[] = [
  {
    method: 'post',
    path: '/api/status',
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
      },
      404: { description: 'Unknown reference or wrong access code (indistinguishable)' },
      429: { description: 'Too many wrong codes for this reference or from this client' },
    },
  },
  {
    method: 'post',
    path: '/api/status/answer',
    summary: 'Answer a request for more information',
    tags: ['public'],
    requestBody: answerSchema,
    responses: {
      200: { description: 'The updated status' },
      404: { description: 'Unknown reference or wrong access code' },
      409: {
        description: 'No information is being asked for, or the application changed meanwhile',
      },
    },
  },
  {
    method: 'post',
    path: '/api/status/documents',
    summary: 'Get an upload for a supporting document (JPEG, PNG or PDF, at most 5 MB)',
    description:
      'Returns a URL to PUT the file to, valid for 15 minutes, for this content type and exact size: a presigned S3 URL in AWS, the local server locally.',
    tags: ['public'],
    requestBody: documentRequestSchema,
    responses: {
      201: { description: '{ documentId, upload: { url, method, headers, expiresAt } }' },
      400: { description: 'Wrong kind, format or size; each named in `errors`' },
      404: { description: 'Unknown reference or wrong access code' },
      409: { description: 'The application is closed' },
      422: {
        description: 'The application already holds the most documents it may (`document-limit`)',
      },
    },
  },
  {
    method: 'post',
    path: '/api/status/withdraw',
    summary: 'Withdraw an open application',
    tags: ['public'],
    requestBody: withdrawSchema,
    responses: {
      200: { description: 'The updated status' },
      404: { description: 'Unknown reference or wrong access code' },
      409: { description: 'The application is closed already, or changed meanwhile' },
    },
  },
];

export function statusRoutes(deps: AppDeps) {
  const repo = createApplicationRepository(deps.db, deps.tableName);

  /** Verifies the credentials and answers 404/429 the same way for every route. */
  async function access(c: LocaleContext, body: { reference: string; accessCode: string }) {
    const result = await checkApplicantAccess(body, clientAddress(c), {
      repo,
      hasher: deps.hasher,
      now: deps.now(),
    });
    if (result.kind === 'granted') return { record: result.record };
    const locale = c.get('locale');
    return {
      response: problemResponse(
        c,
        buildProblem(result.kind === 'locked' ? 'too-many-attempts' : 'not-found', locale),
      ),
    };
  }

  /** Applies an applicant action with an optimistic-lock write; 409 on a stale version. */
  async function act(
    c: LocaleContext,
    record: ApplicationRecord,
    action: 'withdraw' | 'answer',
    text: string | undefined,
    changes?: AnswerChanges,
  ) {
    const locale = c.get('locale');
    // Corrections are merged into the application and validated again as a whole.
    let application = record.application;
    if (changes && Object.keys(changes).length > 0) {
      // Ages are checked on the day they were stated: today for corrected members, the
      // day of submission for the ones sent then (a birthday since is no mistake).
      const statedOn = todayInShanghai(changes.members ? deps.now() : new Date(record.submittedAt));
      const merged = applicationInputSchemaOn(() => statedOn).safeParse({
        ...record.application,
        ...changes,
      });
      if (!merged.success)
        return problemResponse(
          c,
          buildProblem('validation-failed', locale, {
            errors: toFieldErrors(merged.error.issues, locale, applicationCatalogue).map((e) => ({
              ...e,
              path: `changes.${e.path}`,
            })),
          }),
        );
      application = merged.data;
    }
    let next: ApplicationRecord['status'];
    try {
      next = transition(record.status, action);
    } catch {
      return problemResponse(c, buildProblem('conflict', locale));
    }
    const at = deps.now().toISOString();
    const note =
      action === 'withdraw'
        ? { 'zh-CN': '申请人撤回了申请', en: 'The applicant withdrew the application' }
        : {
            'zh-CN': '申请人补充了材料或说明',
            en: 'The applicant answered the request for information',
          };
    const updated: ApplicationRecord = {
      ...record,
      ...(application !== record.application
        ? { application, previousApplication: record.application }
        : {}),
      status: next,
      version: record.version + 1,
      history: [
        ...record.history,
        {
          at,
          by: 'applicant',
          action,
          from: record.status,
          to: next,
          ...(text ? { reason: text } : {}),
          note,
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
    // The stage's due date follows the new state (a closed one sorts by the day it closed).
    const today = todayInShanghai(deps.now());
    const dated = { ...updated, dueAt: dueDateFor(updated, today, parametersAsOf(today)) };
    try {
      await repo.update(dated, record.version);
    } catch (error) {
      if (error instanceof ConflictError)
        return problemResponse(c, buildProblem('conflict', locale));
      throw error;
    }
    if (action === 'withdraw') {
      await Promise.all(
        record.programmes.map((p) => repo.claims.release(record.personHash, p, record.reference)),
      );
    }
    deps.logger.info('applicant action', { reference: record.reference, action, to: next });
    return c.json(statusView(dated, deps.now()));
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
      if (!isOpen(record.status))
        return problemResponse(c, buildProblem('conflict', c.get('locale')));
      if ((record.documents?.length ?? 0) >= maxDocumentsPerApplication) {
        const message = documentMessages['document.tooMany'][c.get('locale')];
        return problemResponse(
          c,
          buildProblem('document-limit', c.get('locale'), {
            errors: [{ path: 'documents', message }],
          }),
        );
      }
      const at = deps.now().toISOString();
      const documentId = `${String((record.documents?.length ?? 0) + 1).padStart(2, '0')}-${randomUUID()}`;
      const label = documentTypes[body.value.type];
      const updated: ApplicationRecord = {
        ...record,
        version: record.version + 1,
        documents: [
          ...(record.documents ?? []),
          {
            id: documentId,
            type: body.value.type,
            contentType: body.value.contentType,
            size: body.value.size,
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
      };
      try {
        await repo.update(updated, record.version);
      } catch (error) {
        if (error instanceof ConflictError)
          return problemResponse(c, buildProblem('conflict', c.get('locale')));
        throw error;
      }
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
    .post('/withdraw', async (c) => {
      const body = await parseJsonBody(c, withdrawSchema, messages);
      if (!body.ok) return body.response;
      const checked = await access(c, body.value);
      if ('response' in checked) return checked.response;
      return act(c, checked.record, 'withdraw', body.value.reason);
    });
}
