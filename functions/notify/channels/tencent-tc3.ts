import { createHash, createHmac } from 'node:crypto';

/**
 * Tencent Cloud API signature v3 (TC3-HMAC-SHA256) for a JSON POST, as documented for
 * every Tencent Cloud API and as the official SDK computes it (a test signs the same
 * request with the SDK's own signer and compares). The headers signed are the content
 * type and the host, like the SDK's.
 */
export interface Tc3Request {
  readonly service: string;
  readonly host: string;
  readonly body: string;
  /** Seconds since the epoch; also the X-TC-Timestamp header. */
  readonly timestamp: number;
  readonly secretId: string;
  readonly secretKey: string;
}

export const tc3ContentType = 'application/json; charset=utf-8';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: string | Buffer, text: string) =>
  createHmac('sha256', key).update(text, 'utf8').digest();

export function tc3Authorization(request: Tc3Request): string {
  const signedHeaders = 'content-type;host';
  const canonicalRequest = [
    'POST',
    '/',
    '',
    `content-type:${tc3ContentType}\nhost:${request.host}\n`,
    signedHeaders,
    sha256Hex(request.body),
  ].join('\n');
  // The UTC day of the timestamp.
  const date = new Date(request.timestamp * 1000).toISOString().slice(0, 10);
  const scope = `${date}/${request.service}/tc3_request`;
  const stringToSign = [
    'TC3-HMAC-SHA256',
    String(request.timestamp),
    scope,
    sha256Hex(canonicalRequest),
  ].join('\n');
  const signingKey = hmac(
    hmac(hmac(`TC3${request.secretKey}`, date), request.service),
    'tc3_request',
  );
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${request.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
