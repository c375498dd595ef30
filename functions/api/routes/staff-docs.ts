import type { OperationDoc } from '../openapi.ts';

// The staff routes' contract, apart from their code: the public function serves the
// whole OpenAPI document without bundling the staff routes (and jose) themselves.
export const staffDocs: OperationDoc[] = [
  {
    method: 'get',
    path: '/api/staff/me',
    summary: 'The signed-in staff member: role and township',
    tags: ['staff'],
    responses: {
      200: { description: '{ id, name, role, township }' },
      401: { description: 'No valid token' },
    },
  },
  {
    method: 'get',
    path: '/api/staff/queue',
    summary: 'A township queue: emergencies first, then the earliest statutory due date',
    description:
      'Township reviewers see their own township only; city reviewers and admins name a township. Filters: view=open|closed, status, programme; paging with the returned cursor.',
    tags: ['staff'],
    responses: {
      200: { description: '{ township, items, cursor? }' },
      401: { description: 'No valid token' },
      404: { description: 'Another township (answered like an unknown one)' },
    },
  },
  {
    method: 'get',
    path: '/api/staff/applications/{reference}',
    summary: 'One application with its recomputed eligibility, documents and history',
    tags: ['staff'],
    responses: {
      200: { description: 'The application as staff see it, with the actions allowed now' },
      404: { description: 'Unknown, or of another township' },
    },
  },
  {
    method: 'get',
    path: '/api/staff/applications/{reference}/documents/{documentId}',
    summary: 'A 5-minute link to open one supporting document',
    tags: ['staff'],
    responses: {
      200: {
        description: '{ url, expiresAt }: a presigned S3 GET in AWS, the local server locally',
      },
      404: { description: 'Unknown document, or of another township' },
    },
  },
  {
    method: 'post',
    path: '/api/staff/applications/{reference}/actions/{action}',
    summary: 'Take an action (claim, requestInfo, approve, reject, transfer, confirm, …)',
    description:
      'Body { version, input }: the version the console showed (optimistic lock) and the action input. A stale version or an action the state does not allow gets 409 with the current status and version.',
    tags: ['staff'],
    responses: {
      200: { description: 'The application after the action' },
      400: { description: 'The input is wrong; each field named in `errors`' },
      403: { description: 'This role does not take this action' },
      404: { description: 'Unknown, or of another township' },
      409: { description: 'Changed meanwhile, or not allowed in the current state' },
    },
  },
  {
    method: 'get',
    path: '/api/staff/dashboard',
    summary: 'Open by status, overdue, median days to decision, recent emergencies',
    tags: ['staff'],
    responses: { 200: { description: 'The dashboard figures' } },
  },
  {
    method: 'get',
    path: '/api/staff/export.csv',
    summary: "The township's applications as CSV (ID numbers masked)",
    tags: ['staff'],
    responses: { 200: { description: 'text/csv; charset=utf-8' } },
  },
];
