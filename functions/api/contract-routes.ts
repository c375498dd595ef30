import type { ApiApp } from './app-base.ts';
import { buildContract, referencePageCss, renderReferencePage } from './contract.ts';
import type { AppDeps } from './deps.ts';
import type { OpenApiDocument } from './openapi.ts';

/**
 * The contract (`/api/openapi.json`) and its readable page (`/api/docs`, `/api/docs.css`)
 * as the local server and the tests answer them. In AWS they are files built with the
 * site (web/src/pages/api/) and served from the bucket at the edge, so neither function
 * carries every route's documentation (decisions "Referrals": the contract as a file).
 */
export function mountContractRoutes(app: ApiApp, deps: Pick<AppDeps, 'version'>): ApiApp {
  // Converting every schema to JSON Schema is slow: done on the first request for it.
  let contract: OpenApiDocument | undefined;
  const theContract = () => (contract ??= buildContract(deps.version));
  const cacheForFiveMinutes = 'public, max-age=300';
  app.get('/api/openapi.json', (c) => {
    c.header('Cache-Control', cacheForFiveMinutes);
    return c.json(theContract());
  });
  // `/api/docs/` too: the site builds the page as a directory index, and the edge answers both.
  for (const path of ['/api/docs', '/api/docs/'])
    app.get(path, (c) => {
      c.header('Cache-Control', cacheForFiveMinutes);
      return c.html(renderReferencePage(theContract()));
    });
  app.get('/api/docs.css', (c) =>
    c.body(referencePageCss, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': cacheForFiveMinutes,
    }),
  );
  return app;
}
