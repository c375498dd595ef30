import * as z from 'zod/mini';
import {
  applicationInputSchema,
  consentRecordSchema,
} from '../domain/application/application-input.ts';
import { applicationActions, applicationStates } from '../domain/application/states.ts';
import { programmeIds } from '../domain/policy/programmes.ts';
import type { CheckResult } from '../domain/policy/result.ts';
import { departmentIds } from '../domain/referrals/departments.ts';
import { relatedHelpIds } from '../domain/referrals/related-help.ts';
import { leadOutcomes } from '../domain/reports/lead.ts';
import type { ComplaintFigures, LeadFigures } from '../domain/reports/report-tallies.ts';
import type { Dashboard } from '../domain/staff/dashboard.ts';
import { consentsOnRecord } from '../domain/staff/submission-figures.ts';
import type { DownloadTarget, UploadTarget } from '../store/document-storage.ts';
import type { StaffSignInConfig } from './deps.ts';
import type { queueRow, staffApplicationView } from './services/staff-view.ts';
import type { statusView } from './services/status-view.ts';
import type { SubmittedBody } from './services/submit-application.ts';

/**
 * The success bodies of the API, as zod schemas: the contract documents them
 * (`*Docs` in each route module) and the contract test validates real responses
 * against them. Each is tied to the code that builds the body by a compile-time check
 * at the end of this file: a field the schema promises and the builder does not give
 * (or gives with another type) fails `tsc`. A field a builder adds and the schema
 * lacks is caught by the contract test (the objects' JSON Schema forbids extra members).
 * Only zod and domain constants are imported: the public function bundles this.
 */

const localizedText = z.object({ 'zh-CN': z.string(), en: z.string() });
const townshipRef = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });
const programme = z.enum(programmeIds);
const exitReason = z.enum(['gradual-exit', 'stopped', 'terminated', 'superseded', 'moved-away']);
const state = z.enum(applicationStates);
const priority = z.enum(['emergency', 'normal']);
const citation = z.object({ document: z.string(), clause: z.string() });
const department = z.enum(departmentIds);
const reason = z.object({
  code: z.string(),
  status: z.enum(['meets', 'uncertain', 'fails', 'info']),
  text: localizedText,
  citation,
});
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const routingBasis = z.enum([
  'hukou',
  'residence-by-bureau-setting',
  'residence-permit',
  'residence',
  'emergency-location',
]);
const instant = z.iso.datetime();

/** 201 of POST /api/leads: where the lead went and when it is visited. */
export const leadReceivedSchema = z
  .strictObject({
    reference: z.string(),
    township: townshipRef,
    receivedOn: isoDate,
    visitDueOn: isoDate,
    calendarNote: z.optional(localizedText),
    willBeTold: z.boolean(),
  })
  .check(z.meta({ title: 'LeadReceived' }));

/** 201 of POST /api/complaints: the access code is shown this once. */
export const complaintReceivedSchema = z
  .strictObject({
    reference: z.string(),
    accessCode: z.string(),
    receivedOn: isoDate,
    replyDueOn: isoDate,
    calendarNote: z.optional(localizedText),
    handledBy: z.strictObject({ name: z.string(), nameEn: z.string() }),
  })
  .check(z.meta({ title: 'ComplaintReceived' }));

/** 200 of POST /api/complaints/follow: the state and the bureau's reply. */
export const complaintFollowViewSchema = z
  .strictObject({
    reference: z.string(),
    state: z.enum(['received', 'in-handling', 'answered']),
    receivedOn: isoDate,
    dueOn: isoDate,
    subjectKind: z.enum(['township', 'case', 'office']),
    realName: z.boolean(),
    reply: z.optional(z.strictObject({ on: isoDate, text: z.string() })),
  })
  .check(z.meta({ title: 'ComplaintFollowView' }));

/** 201 of POST /api/applications: the access code is shown this once. */
export const submittedApplicationSchema = z
  .object({
    reference: z.string(),
    accessCode: z.string(),
    status: z.literal('submitted'),
    priority,
    township: townshipRef,
    /** Where it was received, when another township is responsible (代收转办). */
    receivingTownship: z.optional(townshipRef),
    routing: z.object({ basis: routingBasis, citation }),
    programmes: z.array(z.string()),
    refused: z.array(z.object({ programme, reason: localizedText, citation })),
    submittedAt: instant,
    dueDate: isoDate,
    deadlines: z.array(
      z.object({
        procedure: z.enum(['dibao', 'tekun']),
        programmes: z.array(programme),
        workingDays: z.number(),
        dueDate: isoDate,
        clause: z.string(),
        calendarNote: z.nullable(localizedText),
      }),
    ),
    nextSteps: z.array(localizedText),
  })
  .check(z.meta({ id: 'SubmittedApplication' }));

const money = z.number();
const aidForm = z.enum(['cash', 'in-kind']);
const careLevel = z.enum(['self-care', 'partly-lost', 'fully-lost']);
const supportForm = z.enum(['dispersed', 'centralised']);
const noticeLine = z.object({ label: localizedText, text: localizedText });
/** A decision's written notice (notices.ts), rendered once for every reader. */
const renderedNotice = z.object({ title: localizedText, lines: z.array(noticeLine) });
const decisionNotice = z.object({
  id: z.string(),
  issuedAt: instant,
  issuedOn: isoDate,
  programme,
  outcome: z.enum([
    'confirmed',
    'not-confirmed',
    'refused',
    'emergency-aid',
    'temporary-approved',
    'payment',
    'superseded',
    'gradual-exit',
    'ended',
    'increased',
    'decreased',
    'member-reduced',
    'stopped',
    'terminated',
  ]),
  authority: z.enum(['township', 'city']),
  authorityName: localizedText,
  basis: z.string(),
  monthly: z.optional(
    z.object({
      amountYuan: money,
      startMonth: z.string(),
      careLevel: z.optional(careLevel),
      supportForm: z.optional(supportForm),
    }),
  ),
  payment: z.optional(
    z.object({
      amountYuan: money,
      form: aidForm,
      plan: z.enum(['advance', 'one-off', 'staged', 'follow-up']),
      approvedYuan: z.optional(money),
    }),
  ),
  endsOn: z.optional(z.string()),
  reasons: z.optional(
    z.array(z.object({ code: z.string(), text: localizedText, clause: z.optional(z.string()) })),
  ),
  explanation: z.optional(z.string()),
  account: z.optional(z.string()),
  recheck: z.optional(z.boolean()),
  insteadOf: z.optional(programme),
  member: z.optional(
    z.object({
      name: z.string(),
      refusals: z.number(),
      shareYuan: money,
      keptShareYuan: money,
    }),
  ),
  stopsFromMonth: z.optional(z.string()),
  referral: z.optional(z.enum(['dibao', 'temporary-expense', 'none'])),
});
/** What one programme's line has recorded (lines.ts). */
const lineFacts = z.object({
  publicNotice: z.optional(z.object({ startsOn: isoDate, endsOn: isoDate })),
  emergencyAid: z.optional(
    z.object({
      amountYuan: money,
      grantedOn: isoDate,
      paperworkDueOn: isoDate,
      form: z.optional(aidForm),
    }),
  ),
  approval: z.optional(
    z.object({
      monthlyAmountYuan: money,
      opinion: z.string(),
      careLevel: z.optional(careLevel),
      supportForm: z.optional(supportForm),
    }),
  ),
  confirmation: z.optional(
    z.object({
      monthlyAmountYuan: money,
      startMonth: z.string(),
      careLevel: z.optional(careLevel),
      supportForm: z.optional(supportForm),
      by: z.optional(z.enum(['township', 'city'])),
      confirmedOn: z.optional(isoDate),
    }),
  ),
  temporaryApproval: z.optional(
    z.object({
      amountYuan: money,
      form: aidForm,
      plan: z.enum(['one-off', 'staged']),
      opinion: z.string(),
      approvedBy: z.optional(z.enum(['township', 'city'])),
      approvedOn: z.optional(isoDate),
    }),
  ),
  payments: z.optional(
    z.array(
      z.object({
        paidOn: isoDate,
        amountYuan: money,
        form: aidForm,
        kind: z.enum(['advance', 'one-off', 'staged', 'follow-up']),
        by: z.enum(['township', 'city']),
      }),
    ),
  ),
  rejection: z.optional(
    z.object({
      codes: z.array(z.string()),
      text: z.string(),
      by: z.optional(z.enum(['township', 'city'])),
    }),
  ),
  gradualExit: z.optional(
    z.object({
      startsOn: isoDate,
      endsOn: isoDate,
      endMonth: z.optional(z.string()),
      remindedOn: z.optional(isoDate),
    }),
  ),
  review: z.optional(
    z.object({
      class: z.enum(['yearly', 'half-yearly']),
      nextDueOn: isoDate,
      lastConcludedOn: z.optional(isoDate),
      open: z.optional(
        z.object({
          reason: z.enum(['periodic', 'reported-change', 'care-change', 'other']),
          openedOn: isoDate,
          dueOn: isoDate,
          changeId: z.optional(z.string()),
          visit: z.optional(
            z.object({
              visitedOn: isoDate,
              findings: z.string(),
              monthlyIncomeYuan: z.optional(money),
            }),
          ),
        }),
      ),
    }),
  ),
  proposal: z.optional(
    z.object({
      kind: z.enum(['increase', 'decrease', 'stop', 'member-share']),
      monthlyAmountYuan: money,
      fromMonth: z.string(),
      reason: z.string(),
      proposedOn: isoDate,
      member: z.optional(
        z.object({
          name: z.string(),
          refusals: z.number(),
          householdMembers: z.number(),
          shareYuan: money,
          keptShareYuan: money,
        }),
      ),
    }),
  ),
  termination: z.optional(
    z.object({
      grounds: z.array(z.string()),
      findings: z.string(),
      noticeStartsOn: isoDate,
      noticeEndsOn: isoDate,
      referral: z.enum(['dibao', 'temporary-expense', 'none']),
    }),
  ),
  exit: z.optional(
    z.object({
      reason: exitReason,
      on: isoDate,
      lastMonth: z.string(),
    }),
  ),
  supersededBy: z.optional(programme),
});

/** What the applicant sees on the status page (and after each of their actions). */
export const statusViewSchema = z
  .object({
    reference: z.string(),
    status: state,
    township: townshipRef,
    programmes: z.array(programme),
    /** Who applied: the person, an agent (who follows it with the same code), or staff. */
    submittedBy: z.enum(['self', 'agent', 'staff']),
    /** The result first: one card per programme, newest notice first. */
    results: z.array(
      z.object({
        programme,
        programmeName: localizedText,
        state,
        stateName: localizedText,
        decided: z.boolean(),
        summary: z.array(noticeLine),
        nextStep: localizedText,
        /** While paid: when the next periodic review falls due (57号 第三十一条). */
        nextReviewOn: z.optional(isoDate),
        /** In a 渐退期: the last month paid (YYYY-MM). */
        gradualExitEndMonth: z.optional(z.string()),
        notices: z.array(
          z.object({
            id: z.string(),
            issuedOn: isoDate,
            outcome: decisionNotice.shape.outcome,
            title: localizedText,
            lines: z.array(noticeLine),
          }),
        ),
      }),
    ),
    submittedAt: instant,
    stage: z.nullable(
      z.object({
        name: localizedText,
        dueDate: isoDate,
        workingDaysLeft: z.number(),
        overdue: z.boolean(),
        calendarNote: z.nullable(localizedText),
      }),
    ),
    mustDo: z.nullable(localizedText),
    timeline: z.array(z.object({ at: instant, text: localizedText })),
    undelivered: z.array(z.object({ channel: z.enum(['sms', 'email', 'staff']), at: instant })),
    /** Referrals the township made to other departments; never the staff's note. */
    referrals: z.array(
      z.object({
        department,
        departmentName: localizedText,
        contact: localizedText,
        referredOn: isoDate,
      }),
    ),
    canWithdraw: z.boolean(),
    canAnswer: z.boolean(),
    canReportChange: z.boolean(),
    changes: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['income', 'household', 'moved-within', 'moved-away', 'death']),
        kindName: localizedText,
        reportedAt: instant,
        documentId: z.optional(z.string()),
        transferredTo: z.optional(townshipRef),
        concluded: z.boolean(),
        lines: z.array(
          z.object({
            programme,
            programmeName: localizedText,
            concluded: z.boolean(),
            on: z.optional(isoDate),
            outcome: z.optional(localizedText),
          }),
        ),
      }),
    ),
  })
  .check(z.meta({ id: 'StatusView' }));

/** 201 of POST /api/status/documents: where to PUT the file, for 15 minutes. */
export const documentUploadSchema = z
  .object({
    documentId: z.string(),
    upload: z.object({
      url: z.string(),
      method: z.literal('PUT'),
      headers: z.record(z.string(), z.string()),
      expiresAt: instant,
    }),
  })
  .check(z.meta({ id: 'DocumentUpload' }));

/** A staff member's short-lived link to one document. */
export const documentLinkSchema = z.object({ url: z.string(), expiresAt: instant });

const usedParameter = z.object({
  id: z.string(),
  name: localizedText,
  unit: z.string(),
  kind: z.enum(['provincial-floor', 'rule', 'bureau-setting']),
  value: z.unknown(),
  effectiveFrom: isoDate,
  source: z.object({
    document: z.string(),
    clause: z.optional(z.string()),
    publisher: z.optional(z.string()),
    url: z.optional(z.string()),
  }),
  verified: z.boolean(),
  confidence: z.enum(['verified-official', 'verified-secondary', 'inferred', 'not-found']),
  note: z.optional(localizedText),
  beforeFirstValue: z.boolean(),
  mayBeOutdated: z.boolean(),
  outdatedNote: z.optional(localizedText),
  lastDay: z.optional(isoDate),
  pastEnd: z.boolean(),
  endNote: z.optional(localizedText),
});

/** The pre-check's answer: advice per programme, each reason with its clause. */
export const checkResultSchema = z
  .object({
    asOf: isoDate,
    rulesVersion: z.string(),
    disclaimer: localizedText,
    household: z.object({
      members: z.number(),
      area: z.enum(['urban', 'rural']),
      standard: z.object({ monthly: z.number(), parameter: z.string() }),
      countedMonthlyIncome: z.number(),
      countedMonthlyIncomePerPerson: z.number(),
      notCountedMonthly: z.object({ residentBasicPension: z.number(), otherItems: z.number() }),
      employmentCosts: z.object({
        declaredMonthly: z.number(),
        deductedMonthly: z.number(),
        allowanceVerified: z.boolean(),
      }),
      imputedMonthly: z.array(z.object({ member: z.number(), monthly: z.number() })),
      incomeReasons: z.array(reason),
    }),
    programmes: z.array(
      z.union([
        z.object({
          programme,
          outcome: z.enum(['possible', 'likely']),
          reasons: z.array(reason),
          estimatedMonthlyAmount: z.nullable(z.number()),
          documents: z.array(z.object({ id: z.string(), label: localizedText })),
          applyAt: z.object({
            townshipCode: z.string(),
            basis: z.enum(['residence', 'emergency-location']),
          }),
        }),
        z.object({ programme, outcome: z.literal('unlikely'), reasons: z.array(reason) }),
      ]),
    ),
    alternatives: z.nullable(
      z.object({
        among: z.array(programme),
        preselected: programme,
        text: localizedText,
        citation,
      }),
    ),
    parameters: z.array(usedParameter),
    notices: z.array(
      z.object({
        code: z.enum([
          'provincial-floor',
          'may-be-outdated',
          'before-first-value',
          'past-end',
          'not-verified',
        ]),
        parameter: z.string(),
        text: localizedText,
      }),
    ),
  })
  .check(z.meta({ id: 'CheckResult' }));

/** The staff console's settings for signing in (OIDC authorization code with PKCE). */
export const signInConfigSchema = z.object({
  issuer: z.string(),
  clientId: z.string(),
  authorizeUrl: z.string(),
  tokenUrl: z.string(),
  logoutUrl: z.optional(z.string()),
  scope: z.string(),
});

export const staffMeSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['township-reviewer', 'city-reviewer', 'admin', 'village-assistant']),
  township: z.nullable(townshipRef),
  /** A village assistant scoped to one village. */
  village: z.optional(z.object({ code: z.string(), name: z.string() })),
});

/** One programme's line in a summary (staff/summary.ts). */
const lineSummary = z.object({
  programme,
  state,
  dueAt: isoDate,
  monthlyAmountYuan: z.optional(z.number()),
  paidYuan: z.optional(z.number()),
  decidedAt: z.optional(instant),
  late: z.optional(z.literal(true)),
  nextReviewDue: z.optional(isoDate),
  gradualExitEndMonth: z.optional(z.string()),
  exitReason: z.optional(exitReason),
  exitedOn: z.optional(isoDate),
});

const queueRowSchema = z.object({
  reference: z.string(),
  status: state,
  statusName: localizedText,
  townshipCode: z.string(),
  priority,
  programmes: z.array(programme),
  submittedAt: instant,
  dueAt: isoDate,
  overdue: z.boolean(),
  workingDaysLeft: z.number(),
  applicantName: z.string(),
  idNumberMasked: z.string(),
  villageCode: z.string(),
  assignee: z.optional(z.string()),
  decidedAt: z.optional(instant),
  answered: z.optional(z.boolean()),
  version: z.number(),
  /** Someone applied for the person: an agent, or staff on their behalf. */
  onBehalf: z.optional(z.enum(['agent', 'staff'])),
  submittedById: z.optional(z.string()),
  /** A relative of township staff or village cadres: the city confirms. */
  staffRelative: z.optional(z.literal(true)),
  lines: z.optional(z.array(lineSummary)),
});

export const queuePageSchema = z.object({
  township: z
    .string()
    .check(z.meta({ description: "The township's code, or `all` for the city's queue" })),
  items: z.array(queueRowSchema),
  cursor: z.optional(z.string()),
});

const staffRef = z.object({ id: z.string(), name: z.string() });
const procedureFacts = z.object({
  assignee: z.optional(staffRef),
  deadlineExtended: z.optional(z.boolean()),
  infoRequest: z.optional(z.object({ message: z.string(), dueOn: isoDate, at: instant })),
  investigation: z.optional(z.object({ visitedOn: isoDate, findings: z.string() })),
  publicNotice: z.optional(z.object({ startsOn: isoDate, endsOn: isoDate })),
  emergencyAid: z.optional(
    z.object({ amountYuan: z.number(), grantedOn: isoDate, paperworkDueOn: isoDate }),
  ),
  approval: z.optional(z.object({ monthlyAmountYuan: z.number(), opinion: z.string() })),
  confirmation: z.optional(z.object({ monthlyAmountYuan: z.number(), startMonth: z.string() })),
  rejection: z.optional(z.object({ codes: z.array(z.string()), text: z.string() })),
  gradualExit: z.optional(z.object({ startsOn: isoDate, endsOn: isoDate })),
  transferredFrom: z.optional(z.array(z.string())),
  reportedChanges: z.optional(
    z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['income', 'household', 'moved-within', 'moved-away', 'death']),
        reportedAt: instant,
        description: z.optional(z.string()),
        documentId: z.optional(z.string()),
        movedTo: z.optional(
          z.object({ townshipCode: z.string(), villageCode: z.string(), hukouMoved: z.boolean() }),
        ),
        transferredTo: z.optional(z.string()),
        lines: z.array(programme),
        outcomes: z.optional(
          z.partialRecord(
            programme,
            z.object({ on: isoDate, action: z.string(), note: localizedText }),
          ),
        ),
      }),
    ),
  ),
  referrals: z.optional(z.array(z.object({ department, note: z.string(), referredOn: isoDate }))),
});

/** Related help the answers point to (一门受理、协同办理): possible, never decided here. */
const relatedHelpSchema = z.object({
  id: z.enum(relatedHelpIds),
  name: localizedText,
  why: localizedText,
  citation,
  department,
  departmentName: localizedText,
  contact: localizedText,
});

const staffActionName = z.enum(applicationActions as [string, ...string[]]);

/** One application as staff see it; also the answer to each staff action. */
export const staffApplicationSchema = z
  .object({
    reference: z.string(),
    version: z.number(),
    status: state,
    statusName: localizedText,
    stage: z.enum([
      'acceptance',
      'investigation',
      'public-notice',
      'emergency-paperwork',
      'city-confirmation',
      'gradual-exit',
      'review',
      'closed',
    ]),
    township: townshipRef,
    receivingTownship: z.optional(townshipRef),
    routingBasis: z.optional(routingBasis),
    /** The receiving township's staff may look but not act. */
    readOnly: z.boolean(),
    priority,
    programmes: z.array(programme),
    submittedAt: instant,
    dueAt: isoDate,
    overdue: z.boolean(),
    workingDaysLeft: z.number(),
    dueAtCalendarNote: z.nullable(localizedText),
    locale: z.enum(['zh-CN', 'en']),
    application: applicationInputSchema,
    /** Null while the means test is not asked yet (emergency help asked alone). */
    eligibility: z.nullable(checkResultSchema),
    relatedHelp: z.array(relatedHelpSchema),
    meansTest: z.enum(['asked', 'not-asked-yet']),
    submittedRulesVersion: z.string(),
    changedFields: z.array(z.string()),
    documents: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        contentType: z.string(),
        size: z.number(),
        requestedAt: instant,
      }),
    ),
    procedure: procedureFacts,
    history: z.array(
      z.object({
        at: instant,
        by: z.enum(['applicant', 'township', 'city', 'system']),
        staff: z.optional(staffRef),
        action: z.string(),
        programme: z.optional(programme),
        from: z.nullable(state),
        to: state,
        reason: z.optional(z.string()),
        note: z.optional(localizedText),
        rulesVersion: z.string(),
        visibleToApplicant: z.boolean(),
      }),
    ),
    pendingMessages: z.array(
      z.object({
        id: z.string(),
        channel: z.enum(['sms', 'email', 'staff']),
        template: z.string(),
        createdAt: instant,
        status: z.enum(['pending', 'sent', 'failed', 'skipped']),
        attempts: z.number(),
        lastError: z.optional(z.string()),
        sentAt: z.optional(instant),
        failedAt: z.optional(instant),
      }),
    ),
    /** One line per programme: its own state, due date, facts, notices and actions. */
    lines: z.array(
      z.object({
        programme,
        programmeName: localizedText,
        state,
        stateName: localizedText,
        version: z.number(),
        stage: z.string(),
        dueAt: isoDate,
        overdue: z.boolean(),
        workingDaysLeft: z.number(),
        facts: lineFacts,
        notices: z.array(z.extend(decisionNotice, { rendered: renderedNotice })),
        actions: z.array(staffActionName),
      }),
    ),
    /** Actions on the whole case (every open line they apply to). */
    caseActions: z.array(staffActionName),
    actions: z.array(staffActionName),
    /** 特困 and 低保 both live on this case: one of them will apply, not both. */
    alternativesConflict: z.boolean(),
    /** The month after today: monthly benefits start then at the earliest. */
    proposedStartMonth: z.string(),
    temporaryTownshipLimitYuan: money,
    confirmationDelegated: z.boolean(),
    /** Who applied: the person, an agent, or staff on the person's behalf. */
    submitter: z.object({
      by: z.enum(['self', 'agent', 'staff']),
      name: z.optional(z.string()),
      relationship: z.optional(z.string()),
      relationshipName: z.optional(localizedText),
      role: z.optional(z.string()),
      villageCode: z.optional(z.string()),
    }),
    consentSummary: localizedText,
    consentRecord: z.optional(consentRecordSchema),
    staffRelative: z.optional(
      z.object({
        position: z.enum(['township-staff', 'village-cadre']),
        staffName: z.string(),
        relationship: z.string(),
        declaredBy: z.enum(['applicant', 'staff']),
        declaredAt: instant,
        staff: z.optional(staffRef),
      }),
    ),
    cityVisit: z.optional(
      z.object({ visitedOn: isoDate, findings: z.string(), staff: staffRef, at: instant }),
    ),
    awaitsCityVisit: z.boolean(),
  })
  .check(z.meta({ id: 'StaffApplication' }));

/** One programme's lines: counted once each, by group; amounts; the statutory limit. */
const programmeFigures = z.object({
  programme,
  inProgress: z.number(),
  approved: z.number(),
  notApproved: z.number().check(z.describe('Refused by the township or not confirmed')),
  withdrawn: z.number(),
  monthlyTotalYuan: z.number().check(z.describe('Monthly benefits being paid, summed')),
  paidTotalYuan: z.number().check(z.describe('Temporary assistance paid, in total')),
  withinLimit: z.number(),
  pastLimit: z.number(),
});

export const dashboardSchema = z.object({
  township: z.string().check(z.describe('A township code, or `all` for the whole city')),
  openByStatus: z.partialRecord(state, z.number()),
  open: z.number(),
  overdue: z.number(),
  decided: z.number(),
  medianDaysToDecision: z.nullable(z.number()),
  emergenciesLast30Days: z.number(),
  byTownship: z.array(
    z.object({ townshipCode: z.string(), open: z.number(), overdue: z.number() }),
  ),
  byProgramme: z.array(programmeFigures),
  byTownshipAndProgramme: z.array(z.extend(programmeFigures, { townshipCode: z.string() })),
  afterApproval: z.object({
    recipients: z.array(z.object({ townshipCode: z.string(), programme, count: z.number() })),
    reviewsDue: z.number().check(z.describe('Periodic reviews due within 30 days or past due')),
    reviewsOverdue: z.number(),
    reviewsOpen: z.number(),
    exitsByReason: z.partialRecord(exitReason, z.number()),
  }),
  submittedForOthers: z
    .object({
      byAgent: z.number().check(z.describe("An agent with the person's written authorisation")),
      byVillageAssistant: z.number(),
      byTownshipStaff: z.number(),
      consent: z
        .partialRecord(z.enum(consentsOnRecord), z.number())
        .check(z.describe("How the person's consent is on record")),
    })
    .check(z.describe('Applications someone else submitted for the person')),
  referrals: z.object({
    total: z.number(),
    byDepartment: z.partialRecord(z.enum(departmentIds), z.number()),
  }),
  leads: z
    .object({
      open: z.number(),
      overdue: z.number().check(z.describe('Not yet visited past the visit date')),
      closed: z.number(),
      closedByOutcome: z.partialRecord(z.enum(leadOutcomes), z.number()),
      byTownship: z.array(
        z.object({
          townshipCode: z.string(),
          open: z.number(),
          overdue: z.number(),
          closed: z.number(),
          closedByOutcome: z.partialRecord(z.enum(leadOutcomes), z.number()),
        }),
      ),
    })
    .check(z.describe('Hardship reports (主动发现) in scope')),
  complaints: z.optional(
    z
      .object({ open: z.number(), answered: z.number(), overdue: z.number() })
      .check(z.describe('Complaints city-wide: only for the city bureau and admins')),
  ),
});

/** The township's work after approval (GET /api/staff/reviews), earliest due first. */
export const reviewQueueSchema = z
  .object({
    township: z.string(),
    items: z.array(
      z.object({
        reference: z.string(),
        applicantName: z.string(),
        idNumberMasked: z.string(),
        townshipCode: z.string(),
        villageCode: z.string(),
        programme,
        programmeName: localizedText,
        state,
        stateName: localizedText,
        task: z.enum([
          'review-due',
          'review-open',
          'change-proposed',
          'termination-notice',
          'gradual-exit-ending',
        ]),
        dueOn: isoDate,
        overdue: z.boolean(),
        version: z.number(),
      }),
    ),
  })
  .check(z.meta({ id: 'ReviewQueue' }));

// ---- Compile-time ties between each schema and the code that builds the body. ----

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
/** True when every body `Built` can be is allowed by schema `S`. */
type Conforms<Built, S extends z.core.$ZodType> = [Built] extends [DeepReadonly<z.output<S>>]
  ? true
  : false;

export const responseSchemasMatchTheirBuilders: [
  Conforms<SubmittedBody, typeof submittedApplicationSchema>,
  Conforms<ReturnType<typeof statusView>, typeof statusViewSchema>,
  Conforms<{ documentId: string; upload: UploadTarget }, typeof documentUploadSchema>,
  Conforms<DownloadTarget, typeof documentLinkSchema>,
  Conforms<CheckResult, typeof checkResultSchema>,
  Conforms<StaffSignInConfig & { scope: string }, typeof signInConfigSchema>,
  Conforms<ReturnType<typeof queueRow>, typeof queueRowSchema>,
  Conforms<ReturnType<typeof staffApplicationView>, typeof staffApplicationSchema>,
  Conforms<
    Dashboard & { township: string; leads: LeadFigures; complaints?: ComplaintFigures },
    typeof dashboardSchema
  >,
] = [true, true, true, true, true, true, true, true, true];
