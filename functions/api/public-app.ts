import { type ApiApp, createBaseApp } from './app-base.ts';
import type { AppDeps } from './deps.ts';
import { buildOpenApiDocument, type OpenApiDocument, type OperationDoc } from './openapi.ts';
import { buildProblem, problemResponse } from './problem.ts';
import { applicationDocs, applicationRoutes } from './routes/applications.ts';
import { eligibilityDocs, eligibilityRoutes } from './routes/eligibility.ts';
import { healthDocs, healthRoutes } from './routes/health.ts';
import { referencePageCss, renderReferencePage } from './routes/reference-page.ts';
import { staffDocs } from './routes/staff-docs.ts';
import { statusDocs, statusRoutes } from './routes/status.ts';
import { townshipDocs, townshipRoutes } from './routes/townships.ts';
import { uploadRoutes } from './routes/uploads.ts';

const operations: OperationDoc[] = [
  ...healthDocs,
  ...townshipDocs,
  ...eligibilityDocs,
  ...applicationDocs,
  ...statusDocs,
  ...staffDocs,
];

/**
 * The citizen-facing routes: health, townships, the pre-check, applying, the status
 * page and its actions, the staff sign-in settings and the API contract. In AWS this
 * is the public function; `/api/staff/*` goes to the staff function (staff-app.ts).
 */
export function mountPublicRoutes(app: ApiApp, deps: AppDeps): ApiApp {
  // Built on first request, not at cold start: converting every schema to JSON Schema
  // is the slowest thing the module would otherwise do at init.
  let openApi: OpenApiDocument | undefined;
  const contract = () =>
    (openApi ??= buildOpenApiDocument(operations, {
      title: '普宁市社会救助服务平台 API (Puning social assistance portal)',
      version: deps.version,
      description:
        'Public and staff endpoints of the Puning social-assistance portal. Errors are application/problem+json; messages are zh-CN unless Accept-Language prefers English.',
    }));

  app.route('/api/health', healthRoutes(deps));
  app.route('/api/townships', townshipRoutes());
  app.route('/api/eligibility', eligibilityRoutes(deps));
  app.route('/api/applications', applicationRoutes(deps));
  app.route('/api/status', statusRoutes(deps));
  app.get('/api/auth/config', (c) => {
    if (!deps.staff) return problemResponse(c, buildProblem('not-found', c.get('locale')));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ ...deps.staff.signIn, scope: 'openid profile email' });
  });
  if (deps.documents.kind === 'local')
    app.route('/api/uploads', uploadRoutes(deps, deps.documents));
  app.get('/api/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(contract());
  });
  app.get('/api/docs', (c) => c.html(renderReferencePage(contract())));
  app.get('/api/docs.css', (c) => c.body(referencePageCss, 200, { 'Content-Type': 'text/css' }));
  return app;
}

/** The public function's app. */
export function createPublicApp(deps: AppDeps): ApiApp {
  return mountPublicRoutes(createBaseApp(deps), deps);
}
