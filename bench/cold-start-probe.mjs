// Child process of the cold-start benchmark: import one bundle (what Lambda does at
// init), then invoke its handler once, and report the times to the parent.
// performance.now() counts from the process's own start.
import { pathToFileURL } from 'node:url';

const [bundle, eventJson] = process.argv.slice(2);
const started = performance.now();
const module = await import(pathToFileURL(bundle).href);
const ready = performance.now();
await module.handler(JSON.parse(eventJson), {
  awsRequestId: 'bench',
  getRemainingTimeInMillis: () => 10_000,
});
const answered = performance.now();
process.stdout.write(
  JSON.stringify({ readyMs: ready, importMs: ready - started, firstRequestMs: answered - ready }),
);
