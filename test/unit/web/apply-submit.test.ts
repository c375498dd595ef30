import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyApplyDraft } from '../../../web/src/islands/apply/draft.ts';
import { submitApplication } from '../../../web/src/islands/apply/submit.tsx';

// What the application page does with each answer, or with none: an answer from the API
// is shown; no answer (offline, a dropped connection, a gateway, a submission still
// being written) is "not gone through yet", to be sent again with the same key.
const sent: Request[] = [];
let answer: () => Promise<Response>;
let online = true;

beforeEach(() => {
  sent.length = 0;
  online = true;
  vi.stubGlobal('navigator', {
    get onLine() {
      return online;
    },
  });
  vi.stubGlobal('fetch', (input: string, init: RequestInit) => {
    sent.push(new Request(`http://portal.test${input}`, init));
    return answer();
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Promise.resolve(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    }),
  );

describe('submitting the application', () => {
  it('when the connection drops, says it has not gone through, and every try carries the same idempotency key', async () => {
    const draft = emptyApplyDraft();
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await submitApplication(draft, 'zh-CN')).toEqual({ ok: false, unreachable: true });
    answer = () => json(201, { reference: 'PN-2026-AB12-CD34', accessCode: 'K7P2', nextSteps: [] });
    const second = await submitApplication(draft, 'zh-CN');
    expect(second.ok).toBe(true);
    expect(sent.map((r) => r.headers.get('Idempotency-Key'))).toEqual([
      draft.idempotencyKey,
      draft.idempotencyKey,
    ]);
  });

  it('sends nothing while the browser knows it is offline', async () => {
    online = false;
    answer = () => json(201, {});
    expect(await submitApplication(emptyApplyDraft(), 'en')).toEqual({
      ok: false,
      unreachable: true,
    });
    expect(sent).toEqual([]);
  });

  it('waits as the API asks when the same submission is still being written (409 with Retry-After)', async () => {
    answer = () => json(409, { type: 'submission-in-progress' }, { 'Retry-After': '2' });
    expect(await submitApplication(emptyApplyDraft(), 'zh-CN')).toEqual({
      ok: false,
      unreachable: true,
      retryAfterMs: 2000,
    });
  });

  it('tries again later when a gateway did not reach the API (503)', async () => {
    answer = () => Promise.resolve(new Response('', { status: 503 }));
    expect(await submitApplication(emptyApplyDraft(), 'zh-CN')).toEqual({
      ok: false,
      unreachable: true,
      retryAfterMs: 5000,
    });
  });

  it('shows the API’s field errors on the screen of the field, never as a network problem', async () => {
    answer = () =>
      json(400, { errors: [{ path: 'applicant.mobile', message: '请填写 11 位手机号码' }] });
    expect(await submitApplication(emptyApplyDraft(), 'zh-CN')).toEqual({
      ok: false,
      step: 'applicant',
      errors: [{ path: 'applicant.mobile', message: '请填写 11 位手机号码' }],
    });
  });

  it('a 409 for an open application of the same person is an answer, not a retry', async () => {
    answer = () => json(409, { title: 'Already applied', detail: '您已有一份在办的申请' });
    const outcome = await submitApplication(emptyApplyDraft(), 'zh-CN');
    expect(outcome).toEqual({
      ok: false,
      step: null,
      errors: [{ path: '', message: '您已有一份在办的申请' }],
    });
  });
});
