import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import lighthouse from 'lighthouse';
import { type LocalSystem, startLocalSystem } from '../functions/local/local-system.ts';
import { root } from './bundle.ts';
import { printTable, type Row } from './report.ts';

/**
 * Lighthouse 13 (its default mobile configuration: a mid-range phone's screen, 4×
 * CPU slowdown and a slow-4G network, simulated) on Debian's Chromium, headless,
 * against the real local system (`startLocalSystem`, a temporary DATA_DIR) behind a
 * stand-in for CloudFront's automatic compression. Nothing leaves 127.0.0.1: Chromium's
 * background services are off and its resolver knows no other host; Lighthouse's
 * error reporting (Sentry) is a CLI-only opt-in, never started by the Node API.
 */
export const lighthousePages = [
  '/',
  '/programmes/dibao/',
  '/check/',
  '/apply/',
  '/en/',
  '/en/programmes/dibao/',
  '/en/check/',
  '/en/apply/',
] as const;

export const lighthouseBudget = { performance: 95, accessibility: 100 } as const;

export interface FailingAudit {
  readonly category: string;
  readonly id: string;
  readonly title: string;
  /** 0–100, or null for informative audits. */
  readonly score: number | null;
  readonly displayValue?: string;
  /** The first offending elements or resources, for whoever fixes it. */
  readonly where?: string;
}

export interface LighthouseFigures {
  readonly page: string;
  /** How many times the page was audited; the figures are of the median run. */
  readonly runs: number;
  /** Performance of the median run (by performance score), and the range over all runs. */
  readonly performance: number;
  readonly performanceRange: readonly [number, number];
  /** The lowest accessibility score of any run (it should not vary). */
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** Simulated mobile metrics of the median run, ms (CLS unitless). */
  readonly metrics: {
    readonly fcpMs: number;
    readonly lcpMs: number;
    readonly tbtMs: number;
    readonly cls: number;
    readonly speedIndexMs: number;
  };
  /** Scored audits below 100 in any run, worst first, with how many runs they failed in. */
  readonly failing: readonly (FailingAudit & { readonly failedRuns: number })[];
  /** Lighthouse's measure of this machine's speed (higher is faster; ~1,000+ is a desktop). */
  readonly benchmarkIndex: number;
  readonly seconds: number;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Content types CloudFront compresses (text, scripts, JSON, SVG), 1 KB to 10 MB. */
const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

/**
 * CloudFront in front of the site compresses (the default cache policy accepts gzip and
 * brotli, and `compress` is on), which `npm start` does not: without this stand-in
 * Lighthouse would score uncompressed transfers no phone ever receives.
 */
function compressingFront(origin: string): Server {
  return createServer(async (request: IncomingMessage, response) => {
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value === undefined || ['host', 'connection', 'accept-encoding'].includes(name))
          continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const upstream = await fetch(`${origin}${request.url ?? '/'}`, {
        method: request.method ?? 'GET',
        headers,
        redirect: 'manual',
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      });
      let body: Buffer = Buffer.from(await upstream.arrayBuffer());
      const out: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (
          !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)
        )
          out[name] = value;
      });
      const type = upstream.headers.get('content-type') ?? '';
      const accepts = String(request.headers['accept-encoding'] ?? '');
      if (compressible.test(type) && body.length >= 1000 && body.length <= 10_000_000) {
        if (/\bbr\b/.test(accepts)) {
          body = brotliCompressSync(body, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
          });
          out['content-encoding'] = 'br';
        } else if (/\bgzip\b/.test(accepts)) {
          body = gzipSync(body, { level: 6 });
          out['content-encoding'] = 'gzip';
        }
        out.vary = 'Accept-Encoding';
      }
      out['content-length'] = String(body.length);
      response.writeHead(upstream.status, out);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(String(error));
    }
  }).listen(0, '127.0.0.1');
}

/** Debian's Chromium, headless, with a DevTools port and no way to reach another host. */
async function launchChromium(profile: string): Promise<{ process: ChildProcess; port: number }> {
  const child = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      '--disable-client-side-phishing-detection',
      '--disable-domain-reliability',
      '--metrics-recording-only',
      '--safebrowsing-disable-auto-update',
      '--mute-audio',
      // Every name but the loopback address resolves to nothing.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}):\n${seen}`));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  child.stderr?.resume();
  return { process: child, port };
}

async function stopChromium(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The local system, retried while another engineer's build is rewriting web/dist. */
async function startSystem(dataDir: string): Promise<LocalSystem> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startLocalSystem({
        port: 0,
        dataDir,
        siteDir: join(root, 'web/dist'),
        notifyEveryMs: 0,
      });
    } catch (error) {
      if (attempt >= 6) throw error;
      console.warn(`local system did not start (web/dist being rebuilt?), retrying: ${error}`);
      await pause(10_000);
    }
  }
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** A short account of an audit's first items: element snippets, URLs or reasons. */
function offenders(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items
    .slice(0, 3)
    .map((item) => {
      const node = item.node as
        | { snippet?: string; selector?: string; explanation?: string }
        | undefined;
      const source = item.source as { snippet?: string; url?: string } | string | undefined;
      const sub = (item.subItems as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
      const parts = [
        node?.selector,
        node?.snippet,
        typeof source === 'string' ? source : (source?.snippet ?? source?.url),
        typeof item.url === 'string' ? item.url : undefined,
        node?.explanation?.split('\n')[0],
        ...sub.map((s) => String(s.reason ?? s.cause ?? '')),
      ].filter((part): part is string => Boolean(part));
      return parts.join(' ').slice(0, 240);
    })
    .filter(Boolean)
    .join(' | ');
}

function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      // Performance metrics carry weight; its diagnostics and insights do not, but a
      // failing one says why a metric is slow, so they are listed too.
      if (ref.weight === 0 && id !== 'performance') continue;
      failing.push({
        category: id,
        id: audit.id,
        title: audit.title,
        score: Math.round(audit.score * 100),
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        ...(offenders(audit.details) ? { where: offenders(audit.details) } : {}),
      });
    }
  }
  return failing.sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
}

async function audit(url: string, port: number): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    let lhr: Result | undefined;
    let problem: string | null;
    try {
      lhr = (
        await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        })
      )?.lhr;
      problem = !lhr
        ? 'no result'
        : lhr.runtimeError
          ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
          : null;
    } catch (error) {
      problem = String(error);
    }
    if (lhr && !problem) return lhr;
    if (attempt >= 3) throw new Error(`Lighthouse failed on ${url}: ${problem}`);
    console.warn(`Lighthouse failed on ${url} (${problem}); retrying`);
    await pause(10_000);
  }
}

const score = (lhr: Result, id: (typeof categories)[number]) =>
  Math.round((lhr.categories[id]?.score ?? 0) * 100);
const numeric = (lhr: Result, id: string) =>
  Math.round((lhr.audits[id]?.numericValue ?? 0) * 1000) / 1000;

const secondsSince = (started: number) => Math.round((performance.now() - started) / 1000);

/** The median run by performance score (Lighthouse's own advice for noisy scores). */
function summarise(page: string, results: readonly Result[]): Omit<LighthouseFigures, 'seconds'> {
  const sorted = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!lhr || !first || !last) throw new Error(`no Lighthouse result for ${page}`);
  const failing = new Map<string, FailingAudit & { failedRuns: number }>();
  for (const result of results) {
    for (const a of failingAudits(result)) {
      const seen = failing.get(a.id);
      if (!seen || (a.score ?? 0) < (seen.score ?? 0))
        failing.set(a.id, { ...a, failedRuns: (seen?.failedRuns ?? 0) + 1 });
      else seen.failedRuns++;
    }
  }
  return {
    page,
    runs: results.length,
    performance: score(lhr, 'performance'),
    performanceRange: [score(first, 'performance'), score(last, 'performance')],
    accessibility: Math.min(...results.map((r) => score(r, 'accessibility'))),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    metrics: {
      fcpMs: Math.round(numeric(lhr, 'first-contentful-paint')),
      lcpMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
      tbtMs: Math.round(numeric(lhr, 'total-blocking-time')),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      speedIndexMs: Math.round(numeric(lhr, 'speed-index')),
    },
    failing: [...failing.values()].sort((a, b) => (a.score ?? 0) - (b.score ?? 0)),
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
  };
}

export async function lighthouseFigures(
  pages: readonly string[] = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',') ?? lighthousePages,
  runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3),
): Promise<LighthouseFigures[]> {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const dataDir = await mkdtemp(join(tmpdir(), 'puning-lighthouse-data-'));
  const profile = await mkdtemp(join(tmpdir(), 'puning-lighthouse-chromium-'));
  const system = await startSystem(dataDir);
  const front = compressingFront(system.url);
  let chromium: ChildProcess | undefined;
  try {
    await new Promise((resolve) => front.once('listening', resolve));
    const origin = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
    const launched = await launchChromium(profile);
    chromium = launched.process;
    const { port } = launched;
    const figures: LighthouseFigures[] = [];
    for (const page of pages) {
      const started = performance.now();
      const results: Result[] = [];
      for (let run = 0; run < runs; run++) results.push(await audit(`${origin}${page}`, port));
      figures.push({ ...summarise(page, results), seconds: secondsSince(started) });
    }
    return figures;
  } finally {
    if (chromium) await stopChromium(chromium);
    await new Promise((resolve) => front.close(resolve));
    await system.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

/** The bench table's rows: the budgets on performance and accessibility, the rest figures. */
export function lighthouseRows(figures: readonly LighthouseFigures[]): Row[] {
  const rows: Row[] = [];
  for (const f of figures) {
    const m = f.metrics;
    rows.push({
      section: 'lighthouse',
      name: `${f.page} performance (mobile, simulated)`,
      value: f.performance,
      unit: '/100',
      budget: `≥ ${lighthouseBudget.performance}`,
      pass: f.performance >= lighthouseBudget.performance,
      note: `median of ${f.runs} (${f.performanceRange.join('–')}), host index ${f.benchmarkIndex}; FCP ${m.fcpMs} ms, LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms, CLS ${m.cls}, SI ${m.speedIndexMs} ms`,
    });
    const missed = (category: string) =>
      f.failing
        .filter((a) => a.category === category)
        .map((a) => a.id)
        .join(', ');
    rows.push({
      section: 'lighthouse',
      name: `${f.page} accessibility`,
      value: f.accessibility,
      unit: '/100',
      budget: `= ${lighthouseBudget.accessibility}`,
      pass: f.accessibility >= lighthouseBudget.accessibility,
      note: missed('accessibility'),
    });
    rows.push({
      section: 'lighthouse',
      name: `${f.page} best practices`,
      value: f.bestPractices,
      unit: '/100',
      note: missed('best-practices'),
    });
    rows.push({
      section: 'lighthouse',
      name: `${f.page} SEO`,
      value: f.seo,
      unit: '/100',
      note: missed('seo'),
    });
  }
  return rows;
}

/** What to fix: each page's scored audits below 100. */
export function printFailingAudits(figures: readonly LighthouseFigures[]): void {
  for (const f of figures) {
    if (f.failing.length === 0) continue;
    console.log(`\n${f.page}: audits below 100`);
    for (const a of f.failing)
      console.log(
        `  [${a.category}] ${a.id} (${a.score}, ${a.failedRuns}/${f.runs} runs): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}${a.where ? `\n      ${a.where}` : ''}`,
      );
  }
}

// `npx tsx bench/lighthouse.ts`: this part of the bench alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const figures = await lighthouseFigures();
  printTable(lighthouseRows(figures));
  printFailingAudits(figures);
  console.log(`\n${figures.length} pages in ${Math.round((performance.now() - started) / 1000)} s`);
}
