import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { httpApiEvent } from '../test/fixtures/api-gateway-v2-event.ts';
import { root } from './bundle.ts';
import { median } from './stats.ts';

const run = promisify(execFile);

export interface ColdStartTarget {
  readonly name: string;
  readonly file: string;
  readonly event: unknown;
  /** Set on top of the shared environment for this target only. */
  readonly env?: Record<string, string>;
}

export interface ColdStartFigures {
  readonly name: string;
  readonly runs: number;
  /** Process start → handler module imported and ready, median. */
  readonly readyMs: number;
  /** Of which importing the bundle, median. */
  readonly importMs: number;
  /** The first invocation after init, median. */
  readonly firstRequestMs: number;
}

/**
 * Starts a fresh Node process per run for each bundle, interleaved so that machine
 * noise spreads evenly over the targets, and reports medians.
 */
export async function measureColdStarts(
  targets: readonly ColdStartTarget[],
  runs: number,
  env: Record<string, string>,
): Promise<ColdStartFigures[]> {
  const samples = new Map(
    targets.map((t) => [
      t.name,
      [] as { readyMs: number; importMs: number; firstRequestMs: number }[],
    ]),
  );
  for (let i = 0; i < runs; i++) {
    for (const target of targets) {
      const { stdout } = await run(
        process.execPath,
        [join(root, 'bench/cold-start-probe.mjs'), target.file, JSON.stringify(target.event)],
        { env: { ...process.env, ...env, ...target.env }, cwd: root },
      );
      samples.get(target.name)?.push(JSON.parse(stdout));
    }
  }
  return targets.map((t) => {
    const s = samples.get(t.name) ?? [];
    return {
      name: t.name,
      runs: s.length,
      readyMs: median(s.map((x) => x.readyMs)),
      importMs: median(s.map((x) => x.importMs)),
      firstRequestMs: median(s.map((x) => x.firstRequestMs)),
    };
  });
}

export const healthEvent = httpApiEvent('GET', '/api/health');
// A staff request without a token: with sign-in configured the staff routes are mounted
// and the authenticator answers 401 before any key is fetched.
export const staffMeEvent = httpApiEvent('GET', '/api/staff/me');
export const floorEvent = httpApiEvent('POST', '/item', {
  body: JSON.stringify({ id: 'bench' }),
  headers: { 'content-type': 'application/json' },
});
