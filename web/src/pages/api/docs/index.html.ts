import type { APIRoute } from 'astro';
import { renderReferencePage } from '../../../../../functions/api/contract.ts';
import { builtContract } from '../../../lib/contract-build.ts';

/** The contract as a readable page without scripts (/api/docs), built with the site. */
export const GET: APIRoute = async () =>
  new Response(String(await renderReferencePage(builtContract())), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
