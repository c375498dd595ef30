import { type Context, Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as z from 'zod/mini';
import { staffSubmissionSchemaOn } from '../../domain/application/application-input.ts';
import { holdsClaims } from '../../domain/application/claims.ts';
import { applyStaffAction } from '../../domain/application/decide.ts';
import { linesOf, type ProgrammeLine } from '../../domain/application/lines.ts';
import { applicationCatalogue } from '../../domain/application/messages.ts';
import type { StaffSubmitter } from '../../domain/application/record.ts';
import { normaliseReference } from '../../domain/application/reference.ts';
import { staffActionMessages, staffActionSchemas } from '../../domain/application/staff-actions.ts';
import {
  cityVisitSchemaOn,
  declareStaffRelative,
  recordCityVisit,
  staffRelativeDeclarationSchema,
  staffRelativeMessages,
} from '../../domain/application/staff-relatives.ts';
import { staffStateNames } from '../../domain/application/state-names.ts';
import { type StaffAction, staffActions } from '../../domain/application/states.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { findTownship, townshipOfVillage, townships } from '../../domain/divisions.ts';
import type { LocalizedText } from '../../domain/locale.ts';
import { programmes as programmeInfo } from '../../domain/policy/programmes.ts';
import { maySeeComplaints } from '../../domain/reports/access.ts';
import { complaintFigures, leadFigures } from '../../domain/reports/report-tallies.ts';
import { reviewQueue } from '../../domain/staff/after-approval.ts';
import {
  dashboardFlowMonths,
  dashboardFromCounters,
} from '../../domain/staff/dashboard-from-counters.ts';
import { exportJobView, mayReadExport, newExportJob } from '../../domain/staff/export-job.ts';
import {
  actorOf,
  mayActOn,
  mayApplyOnBehalf,
  mayTake,
  mayView,
  type StaffPrincipal,
  type StaffRole,
} from '../../domain/staff/principal.ts';
import type { ApplicationSummary } from '../../domain/staff/summary.ts';
import { toFieldErrors } from '../../domain/validation/field-errors.ts';
import { type ApplicationRecord, ConflictError } from '../../store/application-repository.ts';
import type { AppDeps } from '../deps.ts';
import { parseJsonBody } from '../json-body.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import { buildProblem, ProblemError, problemResponse } from '../problem.ts';
import { queueRow, staffApplicationView } from '../services/staff-view.ts';
import { newSubmissionPlan, submitApplication } from '../services/submit-application.ts';
import type { StaffAuthenticator } from '../staff/authenticate.ts';
import { actionBody, queueQuery, reviewQuery, scopeQuery } from './staff-inputs.ts';
import { registerReportRoutes, reportRoutePolicies } from './staff-reports.ts';

/**
 * The staff API under /api/staff. Every request needs a verified bearer token; every
 * route declares which roles may use it (deny by default: a route registered without
 * a policy fails the route-policy test, and the middleware refuses it at run time).
 * A township reviewer's scope is their token's township: another township's
 * application answers exactly like an unknown reference.
 */
type StaffVariables = LocaleVariables & { principal: StaffPrincipal };
type StaffContext = Context<{ Variables: StaffVariables }>;

const reviewers: readonly StaffRole[] = ['township-reviewer', 'city-reviewer', 'admin'];
// A village assistant opens only the cases it submitted (mayView): no queue, no figures.
const everyone: readonly StaffRole[] = [...reviewers, 'village-assistant'];
const deciders: readonly StaffRole[] = ['township-reviewer', 'city-reviewer'];
// Who applies on a person's behalf (43号 第十一条): assistants and township reviewers.
const applyingForOthers: readonly StaffRole[] = ['village-assistant', 'township-reviewer'];

/** Which roles may call each staff route (method + path as registered). */
export const staffRoutePolicies: Readonly<Record<string, readonly StaffRole[]>> = {
  'GET /api/staff/me': everyone,
  'GET /api/staff/queue': reviewers,
  'GET /api/staff/applications/:reference': everyone,
  'GET /api/staff/applications/:reference/documents/:documentId': everyone,
  'POST /api/staff/applications/:reference/actions/:action': deciders,
  'GET /api/staff/reviews': reviewers,
  'GET /api/staff/dashboard': reviewers,
  'POST /api/staff/exports': reviewers,
  'GET /api/staff/exports/:exportId': reviewers,
  'POST /api/staff/applications': applyingForOthers,
  'GET /api/staff/submitted': applyingForOthers,
  'POST /api/staff/applications/:reference/staff-relative': deciders,
  'POST /api/staff/applications/:reference/city-visit': ['city-reviewer'],
  // Leads and complaints (staff-reports.ts).
  ...reportRoutePolicies,
};

/** The submitter recorded on a case staff apply for: from the verified token only. */
function submitterFrom(principal: StaffPrincipal): StaffSubmitter {
  return {
    staffId: principal.id,
    name: principal.name,
    role: principal.role === 'village-assistant' ? 'village-assistant' : 'township-reviewer',
    ...(principal.townshipCode ? { townshipCode: principal.townshipCode } : {}),
    ...(principal.villageCode ? { villageCode: principal.villageCode } : {}),
  };
}

const stateOf = (line: ProgrammeLine | undefined) =>
  line ? { state: line.state, version: line.version } : {};

export function staffRoutes(deps: AppDeps, authenticate: StaffAuthenticator) {
  const { repo } = deps;
  const today = () => todayInShanghai(deps.now());
  const submissionSchema = staffSubmissionSchemaOn(today);
  const visitSchema = cityVisitSchemaOn(today);
  const app = new Hono<{ Variables: StaffVariables }>();

  const notFound = (c: StaffContext) =>
    problemResponse(c, buildProblem('not-found', c.get('locale')));
  const invalidQuery = (c: StaffContext, issues: Parameters<typeof toFieldErrors>[0]) =>
    problemResponse(
      c,
      buildProblem('validation-failed', c.get('locale'), {
        errors: toFieldErrors(issues, c.get('locale')),
      }),
    );

  app.use(
    '*',
    createMiddleware<{ Variables: StaffVariables }>(async (c, next) => {
      c.header('Cache-Control', 'no-store');
      const result = await authenticate(c.req.header('authorization'));
      if (!result.ok) {
        if (result.reason === 'no-role')
          return problemResponse(c, buildProblem('forbidden', c.get('locale')));
        c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
        return problemResponse(c, buildProblem('unauthorized', c.get('locale')));
      }
      c.set('principal', result.principal);
      await next();
    }),
  );

  /** Registers a route together with the roles that may use it. */
  function guarded(
    method: 'get' | 'post',
    path: string,
    handler: (c: StaffContext) => Promise<Response> | Response,
  ) {
    const roles = staffRoutePolicies[`${method.toUpperCase()} /api/staff${path}`];
    app[method](path, async (c) => {
      const principal = c.get('principal');
      if (!roles?.includes(principal.role))
        return problemResponse(c, buildProblem('forbidden', c.get('locale')));
      return handler(c);
    });
  }

  /** The township a request is about: a reviewer's own, or the one a city user names. */
  function scopeOf(c: StaffContext, requested: string | undefined): string | null | 'all' {
    const principal = c.get('principal');
    if (principal.role === 'township-reviewer') {
      if (requested && requested !== principal.townshipCode) return null;
      return principal.townshipCode ?? null;
    }
    if (!requested) return 'all';
    return findTownship(requested) ? requested : null;
  }

  /** The application if it exists and this person may see it; null answers 404 either way. */
  async function visibleRecord(c: StaffContext): Promise<ApplicationRecord | null> {
    const reference = normaliseReference(c.req.param('reference') ?? '');
    if (!reference) return null;
    const record = await repo.get(reference);
    return record && mayView(c.get('principal'), record) ? record : null;
  }

  /** Township by township, eight at a time: 33 parallel queries would be a burst. */
  async function inBatches<T>(
    codes: readonly string[],
    read: (code: string) => Promise<T[]>,
  ): Promise<T[]> {
    const all: T[] = [];
    for (let i = 0; i < codes.length; i += 8)
      for (const list of await Promise.all(codes.slice(i, i + 8).map(read))) all.push(...list);
    return all;
  }

  /** Every summary in scope, closed ones included (the review queue reads recipients). */
  function summariesFor(scope: string | 'all'): Promise<ApplicationSummary[]> {
    return inBatches(scope === 'all' ? townships.map((t) => t.code) : [scope], (code) =>
      repo.allSummaries(code),
    );
  }

  guarded('get', '/me', (c) => {
    const principal = c.get('principal');
    const township = principal.townshipCode ? findTownship(principal.townshipCode) : undefined;
    const village = township?.villages.find((v) => v.code === principal.villageCode);
    return c.json({
      id: principal.id,
      name: principal.name,
      role: principal.role,
      township: township
        ? { code: township.code, name: township.name, nameEn: township.nameEn }
        : null,
      ...(village ? { village: { code: village.code, name: village.name } } : {}),
    });
  });

  guarded('get', '/queue', async (c) => {
    const query = queueQuery.safeParse(c.req.query());
    if (!query.success) return invalidQuery(c, query.error.issues);
    const scope = scopeOf(c, query.data.township);
    if (scope === null) return notFound(c);
    // A cursor from another queue is refused by the app's error mapping (InvalidCursorError).
    const filters = {
      open: query.data.view === 'open',
      limit: query.data.limit,
      cursor: query.data.cursor,
      status: query.data.status,
      programme: query.data.programme,
    };
    // The city and the bureau see every township's queue unless they name one.
    const page =
      scope === 'all'
        ? await repo.cityQueue({ ...filters, townshipCodes: townships.map((t) => t.code) })
        : await repo.queue({ ...filters, townshipCode: scope });
    const now = deps.now();
    return c.json({
      township: scope,
      items: page.items.map((item) => queueRow(item, now)),
      ...(page.cursor ? { cursor: page.cursor } : {}),
    });
  });

  guarded('get', '/applications/:reference', async (c) => {
    const record = await visibleRecord(c);
    if (!record) return notFound(c);
    return c.json(staffApplicationView(record, c.get('principal'), deps.now()));
  });

  guarded('get', '/applications/:reference/documents/:documentId', async (c) => {
    const record = await visibleRecord(c);
    const document = record?.documents?.find((d) => d.id === c.req.param('documentId'));
    if (!record || !document) return notFound(c);
    const link = await deps.documents.prepareDownload(
      {
        reference: record.reference,
        documentId: document.id,
        contentType: document.contentType as Parameters<
          typeof deps.documents.prepareDownload
        >[0]['contentType'],
      },
      deps.now(),
    );
    deps.logger.info('staff document opened', {
      reference: record.reference,
      documentId: document.id,
      staffId: c.get('principal').id,
    });
    return c.json(link);
  });

  guarded('post', '/applications/:reference/actions/:action', async (c) => {
    const locale = c.get('locale');
    const principal = c.get('principal');
    const action = c.req.param('action') as StaffAction;
    if (!(staffActions as readonly string[]).includes(action)) return notFound(c);
    const record = await visibleRecord(c);
    if (!record) return notFound(c);
    const actor = actorOf(principal);
    if (!actor || !mayTake(principal, action, deps.now(), record) || !mayActOn(principal, record))
      return problemResponse(c, buildProblem('forbidden', locale));

    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      raw = undefined;
    }
    const body = actionBody.safeParse(raw);
    if (!body.success) return invalidQuery(c, body.error.issues);
    const input = staffActionSchemas[action].safeParse(body.data.input);
    if (!input.success) {
      const issues = input.error.issues.map((issue) => ({
        ...issue,
        path: ['input', ...issue.path],
      }));
      return problemResponse(
        c,
        buildProblem('validation-failed', locale, {
          errors: toFieldErrors(issues, locale, staffActionMessages),
        }),
      );
    }
    const { programme, lineVersion } = body.data;
    const lineOf = (r: ApplicationRecord) =>
      programme ? linesOf(r).find((l) => l.programme === programme) : undefined;
    const current = (r: ApplicationRecord) => ({
      status: r.status,
      version: r.version,
      ...(programme && lineOf(r) ? { line: { programme, ...stateOf(lineOf(r)) } } : {}),
    });
    // A line's decision is stale only if that line moved; otherwise the whole case.
    const stale = (r: ApplicationRecord) =>
      lineVersion !== undefined
        ? lineOf(r)?.version !== lineVersion
        : body.data.version !== r.version;
    if (stale(record))
      return problemResponse(c, buildProblem('conflict', locale, { current: current(record) }));

    // Decisions on different lines of one application are written one after the other:
    // when another line changed meanwhile, read again and apply to the newer record.
    let base = record;
    for (let attempt = 0; ; attempt++) {
      const decision = applyStaffAction(
        base,
        action,
        input.data as never,
        actor,
        deps.now(),
        programme,
      );
      if (!decision.ok) {
        if (decision.refusal.kind === 'illegal')
          return problemResponse(
            c,
            buildProblem('illegal-transition', locale, { current: current(base) }),
          );
        const path = ['input', decision.refusal.path].filter(Boolean).join('.');
        return problemResponse(
          c,
          buildProblem('validation-failed', locale, {
            errors: [{ path, message: decision.refusal.message[locale] }],
          }),
        );
      }
      try {
        await repo.update(decision.record, base.version);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const latest = await repo.get(record.reference);
        if (latest && lineVersion !== undefined && !stale(latest) && attempt < 4) {
          base = latest;
          continue;
        }
        // The console shows what changed meanwhile.
        throw new ProblemError('conflict', {
          extensions: { current: latest ? current(latest) : undefined },
        });
      }
      const next = decision.record;
      // A line refused, withdrawn or ended frees the person to apply for that programme
      // again. Should this process die first, the next application finds the claim stale.
      const released = linesOf(next).filter(
        (l) => decision.lines.includes(l.programme) && !holdsClaims(l.state),
      );
      await Promise.all(
        released.map((l) => repo.claims.release(next.personHash, l.programme, next.reference)),
      );
      deps.logger.info('staff action', {
        reference: next.reference,
        action,
        ...(programme ? { programme } : {}),
        from: base.status,
        to: next.status,
        role: principal.role,
        staffId: principal.id,
      });
      return c.json(staffApplicationView(next, principal, deps.now()));
    }
  });

  // After approval: reviews due and under way, changes before the bureau, notices, 渐退期 ending.
  guarded('get', '/reviews', async (c) => {
    const query = reviewQuery.safeParse(c.req.query());
    if (!query.success) return invalidQuery(c, query.error.issues);
    const scope = scopeOf(c, query.data.township);
    if (scope === null) return notFound(c);
    const rows = reviewQueue(await summariesFor(scope), deps.now(), query.data.programme);
    return c.json({
      township: scope,
      items: rows.map((row) => ({
        ...row,
        programmeName: programmeInfo[row.programme].name,
        stateName: staffStateNames[row.state],
      })),
    });
  });

  guarded('post', '/applications', async (c) => {
    const locale = c.get('locale');
    const principal = c.get('principal');
    const body = await parseJsonBody(c, submissionSchema, {
      ...applicationCatalogue,
      ...staffRelativeMessages,
    });
    if (!body.ok) return body.response;
    const { application, consentRecord } = body.value;
    const { residence } = application;
    if (townshipOfVillage(residence.villageCode)?.code !== residence.townshipCode) {
      const message = applicationCatalogue['village.notInTownship'][locale];
      return problemResponse(
        c,
        buildProblem('validation-failed', locale, {
          errors: [{ path: 'application.residence.villageCode', message }],
        }),
      );
    }
    // An assistant applies only for people of its village (or township).
    if (!mayApplyOnBehalf(principal, residence))
      return problemResponse(c, buildProblem('forbidden', locale));
    const outcome = await submitApplication(application, {
      repo,
      hasher: deps.hasher,
      plan: newSubmissionPlan(deps.now()),
      now: deps.now(),
      locale,
      onBehalf: { submittedBy: submitterFrom(principal), consentRecord },
    });
    if (outcome.kind === 'created') {
      deps.logger.info('application submitted on behalf', {
        reference: outcome.body.reference,
        township: outcome.body.township.code,
        role: principal.role,
        staffId: principal.id,
        consent: consentRecord.way,
      });
      return c.json(outcome.body, 201);
    }
    if (outcome.kind === 'in-progress') {
      c.header('Retry-After', String(outcome.retryAfterSeconds));
      return problemResponse(c, buildProblem('submission-in-progress', locale));
    }
    if (outcome.kind === 'duplicate') {
      const title = buildProblem('duplicate-application', locale).title;
      // The reference only for a case this person may open.
      const holder = await repo.get(outcome.reference);
      return problemResponse(c, {
        ...buildProblem('duplicate-application', locale),
        ...(holder && mayView(principal, holder) ? { reference: outcome.reference } : {}),
        errors: [{ path: 'application.programmes', message: title }],
      });
    }
    const errors = outcome.routing.refused.map((r) => ({
      path: 'application.programmes',
      message: `${r.reason[locale]}（${r.citation.document} ${r.citation.clause}）`,
    }));
    return problemResponse(c, buildProblem('cannot-apply-here', locale, { errors }));
  });

  guarded('get', '/submitted', async (c) => {
    const principal = c.get('principal');
    // The cases this person submitted among its township's (newest first).
    const summaries = principal.townshipCode ? await repo.allSummaries(principal.townshipCode) : [];
    const mine = summaries
      .filter((s) => s.submittedById === principal.id)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
    const now = deps.now();
    return c.json({ items: mine.map((item) => queueRow(item, now)) });
  });

  /**
   * Reads, changes and writes one case: visible (404), this person may act on it (403),
   * then the body `{version, input}` — the version the console showed (409 when stale).
   */
  async function changeCase<S extends z.core.$ZodType>(
    c: StaffContext,
    input: S,
    change: (
      record: ApplicationRecord,
      input: z.infer<S>,
      staff: { id: string; name: string; kind: 'township' | 'city' },
    ) => ApplicationRecord | null,
    refusal: LocalizedText,
  ): Promise<Response> {
    const locale = c.get('locale');
    const principal = c.get('principal');
    const record = await visibleRecord(c);
    if (!record) return notFound(c);
    const actor = actorOf(principal);
    if (!actor || !mayActOn(principal, record))
      return problemResponse(c, buildProblem('forbidden', locale));
    const body = await parseJsonBody(
      c,
      z.strictObject({ version: actionBody.shape.version, input }),
      {
        ...applicationCatalogue,
        ...staffRelativeMessages,
      },
    );
    if (!body.ok) return body.response;
    const current = { status: record.status, version: record.version };
    if (body.value.version !== record.version)
      return problemResponse(c, buildProblem('conflict', locale, { current }));
    const staff = { id: principal.id, name: principal.name, kind: actor.kind };
    const next = change(record, (body.value as { input: z.infer<S> }).input, staff);
    if (!next)
      return problemResponse(
        c,
        buildProblem('validation-failed', locale, {
          errors: [{ path: '', message: refusal[locale] }],
        }),
      );
    await repo.update(next, record.version);
    return c.json(staffApplicationView(next, principal, deps.now()));
  }

  guarded('post', '/applications/:reference/staff-relative', async (c) => {
    const response = await changeCase(
      c,
      staffRelativeDeclarationSchema,
      (record, input, staff) => declareStaffRelative(record, input, staff, deps.now()),
      staffRelativeMessages['relative.notDeclared'],
    );
    deps.logger.info('staff relative declaration', {
      reference: normaliseReference(c.req.param('reference') ?? '') ?? 'unknown',
      status: response.status,
      staffId: c.get('principal').id,
    });
    return response;
  });

  guarded('post', '/applications/:reference/city-visit', (c) =>
    changeCase(
      c,
      visitSchema,
      (record, input, staff) => recordCityVisit(record, input, staff, deps.now()),
      staffRelativeMessages['relative.notDeclared'],
    ),
  );

  guarded('get', '/dashboard', async (c) => {
    const query = scopeQuery.safeParse(c.req.query());
    if (!query.success) return invalidQuery(c, query.error.issues);
    const scope = scopeOf(c, query.data.township);
    if (scope === null) return notFound(c);
    // Counters and the open queue: a number of items that does not grow with closed cases.
    const codes = scope === 'all' ? townships.map((t) => t.code) : [scope];
    const now = deps.now();
    // Complaint figures are the city bureau's: never in a township's dashboard.
    const complaintsToo = maySeeComplaints(c.get('principal'));
    const [stock, flows, openSummaries, tallies, openLeads, openComplaints] = await Promise.all([
      repo.counters.readStock(codes),
      repo.counters.readFlows({ ...dashboardFlowMonths(now), townships: codes }),
      inBatches(codes, (code) => repo.openSummaries(code)),
      repo.counters.readReportTallies(codes),
      inBatches(codes, (code) => repo.reports.leads.open(code)),
      complaintsToo ? repo.reports.complaints.open() : Promise.resolve([]),
    ]);
    const day = todayInShanghai(now);
    return c.json({
      township: scope,
      ...dashboardFromCounters({ stock, flows, openSummaries, now }),
      leads: leadFigures(openLeads, tallies.leads, day),
      ...(complaintsToo
        ? { complaints: complaintFigures(openComplaints, tallies.complaints, day) }
        : {}),
    });
  });

  /** Starts a CSV export of the scope as a job; the console then polls it. */
  guarded('post', '/exports', async (c) => {
    const exports = deps.exports;
    if (!exports) return notFound(c);
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      raw = {};
    }
    const body = scopeQuery.safeParse(raw ?? {});
    if (!body.success) return invalidQuery(c, body.error.issues);
    const scope = scopeOf(c, body.data.township);
    if (scope === null) return notFound(c);
    const principal = c.get('principal');
    const job = newExportJob(crypto.randomUUID(), scope, principal, deps.now());
    await exports.jobs.create(job);
    exports.start(job.id);
    deps.logger.info('staff export requested', {
      exportId: job.id,
      township: scope,
      staffId: principal.id,
    });
    c.header('Location', `/api/staff/exports/${job.id}`);
    return c.json(exportJobView(job, deps.now()), 202);
  });

  /** A job's progress, and once done a link to its file (its requester only). */
  guarded('get', '/exports/:exportId', async (c) => {
    const exports = deps.exports;
    const id = c.req.param('exportId') ?? '';
    if (!exports || !/^[0-9a-f-]{36}$/.test(id)) return notFound(c);
    const job = await exports.jobs.get(id);
    if (!job || !mayReadExport(c.get('principal'), job)) return notFound(c);
    const view = exportJobView(job, deps.now());
    if (view.state !== 'done') return c.json(view);
    const download = await exports.storage.prepareDownload(job, deps.now());
    deps.logger.info('staff export fetched', { exportId: job.id, staffId: c.get('principal').id });
    return c.json({ ...view, download });
  });

  registerReportRoutes(guarded, deps);

  return app;
}
