/** The words of the console's leads and complaints page. */
export interface ReportsConsoleContent {
  readonly leadsHeading: string;
  readonly complaintsHeading: string;
  readonly countsHeading: string;
  readonly open: string;
  readonly closed: string;
  readonly none: string;
  readonly openItem: string;
  readonly columns: {
    readonly reference: string;
    readonly village: string;
    readonly township: string;
    readonly categories: string;
    readonly state: string;
    readonly received: string;
    readonly due: string;
    readonly subject: string;
  };
  readonly leadStates: Readonly<Record<'received' | 'visited' | 'closed', string>>;
  readonly complaintStates: Readonly<Record<'received' | 'in-handling' | 'answered', string>>;
  readonly outcomes: Readonly<Record<'application-started' | 'referred' | 'no-need', string>>;
  readonly subjects: Readonly<Record<'township' | 'case' | 'office', string>>;
  readonly lead: {
    readonly description: string;
    readonly personName: string;
    readonly unknownName: string;
    readonly reporter: string;
    readonly reporterLeft: string;
    readonly reporterNone: string;
    readonly reporterTold: string;
    readonly visit: string;
    readonly visitedOn: string;
    readonly note: string;
    readonly recordVisit: string;
    readonly outcome: string;
    readonly applicationReference: string;
    readonly referredTo: string;
    readonly recordOutcome: string;
  };
  readonly complaint: {
    readonly what: string;
    readonly reporter: string;
    readonly anonymous: string;
    readonly handling: string;
    readonly addHandling: string;
    readonly reply: string;
    readonly sendReply: string;
    readonly replyHint: string;
  };
  readonly counts: {
    readonly leads: string;
    readonly complaints: string;
    readonly overdue: string;
  };
  readonly saved: string;
  readonly back: string;
}
