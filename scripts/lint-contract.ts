import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContract } from '../functions/api/contract.ts';

/**
 * Writes the contract served at /api/openapi.json and lints it with Redocly's
 * recommended rules (redocly.yaml): exits non-zero on any error. Offline by design:
 * no telemetry, no update check, and the document has no remote references.
 */
const folder = mkdtempSync(join(tmpdir(), 'puning-contract-'));
const file = join(folder, 'openapi.json');
const config = join(import.meta.dirname, '..', 'redocly.yaml');
try {
  writeFileSync(file, JSON.stringify(buildContract('lint'), null, 2));
  const result = spawnSync('redocly', ['lint', file, '--config', config], {
    stdio: 'inherit',
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    },
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    console.error('redocly is not installed: run `npm ci` (it is a dev dependency).');
    process.exitCode = 1;
  } else if (result.error) throw result.error;
  else process.exitCode = result.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
