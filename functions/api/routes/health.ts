import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.ts';
import type { OperationDoc } from '../openapi.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  time: z.string(),
  checks: z.object({ database: z.enum(['ok', 'unreachable']) }),
});

export const healthDocs: OperationDoc[] = [
  {
    method: 'get',
    path: '/api/health',
    operationId: 'getHealth',
    summary: 'Is the API up and can it reach its table?',
    tags: ['operations'],
    responses: {
      200: { description: 'Everything works', schema: healthSchema },
      503: { description: 'The table cannot be reached', schema: healthSchema },
    },
  },
];

export function healthRoutes(deps: AppDeps) {
  return new Hono().get('/', async (c) => {
    const database = (await deps.repo.healthy()) ? 'ok' : 'unreachable';
    const body: z.infer<typeof healthSchema> = {
      status: database === 'ok' ? 'ok' : 'degraded',
      version: deps.version,
      time: deps.now().toISOString(),
      checks: { database },
    };
    return c.json(body, database === 'ok' ? 200 : 503);
  });
}
