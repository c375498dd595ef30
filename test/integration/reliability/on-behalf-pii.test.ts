import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainApplication } from '../../../functions/notify/drain.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { capturedLogger } from '../../support/captured-logger.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { recordEvidence } from '../../support/summary.ts';
import { createTestApp } from '../../support/test-app.ts';

/**
 * Applying for someone adds personal data of a second person (the agent's name,
 * mobile and ID number; a witness's or guardian's name; the staff member a relative
 * is related to). None of it may reach a log line, on any path that handles it.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await startTestDatabase();
});
afterAll(() => database.close());

describe('personal data of agents, witnesses and relatives in logs', () => {
  it('an agent’s and an assistant’s journeys — submission, upload, status, relative, city visit, delivery — log none of it', async () => {
    const { logger, lines } = capturedLogger();
    const app = createTestApp(database, logger);
    const agentId = idNumberFor('1979-09-19', '246');
    const canaries = {
      applicantName: '金丝雀甲',
      applicantId: idNumberFor('1947-07-07', '135'),
      agentName: '金丝雀乙',
      agentMobile: '13077776666',
      agentId,
      witness: '金丝雀丙',
      relativeStaff: '金丝雀丁',
    };
    const application = exampleApplication({
      applicant: { name: canaries.applicantName, idNumber: canaries.applicantId },
      agent: {
        name: canaries.agentName,
        relationship: 'sibling',
        mobile: canaries.agentMobile,
        idNumber: canaries.agentId,
      },
      staffRelative: {
        position: 'village-cadre',
        staffName: canaries.relativeStaff,
        relationship: '堂兄',
      },
    });
    const res = await app.request('/api/applications', {
      method: 'POST',
      body: JSON.stringify(application),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'agent-canary-key-1' },
    });
    expect(res.status).toBe(201);
    const { reference, accessCode } = (await res.json()) as {
      reference: string;
      accessCode: string;
    };
    await app.request('/api/status/documents', {
      method: 'POST',
      body: JSON.stringify({
        reference,
        accessCode,
        type: 'authorisation',
        contentType: 'application/pdf',
        size: 300,
      }),
      headers: { 'Content-Type': 'application/json' },
    });
    await app.request('/api/status', {
      method: 'POST',
      body: JSON.stringify({ reference, accessCode }),
      headers: { 'Content-Type': 'application/json' },
    });

    // A refused body with the same personal data is not echoed into the logs either.
    await app.request('/api/applications', {
      method: 'POST',
      body: JSON.stringify({ ...application, agent: { ...application.agent, mobile: 'x' } }),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'agent-canary-key-2' },
    });

    const assistant = staffClient(
      app,
      await staffToken(['village-assistant'], { sub: 'va-1', division: '445281001201' }),
    );
    const behalf = await assistant.post('/api/staff/applications', {
      application: exampleApplication({
        applicant: { name: canaries.applicantName, idNumber: idNumberFor('1945-05-05', '777') },
      }),
      consentRecord: { way: 'oral-witnessed', witnessName: canaries.witness },
    });
    expect(behalf.status).toBe(201);

    const reviewer = staffClient(app, await staffToken(['township-445281001000']));
    const city = staffClient(app, await staffToken(['city-reviewer']));
    const { version } = await reviewer.view(reference);
    const declared = await reviewer.post(`/api/staff/applications/${reference}/staff-relative`, {
      version,
      input: {
        position: 'township-staff',
        staffName: canaries.relativeStaff,
        relationship: '妻弟',
      },
    });
    expect(declared.status).toBe(200);
    const marked = await city.view(reference);
    const visited = await city.post(`/api/staff/applications/${reference}/city-visit`, {
      version: marked.version,
      input: { visitedOn: '2026-11-28', findings: `${canaries.agentName}在场` },
    });
    expect(visited.status).toBe(200);
    // The export job reads every summary in scope and writes the file: its log lines too.
    const exported = await reviewer.exportCsv();
    expect(exported.status).toBe(200);

    const provider = { async send() {} };
    await drainApplication(reference, {
      repo: createApplicationRepository(database.db, database.tableName),
      channels: { sms: provider, email: provider, staff: provider },
      staffInbox: () => 'inbox@example.cn',
      messages: { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' },
      policy: { maxAttempts: 3, baseMs: 1, capMs: 1 },
      now: () => new Date(Date.now() + 60_000),
      random: () => 0,
      logger,
    });

    expect(lines.length).toBeGreaterThan(5);
    const all = lines.join('\n');
    for (const [what, canary] of Object.entries(canaries)) expect(all, what).not.toContain(canary);
    expect(all).not.toContain(accessCode);
    expect(all).not.toMatch(/\d{17}[\dXx]/);
    expect(all).not.toMatch(/1[3-9]\d{9}/);
    recordEvidence('PII in logs (applying for someone)', {
      lines: lines.length,
      canaries: Object.keys(canaries).length,
      canaryHits: 0,
    });
  });
});
