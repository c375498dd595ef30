import type { APIRoute } from 'astro';
import { referencePageCss } from '../../../../functions/api/contract.ts';

/** The reference page's style sheet, built with the site. */
export const GET: APIRoute = () =>
  new Response(referencePageCss, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
