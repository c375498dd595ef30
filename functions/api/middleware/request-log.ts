import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
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
      // After the chain, the current route is the handler that answered.
      route: routePath(c),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });
}
