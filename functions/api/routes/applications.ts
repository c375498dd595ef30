import { createHash } from 'node:crypto';
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import {
  applicationInputSchema,
  applicationInputSchemaOn,
} from '../../domain/application/application-input.ts';
import type { SubmissionPlan } from '../../domain/application/claims.ts';
import { applicationCatalogue } from '../../domain/application/messages.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { townshipOfVillage } from '../../domain/divisions.ts';
import type { Locale } from '../../domain/locale.ts';
import type { IdempotencyRecord } from '../../store/application-repository.ts';
import type { AppDeps } from '../deps.ts';
import { parseJsonBody } from '../json-body.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import type { OperationDoc } from '../openapi.ts';
import { buildProblem, problemResponse } from '../problem.ts';
import { submittedApplicationSchema } from '../responses.ts';
import { newSubmissionPlan, submitApplication } from '../services/submit-application.ts';

const idempotencyKey = /^[A-Za-z0-9_-]{8,100}$/;
/** A request under the same key still in progress is waited for this long (2 s). */
const waitForFirstRequest = { attempts: 20, intervalMs: 100 };

type Start =
  | { kind: 'started'; plan: SubmissionPlan }
  | { kind: 'done'; status: number; body: unknown }
  | { kind: 'reused' }
  | { kind: 'busy'; retryAfterSeconds: number };

/** 409 with Retry-After: the same submission is still being written. */
function inProgress(c: Context, retryAfterSeconds: number): Response {
  c.header('Retry-After', String(retryAfterSeconds));
  return problemResponse(c, buildProblem('submission-in-progress', c.get('locale') as Locale));
}

const keyMessages = {
  'zh-CN': '请求缺少 Idempotency-Key 请求头（8 到 100 个字母、数字、- 或 _）',
  en: 'The Idempotency-Key header is missing or malformed (8 to 100 letters, digits, - or _)',
} as const;
const reusedKey = {
  'zh-CN': '这个 Idempotency-Key 已用于另一份不同的申请',
  en: 'This Idempotency-Key was already used for a different application',
} as const;

export const applicationDocs: OperationDoc[] = [
  {
    method: 'post',
    path: '/api/applications',
    operationId: 'submitApplication',
    summary:
      'Submit an application; received where the applicant lives, handled by the township the rules name',
    description:
      'Requires an Idempotency-Key header: a retry with the same key returns the first result. Received by the township of the current residence; a Puning hukou is handed on to the hukou township when they differ (代收转办). An emergency is routed to where it happened, with priority. The access code is returned once.',
    tags: ['public'],
    parameters: [
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description: '8–100 characters [A-Za-z0-9_-], one per application attempt',
        schema: z.string(),
      },
    ],
    requestBody: applicationInputSchema,
    responses: {
      201: {
        description:
          'Reference, access code (once), township, next steps with time limits; a retry with the same key gets the first answer again',
        schema: submittedApplicationSchema,
        headers: { 'Idempotent-Replayed': { description: '`true` when this is a replay' } },
      },
      400: {
        description:
          'A field is wrong (each named in `errors`), the body is not JSON, or the key header is missing or was used for another application',
      },
      409: {
        description:
          'The same person has an open application for that programme (`reference` points to it), or the same submission is still being written (`submission-in-progress`, with Retry-After)',
        headers: { 'Retry-After': { description: 'Seconds, on `submission-in-progress`' } },
      },
      415: { description: 'The body is not declared as JSON' },
      422: { description: 'None of the programmes can be applied for here; `errors` says why' },
    },
  },
];

function hashBody(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function applicationRoutes(deps: AppDeps) {
  const { repo } = deps;

  /**
   * Starts the request under its key, or finds what an earlier one with the key left:
   * its result, a request still within its lease (waited for briefly), or one whose
   * lease ran out — its process died — which this request takes over with its plan.
   */
  async function startOrResume(key: string, requestHash: string, now: Date): Promise<Start> {
    const fresh = newSubmissionPlan(now);
    const begun = await repo.idempotency.begin(key, requestHash, fresh, now);
    if (begun.started) return { kind: 'started', plan: fresh };
    let found: IdempotencyRecord | null = begun.record;
    for (let wait = 0; found; wait++) {
      if (found.requestHash !== requestHash) return { kind: 'reused' };
      if (found.state === 'done')
        return { kind: 'done', status: found.status ?? 201, body: found.body };
      const nowSeconds = Math.floor(deps.now().getTime() / 1000);
      if (found.leaseUntil === undefined || found.leaseUntil < nowSeconds) {
        const plan = await repo.idempotency.takeOver(key, found, fresh, deps.now());
        if (plan) return { kind: 'started', plan };
      } else if (wait >= waitForFirstRequest.attempts) {
        return { kind: 'busy', retryAfterSeconds: Math.max(1, found.leaseUntil - nowSeconds) };
      } else {
        await sleep(waitForFirstRequest.intervalMs);
      }
      found = await repo.idempotency.read(key, deps.now());
    }
    // Abandoned meanwhile (a duplicate or a refusal deletes the record): start again.
    return startOrResume(key, requestHash, deps.now());
  }

  // "Today" for dates and ages is the app's clock, the one the rest of the request uses.
  const inputSchema = applicationInputSchemaOn(() => todayInShanghai(deps.now()));

  return new Hono<{ Variables: LocaleVariables }>().post('/', async (c) => {
    const locale = c.get('locale');
    const key = c.req.header('idempotency-key') ?? '';
    if (!idempotencyKey.test(key)) {
      const errors = [{ path: 'Idempotency-Key', message: keyMessages[locale] }];
      return problemResponse(c, buildProblem('validation-failed', locale, { errors }));
    }
    const body = await parseJsonBody(c, inputSchema, applicationCatalogue);
    if (!body.ok) return body.response;
    // Every village named must exist and lie in the township named with it.
    const { residence, hukouPlace } = body.value;
    const places = [
      { path: 'residence.villageCode', ...residence },
      ...(hukouPlace ? [{ path: 'hukouPlace.villageCode', ...hukouPlace }] : []),
    ];
    const misplaced = places.filter(
      (place) => townshipOfVillage(place.villageCode)?.code !== place.townshipCode,
    );
    if (misplaced.length > 0) {
      const message = applicationCatalogue['village.notInTownship'][locale];
      const errors = misplaced.map((place) => ({ path: place.path, message }));
      return problemResponse(c, buildProblem('validation-failed', locale, { errors }));
    }

    const requestHash = hashBody(body.value);
    const started = await startOrResume(key, requestHash, deps.now());
    if (started.kind === 'reused') {
      const errors = [{ path: 'Idempotency-Key', message: reusedKey[locale] }];
      return problemResponse(c, buildProblem('validation-failed', locale, { errors }));
    }
    if (started.kind === 'done') {
      c.header('Idempotent-Replayed', 'true');
      return c.json(started.body as object, started.status as 201);
    }
    if (started.kind === 'busy') return inProgress(c, started.retryAfterSeconds);

    try {
      const outcome = await submitApplication(body.value, {
        repo,
        hasher: deps.hasher,
        plan: started.plan,
        now: deps.now(),
        locale,
      });
      if (outcome.kind === 'created') {
        await repo.idempotency.finish(key, 201, outcome.body);
        deps.logger.info('application submitted', {
          reference: outcome.body.reference,
          township: outcome.body.township.code,
          priority: outcome.body.priority,
          programmes: outcome.body.programmes.length,
        });
        return c.json(outcome.body, 201);
      }
      await repo.idempotency.abandon(key);
      if (outcome.kind === 'in-progress') return inProgress(c, outcome.retryAfterSeconds);
      if (outcome.kind === 'duplicate') {
        return problemResponse(c, {
          ...buildProblem('duplicate-application', locale),
          reference: outcome.reference,
          errors: [
            { path: 'programmes', message: buildProblem('duplicate-application', locale).title },
          ],
        });
      }
      const errors = outcome.routing.refused.map((r) => ({
        path: 'programmes',
        message: `${r.reason[locale]}（${r.citation.document} ${r.citation.clause}）`,
      }));
      return problemResponse(c, buildProblem('cannot-apply-here', locale, { errors }));
    } catch (error) {
      await repo.idempotency.abandon(key);
      throw error;
    }
  });
}
