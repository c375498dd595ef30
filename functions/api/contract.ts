import { buildOpenApiDocument, type OpenApiDocument } from './openapi.ts';
import { applicationDocs } from './routes/applications.ts';
import { eligibilityDocs } from './routes/eligibility.ts';
import { healthDocs } from './routes/health.ts';
import { staffDocs } from './routes/staff-docs.ts';
import { statusDocs } from './routes/status.ts';
import { townshipDocs } from './routes/townships.ts';

export { referencePageCss, renderReferencePage } from './routes/reference-page.ts';

/**
 * The published contract (`/api/openapi.json`, `/api/docs`), from every route module's
 * documentation. Imported by the public app on the first request for it.
 */
export function buildContract(version: string): OpenApiDocument {
  return buildOpenApiDocument(
    [
      ...healthDocs,
      ...townshipDocs,
      ...eligibilityDocs,
      ...applicationDocs,
      ...statusDocs,
      ...staffDocs,
    ],
    {
      title: '普宁市社会救助服务平台 API (Puning social assistance portal)',
      version,
      description:
        'Public and staff endpoints of the Puning social-assistance portal. Errors are application/problem+json; messages are zh-CN unless Accept-Language prefers English.',
    },
  );
}
