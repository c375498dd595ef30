import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../functions/api/client-address.ts';
import { originLock, originVerifyHeader } from '../../../functions/api/middleware/origin-lock.ts';

const originSecret = 'origin-secret-0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The address the app would use for a request with these headers and bindings, behind
 * the origin lock as the API functions are (here with a secret the request carries).
 */
async function addressOf(headers: Record<string, string>, env: unknown): Promise<string> {
  const app = new Hono().use(originLock([originSecret])).get('/', (c) => c.text(clientAddress(c)));
  return (
    await app.request('/', { headers: { ...headers, [originVerifyHeader]: originSecret } }, env)
  ).text();
}

const behindCloudFront = (sourceIp: string) => ({ requestContext: { http: { sourceIp } } });

describe('the client address for the lockout', () => {
  it('is the address CloudFront appended, not what the client wrote before it', async () => {
    expect(
      await addressOf(
        { 'x-forwarded-for': '1.2.3.4, 198.51.100.7' },
        behindCloudFront('130.176.1.1'),
      ),
    ).toBe('198.51.100.7');
  });

  it('skips an address API Gateway appended for CloudFront itself', async () => {
    expect(
      await addressOf(
        { 'x-forwarded-for': '9.9.9.9, 198.51.100.7, 130.176.1.1' },
        behindCloudFront('130.176.1.1'),
      ),
    ).toBe('198.51.100.7');
  });

  it('cannot be changed by a client rotating forged first entries', async () => {
    const seen = new Set<string>();
    for (const forged of ['10.0.0.1', '10.0.0.2', '203.0.113.9, 10.0.0.3']) {
      seen.add(
        await addressOf(
          { 'x-forwarded-for': `${forged}, 198.51.100.7` },
          behindCloudFront('130.176.1.1'),
        ),
      );
    }
    expect([...seen]).toEqual(['198.51.100.7']);
  });

  it('is the socket address locally, where no proxy adds the header', async () => {
    expect(await addressOf({}, { incoming: { socket: { remoteAddress: '127.0.0.1' } } })).toBe(
      '127.0.0.1',
    );
  });

  it('is "unknown" when nothing says', async () => {
    expect(await addressOf({}, undefined)).toBe('unknown');
  });

  it('ignores X-Forwarded-For where no origin lock vouched for the request', async () => {
    const app = new Hono().get('/', (c) => c.text(clientAddress(c)));
    const response = await app.request(
      '/',
      { headers: { 'x-forwarded-for': '198.51.100.7' } },
      behindCloudFront('203.0.113.50'),
    );
    expect(await response.text()).toBe('203.0.113.50');
  });

  it('believes X-Forwarded-For with the lock off (npm start, no CloudFront in front)', async () => {
    const app = new Hono().use(originLock([])).get('/', (c) => c.text(clientAddress(c)));
    const response = await app.request(
      '/',
      { headers: { 'x-forwarded-for': '198.51.100.8' } },
      { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
    );
    expect(await response.text()).toBe('198.51.100.8');
  });
});
