import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parametersMarkdown } from '../../scripts/parameters-table.ts';

describe('docs/policy-parameters.md', () => {
  it('is exactly the table generated from the parameters (regenerate with scripts/parameters-table.ts)', () => {
    const doc = readFileSync(
      resolve(import.meta.dirname, '../../docs/policy-parameters.md'),
      'utf8',
    );
    expect(doc).toBe(parametersMarkdown());
  });
});
