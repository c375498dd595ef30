import * as z from 'zod/mini';
import { buildOpenApiDocument, type OpenApiDocument, type OperationDoc } from './openapi.ts';
import { signInConfigSchema } from './responses.ts';
import { applicationDocs } from './routes/applications.ts';
import { eligibilityDocs } from './routes/eligibility.ts';
import { healthDocs } from './routes/health.ts';
import { openFiguresDocs } from './routes/open-figures.ts';
import { reportDocs } from './routes/reports.ts';
import { staffDocs } from './routes/staff-docs.ts';
import { staffReportDocs } from './routes/staff-report-docs.ts';
import { statusDocs } from './routes/status.ts';
import { townshipDocs } from './routes/townships.ts';

export { referencePageCss, renderReferencePage } from './routes/reference-page.ts';

// The routes public-app.ts answers itself: the sign-in settings and this contract.
const contractDocs: OperationDoc[] = [
  {
    method: 'get',
    path: '/api/auth/config',
    operationId: 'getSignInConfig',
    summary: "The staff console's sign-in settings (OIDC authorization code with PKCE)",
    tags: ['contract'],
    responses: {
      200: { description: 'Issuer, client and endpoints (cacheable)', schema: signInConfigSchema },
      404: { description: 'Staff sign-in is not configured here' },
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getContract',
    summary: 'This contract (OpenAPI 3.1)',
    tags: ['contract'],
    responses: {
      200: {
        description: 'The OpenAPI document (cacheable)',
        schema: z.looseObject({
          openapi: z.string(),
          info: z.looseObject({ version: z.string() }),
        }),
      },
    },
  },
  {
    method: 'get',
    path: '/api/docs',
    operationId: 'getReferencePage',
    summary: 'This contract as a readable page, without scripts',
    tags: ['contract'],
    responses: { 200: { description: 'HTML (cacheable)', mediaType: 'text/html' } },
  },
  {
    method: 'get',
    path: '/api/docs.css',
    operationId: 'getReferencePageStyles',
    summary: 'The reference page’s style sheet',
    tags: ['contract'],
    responses: { 200: { description: 'CSS (cacheable)', mediaType: 'text/css' } },
  },
];

/**
 * The published contract (`/api/openapi.json`, `/api/docs`), from every route module's
 * documentation. The public app imports this module at start but builds the document
 * only on the first request for it (converting every schema to JSON Schema is slow).
 */
export function buildContract(version: string): OpenApiDocument {
  return buildOpenApiDocument(
    [
      ...healthDocs,
      ...townshipDocs,
      ...eligibilityDocs,
      ...applicationDocs,
      ...statusDocs,
      ...openFiguresDocs,
      ...reportDocs,
      ...staffDocs,
      ...staffReportDocs,
      ...contractDocs,
    ],
    {
      title: '普宁市社会救助服务平台 API (Puning social assistance portal)',
      version,
      description:
        'Public and staff endpoints of the Puning social-assistance portal. Errors are application/problem+json; messages are zh-CN unless Accept-Language prefers English.',
    },
  );
}
