import { Hono } from 'hono';
import * as z from 'zod/mini';
import { todayInShanghai } from '../../domain/dates.ts';
import { townships } from '../../domain/divisions.ts';
import type { Locale } from '../../domain/locale.ts';
import { programmeIds } from '../../domain/policy/programmes.ts';
import { smallCellThreshold } from '../../domain/staff/cell-suppression.ts';
import type { FlowRow } from '../../domain/staff/dashboard-from-counters.ts';
import {
  flowCountsOf,
  monthsBetween,
  monthsEarlier,
  openFigures,
  previousMonth,
} from '../../domain/staff/open-figures.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import type { OperationDoc } from '../openapi.ts';
import { buildProblem, problemResponse } from '../problem.ts';

/**
 * Public figures (政务公开) from the counters: each closed month's table, small cells
 * withheld (open-figures.ts). The same answer for everyone, changing once a month, so
 * CloudFront keeps it for hours and browsers for one.
 */
export const openFiguresCacheControl = 'public, max-age=3600, s-maxage=21600';

/** The longest run of months one request may ask for. */
export const maxOpenFigureMonths = 36;

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
export const openFiguresQuery = z.strictObject({ from: z.optional(month), to: z.optional(month) });

const messages = {
  month: {
    'zh-CN': '月份格式应为 YYYY-MM，例如 2026-10。',
    en: 'Give the month as YYYY-MM, e.g. 2026-10.',
  },
  order: { 'zh-CN': '起始月份不能晚于截止月份。', en: 'The first month cannot be after the last.' },
  span: {
    'zh-CN': `一次最多查询 ${maxOpenFigureMonths} 个月。`,
    en: `Ask for at most ${maxOpenFigureMonths} months at a time.`,
  },
} satisfies Record<string, Record<Locale, string>>;

const countSchema = z.union([z.number(), z.enum(['<5', 'withheld'])]);
const cellSchema = z.object({
  received: countSchema,
  decided: countSchema,
  decidedInTime: countSchema,
  inTimePercent: z.nullable(z.number()),
});
const byProgramme = z.object(
  Object.fromEntries(programmeIds.map((id) => [id, cellSchema])) as Record<
    (typeof programmeIds)[number],
    typeof cellSchema
  >,
);
export const openFiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  threshold: z.number(),
  programmes: z.array(z.enum(programmeIds)),
  months: z.array(
    z.object({
      month: z.string(),
      townships: z.array(
        z.object({ township: z.string(), programmes: byProgramme, total: cellSchema }),
      ),
      city: z.object({ programmes: byProgramme, total: cellSchema }),
    }),
  ),
});

export const openFiguresDocs: OperationDoc[] = [
  {
    method: 'get',
    path: '/api/open-figures',
    operationId: 'getOpenFigures',
    summary: 'Monthly applications received and decided, by township and programme (政务公开)',
    description:
      'Closed months only, each as one fixed table of every township × programme with its totals. A count from 1 to 4 is `"<5"`; a larger count that would let one be worked out from a total is `"withheld"`; 0 is 0. `inTimePercent` is the share of decisions made within the statutory limit. Cacheable for an hour (six at the edge).',
    tags: ['public'],
    parameters: [
      {
        name: 'from',
        in: 'query',
        description: 'First month, YYYY-MM (default: 11 months before `to`)',
        schema: z.optional(z.string()),
      },
      {
        name: 'to',
        in: 'query',
        description: 'Last month, YYYY-MM (default and latest: the last month that has ended)',
        schema: z.optional(z.string()),
      },
    ],
    responses: {
      200: { description: 'The months asked for', schema: openFiguresSchema },
      400: { description: 'A month is wrong or the range too long, named in `errors`' },
    },
  },
];

export interface OpenFiguresDeps {
  readonly now: () => Date;
  /** The counters' monthly rows (counter-store.ts readFlows). */
  readonly readFlows: (range: { fromMonth: string; toMonth: string }) => Promise<FlowRow[]>;
}

export function openFiguresRoutes(deps: OpenFiguresDeps) {
  return new Hono<{ Variables: LocaleVariables }>().get('/', async (c) => {
    const locale = c.get('locale');
    const invalid = (path: string, message: Record<Locale, string>) =>
      problemResponse(
        c,
        buildProblem('validation-failed', locale, { errors: [{ path, message: message[locale] }] }),
      );
    const query = openFiguresQuery.safeParse(c.req.query());
    if (!query.success)
      return invalid(String(query.error.issues[0]?.path[0] ?? ''), messages.month);
    const currentMonth = todayInShanghai(deps.now()).slice(0, 7);
    const lastClosed = previousMonth(currentMonth);
    const to = query.data.to && query.data.to < lastClosed ? query.data.to : lastClosed;
    const from = query.data.from ?? monthsEarlier(to, 11);
    if (from > to) return invalid('from', messages.order);
    if (monthsBetween(from, to).length > maxOpenFigureMonths) return invalid('to', messages.span);
    const rows = await deps.readFlows({ fromMonth: from, toMonth: to });
    c.header('Cache-Control', openFiguresCacheControl);
    return c.json({
      from,
      to,
      threshold: smallCellThreshold,
      programmes: programmeIds,
      months: openFigures(flowCountsOf(rows), {
        from,
        to,
        currentMonth,
        townshipCodes: townships.map((t) => t.code),
      }),
    });
  });
}
