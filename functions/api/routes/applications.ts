import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  applicationInputSchema,
  applicationInputSchemaOn,
} from '../../domain/application/application-input.ts';
import { applicationCatalogue } from '../../domain/application/messages.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { townshipOfVillage } from '../../domain/divisions.ts';
import { createApplicationRepository } from '../../store/application-repository.ts';
import type { AppDeps } from '../deps.ts';
import { parseJsonBody } from '../json-body.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import type { OperationDoc } from '../openapi.ts';
import { buildProblem, problemResponse } from '../problem.ts';
import { submitApplication } from '../services/submit-application.ts';

const idempotencyKey = /^[A-Za-z0-9_-]{8,100}$/;
const keepIdempotencyRecords = 24 * 60 * 60; // seconds
const waitForFirstRequest = { attempts: 50, intervalMs: 100 };

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
    summary: 'Submit an application; it is routed to the township of the current residence',
    description:
      'Requires an Idempotency-Key header: a retry with the same key returns the first result. An emergency is routed to where it happened, with priority. The access code is returned once.',
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
      201: { description: 'Reference, access code (once), township, next steps with time limits' },
      400: {
        description: 'A field is wrong (each named in `errors`) or the key header is missing',
      },
      409: {
        description:
          'The same person has an open application for that programme (`reference` points to it)',
      },
      422: { description: 'None of the programmes can be applied for here; `errors` says why' },
    },
  },
];

function hashBody(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function applicationRoutes(deps: AppDeps) {
  const repo = createApplicationRepository(deps.db, deps.tableName);
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
    if (
      townshipOfVillage(body.value.residence.villageCode)?.code !==
      body.value.residence.townshipCode
    ) {
      const message = applicationCatalogue['village.notInTownship'][locale];
      const errors = [{ path: 'residence.villageCode', message }];
      return problemResponse(c, buildProblem('validation-failed', locale, { errors }));
    }

    const requestHash = hashBody(body.value);
    const nowSeconds = Math.floor(deps.now().getTime() / 1000);
    const expiresAt = nowSeconds + keepIdempotencyRecords;
    if (!(await repo.idempotency.begin(key, requestHash, expiresAt, nowSeconds))) {
      // Someone sent this key before: wait for that request and answer as it did.
      for (let i = 0; i < waitForFirstRequest.attempts; i++) {
        const first = await repo.idempotency.read(key, nowSeconds);
        if (first && first.requestHash !== requestHash) {
          const errors = [{ path: 'Idempotency-Key', message: reusedKey[locale] }];
          return problemResponse(c, buildProblem('validation-failed', locale, { errors }));
        }
        if (first?.state === 'done') {
          c.header('Idempotent-Replayed', 'true');
          return c.json(first.body as object, (first.status ?? 201) as 201);
        }
        await sleep(waitForFirstRequest.intervalMs);
      }
      return problemResponse(c, buildProblem('conflict', locale));
    }

    try {
      const outcome = await submitApplication(body.value, {
        repo,
        hasher: deps.hasher,
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
