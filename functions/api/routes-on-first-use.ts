import { type Context, type Env, Hono, type Schema } from 'hono';
import { negotiateLocale } from '../domain/locale.ts';
import type { ApiApp } from './app-base.ts';
import type { LocaleVariables } from './middleware/locale.ts';
import { recordMatchedRoute } from './middleware/request-log.ts';
import { buildProblem, problemResponse } from './problem.ts';

// How the routes' own app tells the outer request log which pattern answered.
const recordRoute = Symbol('recordRoute');
type Bindings = { [recordRoute]?: (pattern: string) => void };

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
  let inner: Promise<RequestHandler> | undefined;
  const routesApp = () =>
    (inner ??= load()
      .then((routes) => innerApp(path, routes))
      .catch((error: unknown) => {
        inner = undefined; // a failed import is tried again by the next request
        throw error;
      }));
  const forward = async (c: Context) =>
    (await routesApp()).fetch(c.req.raw, {
      ...(c.env as object),
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
    // The outer app negotiated the same header and sets Content-Language on the way out.
    c.set('locale', negotiateLocale(c.req.header('accept-language')));
    await next();
    c.env[recordRoute]?.(c.req.routePath);
  });
  app.route(path, routes);
  app.notFound((c) => problemResponse(c, buildProblem('not-found', c.get('locale'))));
  app.onError((error) => {
    throw error;
  });
  return app;
}
