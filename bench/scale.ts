import { join } from 'node:path';
import { unambiguousAlphabet } from '../functions/domain/application/reference.ts';
import { townships } from '../functions/domain/divisions.ts';
import { devIdToken } from '../functions/local/dev-sign-in.ts';
import { localDevelopmentHashKey, startLocalSystem } from '../functions/local/local-system.ts';
import { createApplicationRepository } from '../functions/store/application-repository.ts';
import { createDocumentClient } from '../functions/store/dynamo-client.ts';
import { createHasher } from '../functions/store/secrets.ts';
import { exampleRecord } from '../test/support/record-example.ts';
import { root } from './bundle.ts';
import { percentile } from './stats.ts';

/**
 * The staff queue and the status lookup with 1k, 10k and 100k applications in the
 * table (spread over the 33 townships): p50 and p99 of 300 sequential requests at
 * each size. Nothing on a request path scans, so the times should stay flat.
 */
export interface ScaleFigures {
  readonly applications: number;
  readonly statusP50Ms: number;
  readonly statusP99Ms: number;
  readonly queueP50Ms: number;
  readonly queueP99Ms: number;
  readonly seedSeconds: number;
}

const accessCode = 'BENCH234';

/** The i-th seeded reference, written in the reference alphabet (base 31). */
function referenceFor(i: number): string {
  let code = '';
  for (let n = i, k = 0; k < 8; k++, n = Math.floor(n / unambiguousAlphabet.length))
    code = `${unambiguousAlphabet[n % unambiguousAlphabet.length]}${code}`;
  return `PN-2611-${code.slice(0, 4)}-${code.slice(4)}`;
}

async function timeRequests(count: number, send: () => Promise<Response>) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await send();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`scale request failed: ${response.status}`);
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

export async function scaleFigures(
  sizes: readonly number[] = (process.env.BENCH_SCALE ?? '1000,10000,100000')
    .split(',')
    .map(Number),
): Promise<ScaleFigures[]> {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const system = await startLocalSystem({
    port: 0,
    siteDir: join(root, 'web/dist'),
    notifyEveryMs: 0,
  });
  const repo = createApplicationRepository(
    createDocumentClient({ region: 'cn-north-1', endpoint: system.dynamoEndpoint }),
    system.tableName,
  );
  const hasher = createHasher(localDevelopmentHashKey);
  const salt = hasher.newSalt();
  const accessHash = { salt, hash: hasher.accessCodeHash(accessCode, salt) };
  const token = await devIdToken(system.url, 'dev-445281001000');
  const figures: ScaleFigures[] = [];
  let seeded = 0;
  try {
    for (const size of sizes) {
      const started = performance.now();
      const next = async () => {
        const i = seeded++;
        if (i >= size) return false;
        const township = townships[i % townships.length]?.code ?? '445281001000';
        await repo.create(
          exampleRecord({
            reference: referenceFor(i),
            townshipCode: township,
            dueAt: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
            accessCode: accessHash,
          }),
        );
        return true;
      };
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (await next()) {}
        }),
      );
      seeded = Math.max(seeded, size);
      const seedSeconds = (performance.now() - started) / 1000;
      const reference = referenceFor(0);
      const status = await timeRequests(300, () =>
        fetch(`${system.url}/api/status`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ reference, accessCode }),
        }),
      );
      const queue = await timeRequests(300, () =>
        fetch(`${system.url}/api/staff/queue`, { headers: { Authorization: `Bearer ${token}` } }),
      );
      figures.push({
        applications: size,
        statusP50Ms: status.p50,
        statusP99Ms: status.p99,
        queueP50Ms: queue.p50,
        queueP99Ms: queue.p99,
        seedSeconds: Math.round(seedSeconds),
      });
    }
  } finally {
    await system.close();
  }
  return figures;
}
