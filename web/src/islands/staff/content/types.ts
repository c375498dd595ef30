import type { RelatedHelpWords } from '../../shared/related-help.tsx';
import type { StaffRole } from '../api.ts';

/**
 * The staff console's words: one module per language (./zh-CN.ts, ./en.ts), each typed
 * by this interface, so a text missing in one language is a type error. Each page's
 * entry imports its own language's module only. State, action and refusal names come
 * from the domain.
 */
export interface StaffContent {
  consoleName: string;
  errorSummaryTitle: string;
  loading: string;
  yes: string;
  no: string;
  none: string;
  /** Between a label and its text: "原因：…" / "Reason: …". */
  sep: string;
  list: string;
  yuan: (amount: number) => string;
  signIn: {
    heading: string;
    lead: string;
    button: string;
    starting: string;
    expired: string;
    noAccess: string;
    failed: string;
  };
  who: { heading: string; name: string; role: string; township: string; allTownships: string };
  roles: Record<StaffRole, string>;
  signOut: string;
  queue: {
    heading: string;
    /** City and bureau reviewers: every township unless they choose one. */
    township: { label: string; hint: string; all: string };
    filters: {
      legend: string;
      programme: string;
      status: string;
      view: string;
      open: string;
      closed: string;
      any: string;
      apply: string;
    };
    caption: (township: string, view: 'open' | 'closed') => string;
    regionLabel: string;
    empty: string;
    shown: (count: number) => string;
    columns: {
      reference: string;
      applicant: string;
      township: string;
      programmes: string;
      status: string;
      priority: string;
      due: string;
      daysLeft: string;
      flags: string;
    };
    emergency: string;
    normal: string;
    overdue: string;
    answered: string;
    next: string;
    first: string;
  };
  dashboard: {
    heading: string;
    scope: (name: string) => string;
    city: string;
    open: string;
    overdue: string;
    median: string;
    medianValue: (days: number | null) => string;
    emergencies: string;
    chartHeading: string;
    chartLabel: (parts: string) => string;
    chartNone: string;
    tableCaption: string;
    status: string;
    count: string;
    byTownshipCaption: string;
    township: string;
    exportCsv: string;
    exportHint: string;
    exporting: string;
    exported: string;
  };
  /** The dashboard by programme line (issue 17): each programme of an application counted once. */
  dashboardLines: {
    heading: string;
    intro: string;
    caption: string;
    byTownshipCaption: string;
    programme: string;
    township: string;
    inProgress: string;
    approved: string;
    notApproved: string;
    withdrawn: string;
    amount: string;
    monthlyTotal: (yuan: string) => string;
    paidTotal: (yuan: string) => string;
    withinLimit: string;
    pastLimit: string;
    limitNote: string;
    none: string;
  };
  application: {
    back: string;
    missingRef: string;
    heading: (reference: string) => string;
    summary: {
      status: string;
      township: string;
      /** 代收转办: the township where the person applied, and what its staff may do. */
      receivedBy: string;
      readOnly: string;
      priority: string;
      programmes: string;
      submitted: string;
      due: string;
      daysLeft: (days: number) => string;
      overdue: string;
      assignee: string;
      version: string;
    };
    changed: { heading: string; intro: string; tag: string };
    applicant: {
      heading: string;
      name: string;
      idNumber: string;
      mobile: string;
      email: string;
    };
    residence: {
      heading: string;
      township: string;
      village: string;
      address: string;
      hukou: string;
      hukouValues: Record<'puning' | 'guangdong-other' | 'outside-guangdong', string>;
      permit: string;
      permitEndorsed: (date: string) => string;
      permitOffice: string;
      permitIssuedOn: string;
    };
    members: {
      heading: string;
      caption: string;
      who: string;
      person: (n: number) => string;
      relation: string;
      relations: Record<string, string>;
      idNumber: string;
      age: string;
      ableToWork: string;
      refusesWork: string;
      student: string;
      disability: string;
      disabilityValue: (grade: number, type: string) => string;
      disabilityTypes: Record<string, string>;
      illness: string;
      selfCare: string;
    };
    money: {
      heading: string;
      caption: string;
      item: string;
      amount: string;
      income: Record<
        | 'wages'
        | 'businessNet'
        | 'propertyNet'
        | 'transfer'
        | 'residentBasicPension'
        | 'notCounted'
        | 'employmentCosts',
        string
      >;
      financialAssets: string;
      homes: string;
      nonResidential: string;
      vehicle: string;
      business: string;
      businessValues: Record<'none' | 'family-workshop' | 'registered', string>;
      supporter: string;
      supporterValues: Record<
        'none' | 'able' | 'in-household' | 'cannot-support' | 'not-sure',
        string
      >;
      supporterCases: Record<string, string>;
      receivingDibao: string;
      rigidSpending: string;
    };
    emergency: {
      heading: string;
      description: string;
      occurredOn: string;
      township: string;
      neededNow: string;
      atWork: string;
    };
    bank: { heading: string; name: string; account: string };
    eligibility: {
      heading: string;
      intro: (date: string, version: string) => string;
      /** Emergency help asked alone: no means test until staff request it. */
      notAskedYet: string;
      outcomes: Record<'likely' | 'possible' | 'unlikely', string>;
      amount: (amount: string) => string;
      noAmount: string;
      incomePerPerson: string;
      standard: string;
    };
    procedure: {
      heading: string;
      infoRequest: (message: string, dueOn: string) => string;
      investigation: (visitedOn: string, findings: string) => string;
      publicNotice: (startsOn: string, endsOn: string) => string;
      emergencyAid: (amount: string, grantedOn: string, dueOn: string) => string;
      approval: (amount: string, opinion: string) => string;
      confirmation: (amount: string, startMonth: string) => string;
      rejection: (text: string) => string;
      transferredFrom: (names: string) => string;
      deadlineExtended: string;
      /** A referral to another department, with the staff's note (staff only). */
      referral: (department: string, referredOn: string, note: string) => string;
    };
    /** Related help other departments give, from the answers (一门受理、协同办理). */
    relatedHelp: RelatedHelpWords;
    documents: {
      heading: string;
      caption: string;
      none: string;
      type: string;
      format: string;
      size: string;
      requested: string;
      open: string;
      openFailed: string;
    };
    history: {
      heading: string;
      applicant: string;
      system: string;
      change: (from: string, to: string) => string;
      reason: string;
    };
    messages: {
      heading: string;
      caption: string;
      none: string;
      channel: string;
      template: string;
      created: string;
      status: string;
      channels: Record<string, string>;
      statuses: Record<string, string>;
      attempts: (n: number) => string;
      templates: Record<string, string>;
    };
  };
  /** One panel per programme asked for (issue 17). */
  lines: {
    heading: string;
    /** 特困 and 低保 both live: one of them has to give way. */
    alternativesConflict: string;
    state: string;
    due: string;
    publicNotice: string;
    emergencyAid: string;
    emergencyAidValue: (amount: string, grantedOn: string, dueOn: string) => string;
    monthlyAmount: string;
    startMonth: string;
    careLevel: string;
    supportForm: string;
    temporaryApproval: string;
    gradualExit: string;
    supersededBy: string;
    payments: {
      caption: string;
      date: string;
      amount: string;
      form: string;
      kind: string;
      kinds: Record<'advance' | 'one-off' | 'staged' | 'follow-up', string>;
    };
    notices: { heading: string; open: string; close: string; print: string };
    actions: (programme: string) => string;
  };
  actions: {
    heading: string;
    intro: string;
    none: string;
    /** Nothing on the case as a whole, but something on a line. */
    noneOnCase: string;
    /** Choices without a domain name (care level, support and aid form have theirs). */
    choices: Record<string, Record<string, string>>;
    notes: {
      startMonth: (month: string) => string;
      temporaryFinal: (limit: string) => string;
      temporaryToCity: (limit: string) => string;
    };
    replacesDibaoOption: string;
    submit: (action: string) => string;
    working: string;
    done: (action: string, status: string) => string;
    conflict: (message: string, status: string) => string;
    fields: Record<string, { label: string; hint?: string }>;
    chooseTownship: string;
  };
  callback: {
    heading: string;
    working: string;
    failed: Record<'state' | 'denied' | 'exchange', string>;
    again: string;
  };
}
