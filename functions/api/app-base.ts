import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { redactPersonalData } from '../shared/redact.ts';
import type { AppDeps } from './deps.ts';
import { compression } from './middleware/compression.ts';
import { type LocaleVariables, localeMiddleware } from './middleware/locale.ts';
import { originLock } from './middleware/origin-lock.ts';
import { requestLog } from './middleware/request-log.ts';
import { securityHeadersMiddleware } from './middleware/security-headers.ts';
import { buildProblem, problemForError, problemResponse } from './problem.ts';

/** Bodies larger than this are refused with 413 before anything parses them. */
export const maxBodyBytes = 64 * 1024;

export type ApiApp = Hono<{ Variables: LocaleVariables }>;

/**
 * What every API function shares before its routes: the origin lock, security headers,
 * the locale, one log line per request, compressed responses, the body limit, and
 * problem+json for unknown paths and errors.
 */
export function createBaseApp(deps: Pick<AppDeps, 'logger' | 'originSecrets'>): ApiApp {
  const app: ApiApp = new Hono();
  // First of all: a request that did not come through CloudFront goes no further.
  app.use('*', originLock(deps.originSecrets ?? []));
  app.use('*', securityHeadersMiddleware);
  app.use('*', localeMiddleware);
  app.use('*', requestLog(deps.logger));
  app.use('*', compression);
  const tooLarge = (c: Context<{ Variables: LocaleVariables }>) =>
    problemResponse(c, buildProblem('payload-too-large', c.get('locale')));
  const limitBody = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });
  app.use('*', async (c, next) => {
    // Local document uploads (up to 5 MB) have their own limit on their route.
    if (c.req.method === 'PUT' && c.req.path.startsWith('/api/uploads/')) return next();
    // No route reads the body of these.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    // A declared length is judged without touching the body, which keeps the server's
    // fast path for reading it; without one (chunked) the bytes are counted as they come.
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(declared) > maxBodyBytes ? tooLarge(c) : next();
    }
    return limitBody(c, next);
  });

  app.notFound((c) => problemResponse(c, buildProblem('not-found', c.get('locale'))));
  app.onError((error, c) => {
    const locale = c.get('locale') ?? 'zh-CN';
    const problem = problemForError(error, locale);
    if (problem) return problemResponse(c, problem);
    // The kind and a redacted message only: library messages can echo request data.
    deps.logger.error('unhandled error', {
      errorName: error.name,
      errorMessage: redactPersonalData(error.message),
    });
    return problemResponse(c, buildProblem('internal-error', locale));
  });
  return app;
}
