import type { MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX, compress } from 'hono/compress';
import { createMiddleware } from 'hono/factory';

/** Smaller bodies go as they are: compressing them saves less than it costs. */
export const compressAbove = 1024;

const acceptsCompression = /\b(?:gzip|deflate|\*)\b/i;

/**
 * hono/compress judges the size by Content-Length, which `c.json()` does not set, so
 * on its own it would compress a 50-byte problem too. This states the length of a
 * compressible body first — only when the client accepts compression — so the
 * threshold holds.
 */
const stateBodyLength = createMiddleware(async (c, next) => {
  await next();
  if (!acceptsCompression.test(c.req.header('accept-encoding') ?? '')) return;
  const response = c.res;
  const type = response.headers.get('content-type') ?? '';
  if (!response.body || response.headers.has('content-length')) return;
  if (!COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return;
  const bytes = await response.arrayBuffer();
  c.res = new Response(bytes, response);
  c.res.headers.set('Content-Length', String(bytes.byteLength));
});

const gzipOrDeflate = compress({ threshold: compressAbove });

/**
 * gzip (or deflate) for JSON, CSV, HTML and CSS bodies over 1 KB when the client
 * accepts it; `Vary: Accept-Encoding` on them either way, for CloudFront and browsers.
 * Behind API Gateway the Lambda adapter sends the compressed bytes base64-encoded.
 */
export const compression: MiddlewareHandler = (c, next) =>
  gzipOrDeflate(c, async () => {
    await stateBodyLength(c, next);
  });
