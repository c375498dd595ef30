import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import autocannon from 'autocannon';
import { idNumberCheckCharacter } from '../functions/domain/id-number.ts';
import { exampleCheckInput } from '../functions/domain/policy/check-input-example.ts';
import { devIdToken } from '../functions/local/dev-sign-in.ts';
import { type LocalSystem, startLocalSystem } from '../functions/local/local-system.ts';
import { createDocumentClient } from '../functions/store/dynamo-client.ts';
import { exampleApplication } from '../test/support/application-example.ts';
import { root } from './bundle.ts';
import { median } from './stats.ts';

/**
 * The local API under load (autocannon, 127.0.0.1 only, a few seconds per route):
 * submit, status lookup, eligibility and the staff queue — each beside the raw floor
 * of the same DynamoDB calls made with the bare SDK against the same embedded engine,
 * from a bare node:http server. Figures, not assertions.
 */
export interface LoadFigures {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly requests: number;
}

const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 3);
const rounds = Number(process.env.BENCH_LOAD_ROUNDS ?? 5);
const connections = 10;

type Target = {
  readonly name: string;
  readonly options: Omit<autocannon.Options, 'duration' | 'connections'>;
};

async function run(target: Target, duration: number) {
  return autocannon({ ...target.options, duration, connections });
}

/**
 * Measures a route and its floor in alternation: a one-second warm-up of each (not
 * counted), then `rounds` rounds of `seconds` each, A B A B …, so a machine that
 * speeds up or slows down during the run weighs on both alike. Medians of the rounds.
 */
async function measureSideBySide(...targets: Target[]): Promise<LoadFigures[]> {
  for (const target of targets) await run(target, 1);
  const results = new Map(targets.map((t) => [t.name, [] as autocannon.Result[]]));
  for (let round = 0; round < rounds; round++)
    for (const target of targets) results.get(target.name)?.push(await run(target, seconds));
  return targets.map((target) => {
    const all = results.get(target.name) ?? [];
    return {
      name: target.name,
      requestsPerSecond: Math.round(median(all.map((r) => r.requests.average))),
      p50Ms: median(all.map((r) => r.latency.p50)),
      p99Ms: median(all.map((r) => r.latency.p99)),
      errors: all.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
      requests: all.reduce((sum, r) => sum + r.requests.total, 0),
    };
  });
}

let serial = 0;
/** A new person per submission, so no request is a duplicate. */
function uniqueApplication(): string {
  serial++;
  // Birth year, month, day and sequence from one counter: 9,000 distinct people.
  const seventeen = `445281${1950 + (serial % 40)}0${1 + (serial % 9)}1${serial % 10}${String(serial % 1000).padStart(3, '0')}`;
  return JSON.stringify(
    exampleApplication({
      applicant: {
        name: '压测',
        idNumber: `${seventeen}${idNumberCheckCharacter(seventeen)}`,
        mobile: '13812345678',
      },
    }),
  );
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let raw = '';
    request.on('data', (chunk) => {
      raw += chunk;
    });
    request.on('end', () => resolve(raw));
  });

/** The bare floor: the same DynamoDB calls per route, no framework, no validation. */
function floorServer(system: LocalSystem, reference: string): Server {
  const db = createDocumentClient({ region: 'cn-north-1', endpoint: system.dynamoEndpoint });
  const table = system.tableName;
  const item = JSON.parse(uniqueApplication());
  let n = 0;
  const server = createServer(async (request, response) => {
    inFlight++;
    try {
      await handle(request, response);
    } finally {
      inFlight--;
    }
  });
  async function handle(request: IncomingMessage, response: ServerResponse) {
    const body = await readBody(request);
    if (request.url === '/status') {
      // Two wrong-code counters and the application.
      await Promise.all([
        db.send(
          new GetCommand({
            TableName: table,
            Key: { PK: `RL#ref#${reference}`, SK: '0' },
            ConsistentRead: true,
          }),
        ),
        db.send(
          new GetCommand({
            TableName: table,
            Key: { PK: 'RL#client#x', SK: '0' },
            ConsistentRead: true,
          }),
        ),
      ]);
      const found = await db.send(
        new GetCommand({
          TableName: table,
          Key: { PK: `APP#${reference}`, SK: 'APP' },
          ConsistentRead: true,
        }),
      );
      response.end(JSON.stringify({ status: found.Item?.record?.status }));
    } else if (request.url === '/queue') {
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :p',
          ExpressionAttributeValues: { ':p': 'TWP#445281001000#open' },
          ProjectionExpression: 'summary',
          Limit: 25,
        }),
      );
      response.end(JSON.stringify(page.Items ?? []));
    } else {
      // Submission: idempotency record, a claim, the application, the stored answer.
      JSON.parse(body);
      const key = `floor-${n++}-${Date.now()}`;
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { PK: `IDEM#${key}`, SK: 'IDEM', state: 'in-progress' },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { PK: `PER#${key}`, SK: 'OPEN#dibao', reference: key },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { PK: `APP#F${key}`, SK: 'APP', record: item },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: { PK: `IDEM#${key}`, SK: 'IDEM' },
          UpdateExpression: 'SET #s = :d',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':d': 'done' },
        }),
      );
      response.statusCode = 201;
      response.end('{}');
    }
  }
  return server.listen(0, '127.0.0.1');
}

let inFlight = 0;

/** Stops the floor server once its last request has finished its DynamoDB calls. */
async function closeFloor(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

export async function loadFigures(): Promise<LoadFigures[]> {
  // The request log would print a line per request here; the floor logs nothing either.
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const system = await startLocalSystem({
    port: 0,
    siteDir: join(root, 'web/dist'),
    notifyEveryMs: 0,
  });
  try {
    const seeded = await fetch(`${system.url}/api/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'bench-load-seed-0001' },
      body: uniqueApplication(),
    });
    const { reference, accessCode } = (await seeded.json()) as {
      reference: string;
      accessCode: string;
    };
    const token = await devIdToken(system.url, 'dev-445281001000');
    const floor = floorServer(system, reference);
    await new Promise((resolve) => floor.once('listening', resolve));
    const floorUrl = `http://127.0.0.1:${(floor.address() as AddressInfo).port}`;
    const json = { 'content-type': 'application/json' };
    try {
      const figures: LoadFigures[] = [];
      figures.push(
        ...(await measureSideBySide(
          {
            name: 'status lookup',
            options: {
              url: `${system.url}/api/status`,
              method: 'POST',
              headers: json,
              body: JSON.stringify({ reference, accessCode }),
            },
          },
          {
            name: 'status floor',
            options: { url: `${floorUrl}/status`, method: 'POST', body: '{}' },
          },
        )),
      );
      figures.push(
        ...(await measureSideBySide(
          {
            name: 'staff queue',
            options: {
              url: `${system.url}/api/staff/queue`,
              headers: { authorization: `Bearer ${token}` },
            },
          },
          { name: 'queue floor', options: { url: `${floorUrl}/queue` } },
        )),
      );
      figures.push(
        ...(await measureSideBySide({
          name: 'eligibility',
          options: {
            url: `${system.url}/api/eligibility`,
            method: 'POST',
            headers: json,
            body: JSON.stringify(exampleCheckInput()),
          },
        })),
      );
      figures.push(
        ...(await measureSideBySide(
          {
            name: 'submit',
            options: {
              url: `${system.url}/api/applications`,
              method: 'POST',
              requests: [
                {
                  setupRequest: (request) => ({
                    ...request,
                    headers: {
                      ...json,
                      'idempotency-key': `bench-${randomBytes(12).toString('hex')}`,
                    },
                    body: uniqueApplication(),
                  }),
                },
              ],
            },
          },
          {
            name: 'submit floor',
            options: { url: `${floorUrl}/submit`, method: 'POST', body: uniqueApplication() },
          },
        )),
      );
      return figures;
    } finally {
      await closeFloor(floor);
    }
  } finally {
    await system.close();
  }
}
