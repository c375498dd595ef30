import { type Context, type Env, Hono, type Schema } from 'hono';
import type { Locale } from '../domain/locale.ts';
import { onFirstUse } from '../shared/on-first-use.ts';
import type { ApiApp } from './app-base.ts';
import type { LocaleVariables } from './middleware/locale.ts';
import { recordMatchedRoute } from './middleware/request-log.ts';
import { buildProblem, problemResponse } from './problem.ts';

// What the outer app hands the routes' own app with each request: the locale it
// negotiated, and how to tell its request log which pattern answered.
const outerLocale = Symbol('outerLocale');
const recordRoute = Symbol('recordRoute');
type Bindings = { [outerLocale]: Locale; [recordRoute]: (pattern: string) => void };

/** What the outer app forwards a request to. */
type RequestHandler = Pick<Hono<{ Bindings: Bindings }>, 'fetch'>;

/**
 * Mounts routes whose module is imported on the first request under `path`, not when
 * the function starts. In the deployed bundle each such module is a chunk of its own
 * (infra/lib/bundling.ts), so a cold start parses only the shared core: a status lookup
 * never parses the rules engine, the divisions or the application schema.
 *
 * The routes run in an app of their own, handed the request as the outer app passes
 * it on: the outer middleware (security headers, locale headers, request log, body
 * limit) wraps them, and whatever they throw reaches the outer error handler.
 */
export function mountOnFirstUse<E extends Env, S extends Schema, B extends string>(
  app: ApiApp,
  path: string,
  load: () => Promise<Hono<E, S, B>>,
): void {
  // A failed import is tried again by the next request.
  const routesApp = onFirstUse(async () => innerApp(path, await load()));
  const forward = async (c: Context<{ Variables: LocaleVariables }>) =>
    (await routesApp()).fetch(c.req.raw, {
      ...(c.env as object),
      [outerLocale]: c.get('locale'),
      [recordRoute]: (pattern: string) => recordMatchedRoute(c, pattern),
    });
  app.all(path, forward);
  app.all(`${path}/*`, forward);
}

function innerApp<E extends Env, S extends Schema, B extends string>(
  path: string,
  routes: Hono<E, S, B>,
): RequestHandler {
  const app = new Hono<{ Variables: LocaleVariables; Bindings: Bindings }>();
  app.use('*', async (c, next) => {
    // The outer app sets Content-Language on the way out.
    c.set('locale', c.env[outerLocale]);
    await next();
    c.env[recordRoute](c.req.routePath);
  });
  app.route(path, routes);
  app.notFound((c) => problemResponse(c, buildProblem('not-found', c.get('locale'))));
  app.onError((error) => {
    throw error;
  });
  return app;
}
