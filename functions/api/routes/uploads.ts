import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { maxDocumentBytes, sniffContentType } from '../../domain/application/documents.ts';
import type { LocalDocumentStorage } from '../../store/document-storage.ts';
import type { AppDeps } from '../deps.ts';
import type { LocaleVariables } from '../middleware/locale.ts';
import { buildProblem, problemResponse } from '../problem.ts';

/**
 * Local only: receives a document the way S3 receives a presigned PUT — the signed
 * token names the object, its content type and its exact size. The bytes must really
 * be that format (checked from their first bytes) before anything is written.
 */
export function uploadRoutes(deps: AppDeps, storage: LocalDocumentStorage) {
  return new Hono<{ Variables: LocaleVariables }>()
    .get('/:token', async (c) => {
      // A staff download link (5 minutes), the local stand-in for a presigned S3 GET.
      const grant = storage.verifyDownload(c.req.param('token'), deps.now());
      const bytes = grant ? await storage.read(grant) : null;
      if (!grant || !bytes) return problemResponse(c, buildProblem('not-found', c.get('locale')));
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': grant.contentType,
        'Content-Disposition': `attachment; filename="${grant.documentId}"`,
        'Cache-Control': 'no-store',
      });
    })
    .put(
      '/:token',
      bodyLimit({
        maxSize: maxDocumentBytes,
        onError: (c) => problemResponse(c, buildProblem('payload-too-large', c.get('locale'))),
      }),
      async (c) => {
        const locale = c.get('locale');
        const grant = storage.verify(c.req.param('token'), deps.now());
        if (!grant) return problemResponse(c, buildProblem('not-found', locale));
        if (c.req.header('content-type') !== grant.contentType) {
          return problemResponse(c, buildProblem('unsupported-media-type', locale));
        }
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.length !== grant.size) {
          return problemResponse(c, buildProblem('payload-too-large', locale));
        }
        if (sniffContentType(bytes) !== grant.contentType) {
          return problemResponse(c, buildProblem('unsupported-media-type', locale));
        }
        try {
          await storage.save(grant, bytes);
        } catch {
          return problemResponse(c, buildProblem('conflict', locale));
        }
        deps.logger.info('document stored', { reference: grant.reference, bytes: bytes.length });
        return c.body(null, 200);
      },
    );
}
