import { resolve } from 'node:path';
import { dynamoRegionOf } from '../store/dynamo-client.ts';
import { startLocalSystem } from './local-system.ts';
import { buildSiteIfStale } from './site-build.ts';

// `npm start`: the whole system on one port. PORT and DATA_DIR pick where; two
// instances with different values run side by side. DYNAMODB_ENDPOINT swaps the
// embedded engine for an external one (DynamoDB Local), in AWS_REGION.
process.env.POWERTOOLS_DEV ??= 'true';
process.env.POWERTOOLS_SERVICE_NAME ??= 'puning-portal-local';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');

await buildSiteIfStale(root);
const system = await startLocalSystem({
  port,
  dataDir,
  siteDir: resolve(root, 'web/dist'),
  dynamoEndpoint: process.env.DYNAMODB_ENDPOINT || undefined,
  region: dynamoRegionOf(process.env),
});

const externalTable = process.env.DYNAMODB_ENDPOINT
  ? `\n  table           ${system.tableName} at ${system.dynamoEndpoint} (${system.region})`
  : '';
console.info(`
普宁市社会救助服务平台 is running: ${system.url.replace('127.0.0.1', 'localhost')}
  portal          ${system.url}/
  API health      ${system.url}/api/health
  API reference   ${system.url}/api/docs
  staff console   ${system.url}/staff/   (demo staff sign-in, no password)
  messages sent   ${system.url}/dev/messages
  data            ${dataDir}${externalTable}
  origin lock     off (no CloudFront here: the API does not ask for X-Origin-Verify)
Press Ctrl+C to stop.`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.info(`\n${signal}: stopping…`);
  await system.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
