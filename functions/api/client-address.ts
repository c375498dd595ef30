import type { Context } from 'hono';
import type { OriginLockVariables } from './middleware/origin-lock.ts';

interface LambdaBindings {
  readonly requestContext?: { readonly http?: { readonly sourceIp?: string } };
}
interface NodeBindings {
  readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } };
}

/**
 * The address a request came from, for the per-client lockout. Behind CloudFront the
 * client is the last X-Forwarded-For entry (CloudFront appends the address it saw;
 * entries before it are whatever the client sent, so never the first), skipping any
 * entry equal to the immediate peer (API Gateway appending CloudFront's own address).
 * Without the header, the peer itself: the socket locally.
 *
 * The header is read only when the origin lock vouched for the request (it carried
 * CloudFront's origin secret, or the lock is off): anyone calling the execute-api
 * address directly could write any X-Forwarded-For and choose whose lockout counts.
 */
export function clientAddress(c: Context): string {
  const env = (c.env ?? {}) as LambdaBindings & NodeBindings;
  const peer = env.requestContext?.http?.sourceIp ?? env.incoming?.socket?.remoteAddress;
  const { forwardedForTrusted } = c.var as Partial<OriginLockVariables>;
  if (forwardedForTrusted !== true) return peer ?? 'unknown';
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (hops.length > 1 && hops.at(-1) === peer) hops.pop();
  return hops.at(-1) ?? peer ?? 'unknown';
}
