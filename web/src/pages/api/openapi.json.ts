import type { APIRoute } from 'astro';
import { builtContract } from '../../lib/contract-build.ts';

/** The OpenAPI contract, built with the site (CloudFront serves it from the bucket). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(builtContract()), {
    headers: { 'Content-Type': 'application/json' },
  });
