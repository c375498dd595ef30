import { Hono } from 'hono';
import type { LocalExportStorage } from '../../store/export-storage.ts';
import type { AppDeps } from '../deps.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import { buildProblem, problemResponse } from '../problem.ts';

/** Local only: the stand-in for an export's presigned S3 GET (5 minutes, one file). */
export function exportDownloadRoutes(deps: AppDeps, storage: LocalExportStorage) {
  return new Hono<{ Variables: LocaleVariables }>().get('/:token', async (c) => {
    const found = await storage.read(c.req.param('token'), deps.now());
    if (!found) return problemResponse(c, buildProblem('not-found', c.get('locale')));
    return c.body(found.body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Length': String(found.size),
      'Content-Disposition': `attachment; filename="${found.file.fileName}"`,
      'Cache-Control': 'no-store',
    });
  });
}
