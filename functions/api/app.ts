import { createBaseApp } from './app-base.ts';
import { mountContractRoutes } from './contract-routes.ts';
import type { AppDeps } from './deps.ts';
import { mountPublicRoutes } from './public-app.ts';
import { exportDownloadRoutes } from './routes/export-downloads.ts';
import { uploadRoutes } from './routes/uploads.ts';
import { mountStaffRoutes } from './staff-app.ts';

export { maxBodyBytes } from './app-base.ts';

/**
 * The whole HTTP API under /api, as the local server and the tests run it. In AWS the
 * same routes are split over two functions by audience (public-app.ts, staff-app.ts),
 * so each bundles only its own code, and the contract is a file built with the site. It never reads process.env; deps bring the world in.
 */
export function createApp(deps: AppDeps) {
  const app = mountContractRoutes(
    mountStaffRoutes(mountPublicRoutes(createBaseApp(deps), deps), deps),
    deps,
  );
  // The local stand-in for S3's presigned PUT and GET; in AWS the browser talks to S3.
  const { documents } = deps;
  if (documents.kind === 'local') app.route('/api/uploads', uploadRoutes(deps, documents));
  const exportFiles = deps.exports?.storage;
  if (exportFiles?.kind === 'local' && 'read' in exportFiles)
    app.route('/api/exports', exportDownloadRoutes(deps, exportFiles));
  return app;
}

export type App = ReturnType<typeof createApp>;
