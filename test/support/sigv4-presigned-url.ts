import { createHash, createHmac } from 'node:crypto';

/**
 * Checks a presigned S3 URL as S3 would, on its own (node:crypto and the Signature V4
 * specification, no SDK code): recomputes the signature of the request a browser would
 * send — the URL, the method and the headers it sends — from the secret key, and
 * compares it with the URL's. The signed headers are taken from the request, so a
 * request with another content type or length does not match a URL that signed them.
 */
export function presignedUrlAccepts(
  url: string,
  request: { method: 'GET' | 'PUT'; headers?: Record<string, string> },
  secretAccessKey: string,
): boolean {
  const parsed = new URL(url);
  const query = parsed.searchParams;
  const signature = query.get('X-Amz-Signature');
  const amzDate = query.get('X-Amz-Date') ?? '';
  const [, ...scopeParts] = (query.get('X-Amz-Credential') ?? '').split('/');
  const [date = '', region = '', service = ''] = scopeParts;
  const signedHeaders = (query.get('X-Amz-SignedHeaders') ?? '').split(';');

  const headers = new Map(
    Object.entries({ host: parsed.host, ...request.headers }).map(([n, v]) => [
      n.toLowerCase(),
      v.trim(),
    ]),
  );
  if (signedHeaders.some((name) => !headers.has(name))) return false;
  const canonicalQuery = [...query]
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [escapeUri(name), escapeUri(value)])
    .sort(([a = '', x = ''], [b = '', y = '']) => (a === b ? compare(x, y) : compare(a, b)))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalRequest = [
    request.method,
    parsed.pathname,
    canonicalQuery,
    signedHeaders.map((name) => `${name}:${headers.get(name)}\n`).join(''),
    signedHeaders.join(';'),
    'UNSIGNED-PAYLOAD',
  ].join('\n');
  const scope = scopeParts.join('/');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = [date, region, service, 'aws4_request'].reduce<Buffer | string>(
    (key, part) => hmac(key, part),
    `AWS4${secretAccessKey}`,
  );
  return hmac(signingKey, stringToSign).toString('hex') === signature;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: Buffer | string, text: string) =>
  createHmac('sha256', key).update(text).digest();
/** RFC 3986 escaping, as Signature V4 canonicalises a query. */
const escapeUri = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
