import type { ApplicationInput } from '../../functions/domain/application/application-input.ts';
import { bearer } from './staff-tokens.ts';
import type { createTestApp } from './test-app.ts';

type TestApp = ReturnType<typeof createTestApp>;

let serial = 0;

/** Submits an application through the public API; returns its reference and access code. */
export async function submitApplication(
  app: TestApp,
  application: ApplicationInput,
): Promise<{ reference: string; accessCode: string }> {
  const response = await app.request('/api/applications', {
    method: 'POST',
    body: JSON.stringify(application),
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': `staff-test-${process.pid}-${++serial}-${Date.now()}`,
    },
  });
  if (response.status !== 201)
    throw new Error(`submission failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { reference: string; accessCode: string };
}

/** A staff member's view of the API, with their token. */
export function staffClient(app: TestApp, token: string) {
  const headers = { ...bearer(token), 'Content-Type': 'application/json' };
  return {
    get: (path: string) => app.request(path, { headers }),
    async view(reference: string) {
      const response = await app.request(`/api/staff/applications/${reference}`, { headers });
      if (response.status !== 200) throw new Error(`view ${reference}: ${response.status}`);
      return (await response.json()) as { version: number; status: string } & Record<
        string,
        unknown
      >;
    },
    post: (path: string, body: unknown) =>
      app.request(path, { method: 'POST', headers, body: JSON.stringify(body) }),
    /**
     * Runs a CSV export as the console does: starts the job, polls it until it is done,
     * and fetches the file from the link it gives.
     */
    async exportCsv(township?: string): Promise<Response> {
      const started = await this.post('/api/staff/exports', township ? { township } : {});
      if (started.status !== 202) throw new Error(`export: ${started.status}`);
      const { id } = (await started.json()) as { id: string };
      for (let attempt = 0; attempt < 500; attempt++) {
        const job = (await (await this.get(`/api/staff/exports/${id}`)).json()) as {
          state: string;
          download?: { url: string };
        };
        if (job.state === 'failed') throw new Error('export failed');
        if (job.download) return app.request(job.download.url);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('export did not finish');
    },
    /** Takes an action at the current version (read first). */
    async act(reference: string, action: string, input: Record<string, unknown> = {}) {
      const { version } = await this.view(reference);
      return app.request(`/api/staff/applications/${reference}/actions/${action}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ version, input }),
      });
    },
    /** Takes a decision on one programme's line at that line's current version. */
    async actOn(
      reference: string,
      programme: string,
      action: string,
      input: Record<string, unknown> = {},
    ) {
      const view = (await this.view(reference)) as unknown as {
        version: number;
        lines: { programme: string; version: number }[];
      };
      const line = view.lines.find((l) => l.programme === programme);
      return app.request(`/api/staff/applications/${reference}/actions/${action}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          version: view.version,
          programme,
          lineVersion: line?.version,
          input,
        }),
      });
    },
  };
}
