import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newExportJob } from '../../../functions/domain/staff/export-job.ts';
import { runExport } from '../../../functions/exports/run-export.ts';
import { createLogger } from '../../../functions/shared/logger.ts';
import { createApplicationRepository } from '../../../functions/store/application-repository.ts';
import { createExportJobStore } from '../../../functions/store/export-jobs.ts';
import { createLocalExportStorage } from '../../../functions/store/export-storage.ts';
import { exampleApplication, idNumberFor } from '../../support/application-example.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';
import { staffClient, submitApplication } from '../../support/staff-client.ts';
import { staffToken } from '../../support/staff-tokens.ts';
import { createTestApp, testExportsFolder } from '../../support/test-app.ts';

const liushaEast = '445281001000';
const chiwei = '445281005000';
const villages: Record<string, string> = { [liushaEast]: '445281001201', [chiwei]: '445281005201' };

let clock = new Date('2026-11-30T02:00:00.000Z');
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let person = 0;

async function applyIn(township: string) {
  return submitApplication(
    app,
    exampleApplication({
      applicant: {
        name: '导出测试',
        idNumber: idNumberFor('1960-01-01', String(++person).padStart(3, '0')),
        mobile: '13800000000',
      },
      residence: {
        townshipCode: township as typeof liushaEast,
        villageCode: villages[township] ?? '',
        address: '1 号',
      },
    }),
  );
}

beforeAll(async () => {
  database = await startTestDatabase();
  app = createTestApp(database, undefined, () => clock);
  await applyIn(liushaEast);
  await applyIn(liushaEast);
  await applyIn(chiwei);
});
afterAll(() => database.close());

const rowsOf = (csv: string) =>
  csv
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '');

describe('the CSV export as a job', () => {
  it("writes the township's rows only, and the job counts them", async () => {
    const reviewer = staffClient(app, await staffToken([`township-${liushaEast}`]));
    const bytes = new Uint8Array(await (await reviewer.exportCsv()).arrayBuffer());
    // The byte-order mark first, for spreadsheets to read the Chinese.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('申请编号')).toBe(true);
    expect(rowsOf(csv)).toHaveLength(2);
    expect(rowsOf(csv).every((row) => row.includes('流沙东街道'))).toBe(true);
  });

  it('writes every township for the city, and says how many rows it wrote', async () => {
    const city = staffClient(app, await staffToken(['city-reviewer']));
    const started = await city.post('/api/staff/exports', {});
    const { id } = (await started.json()) as { id: string };
    const csv = await (await city.exportCsv()).text();
    expect(rowsOf(csv)).toHaveLength(3);
    const job = (await (await city.get(`/api/staff/exports/${id}`)).json()) as { rows: number };
    expect(job.rows).toBe(3);
  });

  it('shows a job and its file to the person who asked only, not to another township', async () => {
    const liusha = staffClient(app, await staffToken([`township-${liushaEast}`]));
    const chiweiReviewer = staffClient(app, await staffToken([`township-${chiwei}`]));
    const started = await liusha.post('/api/staff/exports', {});
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    expect(started.headers.get('location')).toBe(`/api/staff/exports/${id}`);
    expect((await chiweiReviewer.get(`/api/staff/exports/${id}`)).status).toBe(404);
    // Nor may a reviewer ask for another township's file in the first place.
    expect((await liusha.post('/api/staff/exports', { township: chiwei })).status).toBe(404);
  });

  it('gives a link that stops working after 5 minutes', async () => {
    const reviewer = staffClient(app, await staffToken([`township-${liushaEast}`]));
    await reviewer.exportCsv();
    const started = await reviewer.post('/api/staff/exports', {});
    const { id } = (await started.json()) as { id: string };
    let link = '';
    for (let i = 0; i < 200 && !link; i++) {
      const job = (await (await reviewer.get(`/api/staff/exports/${id}`)).json()) as {
        download?: { url: string };
      };
      link = job.download?.url ?? '';
      if (!link) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await app.request(link)).status).toBe(200);
    clock = new Date(clock.getTime() + 5 * 60 * 1000 + 1000);
    expect((await app.request(link)).status).toBe(404);
    // A forged link is refused too.
    expect((await app.request(`${link.slice(0, -3)}abc`)).status).toBe(404);
  });

  it('marks the job failed and leaves no file when writing fails', async () => {
    const jobs = createExportJobStore(database.db, database.tableName);
    const storage = createLocalExportStorage({ folder: testExportsFolder, secret: 's' });
    const job = newExportJob(crypto.randomUUID(), liushaEast, { id: 'lsd-1' }, clock);
    await jobs.create(job);
    const failing = {
      open: async (key: string) => {
        const writer = await storage.open(key);
        let writes = 0;
        return {
          ...writer,
          write: async (text: string) => {
            if (++writes > 1) throw new Error('disk full');
            await writer.write(text);
          },
        };
      },
    };
    const state = await runExport(
      {
        repo: createApplicationRepository(database.db, database.tableName),
        jobs,
        storage: failing,
        now: () => clock,
        logger: createLogger(),
      },
      job.id,
    );
    expect(state).toBe('failed');
    expect((await jobs.get(job.id))?.state).toBe('failed');
    expect(await readdir(testExportsFolder)).not.toContain(`${job.id}.csv`);
    // A retried worker does not start a finished job again.
    const again = await runExport(
      {
        repo: createApplicationRepository(database.db, database.tableName),
        jobs,
        storage,
        now: () => clock,
        logger: createLogger(),
      },
      job.id,
    );
    expect(again).toBe('failed');
  });
});
