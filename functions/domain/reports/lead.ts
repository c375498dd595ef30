import * as z from 'zod/mini';
import { normaliseReference } from '../application/reference.ts';
import { type IsoDate, isIsoDate, todayInShanghai } from '../dates.ts';
import type { Locale, LocalizedText } from '../locale.ts';
import { plainText } from '../validation/plain-text.ts';
import { leadVisitDue } from './due-dates.ts';
import type { DifficultyCategory, LeadInput } from './lead-input.ts';
import type { ReportActor, ReportHistoryEvent, ReportMessage } from './report-outbox.ts';

/**
 * A lead in a township's queue: received → visited → closed with an outcome (an
 * application started on the person's behalf, referred elsewhere, or no need). Pure:
 * the route stores what these functions return.
 */
export type LeadState = 'received' | 'visited' | 'closed';
export const leadOutcomes = ['application-started', 'referred', 'no-need'] as const;
export type LeadOutcome = (typeof leadOutcomes)[number];

export interface LeadRecord {
  readonly reference: string;
  readonly version: number;
  readonly locale: Locale;
  readonly receivedAt: string;
  readonly receivedOn: IsoDate;
  readonly townshipCode: string;
  readonly villageCode: string;
  readonly categories: readonly DifficultyCategory[];
  readonly description: string;
  readonly personName?: string;
  /** The reporter's mobile, only when they chose to leave it (with the consent version). */
  readonly reporter?: { readonly mobile: string; readonly consentVersion: string };
  readonly state: LeadState;
  readonly dueOn: IsoDate;
  readonly visit?: { readonly visitedOn: IsoDate; readonly note: string; readonly by: ReportActor };
  readonly outcome?: {
    readonly kind: LeadOutcome;
    readonly applicationReference?: string;
    readonly referredTo?: string;
    readonly note?: string;
    readonly at: string;
    readonly by: ReportActor;
  };
  readonly history: readonly ReportHistoryEvent[];
  readonly outbox: readonly ReportMessage[];
}

/** What a queue shows and the index copies: no name, no text, no contact. */
export interface LeadSummary {
  readonly reference: string;
  readonly townshipCode: string;
  readonly villageCode: string;
  readonly categories: readonly DifficultyCategory[];
  readonly state: LeadState;
  readonly receivedOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly outcome?: LeadOutcome;
}

export function summariseLead(lead: LeadRecord): LeadSummary {
  return {
    reference: lead.reference,
    townshipCode: lead.townshipCode,
    villageCode: lead.villageCode,
    categories: lead.categories,
    state: lead.state,
    receivedOn: lead.receivedOn,
    dueOn: lead.dueOn,
    ...(lead.outcome ? { outcome: lead.outcome.kind } : {}),
  };
}

export function newLead(
  input: LeadInput,
  context: { reference: string; at: Date; locale: Locale },
): LeadRecord {
  const receivedOn = todayInShanghai(context.at);
  const at = context.at.toISOString();
  return {
    reference: context.reference,
    version: 1,
    locale: context.locale,
    receivedAt: at,
    receivedOn,
    townshipCode: input.place.townshipCode,
    villageCode: input.place.villageCode,
    categories: input.difficulty.categories,
    description: input.difficulty.description,
    ...(input.personName ? { personName: input.personName } : {}),
    ...(input.reporter.leaveContact
      ? {
          reporter: {
            mobile: input.reporter.mobile,
            consentVersion: input.reporter.consent.version,
          },
        }
      : {}),
    state: 'received',
    dueOn: leadVisitDue(receivedOn).dueOn,
    history: [{ at, event: 'received' }],
    outbox: [],
  };
}

export const leadActionMessages = {
  'visit.date': {
    'zh-CN': '走访日期须是受理当天或之后、且不晚于今天的日期',
    en: 'The visit date must be on or after the day it was received and not after today',
  },
  'note.required': { 'zh-CN': '请填写走访情况', en: 'Say what the visit found' },
  'note.tooLong': { 'zh-CN': '不能超过 500 个字', en: 'This must be 500 characters or fewer' },
  'outcome.choice': { 'zh-CN': '请选择处理结果', en: 'Choose the outcome' },
  'outcome.reference': {
    'zh-CN': '请填写为其提交的申请编号，例如 PN-2611-7K4Q-MX9T',
    en: 'Enter the reference of the application made for the person, for example PN-2611-7K4Q-MX9T',
  },
  'outcome.referredTo': {
    'zh-CN': '请写明转给了哪个部门（不超过 60 个字）',
    en: 'Say which department it was referred to (60 characters or fewer)',
  },
  'text.characters': {
    'zh-CN': '这里有不能使用的字符（例如看不见的控制符号），请删除后重新输入',
    en: 'This contains characters that cannot be used, such as invisible control characters. Delete them and type it again',
  },
} as const satisfies Record<string, LocalizedText>;

const note = plainText(
  1,
  500,
  { required: 'note.required', tooLong: 'note.tooLong', characters: 'text.characters' },
  { multiline: true },
);

export const leadVisitSchema = z.strictObject({
  visitedOn: z.string().check(z.refine(isIsoDate, { error: 'visit.date' })),
  note,
});

export const leadOutcomeSchema = z.discriminatedUnion(
  'outcome',
  [
    z.strictObject({
      outcome: z.literal('application-started'),
      applicationReference: z.string().check(
        z.maxLength(40, { error: 'outcome.reference' }),
        z.refine((raw) => normaliseReference(raw) !== null, { error: 'outcome.reference' }),
      ),
      note: z.optional(note),
    }),
    z.strictObject({
      outcome: z.literal('referred'),
      referredTo: plainText(1, 60, {
        required: 'outcome.referredTo',
        tooLong: 'outcome.referredTo',
        characters: 'text.characters',
      }),
      note: z.optional(note),
    }),
    z.strictObject({ outcome: z.literal('no-need'), note }),
  ],
  { error: 'outcome.choice' },
);

export type LeadVisitInput = z.infer<typeof leadVisitSchema>;
export type LeadOutcomeInput = z.infer<typeof leadOutcomeSchema>;

export type LeadChange =
  | { ok: true; lead: LeadRecord }
  | { ok: false; kind: 'illegal' }
  | { ok: false; kind: 'invalid'; path: string; message: LocalizedText };

/** A visit, once, before any outcome: on a real day between receipt and today. */
export function recordLeadVisit(
  lead: LeadRecord,
  input: LeadVisitInput,
  by: ReportActor,
  now: Date,
): LeadChange {
  if (lead.state !== 'received') return { ok: false, kind: 'illegal' };
  if (input.visitedOn < lead.receivedOn || input.visitedOn > todayInShanghai(now))
    return {
      ok: false,
      kind: 'invalid',
      path: 'visitedOn',
      message: leadActionMessages['visit.date'],
    };
  return {
    ok: true,
    lead: {
      ...lead,
      version: lead.version + 1,
      state: 'visited',
      visit: { visitedOn: input.visitedOn, note: input.note, by },
      history: [...lead.history, { at: now.toISOString(), event: 'visited', by }],
    },
  };
}

/**
 * The outcome after the visit closes the lead; a reporter who left a mobile is told it
 * was handled — the reference only (templates in reporter-messages.ts).
 */
export function recordLeadOutcome(
  lead: LeadRecord,
  input: LeadOutcomeInput,
  by: ReportActor,
  now: Date,
): LeadChange {
  if (lead.state !== 'visited') return { ok: false, kind: 'illegal' };
  const at = now.toISOString();
  const outcome = {
    kind: input.outcome,
    ...(input.outcome === 'application-started'
      ? { applicationReference: normaliseReference(input.applicationReference) ?? '' }
      : {}),
    ...(input.outcome === 'referred' ? { referredTo: input.referredTo } : {}),
    ...(input.note ? { note: input.note } : {}),
    at,
    by,
  };
  const message: ReportMessage[] = lead.reporter
    ? [
        {
          id: `${lead.reference}-handled-sms`,
          template: 'lead-handled',
          locale: lead.locale,
          params: { reference: lead.reference },
          createdAt: at,
          status: 'pending',
        },
      ]
    : [];
  return {
    ok: true,
    lead: {
      ...lead,
      version: lead.version + 1,
      state: 'closed',
      outcome,
      history: [...lead.history, { at, event: `outcome:${input.outcome}`, by }],
      outbox: [...lead.outbox, ...message],
    },
  };
}
