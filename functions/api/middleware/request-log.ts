import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Logger } from '../../shared/logger.ts';

/**
 * One line per request: method, the route pattern (not the raw path or query, which
 * may carry references), status and duration. Never headers or bodies.
 */
export function requestLog(logger: Logger) {
  return createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      method: c.req.method,
      route: matchedRoutes.get(c) ?? c.req.routePath,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });
}

const matchedRoutes = new WeakMap<Context, string>();

/**
 * Routes answered by an app of their own (routes-on-first-use.ts) report their pattern
 * here, so the line names `/api/status/answer` rather than the mount's `/api/status/*`.
 */
export function recordMatchedRoute(c: Context, pattern: string): void {
  matchedRoutes.set(c, pattern);
}
