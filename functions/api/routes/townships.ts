import { Hono } from 'hono';
import * as z from 'zod/mini';
import { findTownship, type Township, townships } from '../../domain/divisions.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import type { OperationDoc } from '../openapi.ts';
import { buildProblem, problemResponse } from '../problem.ts';

const villageSchema = z.object({ code: z.string(), name: z.string() });
const townshipSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(['street', 'town', 'farm', 'zone']),
  aliases: z.array(z.string()),
  villageCount: z.number(),
  villages: z.optional(z.array(villageSchema)),
});
const townshipListSchema = z.object({
  count: z.number(),
  source: z.string(),
  townships: z.array(townshipSchema),
});

// Public reference data: the same for everyone, so browsers and CloudFront may cache it.
const cacheForAnHour = 'public, max-age=3600';

function present(t: Township, withVillages: boolean) {
  return {
    code: t.code,
    name: t.name,
    nameEn: t.nameEn,
    kind: t.kind,
    aliases: t.aliases,
    villageCount: t.villages.length,
    ...(withVillages ? { villages: t.villages } : {}),
  };
}

export const townshipDocs: OperationDoc[] = [
  {
    method: 'get',
    path: '/api/townships',
    operationId: 'listTownships',
    summary: 'All 33 township-level units of Puning (the routing targets)',
    tags: ['reference'],
    parameters: [
      {
        name: 'include',
        in: 'query',
        description: '`villages` adds each unit’s villages and communities (580 in all).',
        schema: z.optional(z.literal('villages')),
      },
    ],
    responses: {
      200: {
        description: 'The units, in NBS code order (cacheable for an hour)',
        schema: townshipListSchema,
      },
    },
  },
  {
    method: 'get',
    path: '/api/townships/{code}',
    operationId: 'getTownship',
    summary: 'One township-level unit with its villages and communities',
    tags: ['reference'],
    parameters: [
      { name: 'code', in: 'path', description: '12-digit NBS code', schema: z.string() },
    ],
    responses: {
      200: { description: 'The unit (cacheable for an hour)', schema: townshipSchema },
      404: { description: 'No unit has that code' },
    },
  },
];

export function townshipRoutes() {
  return new Hono<{ Variables: LocaleVariables }>()
    .get('/', (c) => {
      const withVillages = c.req.query('include') === 'villages';
      c.header('Cache-Control', cacheForAnHour);
      return c.json({
        count: townships.length,
        source: 'NBS 统计用区划代码和城乡划分代码 2023',
        townships: townships.map((t) => present(t, withVillages)),
      });
    })
    .get('/:code', (c) => {
      const township = findTownship(c.req.param('code'));
      if (!township) return problemResponse(c, buildProblem('not-found', c.get('locale')));
      c.header('Cache-Control', cacheForAnHour);
      return c.json(present(township, true));
    });
}
