import * as z from 'zod/mini';
import { normaliseReference } from '../application/reference.ts';
import { type IsoDate, todayInShanghai } from '../dates.ts';
import type { Locale, LocalizedText } from '../locale.ts';
import { plainText } from '../validation/plain-text.ts';
import type { ComplaintInput } from './complaint-input.ts';
import { complaintReplyDue } from './due-dates.ts';
import type { ReportActor, ReportHistoryEvent, ReportMessage } from './report-outbox.ts';

/**
 * A complaint in the city bureau's queue: received → in handling → answered. The reply
 * is what the follow page shows; handling notes stay with the bureau. A real-name
 * reporter is told the result (民发〔2021〕57号 第三十七条): a text naming the reference.
 */
export type ComplaintState = 'received' | 'in-handling' | 'answered';

export type ComplaintSubject =
  | { readonly kind: 'township'; readonly townshipCode: string }
  | { readonly kind: 'case'; readonly reference: string }
  | { readonly kind: 'office'; readonly office: string };

export interface ComplaintRecord {
  readonly reference: string;
  readonly version: number;
  readonly locale: Locale;
  /** The access code as a salted keyed hash (store/secrets.ts), never the code. */
  readonly accessCode: { readonly salt: string; readonly hash: string };
  readonly receivedAt: string;
  readonly receivedOn: IsoDate;
  readonly subject: ComplaintSubject;
  readonly what: string;
  /** Present for a real-name complaint only. */
  readonly reporter?: {
    readonly name: string;
    readonly mobile: string;
    readonly consentVersion: string;
  };
  readonly state: ComplaintState;
  readonly dueOn: IsoDate;
  readonly handling: readonly {
    readonly at: string;
    readonly note: string;
    readonly by: ReportActor;
  }[];
  readonly reply?: { readonly at: string; readonly text: string; readonly by: ReportActor };
  readonly history: readonly ReportHistoryEvent[];
  readonly outbox: readonly ReportMessage[];
}

/** What the bureau's queue lists and the index copies: no names, no text, no contact. */
export interface ComplaintSummary {
  readonly reference: string;
  readonly subjectKind: ComplaintSubject['kind'];
  /** The township concerned, when the complaint names one (or a case: not resolved here). */
  readonly subjectTownshipCode?: string;
  readonly realName: boolean;
  readonly state: ComplaintState;
  readonly receivedOn: IsoDate;
  readonly dueOn: IsoDate;
}

export function summariseComplaint(complaint: ComplaintRecord): ComplaintSummary {
  return {
    reference: complaint.reference,
    subjectKind: complaint.subject.kind,
    ...(complaint.subject.kind === 'township'
      ? { subjectTownshipCode: complaint.subject.townshipCode }
      : {}),
    realName: complaint.reporter !== undefined,
    state: complaint.state,
    receivedOn: complaint.receivedOn,
    dueOn: complaint.dueOn,
  };
}

export function newComplaint(
  input: ComplaintInput,
  context: {
    reference: string;
    accessCode: { salt: string; hash: string };
    at: Date;
    locale: Locale;
  },
): ComplaintRecord {
  const receivedOn = todayInShanghai(context.at);
  const at = context.at.toISOString();
  const subject: ComplaintSubject =
    input.subject.kind === 'case'
      ? { kind: 'case', reference: normaliseReference(input.subject.reference) ?? '' }
      : input.subject;
  return {
    reference: context.reference,
    version: 1,
    locale: context.locale,
    accessCode: context.accessCode,
    receivedAt: at,
    receivedOn,
    subject,
    what: input.what,
    ...(input.reporter.realName
      ? {
          reporter: {
            name: input.reporter.name,
            mobile: input.reporter.mobile,
            consentVersion: input.reporter.consent.version,
          },
        }
      : {}),
    state: 'received',
    dueOn: complaintReplyDue(receivedOn).dueOn,
    handling: [],
    history: [{ at, event: 'received' }],
    outbox: [],
  };
}

export const complaintActionMessages = {
  'note.required': { 'zh-CN': '请填写办理情况', en: 'Say what was done' },
  'note.tooLong': { 'zh-CN': '不能超过 1000 个字', en: 'This must be 1,000 characters or fewer' },
  'reply.required': { 'zh-CN': '请填写答复内容', en: 'Write the reply' },
  'text.characters': {
    'zh-CN': '这里有不能使用的字符（例如看不见的控制符号），请删除后重新输入',
    en: 'This contains characters that cannot be used, such as invisible control characters. Delete them and type it again',
  },
} as const satisfies Record<string, LocalizedText>;

export const complaintHandlingSchema = z.strictObject({
  note: plainText(
    1,
    1000,
    { required: 'note.required', tooLong: 'note.tooLong', characters: 'text.characters' },
    { multiline: true },
  ),
});

export const complaintReplySchema = z.strictObject({
  reply: plainText(
    1,
    1000,
    { required: 'reply.required', tooLong: 'note.tooLong', characters: 'text.characters' },
    { multiline: true },
  ),
});

export type ComplaintChange =
  | { ok: true; complaint: ComplaintRecord }
  | { ok: false; kind: 'illegal' };

/** A handling note, any number of times until the reply. */
export function recordComplaintHandling(
  complaint: ComplaintRecord,
  note: string,
  by: ReportActor,
  now: Date,
): ComplaintChange {
  if (complaint.state === 'answered') return { ok: false, kind: 'illegal' };
  const at = now.toISOString();
  return {
    ok: true,
    complaint: {
      ...complaint,
      version: complaint.version + 1,
      state: 'in-handling',
      handling: [...complaint.handling, { at, note, by }],
      history: [...complaint.history, { at, event: 'handling', by }],
    },
  };
}

/** The bureau's reply closes it; a real-name reporter gets a text naming the reference. */
export function replyToComplaint(
  complaint: ComplaintRecord,
  text: string,
  by: ReportActor,
  now: Date,
): ComplaintChange {
  if (complaint.state === 'answered') return { ok: false, kind: 'illegal' };
  const at = now.toISOString();
  const message: ReportMessage[] = complaint.reporter
    ? [
        {
          id: `${complaint.reference}-answered-sms`,
          template: 'complaint-answered',
          locale: complaint.locale,
          params: { reference: complaint.reference },
          createdAt: at,
          status: 'pending',
        },
      ]
    : [];
  return {
    ok: true,
    complaint: {
      ...complaint,
      version: complaint.version + 1,
      state: 'answered',
      reply: { at, text, by },
      history: [...complaint.history, { at, event: 'answered', by }],
      outbox: [...complaint.outbox, ...message],
    },
  };
}

/** What the public follow page shows: the state, the dates and the bureau's reply. */
export function complaintFollowView(complaint: ComplaintRecord) {
  return {
    reference: complaint.reference,
    state: complaint.state,
    receivedOn: complaint.receivedOn,
    dueOn: complaint.dueOn,
    subjectKind: complaint.subject.kind,
    realName: complaint.reporter !== undefined,
    ...(complaint.reply
      ? { reply: { on: todayInShanghai(new Date(complaint.reply.at)), text: complaint.reply.text } }
      : {}),
  };
}
