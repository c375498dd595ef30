import * as z from 'zod/mini';
import { staffSubmissionSchemaOn } from '../../domain/application/application-input.ts';
import { staffActionSchemas } from '../../domain/application/staff-actions.ts';
import {
  cityVisitSchemaOn,
  staffRelativeDeclarationSchema,
} from '../../domain/application/staff-relatives.ts';
import { staffActions } from '../../domain/application/states.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import type { OperationDoc } from '../openapi.ts';
import {
  dashboardSchema,
  documentLinkSchema,
  queuePageSchema,
  staffApplicationSchema,
  staffMeSchema,
  submittedApplicationSchema,
} from '../responses.ts';
import { actionBody, queueQuery, townshipCode } from './staff-inputs.ts';

// The staff routes' contract, apart from their code: the public function serves the
// whole OpenAPI document without bundling the staff routes (and jose) themselves. The
// query and body schemas are the routes' own (staff-inputs.ts).

/** Each action's input schema, titled with the actions that take it. */
function actionInputs(): [z.core.$ZodType, ...z.core.$ZodType[]] {
  const byInput = new Map<z.core.$ZodType, string[]>();
  for (const [action, schema] of Object.entries(staffActionSchemas))
    byInput.set(schema, [...(byInput.get(schema) ?? []), action]);
  const [first, ...others] = [...byInput].map(([schema, actions]) =>
    (schema as z.ZodMiniType).check(z.meta({ title: `input of ${actions.join(', ')}` })),
  );
  if (!first) throw new Error('no staff actions');
  return [first, ...others];
}

/** The action body as documented: `input` is the fields of the action named in the path. */
const documentedActionBody = z.strictObject({
  version: actionBody.shape.version,
  programme: actionBody.shape.programme,
  lineVersion: actionBody.shape.lineVersion,
  input: z.optional(z.union(actionInputs())),
});

const referenceParameter = {
  name: 'reference',
  in: 'path',
  description: 'The application reference, e.g. PN-2026-000123 (case and dashes are forgiven)',
  schema: z.string(),
} as const;
const townshipParameter = {
  name: 'township',
  in: 'query',
  description:
    "A 12-digit township code: a township reviewer may only name their own; city reviewers and admins name any (the queue, dashboard and export default to the whole city's)",
  schema: z.optional(townshipCode),
} as const;
const badQuery = { description: 'A query parameter is wrong, each named in `errors`' };
const otherTownship = { description: 'Another township (answered like an unknown one)' };

export const staffDocs: OperationDoc[] = [
  {
    method: 'get',
    path: '/api/staff/me',
    operationId: 'getStaffMember',
    summary: 'The signed-in staff member: role and township',
    tags: ['staff'],
    responses: { 200: { description: 'Who is signed in', schema: staffMeSchema } },
  },
  {
    method: 'get',
    path: '/api/staff/queue',
    operationId: 'getQueue',
    summary: 'A queue: emergencies first, then the earliest statutory due date',
    description:
      "Township reviewers see their own township only; city reviewers and admins see every township's applications in one queue (`township: all`) unless they name a township. Filters: view=open|closed, status, programme; paging with the returned cursor (a cursor belongs to the queue and view it came from).",
    tags: ['staff'],
    parameters: [
      townshipParameter,
      {
        name: 'view',
        in: 'query',
        description: 'Open (default) or closed applications',
        schema: queueQuery.shape.view,
      },
      {
        name: 'status',
        in: 'query',
        description: 'Only this status',
        schema: queueQuery.shape.status,
      },
      {
        name: 'programme',
        in: 'query',
        description: 'Only applications for this programme',
        schema: queueQuery.shape.programme,
      },
      {
        name: 'cursor',
        in: 'query',
        description: 'The `cursor` of the previous page',
        schema: queueQuery.shape.cursor,
      },
      {
        name: 'limit',
        in: 'query',
        description: 'Rows per page, 1–100 (25)',
        schema: z._default(z.int().check(z.minimum(1), z.maximum(100)), 25),
      },
    ],
    responses: {
      200: { description: 'One page of the queue', schema: queuePageSchema },
      400: {
        description:
          'A query parameter is wrong (each named in `errors`), a cursor from another queue, or no township named by a city user',
      },
      404: otherTownship,
    },
  },
  {
    method: 'get',
    path: '/api/staff/applications/{reference}',
    operationId: 'getStaffApplication',
    summary: 'One application with its recomputed eligibility, documents and history',
    tags: ['staff'],
    parameters: [referenceParameter],
    responses: {
      200: {
        description: 'The application as staff see it, with the actions allowed now',
        schema: staffApplicationSchema,
      },
      404: { description: 'Unknown, or of another township' },
    },
  },
  {
    method: 'get',
    path: '/api/staff/applications/{reference}/documents/{documentId}',
    operationId: 'getDocumentLink',
    summary: 'A 5-minute link to open one supporting document',
    tags: ['staff'],
    parameters: [
      referenceParameter,
      {
        name: 'documentId',
        in: 'path',
        description: 'The `id` of one of the application’s `documents`',
        schema: z.string(),
      },
    ],
    responses: {
      200: {
        description: 'A presigned S3 GET in AWS, the local server locally',
        schema: documentLinkSchema,
      },
      404: { description: 'Unknown document, or of another township' },
    },
  },
  {
    method: 'post',
    path: '/api/staff/applications/{reference}/actions/{action}',
    operationId: 'takeStaffAction',
    summary: 'Take an action (claim, requestInfo, approve, reject, transfer, confirm, …)',
    description:
      'Body { version, input }: the version the console showed (optimistic lock) and the action input (the fields of the action named in the path). A stale version or an action the state does not allow gets 409 with the current status and version.',
    tags: ['staff'],
    parameters: [
      referenceParameter,
      {
        name: 'action',
        in: 'path',
        description: 'What to do; the application’s `actions` lists the ones allowed now',
        schema: z.enum(staffActions as [string, ...string[]]),
      },
    ],
    requestBody: documentedActionBody,
    responses: {
      200: { description: 'The application after the action', schema: staffApplicationSchema },
      400: { description: 'The body or the input is wrong; each field named in `errors`' },
      403: {
        description:
          'The token carries no staff role that may act, or this role does not take this action',
      },
      404: { description: 'Unknown action or application, or of another township' },
      409: {
        description:
          'Changed meanwhile, or not allowed in the current state (`current` has the status and version)',
      },
    },
  },
  {
    method: 'post',
    path: '/api/staff/applications',
    operationId: 'applyOnBehalf',
    summary: "Apply on a person's behalf (a village assistant or township officer, 43号 第十一条)",
    description:
      'Body { application, consentRecord }: the same application schema as the public form (the applicant’s mobile optional) and how the person consented (signed form — uploaded afterwards with the access code —, oral consent with its witness, or a guardian). The person must live within the caller’s village or township. Answers like a public submission; the access code is returned once.',
    tags: ['staff'],
    requestBody: staffSubmissionSchemaOn(() => todayInShanghai(Date.now())),
    responses: {
      201: {
        description: 'Reference, access code (once), township, next steps',
        schema: submittedApplicationSchema,
      },
      400: { description: 'A field is wrong, each named in `errors`' },
      403: {
        description: 'Not this role, or the person lives outside the caller’s village or township',
      },
      409: { description: 'The person has an open application for that programme' },
      422: { description: 'None of the programmes can be applied for here' },
    },
  },
  {
    method: 'get',
    path: '/api/staff/submitted',
    operationId: 'getOwnSubmissions',
    summary: 'The applications this staff member submitted for others (newest first)',
    tags: ['staff'],
    responses: {
      200: {
        description: 'Queue rows of the cases this person submitted',
        schema: z.object({ items: queuePageSchema.shape.items }),
      },
    },
  },
  {
    method: 'post',
    path: '/api/staff/applications/{reference}/staff-relative',
    operationId: 'declareStaffRelative',
    summary:
      'Record that the applicant is a relative of township staff or village cadres (57号 第十一条)',
    description:
      'Body { version, input: { position, staffName, relationship } }. The case is then marked, confirmed by the city even under delegation, after the city’s own home visit.',
    tags: ['staff'],
    parameters: [referenceParameter],
    requestBody: z.strictObject({
      version: actionBody.shape.version,
      input: staffRelativeDeclarationSchema,
    }),
    responses: {
      200: { description: 'The application after the declaration', schema: staffApplicationSchema },
      400: { description: 'A field is wrong, each named in `errors`' },
      404: { description: 'Unknown, or of another township' },
      409: { description: 'Changed meanwhile (`current` has the status and version)' },
    },
  },
  {
    method: 'post',
    path: '/api/staff/applications/{reference}/city-visit',
    operationId: 'recordCityVisit',
    summary: "The city bureau's own home visit to a relative of staff (57号 第二十条)",
    description:
      'Body { version, input: { visitedOn, findings } }; only on a case marked as a relative of staff.',
    tags: ['staff'],
    parameters: [referenceParameter],
    requestBody: z.strictObject({
      version: actionBody.shape.version,
      input: cityVisitSchemaOn(() => todayInShanghai(Date.now())),
    }),
    responses: {
      200: { description: 'The application after the visit', schema: staffApplicationSchema },
      400: { description: 'A field is wrong, or the case is not marked as a relative of staff' },
      404: { description: 'Unknown' },
      409: { description: 'Changed meanwhile (`current` has the status and version)' },
    },
  },
  {
    method: 'get',
    path: '/api/staff/dashboard',
    operationId: 'getDashboard',
    summary: 'Open by status, overdue, median days to decision, recent emergencies',
    tags: ['staff'],
    parameters: [townshipParameter],
    responses: {
      200: { description: 'The dashboard figures', schema: dashboardSchema },
      400: badQuery,
      404: otherTownship,
    },
  },
  {
    method: 'get',
    path: '/api/staff/export.csv',
    operationId: 'exportApplications',
    summary: "The township's applications as CSV (ID numbers masked)",
    tags: ['staff'],
    parameters: [townshipParameter],
    responses: {
      200: { description: 'One row per application, UTF-8', mediaType: 'text/csv' },
      400: badQuery,
      404: otherTownship,
    },
  },
];
