import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { redactPersonalData } from '../shared/redact.ts';
import type { AppDeps } from './deps.ts';
import { type LocaleVariables, localeMiddleware } from './middleware/locale.ts';
import { requestLog } from './middleware/request-log.ts';
import { securityHeadersMiddleware } from './middleware/security-headers.ts';
import { buildOpenApiDocument, type OperationDoc } from './openapi.ts';
import { buildProblem, problemResponse } from './problem.ts';
import { applicationDocs, applicationRoutes } from './routes/applications.ts';
import { eligibilityDocs, eligibilityRoutes } from './routes/eligibility.ts';
import { healthDocs, healthRoutes } from './routes/health.ts';
import { referencePageCss, renderReferencePage } from './routes/reference-page.ts';
import { staffDocs, staffRoutes } from './routes/staff.ts';
import { statusDocs, statusRoutes } from './routes/status.ts';
import { townshipDocs, townshipRoutes } from './routes/townships.ts';
import { uploadRoutes } from './routes/uploads.ts';

/** Bodies larger than this are refused with 413 before anything parses them. */
export const maxBodyBytes = 64 * 1024;

const operations: OperationDoc[] = [
  ...healthDocs,
  ...townshipDocs,
  ...eligibilityDocs,
  ...applicationDocs,
  ...statusDocs,
  ...staffDocs,
];

/**
 * The whole HTTP API under /api: the Lambda handler wraps this app, and the local
 * server mounts the same object. It never reads process.env; deps bring the world in.
 */
export function createApp(deps: AppDeps) {
  const openApi = buildOpenApiDocument(operations, {
    title: '普宁市社会救助服务平台 API (Puning social assistance portal)',
    version: deps.version,
    description:
      'Public and staff endpoints of the Puning social-assistance portal. Errors are application/problem+json; messages are zh-CN unless Accept-Language prefers English.',
  });

  const app = new Hono<{ Variables: LocaleVariables }>();
  app.use('*', securityHeadersMiddleware);
  app.use('*', localeMiddleware);
  app.use('*', requestLog(deps.logger));
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => problemResponse(c, buildProblem('payload-too-large', c.get('locale'))),
  });
  // Local document uploads (up to 5 MB) have their own limit on their route.
  app.use('*', (c, next) =>
    c.req.method === 'PUT' && c.req.path.startsWith('/api/uploads/') ? next() : limitBody(c, next),
  );

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
  if (deps.staff) app.route('/api/staff', staffRoutes(deps, deps.staff.authenticate));
  else
    app.all('/api/staff/*', (c) =>
      problemResponse(c, buildProblem('unauthorized', c.get('locale'))),
    );
  if (deps.documents.kind === 'local')
    app.route('/api/uploads', uploadRoutes(deps, deps.documents));
  app.get('/api/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(openApi);
  });
  app.get('/api/docs', (c) => c.html(renderReferencePage(openApi)));
  app.get('/api/docs.css', (c) => c.body(referencePageCss, 200, { 'Content-Type': 'text/css' }));

  app.notFound((c) => problemResponse(c, buildProblem('not-found', c.get('locale'))));
  app.onError((error, c) => {
    const locale = c.get('locale') ?? 'zh-CN';
    if (error instanceof HTTPException && error.status < 500) {
      const type = error.status === 413 ? 'payload-too-large' : 'validation-failed';
      return problemResponse(c, buildProblem(type, locale));
    }
    // The kind and a redacted message only: library messages can echo request data.
    deps.logger.error('unhandled error', {
      errorName: error.name,
      errorMessage: redactPersonalData(error.message),
    });
    return problemResponse(c, buildProblem('internal-error', locale));
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
