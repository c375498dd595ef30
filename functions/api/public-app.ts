import { type ApiApp, createBaseApp } from './app-base.ts';
import type { AppDeps } from './deps.ts';
import { buildProblem, problemResponse } from './problem.ts';
import { applicationRoutes } from './routes/applications.ts';
import { eligibilityRoutes } from './routes/eligibility.ts';
import { healthRoutes } from './routes/health.ts';
import { openFiguresRoutes } from './routes/open-figures.ts';
import { reportRoutes } from './routes/reports.ts';
import { statusRoutes } from './routes/status.ts';
import { townshipRoutes } from './routes/townships.ts';

/**
 * The citizen-facing routes: health, townships, the pre-check, applying, the status
 * page and its actions and the staff sign-in settings. In AWS this is the public
 * function; `/api/staff/*` goes to the staff function (staff-app.ts), and the contract
 * is a file built with the site (contract-routes.ts).
 */
export function mountPublicRoutes(app: ApiApp, deps: AppDeps): ApiApp {
  app.route('/api/health', healthRoutes(deps));
  app.route('/api/townships', townshipRoutes());
  app.route('/api/eligibility', eligibilityRoutes(deps));
  app.route('/api/applications', applicationRoutes(deps));
  app.route('/api/status', statusRoutes(deps));
  app.route(
    '/api/open-figures',
    openFiguresRoutes({ now: deps.now, readFlows: (range) => deps.repo.counters.readFlows(range) }),
  );
  // Reporting someone in hardship (leads) and complaints to the city bureau.
  app.route('/api', reportRoutes(deps));

  app.get('/api/auth/config', (c) => {
    if (!deps.staff) return problemResponse(c, buildProblem('not-found', c.get('locale')));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({ ...deps.staff.signIn, scope: 'openid profile email' });
  });

  return app;
}

/** The public function's app. */
export function createPublicApp(deps: AppDeps): ApiApp {
  return mountPublicRoutes(createBaseApp(deps), deps);
}
