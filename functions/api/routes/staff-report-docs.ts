import * as z from 'zod/mini';
import { complaintHandlingSchema, complaintReplySchema } from '../../domain/reports/complaint.ts';
import { leadOutcomeSchema, leadVisitSchema } from '../../domain/reports/lead.ts';
import type { OperationDoc } from '../openapi.ts';
import { townshipCode } from './staff-inputs.ts';

// The contract of the console's lead and complaint routes (staff-reports.ts), apart from
// their code like staff-docs.ts. Views are loose objects: they carry the record's fields.

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const leadState = z.enum(['received', 'visited', 'closed']);
const complaintState = z.enum(['received', 'in-handling', 'answered']);
const leadSummary = z.looseObject({
  reference: z.string(),
  townshipCode: z.string(),
  villageCode: z.string(),
  categories: z.array(z.string()),
  state: leadState,
  receivedOn: isoDate,
  dueOn: isoDate,
});
const complaintSummary = z.looseObject({
  reference: z.string(),
  subjectKind: z.enum(['township', 'case', 'office']),
  realName: z.boolean(),
  state: complaintState,
  receivedOn: isoDate,
  dueOn: isoDate,
});
const leadView = z
  .looseObject({
    reference: z.string(),
    version: z.number(),
    state: leadState,
    dueOn: isoDate,
    description: z.string(),
    reporterLeftContact: z.boolean(),
    reporterTold: z.boolean(),
    mayRecordVisit: z.boolean(),
    mayRecordOutcome: z.boolean(),
  })
  .check(z.meta({ title: 'StaffLeadView' }));
const complaintView = z
  .looseObject({
    reference: z.string(),
    version: z.number(),
    state: complaintState,
    dueOn: isoDate,
    what: z.string(),
    reporterTold: z.boolean(),
    mayAct: z.boolean(),
  })
  .check(z.meta({ title: 'StaffComplaintView' }));
const byLeadState = z.object({ received: z.number(), visited: z.number(), closed: z.number() });
const counts = z
  .object({
    township: z.string(),
    leads: z.object({
      total: z.number(),
      overdue: z.number(),
      byState: byLeadState,
      byTownship: z.array(z.object({ townshipCode: z.string(), byState: byLeadState })),
    }),
    complaints: z.optional(
      z.object({
        total: z.number(),
        overdue: z.number(),
        byState: z.object({
          received: z.number(),
          'in-handling': z.number(),
          answered: z.number(),
        }),
      }),
    ),
  })
  .check(z.meta({ title: 'ReportCounts' }));

const reference = (what: string) =>
  ({
    name: 'reference',
    in: 'path',
    description: `The ${what} reference (case and dashes are forgiven)`,
    schema: z.string(),
  }) as const;
const township = {
  name: 'township',
  in: 'query',
  description:
    'A 12-digit township code: township reviewers and village assistants only their own; the city and admins any (default: every township)',
  schema: z.optional(townshipCode),
} as const;
const viewParameter = {
  name: 'view',
  in: 'query',
  description: '`open` (default) or `closed`',
  schema: z.optional(z.enum(['open', 'closed'])),
} as const;
const body = (input: z.core.$ZodType) =>
  z.strictObject({ version: z.number().check(z.int(), z.minimum(1)), input });
const actionResponses = (view: z.core.$ZodType, what: string) => ({
  200: { description: `The ${what} after the action`, schema: view },
  400: { description: 'The body or the input is wrong; each field named in `errors`' },
  404: { description: `Unknown, or out of the caller's scope` },
  409: { description: 'Changed meanwhile, or not possible in its state (`current`)' },
});

export const staffReportDocs: OperationDoc[] = [
  {
    method: 'get',
    path: '/api/staff/leads',
    operationId: 'listLeads',
    summary: "A township's leads (a village assistant: its village's), earliest visit date first",
    tags: ['staff'],
    parameters: [township, viewParameter],
    responses: {
      200: {
        description: 'The leads',
        schema: z.object({
          township: z.string(),
          items: z.array(leadSummary),
          cursor: z.optional(z.string()),
        }),
      },
      400: { description: 'A query parameter is wrong' },
      404: { description: 'A township outside the caller’s scope, or unknown' },
    },
  },
  {
    method: 'get',
    path: '/api/staff/leads/{reference}',
    operationId: 'getLead',
    summary: 'One lead, without the reporter’s contact',
    tags: ['staff'],
    parameters: [reference('lead')],
    responses: {
      200: { description: 'The lead', schema: leadView },
      404: { description: "Unknown, or out of the caller's scope" },
    },
  },
  {
    method: 'post',
    path: '/api/staff/leads/{reference}/visit',
    operationId: 'recordLeadVisit',
    summary: 'Record the visit (the township or the village’s assistant)',
    tags: ['staff'],
    parameters: [reference('lead')],
    requestBody: body(leadVisitSchema),
    responses: actionResponses(leadView, 'lead'),
  },
  {
    method: 'post',
    path: '/api/staff/leads/{reference}/outcome',
    operationId: 'recordLeadOutcome',
    summary: 'Record the outcome and close the lead (the township); the reporter is told',
    tags: ['staff'],
    parameters: [reference('lead')],
    requestBody: body(leadOutcomeSchema),
    responses: actionResponses(leadView, 'lead'),
  },
  {
    method: 'get',
    path: '/api/staff/complaints',
    operationId: 'listComplaints',
    summary: "The city bureau's complaints (city reviewers and admins only)",
    tags: ['staff'],
    parameters: [viewParameter],
    responses: {
      200: {
        description: 'The complaints',
        schema: z.object({ items: z.array(complaintSummary), cursor: z.optional(z.string()) }),
      },
      400: { description: 'A query parameter is wrong' },
    },
  },
  {
    method: 'get',
    path: '/api/staff/complaints/{reference}',
    operationId: 'getComplaint',
    summary: 'One complaint (a named complainant’s mobile masked)',
    tags: ['staff'],
    parameters: [reference('complaint')],
    responses: {
      200: { description: 'The complaint', schema: complaintView },
      404: { description: 'Unknown' },
    },
  },
  {
    method: 'post',
    path: '/api/staff/complaints/{reference}/handling',
    operationId: 'recordComplaintHandling',
    summary: 'Add a handling note (bureau only, never on the follow page)',
    tags: ['staff'],
    parameters: [reference('complaint')],
    requestBody: body(complaintHandlingSchema),
    responses: actionResponses(complaintView, 'complaint'),
  },
  {
    method: 'post',
    path: '/api/staff/complaints/{reference}/reply',
    operationId: 'replyToComplaint',
    summary: 'Reply and close; a named complainant is told (57号 第三十七条)',
    tags: ['staff'],
    parameters: [reference('complaint')],
    requestBody: body(complaintReplySchema),
    responses: actionResponses(complaintView, 'complaint'),
  },
  {
    method: 'get',
    path: '/api/staff/reports/counts',
    operationId: 'getReportCounts',
    summary: "Leads by township and state in the caller's scope; complaints for the city",
    tags: ['staff'],
    parameters: [township],
    responses: {
      200: { description: 'The counts', schema: counts },
      400: { description: 'A query parameter is wrong' },
      404: { description: 'A township outside the caller’s scope, or unknown' },
    },
  },
];
