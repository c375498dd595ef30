// Run first by `npm start` and `npm test`: on a Node older than package.json's engines
// (a machine with Node 20, say) it says in one line what to run, instead of Astro's
// "Node.js v20 is not supported" stack trace further on. Plain JavaScript that any
// Node runs. `.ci/run` sources use-node24.sh before `npm test`, so there it passes.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The lowest version `>=major.minor[.patch]` allows, as [major, minor, patch]. */
export function minimumOf(range) {
  const match = /^\s*>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(range ?? '');
  if (!match) throw new Error(`check-node: cannot read the engines range "${range}"`);
  return match.slice(1).map((part) => Number(part ?? 0));
}

/** Whether `version` (`24.1.0`, `v20.19.2`) is at least `minimum`. */
export function satisfies(version, minimum) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) > minimum[i];
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)));
  const minimum = minimumOf(engines.node);
  if (!satisfies(process.versions.node, minimum)) {
    console.error(
      `Node ${process.versions.node} is too old here (needs ${minimum.join('.')} or later): run \`. scripts/use-node24.sh\`, then the command again.`,
    );
    process.exit(1);
  }
}
