import { createMiddleware } from 'hono/factory';
import { securityHeaders } from '../../shared/security-headers.ts';

/**
 * The same headers CloudFront adds in AWS, so the local server behaves the same.
 * API responses default to no-store: most carry personal data; public reference
 * data (townships, OpenAPI) opts into caching itself.
 */
export const securityHeadersMiddleware = createMiddleware(async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(securityHeaders)) c.header(name, value);
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
});
