import { onFirstUse } from '../shared/on-first-use.ts';
import { type ApiApp, createBaseApp } from './app-base.ts';
import type { AppDeps } from './deps.ts';
import { buildProblem, problemResponse } from './problem.ts';
import { healthRoutes } from './routes/health.ts';
import { mountOnFirstUse } from './routes-on-first-use.ts';

/**
 * The citizen-facing routes: health, townships, the pre-check, applying, the status
 * page and its actions, the staff sign-in settings and the API contract. In AWS this
 * is the public function; `/api/staff/*` goes to the staff function (staff-app.ts).
 * Route modules are imported on their first request (routes-on-first-use.ts), in two
 * chunks: applying (villages, pre-check, application) and the status page.
 */
export function mountPublicRoutes(app: ApiApp, deps: AppDeps): ApiApp {
  // Converting every schema to JSON Schema is slow: done once, on the first request.
  const theContract = onFirstUse(async () =>
    (await import('./contract.ts')).buildContract(deps.version),
  );

  // Small and asked for by every health check: part of the core.
  app.route('/api/health', healthRoutes(deps));
  const applyJourney = () => import('./routes/apply-journey.ts');
  mountOnFirstUse(app, '/api/townships', () => applyJourney().then((m) => m.townshipRoutes()));
  mountOnFirstUse(app, '/api/eligibility', () =>
    applyJourney().then((m) => m.eligibilityRoutes(deps)),
  );
  mountOnFirstUse(app, '/api/applications', () =>
    applyJourney().then((m) => m.applicationRoutes(deps)),
  );
  mountOnFirstUse(app, '/api/status', () =>
    import('./routes/status.ts').then((m) => m.statusRoutes(deps)),
  );
  app.get('/api/auth/config', (c) => {
    if (!deps.staff) return problemResponse(c, buildProblem('not-found', c.get('locale')));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ ...deps.staff.signIn, scope: 'openid profile email' });
  });
  app.get('/api/openapi.json', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(await theContract());
  });
  app.get('/api/docs', async (c) => {
    const [{ renderReferencePage }, contract] = await Promise.all([
      import('./contract.ts'),
      theContract(),
    ]);
    return c.html(renderReferencePage(contract));
  });
  app.get('/api/docs.css', async (c) => {
    const { referencePageCss } = await import('./contract.ts');
    return c.body(referencePageCss, 200, { 'Content-Type': 'text/css' });
  });
  return app;
}

/** The public function's app. */
export function createPublicApp(deps: AppDeps): ApiApp {
  return mountPublicRoutes(createBaseApp(deps), deps);
}
