import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApp } from '../functions/api/app.ts';
import { smsSegments } from '../functions/domain/notifications/templates.ts';
import { startEmbeddedDynamo } from '../functions/local/embedded-dynamo.ts';
import { createDevSink } from '../functions/notify/channels/dev-sink.ts';
import { drainApplication, type NotifierDeps, sweepOutbox } from '../functions/notify/drain.ts';
import { defaultRetryPolicy } from '../functions/notify/retry-policy.ts';
import { securityHeaders } from '../functions/shared/security-headers.ts';
import { createApplicationRepository } from '../functions/store/application-repository.ts';
import { createLocalDocumentStorage } from '../functions/store/document-storage.ts';
import { createDocumentClient } from '../functions/store/dynamo-client.ts';
import { ensureTable } from '../functions/store/ensure-table.ts';
import { createHasher } from '../functions/store/secrets.ts';
import { exampleApplication, idNumberFor } from '../test/support/application-example.ts';
import { capturedLogger } from '../test/support/captured-logger.ts';
import { exampleRecord } from '../test/support/record-example.ts';
import { staffToken, testStaff } from '../test/support/staff-tokens.ts';
import { root } from './bundle.ts';
import { createDynamoMeter, type DynamoUsage, storedSize } from './dynamo-meter.ts';
import { type Price, pricesReadOn, pricesRegion, smsPrices, usEast1 } from './prices.ts';
import { printTable, type Row } from './report.ts';

/**
 * AWS cost per 10,000 applications, from counts measured on one realistic journey
 * walked in-process against the real API routes (createApp mounts the same public and
 * staff routes the two API functions serve) on the embedded DynamoDB, with the
 * notifier's real drain standing in for the stream function. Every DynamoDB call is
 * billed by item size (bench/dynamo-meter.ts), every static file by its gzip size in
 * web/dist, Lambda by each invocation's measured duration at the configured 512 MB.
 *
 * The journey (a dibao application of one household, 流沙东街道):
 * - applicant: home, a programme page, the check (computed in the browser: no request),
 *   apply and submit; the status page after each text message (5 lookups); answers a
 *   request for information and uploads two 1 MB photos (presigned S3 PUTs);
 * - township reviewer, three sittings (each: the console with the queue, then the
 *   application's page): claim and request information; open both documents (presigned
 *   S3 GETs), record the home visit, start the 7-day public notice; a week later end it
 *   and approve; the city reviewer, one sitting: confirm;
 * - notifier: one stream invocation per change that queued a message.
 * Around it, 60 other open applications of the township fill the queue pages.
 */
export const applications = 10_000;
/** infra/lib/lambda-function.ts: every function runs with the default 512 MB, arm64. */
export const lambdaMemoryGb = 0.5;
/** Scheduled notifier sweeps a month (one a minute), a fixed cost whatever the volume. */
export const sweepsPerMonth = 60 * 24 * 30;
/** Headers CloudFront adds to each response (via, x-cache, x-amz-cf-pop, x-amz-cf-id, age). */
const cloudFrontHeaderBytes = 250;
const documentBytes = 1024 * 1024;
const township = '445281001000';

/** The Lambda functions (infra/lib/api.ts: /api/staff/* on the staff function). */
export const functionNames = ['public-api', 'staff-api', 'notifier-stream'] as const;
export type FunctionName = (typeof functionNames)[number];
const functionOf = (path: string): FunctionName =>
  path.startsWith('/api/staff') ? 'staff-api' : 'public-api';

export interface Invocation {
  readonly fn: FunctionName;
  readonly route: string;
  readonly ms: number;
  /** Response size through CloudFront (body, headers), API only. */
  readonly bytes: number;
}

export interface CostFigures {
  readonly invocations: readonly Invocation[];
  /** DynamoDB use by function. */
  readonly dynamo: Readonly<Record<FunctionName, DynamoUsage>>;
  /** One scheduled sweep of the outbox index with nothing due. */
  readonly sweep: { readonly ms: number; readonly dynamo: DynamoUsage };
  /** Table item bytes the application leaves behind (items and index entries). */
  readonly storedBytes: number;
  readonly static: { readonly requests: number; readonly bytes: number };
  readonly s3: {
    readonly puts: number;
    readonly putBytes: number;
    readonly gets: number;
    readonly getBytes: number;
  };
  readonly sms: { readonly messages: number; readonly segments: number };
  readonly emails: { readonly applicant: number; readonly staff: number };
  readonly logBytes: number;
  readonly seconds: number;
}

const readDist = (path: string) => readFile(join(root, 'web/dist', path));

/** The files of a built page: HTML, stylesheets, icon, scripts and their static imports. */
async function pageFilesOnce(page: string): Promise<{ path: string; gzipBytes: number }[]> {
  const html = await readDist(`${page.replace(/\?.*$/, '')}index.html`);
  const files = [{ path: page, gzipBytes: gzipSync(html, { level: 6 }).length }];
  // Stylesheets, the icon and scripts (not the alternate-language page links).
  const queue = Array.from(
    html.toString().matchAll(/<(?:link[^>]+href|script[^>]+src)="(\/[^"]+)"/g),
    (m) => m[1] ?? '',
  ).filter((ref) => /\.(css|js|svg|png|ico|woff2?)$/.test(ref));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const ref = queue.shift() ?? '';
    if (seen.has(ref)) continue;
    seen.add(ref);
    const bytes = await readDist(ref);
    files.push({ path: ref, gzipBytes: gzipSync(bytes, { level: 6 }).length });
    if (ref.endsWith('.js'))
      for (const m of bytes
        .toString()
        .matchAll(/from\s*"(\.\/[^"]+\.js)"|import\s*"(\.\/[^"]+\.js)"/g))
        queue.push(join(ref, '..', m[1] ?? m[2] ?? ''));
  }
  return files;
}

/** The same, read again while another engineer's build is rewriting web/dist. */
async function pageFiles(page: string): Promise<{ path: string; gzipBytes: number }[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pageFilesOnce(page);
    } catch (error) {
      if (attempt >= 12 || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  }
}

/**
 * A phone's or a desk's browser: pages revalidate on every view (no-cache: a 304 of
 * headers only), assets are fetched once and then served from its cache.
 */
function browser(counter: { requests: number; bytes: number }) {
  const cached = new Set<string>();
  const headerBytes =
    Object.entries(securityHeaders).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 0) +
    cloudFrontHeaderBytes +
    200; // status line, content type, length, etag, date, cache-control
  return async (page: string) => {
    for (const file of await pageFiles(page)) {
      const isPage = file.path === page;
      if (cached.has(file.path) && !isPage) continue;
      counter.requests++;
      counter.bytes += headerBytes + (cached.has(file.path) ? 0 : file.gzipBytes);
      cached.add(file.path);
    }
  };
}

const jpeg = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
};

/** SMS segments as carriers bill them; the text carries its signature 【…】 already. */
const segments = smsSegments;

export async function costFigures(): Promise<CostFigures> {
  const started = performance.now();
  const engine = await startEmbeddedDynamo();
  const tableName = 'bench-cost';
  const admin = new DynamoDBClient({
    region: 'cn-north-1',
    endpoint: engine.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(admin, tableName);
  admin.destroy();
  const meter = createDynamoMeter({ endpoint: engine.endpoint, tableName });
  const documents = await mkdtemp(join(tmpdir(), 'puning-cost-documents-'));
  const seedDb = createDocumentClient({ region: 'cn-north-1', endpoint: engine.endpoint });
  try {
    // The rest of the township's queue (unmetered).
    const seedRepo = createApplicationRepository(seedDb, tableName);
    for (let i = 0; i < 60; i++)
      await seedRepo.create(
        exampleRecord({
          reference: `PN-2611-BNCH-${String(i).padStart(4, '0')}`,
          townshipCode: township,
          dueAt: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
        }),
      );

    // The application's clock: real time (staff tokens expire), moved on a week for the notice.
    let offsetMs = 0;
    const now = () => new Date(Date.now() + offsetMs);
    const shanghaiDay = (days = 0) =>
      new Date(now().getTime() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const { logger, lines } = capturedLogger();
    logger.setLogLevel('INFO');
    const app = createApp({
      logger,
      repo: createApplicationRepository(meter.db, tableName),
      version: 'bench',
      now,
      hasher: createHasher('bench-key-for-keyed-hashes-0123456789'),
      documents: createLocalDocumentStorage({ folder: documents, secret: 'bench-upload-secret' }),
      staff: testStaff,
    });
    const sink = createDevSink(now);
    const notifier: NotifierDeps = {
      repo: createApplicationRepository(meter.db, tableName),
      channels: { sms: sink.port, email: sink.port, staff: sink.port },
      staffInbox: (code) => `${code}@staff.puning.local`,
      messages: { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' },
      policy: defaultRetryPolicy,
      now,
      random: Math.random,
      logger,
    };

    const invocations: Invocation[] = [];
    const staticUse = { requests: 0, bytes: 0 };
    const s3 = { puts: 0, putBytes: 0, gets: 0, getBytes: 0 };
    let reference = '';
    const routeOf = (method: string, path: string) =>
      `${method} ${path
        .replace(/\?.*$/, '')
        .replace(reference || '\u0000', ':reference')
        .replace(/documents\/[\w-]+$/, 'documents/:id')}`;

    /** The stream function: invoked for a write that left a message pending. */
    async function streamIfPending() {
      if (!reference) return;
      for (let round = 0; round < 3; round++) {
        const item = await meter.peek({ PK: { S: `APP#${reference}` }, SK: { S: 'APP' } });
        const partition = item?.GSI3PK?.S ?? '';
        if (!partition.startsWith('OUTBOX#') || partition === 'OUTBOX#failed') return;
        meter.charge('notifier-stream');
        meter.takeSideMs();
        const begun = performance.now();
        await drainApplication(reference, notifier);
        const ms = performance.now() - begun - meter.takeSideMs();
        invocations.push({ fn: 'notifier-stream', route: 'stream: drain', ms, bytes: 0 });
      }
    }

    /** One API request through CloudFront and the HTTP API to the API function. */
    async function api<T = Record<string, unknown>>(
      method: string,
      path: string,
      options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
    ): Promise<T> {
      const headers: Record<string, string> = { ...options.headers };
      if (options.body !== undefined) headers['Content-Type'] = 'application/json';
      if (options.token) headers.Authorization = `Bearer ${options.token}`;
      const fn = functionOf(path);
      meter.charge(fn);
      meter.takeSideMs();
      const begun = performance.now();
      const response = await app.request(path, {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
      const body = new Uint8Array(await response.arrayBuffer());
      const ms = performance.now() - begun - meter.takeSideMs();
      let headerBytes = 17 + cloudFrontHeaderBytes;
      response.headers.forEach((value, name) => {
        headerBytes += name.length + value.length + 4;
      });
      invocations.push({
        fn,
        route: routeOf(method, path),
        ms,
        bytes: body.length + headerBytes,
      });
      if (!response.ok)
        throw new Error(`${method} ${path}: ${response.status} ${new TextDecoder().decode(body)}`);
      await streamIfPending();
      return JSON.parse(new TextDecoder().decode(body)) as T;
    }

    const applicant = browser(staticUse);
    const township1 = browser(staticUse);
    const city = browser(staticUse);
    // Staff browsers work all day on many applications: their assets are cached already.
    for (const page of ['/staff/', '/staff/application/']) {
      await township1(page);
      await city(page);
    }
    staticUse.requests = 0;
    staticUse.bytes = 0;

    const reviewer = await staffToken([`township-${township}`], { sub: 'bench-reviewer' });
    const cityReviewer = await staffToken(['city-reviewer'], { sub: 'bench-city' });
    const staffPage = async (open: typeof township1, token: string, query = '') => {
      await open('/staff/');
      await api('GET', '/api/staff/me', { token });
      await api('GET', `/api/staff/queue${query}`, { token });
      await open('/staff/application/');
      await api('GET', '/api/staff/me', { token });
      return api<{ version: number }>('GET', `/api/staff/applications/${reference}`, { token });
    };
    let version = 0;
    const act = async (token: string, action: string, input: Record<string, unknown> = {}) => {
      const view = await api<{ version: number }>(
        'POST',
        `/api/staff/applications/${reference}/actions/${action}`,
        { token, body: { version, input } },
      );
      version = view.version;
    };
    const credentials = { reference: '', accessCode: '' };
    const lookStatus = async () => {
      await applicant('/status/');
      await api('POST', '/api/status', { body: credentials });
    };

    // Applicant: reads, checks (in the browser), applies.
    await applicant('/');
    await applicant('/programmes/dibao/');
    await applicant('/check/');
    await applicant('/apply/');
    const submitted = await api<{ reference: string; accessCode: string }>(
      'POST',
      '/api/applications',
      {
        headers: { 'Idempotency-Key': `bench-cost-${Date.now()}` },
        body: exampleApplication({
          applicant: {
            name: '陈小明',
            idNumber: idNumberFor('1958-05-06', '731'),
            mobile: '13812345678',
          },
        }),
      },
    );
    reference = submitted.reference;
    credentials.reference = submitted.reference;
    credentials.accessCode = submitted.accessCode;
    await streamIfPending();
    await lookStatus();

    // Township, first sitting: claim, ask for a document.
    version = (await staffPage(township1, reviewer)).version;
    await act(reviewer, 'claim');
    await act(reviewer, 'requestInfo', {
      message: '请上传户口簿和收入证明',
      dueOn: shanghaiDay(10),
    });

    // Applicant: reads the request, uploads two photos, answers.
    await lookStatus();
    const uploaded: string[] = [];
    for (const type of ['household-register', 'income-proof']) {
      const grant = await api<{ documentId: string; upload: { url: string } }>(
        'POST',
        '/api/status/documents',
        { body: { ...credentials, type, contentType: 'image/jpeg', size: documentBytes } },
      );
      // The phone PUTs straight to S3 (presigned): no API request, no Lambda.
      meter.charge('s3');
      const put = await app.request(grant.upload.url, {
        method: 'PUT',
        headers: { 'Content-Type': 'image/jpeg' },
        body: jpeg(documentBytes),
      });
      if (put.status !== 200) throw new Error(`upload: ${put.status} ${await put.text()}`);
      s3.puts++;
      s3.putBytes += documentBytes;
      uploaded.push(grant.documentId);
    }
    await api('POST', '/api/status/answer', {
      body: { ...credentials, answer: '已上传户口簿和收入证明' },
    });

    // Township, second sitting: reads the documents, visits, starts the public notice.
    version = (await staffPage(township1, reviewer)).version;
    for (const id of uploaded) {
      const link = await api<{ url: string }>(
        'GET',
        `/api/staff/applications/${reference}/documents/${id}`,
        { token: reviewer },
      );
      meter.charge('s3');
      const got = await app.request(link.url);
      const bytes = (await got.arrayBuffer()).byteLength;
      if (got.status !== 200) throw new Error(`document: ${got.status}`);
      s3.gets++;
      s3.getBytes += bytes;
    }
    await act(reviewer, 'recordInvestigation', {
      visitedOn: shanghaiDay(0),
      findings: '入户核实：独居老人，无劳动能力，收入与申报一致',
    });
    await act(reviewer, 'startPublicNotice', { startsOn: shanghaiDay(0) });
    await lookStatus();

    // A week later: the notice ends, the township approves, the city confirms.
    offsetMs += 8 * 86_400_000;
    version = (await staffPage(township1, reviewer)).version;
    await act(reviewer, 'endPublicNotice');
    await act(reviewer, 'approve', { monthlyAmountYuan: 650, opinion: '符合低保条件' });
    await lookStatus();
    version = (await staffPage(city, cityReviewer, `?township=${township}`)).version;
    await act(cityReviewer, 'confirm', { monthlyAmountYuan: 650, startMonth: '2099-01' });
    await lookStatus();

    const final = await meter.peek({ PK: { S: `APP#${reference}` }, SK: { S: 'APP' } });
    if (final?.record?.M?.status?.S !== 'confirmed')
      throw new Error(`journey ended in ${final?.record?.M?.status?.S}`);
    // What stays in the table: the application with its index entries and the person's
    // claim on the programme (the idempotency record expires after a day).
    const personHash = final.record.M.personHash?.S ?? '';
    const claim = await meter.peek({ PK: { S: `PER#${personHash}` }, SK: { S: 'OPEN#dibao' } });
    const storedBytes = storedSize(final) + storedSize(claim);

    // One scheduled sweep with nothing due: the notifier's fixed cost per minute.
    meter.charge('sweep');
    meter.takeSideMs();
    const sweepBegun = performance.now();
    await sweepOutbox(notifier, { limit: 1000, concurrency: 8, graceMs: 30_000 });
    const sweepMs = performance.now() - sweepBegun - meter.takeSideMs();

    const sent = sink.messages();
    const sms = sent.filter((m) => m.channel === 'sms');
    return {
      invocations,
      dynamo: Object.fromEntries(functionNames.map((fn) => [fn, meter.usage(fn)])) as Record<
        FunctionName,
        DynamoUsage
      >,
      sweep: { ms: sweepMs, dynamo: meter.usage('sweep') },
      storedBytes,
      static: staticUse,
      s3,
      sms: { messages: sms.length, segments: sms.reduce((n, m) => n + segments(m.text), 0) },
      emails: {
        applicant: sent.filter((m) => m.channel === 'email').length,
        staff: sent.filter((m) => m.channel === 'staff').length,
      },
      logBytes: lines.reduce((n, line) => n + Buffer.byteLength(line) + 1, 0),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    meter.destroy();
    seedDb.destroy();
    await engine.close();
    await rm(documents, { recursive: true, force: true });
  }
}

export interface CostLine {
  readonly item: string;
  readonly arithmetic: string;
  readonly usd: number;
}

/** What one application uses, from the measured figures. */
export function perApplication(f: CostFigures) {
  const of = (fn: FunctionName) => f.invocations.filter((i) => i.fn === fn);
  // Lambda bills each invocation's duration rounded up to the millisecond.
  const billedMs = (list: readonly Invocation[]) =>
    list.reduce((sum, i) => sum + Math.max(1, Math.ceil(i.ms)), 0);
  const functions = functionNames.map((fn) => ({
    fn,
    invocations: of(fn).length,
    billedMs: billedMs(of(fn)),
  }));
  const usages = Object.values(f.dynamo);
  const sum = (pick: (u: DynamoUsage) => number) => usages.reduce((n, u) => n + pick(u), 0);
  const api = f.invocations.filter((i) => i.fn !== 'notifier-stream');
  const billed = functions.reduce((n, x) => n + x.billedMs, 0);
  return {
    functions,
    apiRequests: api.length,
    invocations: f.invocations.length,
    billedMs: billed,
    gbSeconds: (billed / 1000) * lambdaMemoryGb,
    tableWru: sum((u) => u.wru),
    indexWru: sum((u) => Object.values(u.gsiWru).reduce((a, b) => a + b, 0)),
    rru: sum((u) => u.rru),
    dynamoCalls: sum((u) => u.reads + u.writes),
    cloudFrontRequests: f.static.requests + api.length,
    cloudFrontBytes: f.static.bytes + api.reduce((n, i) => n + i.bytes, 0),
    apiResponseBytes: api.reduce((n, i) => n + i.bytes, 0),
  };
}

const usd = (n: number) =>
  `$${n < 0.01 ? n.toPrecision(2) : n.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 })}`;
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const unitPrice = (p: Price) => `$${p.value}`;
const gb = (bytes: number) => bytes / 1024 ** 3;
const fixed = (n: number, digits = 2) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** The cost of `applications` applications, line by line, us-east-1 list prices. */
export function costLines(f: CostFigures, n = applications): CostLine[] {
  const a = perApplication(f);
  const p = usEast1;
  const lines: CostLine[] = [];
  const add = (item: string, arithmetic: string, value: number) =>
    lines.push({ item, arithmetic, usd: value });

  const apiRequests = a.apiRequests * n;
  add(
    'API Gateway HTTP API',
    `${a.apiRequests} requests × ${count(n)} = ${count(apiRequests)} × ${unitPrice(p.httpApiRequests)} / 1M`,
    (apiRequests * p.httpApiRequests.value) / 1e6,
  );
  const invocations = a.invocations * n;
  add(
    'Lambda requests',
    `(${a.functions.map((x) => `${x.invocations} ${x.fn}`).join(' + ')}) × ${count(n)} = ${count(invocations)} × ${unitPrice(p.lambdaRequests)} / 1M`,
    (invocations * p.lambdaRequests.value) / 1e6,
  );
  const gbs = a.gbSeconds * n;
  add(
    'Lambda duration',
    `(${a.functions.map((x) => count(x.billedMs)).join(' + ')}) ms billed × ${lambdaMemoryGb} GB = ${fixed(a.gbSeconds, 3)} GB-s × ${count(n)} = ${count(gbs)} GB-s × ${unitPrice(p.lambdaArmGbSecond)}`,
    gbs * p.lambdaArmGbSecond.value,
  );
  const wru = (a.tableWru + a.indexWru) * n;
  add(
    'DynamoDB writes',
    `(${a.tableWru} table + ${a.indexWru} index) WRU × ${count(n)} = ${count(wru)} × ${unitPrice(p.dynamoWrite)} / 1M`,
    (wru * p.dynamoWrite.value) / 1e6,
  );
  const rru = a.rru * n;
  add(
    'DynamoDB reads',
    `${fixed(a.rru, 1)} RRU × ${count(n)} = ${count(rru)} × ${unitPrice(p.dynamoRead)} / 1M`,
    (rru * p.dynamoRead.value) / 1e6,
  );
  const stored = gb(f.storedBytes * n);
  add(
    'DynamoDB storage + PITR (first month; grows)',
    `${count(f.storedBytes)} B × ${count(n)} = ${fixed(stored, 3)} GB × (${unitPrice(p.dynamoStorage)} + ${unitPrice(p.dynamoPitr)})`,
    stored * (p.dynamoStorage.value + p.dynamoPitr.value),
  );
  const cfRequests = a.cloudFrontRequests * n;
  add(
    'CloudFront requests',
    `(${f.static.requests} static + ${a.apiRequests} API) × ${count(n)} = ${count(cfRequests)} × ${unitPrice(p.cloudFrontRequests)} / 10,000`,
    (cfRequests * p.cloudFrontRequests.value) / 1e4,
  );
  const cfGb = gb(a.cloudFrontBytes * n);
  add(
    'CloudFront transfer out',
    `(${fixed(f.static.bytes / 1024, 1)} static + ${fixed(a.apiResponseBytes / 1024, 1)} API) KB × ${count(n)} = ${fixed(cfGb, 2)} GB × ${unitPrice(p.cloudFrontTransfer)}`,
    cfGb * p.cloudFrontTransfer.value,
  );
  add(
    'S3 PUT (documents)',
    `${f.s3.puts} × ${count(n)} = ${count(f.s3.puts * n)} × ${unitPrice(p.s3Put)} / 1,000`,
    (f.s3.puts * n * p.s3Put.value) / 1000,
  );
  const s3Gb = gb(f.s3.putBytes * n);
  add(
    'S3 storage (first month; grows)',
    `${fixed(f.s3.putBytes / 1024 ** 2, 1)} MB × ${count(n)} = ${fixed(s3Gb, 1)} GB × ${unitPrice(p.s3Storage)}`,
    s3Gb * p.s3Storage.value,
  );
  add(
    'S3 GET (staff open documents)',
    `${f.s3.gets} × ${count(n)} = ${count(f.s3.gets * n)} × ${unitPrice(p.s3Get)} / 1,000`,
    (f.s3.gets * n * p.s3Get.value) / 1000,
  );
  const s3OutGb = gb(f.s3.getBytes * n);
  add(
    'S3 transfer out (presigned GETs)',
    `${fixed(f.s3.getBytes / 1024 ** 2, 1)} MB × ${count(n)} = ${fixed(s3OutGb, 1)} GB × ${unitPrice(p.s3TransferOut)}`,
    s3OutGb * p.s3TransferOut.value,
  );
  const emails = (f.emails.applicant + f.emails.staff) * n;
  add(
    'SES email (global regions only)',
    `(${f.emails.applicant} applicant + ${f.emails.staff} staff inbox) × ${count(n)} = ${count(emails)} × ${unitPrice(p.sesEmail)} / 1,000`,
    (emails * p.sesEmail.value) / 1000,
  );
  const logsGb = gb(f.logBytes * n);
  add(
    'CloudWatch Logs (application lines)',
    `${count(f.logBytes)} B × ${count(n)} = ${fixed(logsGb, 3)} GB × ${unitPrice(p.cloudWatchLogs)}`,
    logsGb * p.cloudWatchLogs.value,
  );
  return lines;
}

/** The notifier's scheduled sweep: a fixed monthly cost, whatever the volume. */
export function sweepLine(f: CostFigures): CostLine {
  const p = usEast1;
  const ms = Math.max(1, Math.ceil(f.sweep.ms));
  const gbs = (sweepsPerMonth * ms * lambdaMemoryGb) / 1000;
  const rru = f.sweep.dynamo.rru * sweepsPerMonth;
  return {
    item: 'Notifier sweep, every minute (fixed)',
    arithmetic: `${count(sweepsPerMonth)} × (1 request + ${ms} ms × ${lambdaMemoryGb} GB + ${f.sweep.dynamo.rru} RRU) = ${count(sweepsPerMonth)} × ${unitPrice(p.lambdaRequests)} / 1M + ${count(gbs)} GB-s × ${unitPrice(p.lambdaArmGbSecond)} + ${count(rru)} RRU × ${unitPrice(p.dynamoRead)} / 1M`,
    usd:
      (sweepsPerMonth * p.lambdaRequests.value) / 1e6 +
      gbs * p.lambdaArmGbSecond.value +
      (rru * p.dynamoRead.value) / 1e6,
  };
}

export function smsLine(f: CostFigures, n = applications) {
  const segmentsTotal = f.sms.segments * n;
  const cny = segmentsTotal * smsPrices.tencentDomestic.value;
  return {
    arithmetic: `${f.sms.messages} messages = ${f.sms.segments} segments × ${count(n)} = ${count(segmentsTotal)} × ¥${smsPrices.tencentDomestic.value}`,
    cny,
  };
}

export function printCost(f: CostFigures): void {
  const a = perApplication(f);
  const byRoute = new Map<string, Invocation[]>();
  for (const i of f.invocations) byRoute.set(i.route, [...(byRoute.get(i.route) ?? []), i]);
  console.log('\nPer application, measured (requests by route; duration as measured in-process):');
  for (const [route, list] of byRoute)
    console.log(
      `  ${String(list.length).padStart(3)} × ${route.padEnd(58)} ${fixed(list.reduce((s, i) => s + i.ms, 0) / list.length, 1)} ms mean`,
    );
  for (const [name, u] of Object.entries(f.dynamo))
    console.log(
      `  DynamoDB (${name}): ${u.reads} reads, ${u.writes} writes — ${fixed(u.rru, 1)} RRU, ${u.wru} WRU + index ${JSON.stringify(u.gsiWru)}; ${JSON.stringify(u.operations)}`,
    );
  console.log(
    `  CloudFront: ${f.static.requests} static requests (${fixed(f.static.bytes / 1024, 1)} KB gzip + headers) + ${a.apiRequests} API (${fixed(a.apiResponseBytes / 1024, 1)} KB)`,
  );
  console.log(
    `  S3: ${f.s3.puts} PUT (${fixed(f.s3.putBytes / 1024 ** 2, 1)} MB), ${f.s3.gets} GET (${fixed(f.s3.getBytes / 1024 ** 2, 1)} MB); SMS ${f.sms.messages} (${f.sms.segments} segments); email ${f.emails.applicant} applicant + ${f.emails.staff} staff inbox; logs ${count(f.logBytes)} B; stored ${count(f.storedBytes)} B`,
  );
  const lines = costLines(f);
  const total = lines.reduce((sum, l) => sum + l.usd, 0);
  console.log(
    `\nCost of ${count(applications)} applications, ${pricesRegion} on-demand list prices of ${pricesReadOn} (bench/prices.ts):`,
  );
  const width = Math.max(...lines.map((l) => l.item.length));
  for (const l of lines) console.log(`  ${l.item.padEnd(width)}  ${l.arithmetic} = ${usd(l.usd)}`);
  console.log(
    `  ${'Total, without text messages'.padEnd(width)}  = ${usd(total)} (${usd(total / applications)} per application)`,
  );
  const sweep = sweepLine(f);
  console.log(`  ${sweep.item.padEnd(width)}  ${sweep.arithmetic} = ${usd(sweep.usd)} a month`);
  const sms = smsLine(f);
  console.log(
    `  ${'Text messages (Tencent, CNY)'.padEnd(width)}  ${sms.arithmetic} = ¥${fixed(sms.cny, 2)}`,
  );
}

/** The bench table's rows: what one application uses, and the cost of 10,000. */
export function costRows(f: CostFigures): Row[] {
  const a = perApplication(f);
  const lines = costLines(f);
  const total = lines.reduce((sum, l) => sum + l.usd, 0);
  const per = (name: string, value: number, unit: string, note?: string): Row => ({
    section: 'cost',
    name: `per application: ${name}`,
    value,
    unit,
    ...(note ? { note } : {}),
  });
  return [
    ...a.functions.map((x) =>
      per(
        `${x.fn} invocations`,
        x.invocations,
        '',
        `${x.billedMs} ms billed${x.fn === 'notifier-stream' ? ', one per change with a message' : ''}`,
      ),
    ),
    per('Lambda GB-s', Math.round(a.gbSeconds * 1000) / 1000, 'GB-s', `512 MB × measured ms`),
    per(
      'DynamoDB WRU',
      a.tableWru + a.indexWru,
      'WRU',
      `${a.tableWru} table + ${a.indexWru} index`,
    ),
    per('DynamoDB RRU', a.rru, 'RRU', `${a.dynamoCalls} calls`),
    per(
      'CloudFront requests',
      a.cloudFrontRequests,
      '',
      `${f.static.requests} static + ${a.apiRequests} API`,
    ),
    per('CloudFront transfer', Math.round(a.cloudFrontBytes / 102.4) / 10, 'KB'),
    per('S3 PUT / GET', f.s3.puts + f.s3.gets, '', `${f.s3.puts} PUT, ${f.s3.gets} GET of 1 MB`),
    per('text messages', f.sms.messages, '', `${f.sms.segments} segments`),
    ...lines.map(
      (l): Row => ({
        section: 'cost',
        name: `${count(applications)} applications: ${l.item}`,
        value: Math.round(l.usd * 1000) / 1000,
        unit: 'USD',
      }),
    ),
    {
      section: 'cost',
      name: `${count(applications)} applications: total without SMS (${pricesRegion})`,
      value: Math.round(total * 100) / 100,
      unit: 'USD',
      note: `${usd(total / applications)} per application`,
    },
    {
      section: 'cost',
      name: `${count(applications)} applications: text messages (Tencent)`,
      value: Math.round(smsLine(f).cny),
      unit: 'CNY',
      note: `${f.sms.segments} segments per application × ¥${smsPrices.tencentDomestic.value}`,
    },
  ];
}

// `npx tsx bench/cost.ts`: this part of the bench alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await costFigures();
  printTable(costRows(figures));
  printCost(figures);
  console.log(`\nJourney walked in ${figures.seconds} s`);
}
