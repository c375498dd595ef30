import type { Context } from 'hono';
import * as z from 'zod/mini';
import { todayInShanghai } from '../../domain/dates.ts';
import { findTownship, townships } from '../../domain/divisions.ts';
import type { Locale, LocalizedText } from '../../domain/locale.ts';
import { maskPhone } from '../../domain/phone.ts';
import {
  leadScopeOf,
  mayHandleComplaints,
  mayRecordLeadOutcome,
  mayRecordLeadVisit,
  maySeeComplaints,
  maySeeLead,
} from '../../domain/reports/access.ts';
import {
  type ComplaintRecord,
  complaintActionMessages,
  complaintHandlingSchema,
  complaintReplySchema,
  recordComplaintHandling,
  replyToComplaint,
} from '../../domain/reports/complaint.ts';
import { countComplaints, countLeads } from '../../domain/reports/counts.ts';
import {
  type LeadRecord,
  type LeadSummary,
  leadActionMessages,
  leadOutcomeSchema,
  leadVisitSchema,
  recordLeadOutcome,
  recordLeadVisit,
} from '../../domain/reports/lead.ts';
import { normaliseReportReference } from '../../domain/reports/references.ts';
import type { ReportActor } from '../../domain/reports/report-outbox.ts';
import type { StaffPrincipal, StaffRole } from '../../domain/staff/principal.ts';
import { toFieldErrors } from '../../domain/validation/field-errors.ts';
import { ConflictError } from '../../store/application-repository.ts';
import type { AppDeps } from '../deps.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import { buildProblem, problemResponse } from '../problem.ts';
import { townshipCode } from './staff-inputs.ts';

/**
 * The console's routes for leads (a township's queue; a village assistant sees its
 * village's) and complaints (the city bureau's only). Registered by staff.ts through
 * its `guarded`, so each route declares its roles like every other staff route, and
 * the domain's access rules (reports/access.ts) decide per item. Something out of
 * scope answers exactly like something unknown: 404.
 */
type Principal = StaffPrincipal;
type Ctx = Context<{ Variables: LocaleVariables & { principal: Principal } }>;
export type Guarded = (
  method: 'get' | 'post',
  path: string,
  handler: (c: Ctx) => Promise<Response> | Response,
) => void;

const readers: readonly StaffRole[] = [
  'township-reviewer',
  'city-reviewer',
  'admin',
  'village-assistant',
];
const leadVisitors: readonly StaffRole[] = ['township-reviewer', 'village-assistant'];

/** Which roles may call each report route (method + path as registered). */
export const reportRoutePolicies = {
  'GET /api/staff/leads': readers,
  'GET /api/staff/leads/:reference': readers,
  'POST /api/staff/leads/:reference/visit': leadVisitors,
  'POST /api/staff/leads/:reference/outcome': ['township-reviewer'],
  'GET /api/staff/complaints': ['city-reviewer', 'admin'],
  'GET /api/staff/complaints/:reference': ['city-reviewer', 'admin'],
  'POST /api/staff/complaints/:reference/handling': ['city-reviewer'],
  'POST /api/staff/complaints/:reference/reply': ['city-reviewer'],
  'GET /api/staff/reports/counts': readers,
} as const satisfies Record<string, readonly StaffRole[]>;

const leadQuery = z.strictObject({
  township: z.optional(townshipCode),
  view: z._default(z.enum(['open', 'closed']), 'open'),
  cursor: z.optional(z.string().check(z.maxLength(600))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
const complaintQuery = z.strictObject({
  view: z._default(z.enum(['open', 'closed']), 'open'),
  cursor: z.optional(z.string().check(z.maxLength(600))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
const countsQuery = z.strictObject({ township: z.optional(townshipCode) });
const actionBody = z.strictObject({
  version: z.number().check(z.int(), z.minimum(1)),
  input: z._default(z.record(z.string(), z.unknown()), {}),
});

const actorOf = (principal: Principal): ReportActor => ({
  id: principal.id,
  name: principal.name,
  role: principal.role,
});

/** A lead as the console shows it: the reporter's mobile never, only whether one was left. */
function leadView(lead: LeadRecord, principal: Principal) {
  const { reporter, outbox, ...rest } = lead;
  const township = findTownship(lead.townshipCode);
  const village = township?.villages.find((v) => v.code === lead.villageCode);
  return {
    ...rest,
    townshipName: township?.name ?? '',
    townshipNameEn: township?.nameEn ?? '',
    villageName: village?.name ?? '',
    reporterLeftContact: reporter !== undefined,
    reporterTold: outbox.some((m) => m.status === 'sent'),
    mayRecordVisit: lead.state === 'received' && mayRecordLeadVisit(principal, lead),
    mayRecordOutcome: lead.state === 'visited' && mayRecordLeadOutcome(principal, lead),
  };
}

/** A complaint for the bureau: a real-name reporter's mobile masked. */
function complaintView(complaint: ComplaintRecord, principal: Principal) {
  const { accessCode: _hash, outbox, reporter, ...rest } = complaint;
  const township =
    complaint.subject.kind === 'township' ? findTownship(complaint.subject.townshipCode) : null;
  return {
    ...rest,
    ...(reporter ? { reporter: { name: reporter.name, mobile: maskPhone(reporter.mobile) } } : {}),
    subjectTownshipName: township?.name,
    reporterTold: outbox.some((m) => m.status === 'sent'),
    mayAct: complaint.state !== 'answered' && mayHandleComplaints(principal),
  };
}

export function registerReportRoutes(guarded: Guarded, deps: AppDeps): void {
  const reports = deps.repo.reports;

  const notFound = (c: Ctx) => problemResponse(c, buildProblem('not-found', c.get('locale')));
  const invalid = (
    c: Ctx,
    issues: Parameters<typeof toFieldErrors>[0],
    catalogue: Readonly<Record<string, LocalizedText>> = {},
    prefix: string[] = [],
  ) =>
    problemResponse(
      c,
      buildProblem('validation-failed', c.get('locale'), {
        errors: toFieldErrors(
          issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
          c.get('locale'),
          catalogue,
        ),
      }),
    );
  const conflict = (
    c: Ctx,
    current: { state: string; version: number },
    type: 'conflict' | 'illegal-transition',
  ) => problemResponse(c, buildProblem(type, c.get('locale'), { current }));

  async function visibleLead(c: Ctx): Promise<LeadRecord | null> {
    const reference = normaliseReportReference('lead', c.req.param('reference') ?? '');
    const lead = reference ? await reports.leads.get(reference) : null;
    return lead && maySeeLead(c.get('principal'), lead) ? lead : null;
  }

  async function visibleComplaint(c: Ctx): Promise<ComplaintRecord | null> {
    if (!maySeeComplaints(c.get('principal'))) return null;
    const reference = normaliseReportReference('complaint', c.req.param('reference') ?? '');
    return reference ? reports.complaints.get(reference) : null;
  }

  /** The action body: `{ version, input }`, parsed; a response when it is wrong. */
  async function actionInput<S extends z.ZodMiniType>(
    c: Ctx,
    schema: S,
    catalogue: Readonly<Record<string, LocalizedText>>,
  ): Promise<{ version: number; input: z.infer<S> } | Response> {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      raw = undefined;
    }
    const body = actionBody.safeParse(raw);
    if (!body.success) return invalid(c, body.error.issues);
    const input = schema.safeParse(body.data.input);
    if (!input.success) return invalid(c, input.error.issues, catalogue, ['input']);
    return { version: body.data.version, input: input.data as z.infer<S> };
  }

  guarded('get', '/leads', async (c) => {
    const query = leadQuery.safeParse(c.req.query());
    if (!query.success) return invalid(c, query.error.issues);
    const scope = leadScopeOf(c.get('principal'), query.data.township);
    if (scope.kind === 'none') return notFound(c);
    if (scope.kind === 'township' && !findTownship(scope.townshipCode)) return notFound(c);
    const open = query.data.view === 'open';
    if (scope.kind === 'township') {
      const page = await reports.leads.queue(scope.townshipCode, open, {
        limit: query.data.limit,
        cursor: query.data.cursor,
        villageCode: scope.villageCode,
      });
      return c.json({ township: scope.townshipCode, ...page });
    }
    // The city's overview: every township's earliest leads, merged by visit date.
    const pages = await Promise.all(
      townships.map((t) => reports.leads.queue(t.code, open, { limit: query.data.limit })),
    );
    const items: LeadSummary[] = pages
      .flatMap((p) => p.items)
      .sort((a, b) =>
        a.dueOn === b.dueOn ? (a.reference < b.reference ? -1 : 1) : a.dueOn < b.dueOn ? -1 : 1,
      )
      .slice(0, query.data.limit);
    return c.json({ township: 'all', items });
  });

  guarded('get', '/leads/:reference', async (c) => {
    const lead = await visibleLead(c);
    return lead ? c.json(leadView(lead, c.get('principal'))) : notFound(c);
  });

  const leadAction =
    (kind: 'visit' | 'outcome') =>
    async (c: Ctx): Promise<Response> => {
      const principal = c.get('principal');
      const lead = await visibleLead(c);
      if (!lead) return notFound(c);
      const allowed =
        kind === 'visit'
          ? mayRecordLeadVisit(principal, lead)
          : mayRecordLeadOutcome(principal, lead);
      if (!allowed) return problemResponse(c, buildProblem('forbidden', c.get('locale')));
      const body = await actionInput(
        c,
        kind === 'visit' ? leadVisitSchema : leadOutcomeSchema,
        leadActionMessages,
      );
      if (body instanceof Response) return body;
      const current = { state: lead.state, version: lead.version };
      if (body.version !== lead.version) return conflict(c, current, 'conflict');
      const change =
        kind === 'visit'
          ? recordLeadVisit(lead, body.input as never, actorOf(principal), deps.now())
          : recordLeadOutcome(lead, body.input as never, actorOf(principal), deps.now());
      if (!change.ok) {
        if (change.kind === 'illegal') return conflict(c, current, 'illegal-transition');
        const locale: Locale = c.get('locale');
        return problemResponse(
          c,
          buildProblem('validation-failed', locale, {
            errors: [{ path: `input.${change.path}`, message: change.message[locale] }],
          }),
        );
      }
      try {
        await reports.leads.update(change.lead, lead.version);
      } catch (error) {
        if (error instanceof ConflictError) return conflict(c, current, 'conflict');
        throw error;
      }
      deps.logger.info('lead action', {
        reference: lead.reference,
        action: kind,
        to: change.lead.state,
        role: principal.role,
        staffId: principal.id,
      });
      return c.json(leadView(change.lead, principal));
    };
  guarded('post', '/leads/:reference/visit', leadAction('visit'));
  guarded('post', '/leads/:reference/outcome', leadAction('outcome'));

  guarded('get', '/complaints', async (c) => {
    const query = complaintQuery.safeParse(c.req.query());
    if (!query.success) return invalid(c, query.error.issues);
    const page = await reports.complaints.queue(query.data.view === 'open', {
      limit: query.data.limit,
      cursor: query.data.cursor,
    });
    return c.json(page);
  });

  guarded('get', '/complaints/:reference', async (c) => {
    const complaint = await visibleComplaint(c);
    return complaint ? c.json(complaintView(complaint, c.get('principal'))) : notFound(c);
  });

  const complaintAction =
    (kind: 'handling' | 'reply') =>
    async (c: Ctx): Promise<Response> => {
      const principal = c.get('principal');
      const complaint = await visibleComplaint(c);
      if (!complaint) return notFound(c);
      const body = await actionInput(
        c,
        kind === 'handling' ? complaintHandlingSchema : complaintReplySchema,
        complaintActionMessages,
      );
      if (body instanceof Response) return body;
      const current = { state: complaint.state, version: complaint.version };
      if (body.version !== complaint.version) return conflict(c, current, 'conflict');
      const input = body.input as { note?: string; reply?: string };
      const change =
        kind === 'handling'
          ? recordComplaintHandling(complaint, input.note ?? '', actorOf(principal), deps.now())
          : replyToComplaint(complaint, input.reply ?? '', actorOf(principal), deps.now());
      if (!change.ok) return conflict(c, current, 'illegal-transition');
      try {
        await reports.complaints.update(change.complaint, complaint.version);
      } catch (error) {
        if (error instanceof ConflictError) return conflict(c, current, 'conflict');
        throw error;
      }
      deps.logger.info('complaint action', {
        reference: complaint.reference,
        action: kind,
        to: change.complaint.state,
        staffId: principal.id,
      });
      return c.json(complaintView(change.complaint, principal));
    };
  guarded('post', '/complaints/:reference/handling', complaintAction('handling'));
  guarded('post', '/complaints/:reference/reply', complaintAction('reply'));

  /**
   * Leads by township and state in the caller's scope, and — for the city and admins —
   * complaints by state. Apart from the applications' dashboard, for the lead to wire.
   */
  guarded('get', '/reports/counts', async (c) => {
    const query = countsQuery.safeParse(c.req.query());
    if (!query.success) return invalid(c, query.error.issues);
    const principal = c.get('principal');
    const scope = leadScopeOf(principal, query.data.township);
    if (scope.kind === 'none') return notFound(c);
    if (scope.kind === 'township' && !findTownship(scope.townshipCode)) return notFound(c);
    const codes = scope.kind === 'all' ? townships.map((t) => t.code) : [scope.townshipCode];
    const leads = (await Promise.all(codes.map((code) => reports.leads.all(code))))
      .flat()
      .filter(
        (lead) =>
          scope.kind !== 'township' || !scope.villageCode || lead.villageCode === scope.villageCode,
      );
    const today = todayInShanghai(deps.now());
    return c.json({
      township: scope.kind === 'all' ? 'all' : scope.townshipCode,
      leads: countLeads(leads, today),
      ...(maySeeComplaints(principal)
        ? { complaints: countComplaints(await reports.complaints.all(), today) }
        : {}),
    });
  });
}
