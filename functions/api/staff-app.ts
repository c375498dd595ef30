import { type ApiApp, createBaseApp } from './app-base.ts';
import type { AppDeps } from './deps.ts';
import { buildProblem, problemResponse } from './problem.ts';
import { staffRoutes } from './routes/staff.ts';

/**
 * The staff console's routes under /api/staff. Without a way to verify staff tokens
 * every one of them answers 401: deny by default.
 */
export function mountStaffRoutes(app: ApiApp, deps: AppDeps): ApiApp {
  const authenticate = deps.staff?.authenticate;
  if (authenticate) app.route('/api/staff', staffRoutes(deps, authenticate));
  else
    app.all('/api/staff/*', (c) =>
      problemResponse(c, buildProblem('unauthorized', c.get('locale'))),
    );
  return app;
}

/** The staff function's app. */
export function createStaffApp(deps: AppDeps): ApiApp {
  return mountStaffRoutes(createBaseApp(deps), deps);
}
