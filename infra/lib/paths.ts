import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so entries and the site directory resolve from any cwd. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const fromRepoRoot = (...segments: string[]): string => join(repoRoot, ...segments);
