import { buildContract } from '../../../functions/api/contract.ts';
import type { OpenApiDocument } from '../../../functions/api/openapi.ts';
import packageJson from '../../../package.json' with { type: 'json' };

/**
 * The API contract as the site build writes it (/api/openapi.json, /api/docs): the same
 * document the API builds from every route module's documentation, once per build, at
 * the package's version. Served from the bucket at the edge, so the public function no
 * longer carries the documentation (docs/performance.md).
 */
let contract: OpenApiDocument | undefined;
export function builtContract(): OpenApiDocument {
  contract ??= buildContract(packageJson.version);
  return contract;
}
