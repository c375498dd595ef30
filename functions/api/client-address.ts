import type { Context } from 'hono';

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
 */
export function clientAddress(c: Context): string {
  const env = (c.env ?? {}) as LambdaBindings & NodeBindings;
  const peer = env.requestContext?.http?.sourceIp ?? env.incoming?.socket?.remoteAddress;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (hops.length > 1 && hops.at(-1) === peer) hops.pop();
  return hops.at(-1) ?? peer ?? 'unknown';
}
