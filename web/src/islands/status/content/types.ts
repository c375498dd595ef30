import type { ChangeReportKind } from '../../../../../functions/domain/application/reported-changes.ts';
import { stateNames } from '../../../../../functions/domain/application/state-names.ts';
import type { Locale } from '../../../i18n/locales.ts';

/**
 * The status page's words: one module per language (./zh-CN.ts, ./en.ts), each typed by
 * this interface, so a text missing in one language is a type error. A page's island
 * imports its own language's module only (../entry-zh-CN.ts, ../entry-en.ts).
 */
export interface StatusContent {
  reference: { label: string; hint: string };
  accessCode: { label: string; hint: string };
  lookUp: string;
  lookingUp: string;
  errorSummaryTitle: string;
  /** The error summary's title when too many wrong codes paused looking up. */
  pausedTitle: string;
  status: string;
  township: string;
  /** Someone applied for the person: an agent, or staff on their behalf. */
  submittedBy: { label: string; agent: string; staff: string };
  stage: string;
  dueBy: (date: string, days: number) => string;
  overdue: (date: string) => string;
  mustDo: string;
  nothingToDo: string;
  timeline: string;
  /** Referrals the township made to other departments (一门受理、协同办理). */
  referrals: { title: string; intro: string; referredOn: (date: string) => string };
  /** The result first: one card per programme, with its decision notice (Results.tsx). */
  results: {
    title: string;
    state: string;
    nextStep: string;
    /** Above the notice's lines, on screen and on paper. */
    referenceLine: (reference: string) => string;
    print: string;
    /** Read after `print` by screen readers: which notice the button prints. */
    printWhich: (title: string) => string;
    earlier: string;
    notices: string;
  };
  /** 报告情况变化: a recipient reports a change (ReportChange.tsx). */
  changes: {
    title: string;
    intro: string;
    kind: string;
    /** Beside each kind (its name is the domain's, as the API lists it). */
    kindHints: Record<ChangeReportKind, string>;
    description: string;
    /** What to write, by kind. */
    descriptionHints: Record<ChangeReportKind, string>;
    township: string;
    village: string;
    villageHint: string;
    loadingVillages: string;
    movedTo: string;
    hukouMoved: string;
    hukouMovedOption: string;
    yes: string;
    no: string;
    choose: string;
    continue: string;
    cancel: string;
    documentHeading: string;
    documentHint: string;
    document: string;
    documentAttached: string;
    noDocument: string;
    notGiven: string;
    reviewTitle: string;
    reviewHint: string;
    send: string;
    sending: string;
    edit: string;
    /** Announced once the report is in. */
    sent: string;
    reported: string;
    reportedOn: (date: string) => string;
    /** A move that handed the case to another township. */
    transferred: (township: string) => string;
    /** A line's review not concluded yet. */
    underReview: string;
  };
  /** What a line card adds once a benefit is paid: review, 渐退期, the amount now. */
  lineFacts: {
    nextReview: string;
    gradualExitEnds: string;
  };
  undelivered: { title: string; body: string };
  answer: { title: string; label: string; hint: string; send: string; sent: string };
  withdraw: { title: string; label: string; hint: string; confirm: string; done: string };
  another: string;
  /** The application states' names, from the domain (the API says the same). */
  statuses: Record<string, string>;
  /** The request did not reach the API. */
  networkFailed: string;
  documents: {
    title: string;
    hint: string;
    type: string;
    file: string;
    upload: string;
    uploading: string;
    /** While a photo is made smaller on the phone. */
    shrinking: string;
    /** Beside the progress bar. */
    progress: (sent: string, total: string) => string;
    /** What shrinking the photo saved. */
    shrunk: (before: string, after: string) => string;
    /** A photo format this browser cannot open (e.g. HEIC outside Safari). */
    unreadable: string;
    done: string;
    failed: string;
    choose: string;
  };
}

/** The states' names in one language: the domain's names, which the API also sends. */
export const statusNamesIn = (locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.entries(stateNames).map(([state, name]) => [state, name[locale]]));
