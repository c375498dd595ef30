import { Hono } from 'hono';
import * as z from 'zod/mini';
import { isIsoDate, todayInShanghai } from '../../domain/dates.ts';
import { checkInputSchema } from '../../domain/policy/check-input.ts';
import { evaluate } from '../../domain/policy/evaluate.ts';
import { checkInputMessages } from '../../domain/policy/messages.ts';
import { rulesVersion } from '../../domain/policy/parameters.ts';
import type { AppDeps } from '../deps.ts';
import { parseJsonBody } from '../json-body.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import type { OperationDoc } from '../openapi.ts';
import { buildProblem, problemResponse } from '../problem.ts';
import { checkResultSchema } from '../responses.ts';

export const eligibilityDocs: OperationDoc[] = [
  {
    method: 'post',
    path: '/api/eligibility',
    operationId: 'checkEligibility',
    summary: 'Run the pre-eligibility check on the server (the same rules as the browser)',
    description: `Advice, never a decision. The result carries the rules version (currently ${rulesVersion}), every reason with the clause it rests on, and the figures used with their sources. Nothing is stored.`,
    tags: ['public'],
    parameters: [
      {
        name: 'asOf',
        in: 'query',
        description:
          'Evaluate with the rules in force on this date (YYYY-MM-DD); default today in Asia/Shanghai.',
        schema: z.optional(z.string()),
      },
    ],
    requestBody: checkInputSchema,
    responses: {
      200: {
        description: 'Outcome, reasons, amounts, documents and where to apply, per programme',
        schema: checkResultSchema,
      },
      400: {
        description: 'A field (or `asOf`) is missing or wrong, each named in `errors`; or bad JSON',
      },
      415: { description: 'The body is not declared as JSON' },
    },
  },
];

export function eligibilityRoutes(deps: AppDeps) {
  return new Hono<{ Variables: LocaleVariables }>().post('/', async (c) => {
    const asOf = c.req.query('asOf') ?? todayInShanghai(deps.now());
    if (!isIsoDate(asOf)) {
      const message = checkInputMessages['date.invalid'][c.get('locale')];
      return problemResponse(
        c,
        buildProblem('validation-failed', c.get('locale'), { errors: [{ path: 'asOf', message }] }),
      );
    }
    const body = await parseJsonBody(c, checkInputSchema, checkInputMessages);
    if (!body.ok) return body.response;
    return c.json(evaluate(body.value, asOf));
  });
}
