import { timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { negotiateLocale } from '../../domain/locale.ts';
import { buildProblem, problemResponse } from '../problem.ts';

/**
 * The header CloudFront adds to every request it sends to the API (an origin custom
 * header, infra/lib/origin-secret.ts). CloudFront replaces a header of that name sent by
 * a viewer, so only CloudFront can set it.
 */
export const originVerifyHeader = 'x-origin-verify';

export type OriginLockVariables = {
  /**
   * True when X-Forwarded-For may be believed: the request carried the origin secret,
   * or the lock is off (`npm start`, tests: no CloudFront in front).
   */
  forwardedForTrusted: boolean;
};

const rejection = {
  'zh-CN': '请通过普宁市社会救助服务平台的网址访问。',
  en: 'Use the portal’s own address: the API answers only requests made through it.',
} as const;

function matchesAny(given: string, secrets: readonly Buffer[]): boolean {
  const candidate = Buffer.from(given);
  // Every secret is compared, in constant time each, so timing tells nothing.
  let matched = false;
  for (const secret of secrets) {
    if (secret.length === candidate.length && timingSafeEqual(secret, candidate)) matched = true;
  }
  return matched;
}

/**
 * The API's first check: with origin secrets configured (the current value, and the
 * previous one during a rotation), a request without one of them in `X-Origin-Verify`
 * came around CloudFront (straight to the execute-api address) and is answered 403
 * before anything else runs. Without secrets the lock is off.
 */
export function originLock(secrets: readonly string[]) {
  const known = secrets.filter((secret) => secret.length > 0).map((s) => Buffer.from(s));
  return createMiddleware<{ Variables: OriginLockVariables }>(async (c, next) => {
    if (known.length === 0) {
      c.set('forwardedForTrusted', true);
      return next();
    }
    if (!matchesAny(c.req.header(originVerifyHeader) ?? '', known)) {
      const locale = negotiateLocale(c.req.header('accept-language'));
      return problemResponse(c, buildProblem('forbidden', locale, { detail: rejection[locale] }));
    }
    c.set('forwardedForTrusted', true);
    return next();
  });
}
