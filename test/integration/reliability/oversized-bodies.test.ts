import { request } from 'node:http';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../../functions/api/app.ts';
import type { LocalSystem } from '../../../functions/local/local-system.ts';
import { buildSiteIfStale } from '../../../functions/local/site-build.ts';
import { startTestSystem } from '../../support/local-system.ts';

const root = resolve(import.meta.dirname, '../../..');
let system: LocalSystem;

beforeAll(async () => {
  await buildSiteIfStale(root);
  system = await startTestSystem({ port: 0, siteDir: join(root, 'web/dist') });
}, 120_000);
afterAll(() => system.close());

/** Sends a body with a Content-Length over real HTTP and reads the status. */
function sendWithLength(body: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      new URL('/api/eligibility', system.url),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Streams a chunked body (no Content-Length) on a raw socket, as a slow phone would,
 * and returns what the server answered: the status line arrives while the upload is
 * still going on, because the server stops reading at the limit.
 */
function sendChunked(total: number): Promise<string> {
  const { port } = new URL(system.url);
  return new Promise((resolvePromise) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(
        'POST /api/eligibility HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
      );
      let sent = 0;
      const timer = setInterval(() => {
        if (socket.destroyed || sent >= total) {
          clearInterval(timer);
          if (!socket.destroyed) socket.end('0\r\n\r\n');
          return;
        }
        const chunk = 'a'.repeat(8192);
        socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
        sent += chunk.length;
      }, 2);
    });
    let answer = '';
    socket.on('data', (data) => {
      answer += data.toString();
    });
    socket.on('close', () => resolvePromise(answer));
    socket.on('error', () => resolvePromise(answer));
  });
}

describe('oversized bodies', () => {
  const huge = Buffer.from(`{"x":"${'a'.repeat(maxBodyBytes * 4)}"}`);

  it('are refused with 413 when the Content-Length says so', async () => {
    const res = await sendWithLength(huge);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ status: 413 });
  });

  it('are refused with 413 when sent chunked, without a Content-Length', async () => {
    const answer = await sendChunked(maxBodyBytes * 4);
    expect(answer.startsWith('HTTP/1.1 413')).toBe(true);
    expect(answer).toContain('payload-too-large');
  });

  it('a body just under the limit is read and validated as usual', async () => {
    const res = await sendWithLength(Buffer.from(`{"x":"${'a'.repeat(maxBodyBytes - 100)}"}`));
    expect(res.status).toBe(400);
  });
});
