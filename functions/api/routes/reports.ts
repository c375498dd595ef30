import { randomBytes } from 'node:crypto';
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { newAccessCode, normaliseAccessCode } from '../../domain/application/reference.ts';
import { townshipOfVillage } from '../../domain/divisions.ts';
import type { Locale } from '../../domain/locale.ts';
import { complaintFollowView, newComplaint } from '../../domain/reports/complaint.ts';
import {
  complaintFollowSchema,
  complaintInputSchema,
} from '../../domain/reports/complaint-input.ts';
import { complaintReplyDue, leadVisitDue } from '../../domain/reports/due-dates.ts';
import { newLead } from '../../domain/reports/lead.ts';
import { leadInputSchema } from '../../domain/reports/lead-input.ts';
import { reportMessages } from '../../domain/reports/messages.ts';
import {
  newReportReference,
  normaliseReportReference,
  type ReportKind,
} from '../../domain/reports/references.ts';
import { clientAddress } from '../client-address.ts';
import type { AppDeps } from '../deps.ts';
import { parseJsonBody } from '../json-body.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import type { OperationDoc } from '../openapi.ts';
import { buildProblem, problemResponse } from '../problem.ts';
import {
  complaintFollowViewSchema,
  complaintReceivedSchema,
  leadReceivedSchema,
} from '../responses.ts';
import { lockout } from '../services/applicant-access.ts';
import { hashReportBody, startReport, withinReportLimit } from '../services/report-submission.ts';

/**
 * The public report routes: a lead about someone in hardship (POST /api/leads, into
 * the township's queue), a complaint (POST /api/complaints, into the city bureau's
 * queue) and following a complaint (POST /api/complaints/follow, reference and code in
 * the body). Like submitting an application: an Idempotency-Key, field-named errors in
 * the user's language, nothing stored on bad input; and at most 10 reports an hour
 * from one client (behind the API's per-route throttles).
 */
type LocaleContext = Context<{ Variables: LocaleVariables }>;

const idempotencyKey = /^[A-Za-z0-9_-]{8,100}$/;
const keyMessages = {
  'zh-CN': '请求缺少 Idempotency-Key 请求头（8 到 100 个字母、数字、- 或 _）',
  en: 'The Idempotency-Key header is missing or malformed (8 to 100 letters, digits, - or _)',
} as const;
const reusedKey = {
  'zh-CN': '这个 Idempotency-Key 已用于另一份不同的提交',
  en: 'This Idempotency-Key was already used for something different',
} as const;

const keyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: '8–100 characters [A-Za-z0-9_-], one per submission attempt',
  schema: z.string(),
} as const;
const writeResponses = {
  400: {
    description:
      'A field is wrong (each named in `errors`), the body is not JSON, or the key header is missing or was used for something else',
  },
  409: {
    description: 'The same submission is still being written (Retry-After)',
    headers: { 'Retry-After': { description: 'Seconds' } },
  },
  415: { description: 'The body is not declared as JSON' },
  429: {
    description: 'Ten reports from this client this hour (`too-many-reports`, Retry-After)',
    headers: { 'Retry-After': { description: 'Seconds until the hour ends' } },
  },
} as const;

export const reportDocs: OperationDoc[] = [
  {
    method: 'post',
    path: '/api/leads',
    operationId: 'reportLead',
    summary: 'Report someone in hardship (主动发现): into that township’s queue',
    description:
      'Where (township and village), the difficulty, the person’s name if known, and a mobile only if the reporter wants to be told it was handled (with its consent). A retry with the same Idempotency-Key gets the first answer.',
    tags: ['public'],
    parameters: [keyParameter],
    requestBody: leadInputSchema,
    responses: {
      201: {
        description: 'The lead’s reference, township and visit date',
        schema: leadReceivedSchema,
        headers: { 'Idempotent-Replayed': { description: '`true` when this is a replay' } },
      },
      ...writeResponses,
    },
  },
  {
    method: 'post',
    path: '/api/complaints',
    operationId: 'submitComplaint',
    summary: 'Complain to the city bureau (投诉举报): never to the township concerned',
    description:
      'About a township, an office or an application by its reference; real-name (name, mobile, consent: told the result) or anonymous. The access code is returned once.',
    tags: ['public'],
    parameters: [keyParameter],
    requestBody: complaintInputSchema,
    responses: {
      201: {
        description: 'Reference, access code (once) and the reply date',
        schema: complaintReceivedSchema,
        headers: { 'Idempotent-Replayed': { description: '`true` when this is a replay' } },
      },
      ...writeResponses,
    },
  },
  {
    method: 'post',
    path: '/api/complaints/follow',
    operationId: 'followComplaint',
    summary: 'A complaint’s state and the bureau’s reply, by reference and access code',
    tags: ['public'],
    requestBody: complaintFollowSchema,
    responses: {
      200: { description: 'State, dates and the reply', schema: complaintFollowViewSchema },
      400: { description: 'A field is wrong, each named in `errors`' },
      404: {
        description:
          'Wrong code or unknown reference (answered alike), with `triesLeft` and `retryAt`',
      },
      415: { description: 'The body is not declared as JSON' },
      429: { description: 'Too many wrong codes: locked until `retryAt`' },
    },
  },
];

const fieldProblem = (c: LocaleContext, path: string, message: string) =>
  problemResponse(
    c,
    buildProblem('validation-failed', c.get('locale'), { errors: [{ path, message }] }),
  );

export function reportRoutes(deps: AppDeps) {
  const { repo } = deps;
  const reports = repo.reports;

  /**
   * The shared submission: key check, idempotent replay, the per-client limit, then
   * `write` with the planned reference and code; its body is kept for replays.
   */
  async function submit<T>(
    c: LocaleContext,
    kind: ReportKind,
    value: T,
    write: (plan: { reference: string; accessCode: string }, now: Date) => Promise<object>,
  ): Promise<Response> {
    const locale = c.get('locale');
    const key = c.req.header('idempotency-key') ?? '';
    const now = deps.now();
    const fresh = {
      reference: newReportReference(kind, now, (n) => randomBytes(n)),
      accessCode: newAccessCode((n) => randomBytes(n)),
      submittedAt: now.toISOString(),
    };
    const storedKey = `${kind}-${key}`;
    const started = await startReport(repo, storedKey, hashReportBody(value), fresh, now);
    if (started.kind === 'reused') return fieldProblem(c, 'Idempotency-Key', reusedKey[locale]);
    if (started.kind === 'done') {
      c.header('Idempotent-Replayed', 'true');
      return c.json(started.body as object, started.status as 201);
    }
    if (started.kind === 'busy') {
      c.header('Retry-After', String(started.retryAfterSeconds));
      return problemResponse(c, buildProblem('submission-in-progress', locale));
    }
    try {
      const limit = await withinReportLimit(repo, clientAddress(c), now);
      if (!limit.ok) {
        await repo.idempotency.abandon(storedKey);
        c.header('Retry-After', String(limit.retryAfterSeconds));
        return problemResponse(c, buildProblem('too-many-reports', locale));
      }
      const body = await write(started.plan, now);
      await repo.idempotency.finish(storedKey, 201, body);
      return c.json(body, 201);
    } catch (error) {
      await repo.idempotency.abandon(storedKey);
      throw error;
    }
  }

  async function parsed<S extends z.core.$ZodType>(c: LocaleContext, schema: S) {
    const key = c.req.header('idempotency-key') ?? '';
    if (!idempotencyKey.test(key))
      return {
        ok: false as const,
        response: fieldProblem(c, 'Idempotency-Key', keyMessages[c.get('locale')]),
      };
    return parseJsonBody(c, schema, reportMessages);
  }

  return new Hono<{ Variables: LocaleVariables }>()
    .post('/leads', async (c) => {
      const locale: Locale = c.get('locale');
      const body = await parsed(c, leadInputSchema);
      if (!body.ok) return body.response;
      const { place } = body.value;
      if (townshipOfVillage(place.villageCode)?.code !== place.townshipCode)
        return fieldProblem(
          c,
          'place.villageCode',
          reportMessages['village.notInTownship'][locale],
        );
      return submit(c, 'lead', body.value, async (plan, now) => {
        const lead = newLead(body.value, { reference: plan.reference, at: now, locale });
        // A fresh random reference is taken only by an astronomically unlikely collision.
        if (!(await reports.leads.create(lead))) throw new Error('lead reference already taken');
        const township = townshipOfVillage(lead.villageCode);
        deps.logger.info('lead received', {
          reference: lead.reference,
          township: lead.townshipCode,
          categories: lead.categories.length,
          contact: lead.reporter !== undefined,
        });
        const due = leadVisitDue(lead.receivedOn);
        return {
          reference: lead.reference,
          township: {
            code: lead.townshipCode,
            name: township?.name ?? '',
            nameEn: township?.nameEn ?? '',
          },
          receivedOn: lead.receivedOn,
          visitDueOn: due.dueOn,
          ...(due.calendarNote ? { calendarNote: due.calendarNote } : {}),
          willBeTold: lead.reporter !== undefined,
        };
      });
    })
    .post('/complaints', async (c) => {
      const locale: Locale = c.get('locale');
      const body = await parsed(c, complaintInputSchema);
      if (!body.ok) return body.response;
      return submit(c, 'complaint', body.value, async (plan, now) => {
        const salt = deps.hasher.newSalt();
        const complaint = newComplaint(body.value, {
          reference: plan.reference,
          accessCode: { salt, hash: deps.hasher.accessCodeHash(plan.accessCode, salt) },
          at: now,
          locale,
        });
        if (!(await reports.complaints.create(complaint)))
          throw new Error('complaint reference already taken');
        deps.logger.info('complaint received', {
          reference: complaint.reference,
          subject: complaint.subject.kind,
          realName: complaint.reporter !== undefined,
        });
        const due = complaintReplyDue(complaint.receivedOn);
        return {
          reference: complaint.reference,
          accessCode: plan.accessCode,
          receivedOn: complaint.receivedOn,
          replyDueOn: due.dueOn,
          ...(due.calendarNote ? { calendarNote: due.calendarNote } : {}),
          handledBy: { name: '普宁市民政局', nameEn: 'Puning Civil Affairs Bureau' },
        };
      });
    })
    .post('/complaints/follow', async (c) => {
      const locale = c.get('locale');
      const body = await parseJsonBody(c, complaintFollowSchema, reportMessages);
      if (!body.ok) return body.response;
      // The same lockout as the application status page, sharing its per-client count.
      const now = deps.now();
      const windowMs = lockout.windowMinutes * 60_000;
      const window = String(Math.floor(now.getTime() / windowMs));
      const expiresAt = Math.floor(((Math.floor(now.getTime() / windowMs) + 1) * windowMs) / 1000);
      const reference =
        normaliseReportReference('complaint', body.value.reference) ??
        body.value.reference.slice(0, 40);
      const scopes = [`cmpl#${reference}`, `client#${clientAddress(c)}`];
      const [byReference = 0, byClient = 0] = await Promise.all(
        scopes.map((scope) => repo.rateLimit.count(scope, window, now.getTime() / 1000)),
      );
      const retryAt = new Date(expiresAt * 1000).toISOString();
      if (byReference >= lockout.perReference || byClient >= lockout.perClient)
        return problemResponse(c, buildProblem('too-many-attempts', locale, { retryAt }));
      const complaint = normaliseReportReference('complaint', body.value.reference)
        ? await repo.reports.complaints.get(reference)
        : null;
      const code = normaliseAccessCode(body.value.accessCode);
      if (
        complaint &&
        deps.hasher.matches(code, complaint.accessCode.salt, complaint.accessCode.hash)
      )
        return c.json(complaintFollowView(complaint));
      await Promise.all(scopes.map((scope) => repo.rateLimit.add(scope, window, expiresAt)));
      const triesLeft = Math.max(
        0,
        Math.min(lockout.perReference - byReference - 1, lockout.perClient - byClient - 1),
      );
      return problemResponse(
        c,
        buildProblem('wrong-credentials', locale, {
          triesLeft,
          retryAt,
          errors: [
            { path: 'accessCode', message: buildProblem('wrong-credentials', locale).title },
          ],
        }),
      );
    });
}
