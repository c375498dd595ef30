import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteIfStale } from '../../../functions/local/site-build.ts';
import { createDocumentClient } from '../../../functions/store/dynamo-client.ts';
import { uniqueTableName } from '../../support/local-db.ts';
import { startTestSystem } from '../../support/local-system.ts';

const root = resolve(import.meta.dirname, '../../..');
const siteDir = join(root, 'web/dist');
const dataDirs: string[] = [];

beforeAll(async () => {
  await buildSiteIfStale(root);
}, 120_000);
afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function freshDataDir() {
  const dir = await mkdtemp(join(tmpdir(), 'puning-local-'));
  dataDirs.push(dir);
  return dir;
}

describe('the local system (npm start)', () => {
  it('serves the zh-CN home page, the English one and the API on one port', async () => {
    const system = await startTestSystem({ port: 0, dataDir: await freshDataDir(), siteDir });
    try {
      const home = await fetch(`${system.url}/`);
      expect(home.status).toBe(200);
      const html = await home.text();
      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toContain('普宁市社会救助服务平台');
      const en = await (await fetch(`${system.url}/en/`)).text();
      expect(en).toContain('<html lang="en">');
      const health = await fetch(`${system.url}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      const townships = (await (await fetch(`${system.url}/api/townships`)).json()) as {
        count: number;
      };
      expect(townships.count).toBe(33);
      const missing = await fetch(`${system.url}/no-such-page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('找不到这个页面');
    } finally {
      await system.close();
    }
  });

  it('keeps its data across a restart with the same DATA_DIR', async () => {
    const dataDir = await freshDataDir();
    // Named, so the second start finds the same table on an external engine too.
    const tableName = uniqueTableName('puning-restart');
    const first = await startTestSystem({ port: 0, dataDir, siteDir, tableName });
    const item = { PK: 'TEST#restart', SK: 'TEST', note: 'survives' };
    const writer = createDocumentClient({ region: first.region, endpoint: first.dynamoEndpoint });
    await writer.send(new PutCommand({ TableName: first.tableName, Item: item }));
    writer.destroy();
    await first.close();

    const second = await startTestSystem({ port: 0, dataDir, siteDir, tableName });
    try {
      const reader = createDocumentClient({
        region: second.region,
        endpoint: second.dynamoEndpoint,
      });
      const found = await reader.send(
        new GetCommand({ TableName: second.tableName, Key: { PK: item.PK, SK: item.SK } }),
      );
      reader.destroy();
      expect(found.Item).toEqual(item);
    } finally {
      await second.close();
    }
  });

  it('runs two instances side by side with different ports and data folders', async () => {
    const [a, b] = await Promise.all([
      startTestSystem({ port: 0, dataDir: await freshDataDir(), siteDir }),
      startTestSystem({ port: 0, dataDir: await freshDataDir(), siteDir }),
    ]);
    try {
      expect(a.url).not.toBe(b.url);
      const [ha, hb] = await Promise.all([
        fetch(`${a.url}/api/health`).then((r) => r.json()),
        fetch(`${b.url}/api/health`).then((r) => r.json()),
      ]);
      expect(ha).toMatchObject({ status: 'ok' });
      expect(hb).toMatchObject({ status: 'ok' });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
