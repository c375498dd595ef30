import { bundleEntry } from './bundle.ts';
import { measureColdStarts } from './cold-start.ts';
import { round } from './stats.ts';
import { oneTextMessage, startTencentStandIn } from './tencent-sms-stand-in.ts';

// `npx tsx bench/tencent-sms.ts`: Tencent Cloud SMS with the notifier's own TC3 signer
// against the same channel with the official SDK (decisions §17) — each bundled as the
// stack bundles a function, its size (gzip, every file) and its cold start with one
// send to a local stand-in. The whole notifier with the SDK is the notifier's size plus
// the difference.
const kb = (bytes: number) => round(bytes / 1024, 1);
const tc3 = await bundleEntry('tencent-sms-tc3', 'bench/floor/tencent-sms-tc3-entry.ts');
const sdk = await bundleEntry('tencent-sms-sdk', 'bench/floor/tencent-sms-sdk-entry.ts');
const notifier = await bundleEntry('notifier', 'functions/handlers/notifier-stream.ts');
const standIn = await startTencentStandIn();
const cold = await measureColdStarts(
  [
    { name: 'tc3', file: tc3.file, event: oneTextMessage },
    { name: 'sdk', file: sdk.file, event: oneTextMessage },
  ],
  Number(process.env.BENCH_COLD_RUNS ?? 30),
  { TENCENT_SMS_ENDPOINT: standIn.host },
);
await standIn.close();
const [tc3Cold, sdkCold] = cold;
console.table({
  'own TC3 signer': {
    'gzip KB': kb(tc3.gzipBytes),
    'notifier gzip KB': kb(notifier.gzipBytes),
    'ready ms': round(tc3Cold?.readyMs ?? Number.NaN),
    'first send ms': round(tc3Cold?.firstRequestMs ?? Number.NaN),
  },
  'official SDK': {
    'gzip KB': kb(sdk.gzipBytes),
    'notifier gzip KB': kb(notifier.gzipBytes + sdk.gzipBytes - tc3.gzipBytes),
    'ready ms': round(sdkCold?.readyMs ?? Number.NaN),
    'first send ms': round(sdkCold?.firstRequestMs ?? Number.NaN),
  },
});
