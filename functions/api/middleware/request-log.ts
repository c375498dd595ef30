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
      route: c.req.routePath,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });
}
