import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script (it must run on any Node), without types.
import { minimumOf, satisfies } from '../../scripts/check-node.mjs';

describe('the Node version check before npm start and npm test', () => {
  it('reads the minimum from an engines range', () => {
    expect(minimumOf('>=22.12')).toEqual([22, 12, 0]);
    expect(minimumOf('>= 24.1.3')).toEqual([24, 1, 3]);
    expect(() => minimumOf('^22')).toThrow(/cannot read the engines range/);
  });

  it('lets Node 22.12 and later through and stops Node 20 and 22.11', () => {
    const minimum = [22, 12, 0];
    expect(satisfies('24.0.0', minimum)).toBe(true);
    expect(satisfies('v22.12.0', minimum)).toBe(true);
    expect(satisfies('22.13.1', minimum)).toBe(true);
    expect(satisfies('22.11.9', minimum)).toBe(false);
    expect(satisfies('20.19.2', minimum)).toBe(false);
  });

  it('passes silently on the Node running the tests', () => {
    expect(execFileSync(process.execPath, ['scripts/check-node.mjs'], { encoding: 'utf8' })).toBe(
      '',
    );
  });

  it.runIf(spawnSync('/usr/bin/node', ['--version']).stdout?.toString().startsWith('v20'))(
    'on Node 20 says in one line to source use-node24.sh, and fails',
    () => {
      const run = spawnSync('/usr/bin/node', ['scripts/check-node.mjs'], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('. scripts/use-node24.sh');
    },
  );
});
