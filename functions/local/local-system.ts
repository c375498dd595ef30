import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { type App, createApp } from '../api/app.ts';
import { editResponseHeaders } from '../api/middleware/response-headers.ts';
import { securityHeadersMiddleware } from '../api/middleware/security-headers.ts';
import { staffAccess } from '../api/staff/staff-access.ts';
import { createLogger, type Logger } from '../shared/logger.ts';
import { createLocalDocumentStorage } from '../store/document-storage.ts';
import { createDocumentClient, defaultRegion } from '../store/dynamo-client.ts';
import { createHasher } from '../store/secrets.ts';

/** Local only: a published key is fine for data that never leaves the laptop. */
export const localDevelopmentHashKey = 'local-development-key-not-for-production-use';

import { createLocalExports } from '../exports/local-exports.ts';
import { createDevSink, type SunkMessage } from '../notify/channels/dev-sink.ts';
import { sweepOutbox } from '../notify/drain.ts';
import { sweepReportMessages } from '../notify/drain-reports.ts';
import { defaultRetryPolicy } from '../notify/retry-policy.ts';
import { closedApplicationRetentionDaysOf } from '../shared/config.ts';
import { runAfterApprovalSweep } from '../store/after-approval-sweep.ts';
import { createApplicationRepository } from '../store/application-repository.ts';
import { reconcileCounters } from '../store/counter-reconcile.ts';
import { createDevIssuer } from './dev-issuer.ts';
import { devMessagesRoutes } from './dev-messages.ts';
import { ensureTableOn, openDynamoEngine } from './dynamo-engine.ts';

export interface LocalSystemOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Where the embedded DynamoDB engine persists; in memory when absent. */
  readonly dataDir?: string | undefined;
  /**
   * An external DynamoDB engine (DYNAMODB_ENDPOINT, e.g. DynamoDB Local) used instead
   * of the embedded one; the table is created there from the same definition.
   */
  readonly dynamoEndpoint?: string | undefined;
  /** The table's region (AWS_REGION); an external engine keeps regions apart. */
  readonly region?: string | undefined;
  /** The built Astro site. */
  readonly siteDir: string;
  readonly tableName?: string;
  readonly logger?: Logger;
  readonly now?: () => Date;
  /** Key for the keyed hashes; a fixed development key when absent. */
  readonly hashKey?: string;
  /** How often the notifier sweeps the outbox (ms); 0 stops it. Default 1 s. */
  readonly notifyEveryMs?: number;
  /**
   * How often the after-approval job runs (ms): reviews falling due, 渐退期 ending. It
   * runs once at start and then at this interval; 0 stops it. Default one hour (daily in AWS).
   */
  readonly afterApprovalEveryMs?: number;
}

export interface LocalSystem {
  readonly url: string;
  readonly dynamoEndpoint: string;
  readonly region: string;
  readonly tableName: string;
  /** Every message the dev sinks received (what `/dev/messages` shows). */
  readonly messages: () => readonly SunkMessage[];
  close(): Promise<void>;
}

/**
 * The whole system in one process on one port: the built portal, the API (the same
 * app object the Lambda handler wraps) under /api, and the embedded DynamoDB engine (or
 * the external one given).
 */
export async function startLocalSystem(options: LocalSystemOptions): Promise<LocalSystem> {
  const tableName = options.tableName ?? 'puning-portal';
  const logger = options.logger ?? createLogger();
  const dynamo = await openDynamoEngine({
    externalEndpoint: options.dynamoEndpoint,
    dataFolder: options.dataDir ? join(options.dataDir, 'dynamodb') : undefined,
  });
  const region = options.region ?? defaultRegion;
  const table = await ensureTableOn(dynamo, region, tableName);

  const db = createDocumentClient({ region, endpoint: dynamo.endpoint });
  const repo = createApplicationRepository(db, tableName, {
    closedApplicationRetentionDays: closedApplicationRetentionDaysOf(process.env),
  });
  // A table kept from an earlier run may hold applications stored before the dashboard's
  // counters: count them, as the reconcile after the first deploy does in AWS.
  if (!table.created) await reconcileCounters(db, tableName, repo);
  const hashKey = options.hashKey ?? localDevelopmentHashKey;
  const root = new Hono();
  // The API is built once the port is known: the dev issuer's URLs contain it.
  let api: App | undefined;
  let devIssuer: Awaited<ReturnType<typeof createDevIssuer>> | undefined;
  // The Node bindings go along, so the API sees the client's socket address.
  root.all('/api/*', (c) => (api ? api.fetch(c.req.raw, c.env) : c.text('starting', 503)));
  root.use('*', securityHeadersMiddleware);
  const now = options.now ?? (() => new Date());
  const sink = createDevSink(now);
  root.route('/dev', devMessagesRoutes(sink));
  root.all('/dev/*', (c) => {
    if (!devIssuer) return c.text('starting', 503);
    const url = new URL(c.req.url);
    url.pathname = url.pathname.slice('/dev'.length);
    return devIssuer.routes.fetch(new Request(url, c.req.raw));
  });
  root.use('*', async (c, next) => {
    await next();
    // Hashed asset names never change; pages must revalidate to pick up new builds.
    const longLived = c.req.path.startsWith('/_astro/');
    editResponseHeaders(c, (headers) =>
      headers.set('Cache-Control', longLived ? 'public, max-age=31536000, immutable' : 'no-cache'),
    );
  });
  root.use('*', serveStatic({ root: options.siteDir }));
  const notFoundPage = await readFile(join(options.siteDir, '404.html'), 'utf8');
  root.notFound((c) => c.html(notFoundPage, 404));

  const server = serve({ fetch: root.fetch, port: options.port, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origin = `http://127.0.0.1:${port}`;
  devIssuer = await createDevIssuer(origin);
  const { config: dev } = devIssuer;
  api = createApp({
    logger,
    repo,
    version: process.env.npm_package_version ?? '0.1.0',
    now,
    hasher: createHasher(hashKey),
    documents: createLocalDocumentStorage({
      folder: options.dataDir
        ? join(options.dataDir, 'documents')
        : await mkdtemp(join(tmpdir(), 'puning-documents-')),
      secret: hashKey,
    }),
    exports: createLocalExports({
      db,
      tableName,
      repo,
      folder: options.dataDir
        ? join(options.dataDir, 'exports')
        : await mkdtemp(join(tmpdir(), 'puning-exports-')),
      secret: hashKey,
      now,
      logger,
    }),
    staff: staffAccess({
      issuer: dev.issuer,
      jwksUrl: dev.jwksUrl,
      audience: dev.audience,
      algorithms: dev.algorithms,
      groupsClaim: dev.groupsClaim,
      divisionClaim: dev.divisionClaim,
      authorizeUrl: dev.authorizeUrl,
      tokenUrl: dev.tokenUrl,
      logoutUrl: dev.logoutUrl,
    }),
  });

  // The notifier: the same drain as in AWS, swept every second into the dev sinks.
  const notifier = {
    repo,
    channels: { sms: sink.port, email: sink.port, staff: sink.port },
    staffInbox: (township: string) => `${township}@staff.puning.local`,
    // Signed as in production; links lead to this local site.
    messages: { signature: '普宁市民政局', siteOrigin: origin },
    policy: defaultRetryPolicy,
    now,
    random: Math.random,
    logger,
  };
  let sweeping = false;
  const timer =
    (options.notifyEveryMs ?? 1000) > 0
      ? setInterval(async () => {
          if (sweeping) return;
          sweeping = true;
          try {
            await sweepOutbox(notifier);
            await sweepReportMessages(notifier);
          } catch (error) {
            logger.error('local sweep failed', {
              errorName: error instanceof Error ? error.name : 'UnknownError',
            });
          } finally {
            sweeping = false;
          }
        }, options.notifyEveryMs ?? 1000)
      : undefined;

  // The after-approval job: the same run as the scheduled Lambda, on a timer here.
  let running = false;
  const runAfterApproval = async () => {
    if (running) return;
    running = true;
    try {
      const totals = await runAfterApprovalSweep(repo, now(), logger);
      if (totals.updated > 0) logger.info('after-approval run', { ...totals });
    } catch (error) {
      logger.error('local after-approval run failed', {
        errorName: error instanceof Error ? error.name : 'UnknownError',
      });
    } finally {
      running = false;
    }
  };
  const afterApprovalEveryMs = options.afterApprovalEveryMs ?? 3_600_000;
  const afterApprovalTimer =
    afterApprovalEveryMs > 0 ? setInterval(runAfterApproval, afterApprovalEveryMs) : undefined;
  if (afterApprovalEveryMs > 0) void runAfterApproval();

  return {
    url: origin,
    messages: sink.messages,
    dynamoEndpoint: dynamo.endpoint,
    region,
    tableName,
    close: async () => {
      clearInterval(timer);
      clearInterval(afterApprovalTimer);
      while (sweeping || running) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      });
      db.destroy();
      await dynamo.close();
    },
  };
}
