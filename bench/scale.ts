import { join } from 'node:path';
import { unambiguousAlphabet } from '../functions/domain/application/reference.ts';
import { townships } from '../functions/domain/divisions.ts';
import { devIdToken } from '../functions/local/dev-sign-in.ts';
import {
  type LocalSystem,
  localDevelopmentHashKey,
  startLocalSystem,
} from '../functions/local/local-system.ts';
import { createApplicationRepository } from '../functions/store/application-repository.ts';
import { createDocumentClient } from '../functions/store/dynamo-client.ts';
import { createHasher } from '../functions/store/secrets.ts';
import { exampleRecord } from '../test/support/record-example.ts';
import { root } from './bundle.ts';
import { percentile } from './stats.ts';

/**
 * The staff queue and the status lookup with 1k, 10k and 100k applications in the
 * table (spread over the 33 townships). One local system per size, each seeded first;
 * then, after a warm-up, rounds of requests to each in turn, so a machine that speeds
 * up or slows down during the run weighs on every size alike. p50 and p99 of all the
 * rounds' requests. Nothing on a request path scans, so the times should stay flat.
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
const rounds = 5;
const requestsPerRound = 60;

/** The i-th seeded reference, written in the reference alphabet (base 31). */
function referenceFor(i: number): string {
  let code = '';
  for (let n = i, k = 0; k < 8; k++, n = Math.floor(n / unambiguousAlphabet.length))
    code = `${unambiguousAlphabet[n % unambiguousAlphabet.length]}${code}`;
  return `PN-2611-${code.slice(0, 4)}-${code.slice(4)}`;
}

async function timeRequests(count: number, send: () => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await send();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`scale request failed: ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

interface SeededSystem {
  readonly size: number;
  readonly system: LocalSystem;
  readonly seedSeconds: number;
  readonly status: () => Promise<Response>;
  readonly queue: () => Promise<Response>;
}

async function seededSystem(size: number): Promise<SeededSystem> {
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
  const started = performance.now();
  let seeded = 0;
  const next = async () => {
    const i = seeded++;
    if (i >= size) return false;
    await repo.create(
      exampleRecord({
        reference: referenceFor(i),
        townshipCode: townships[i % townships.length]?.code ?? '445281001000',
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
  const seedSeconds = (performance.now() - started) / 1000;
  const token = await devIdToken(system.url, 'dev-445281001000');
  const reference = referenceFor(0);
  return {
    size,
    system,
    seedSeconds,
    status: () =>
      fetch(`${system.url}/api/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reference, accessCode }),
      }),
    queue: () =>
      fetch(`${system.url}/api/staff/queue`, { headers: { Authorization: `Bearer ${token}` } }),
  };
}

export async function scaleFigures(
  sizes: readonly number[] = (process.env.BENCH_SCALE ?? '1000,10000,100000')
    .split(',')
    .map(Number),
): Promise<ScaleFigures[]> {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const systems: SeededSystem[] = [];
  try {
    for (const size of sizes) systems.push(await seededSystem(size));
    for (const s of systems) {
      await timeRequests(requestsPerRound, s.status);
      await timeRequests(requestsPerRound, s.queue);
    }
    const status = new Map(systems.map((s) => [s.size, [] as number[]]));
    const queue = new Map(systems.map((s) => [s.size, [] as number[]]));
    for (let round = 0; round < rounds; round++)
      for (const s of systems) {
        status.get(s.size)?.push(...(await timeRequests(requestsPerRound, s.status)));
        queue.get(s.size)?.push(...(await timeRequests(requestsPerRound, s.queue)));
      }
    return systems.map((s) => {
      const statusTimes = status.get(s.size) ?? [];
      const queueTimes = queue.get(s.size) ?? [];
      return {
        applications: s.size,
        statusP50Ms: percentile(statusTimes, 50),
        statusP99Ms: percentile(statusTimes, 99),
        queueP50Ms: percentile(queueTimes, 50),
        queueP99Ms: percentile(queueTimes, 99),
        seedSeconds: Math.round(s.seedSeconds),
      };
    });
  } finally {
    for (const s of systems) await s.system.close();
  }
}
