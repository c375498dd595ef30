import { createMiddleware } from 'hono/factory';
import { securityHeaders } from '../../shared/security-headers.ts';
import { editResponseHeaders } from './response-headers.ts';

/**
 * The same headers CloudFront adds in AWS, so the local server behaves the same.
 * API responses default to no-store: most carry personal data; public reference
 * data (townships, OpenAPI) opts into caching itself.
 */
export const securityHeadersMiddleware = createMiddleware(async (c, next) => {
  await next();
  editResponseHeaders(c, (headers) => {
    for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value);
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  });
});
