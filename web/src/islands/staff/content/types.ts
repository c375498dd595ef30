import type { ExitReason } from '../../../../../functions/domain/application/reviews.ts';
import type { LeadOutcome } from '../../../../../functions/domain/reports/lead.ts';
import type { ReviewTask } from '../../../../../functions/domain/staff/after-approval.ts';
import type { ConsentOnRecord } from '../../../../../functions/domain/staff/submission-figures.ts';
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
      /** 待复核: paid lines whose review is due (57号 第三十一条), by due date. */
      review: string;
      any: string;
      apply: string;
    };
    caption: (township: string, view: 'open' | 'closed' | 'review') => string;
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
  /** Leads, complaints, applications by others and referrals (NewKindsFigures.tsx). */
  newKinds: {
    leadsHeading: string;
    leadsOpen: string;
    leadsOverdue: string;
    leadsClosed: string;
    outcomesCaption: string;
    outcome: string;
    outcomes: Record<LeadOutcome, string>;
    leadsByTownshipCaption: string;
    township: string;
    count: string;
    complaintsHeading: string;
    complaintsOpen: string;
    complaintsAnswered: string;
    complaintsOverdue: string;
    othersHeading: string;
    byAgent: string;
    byVillageAssistant: string;
    byTownshipStaff: string;
    consentCaption: string;
    consent: string;
    consents: Record<ConsentOnRecord, string>;
    noneByOthers: string;
    referralsHeading: string;
    referralsTotal: string;
    referralsCaption: string;
    department: string;
    noReferrals: string;
  };
  /** The dashboard's figures after approval (AfterApprovalFigures.tsx). */
  afterApproval: {
    heading: string;
    reviewsDue: string;
    reviewsOverdue: string;
    reviewsOpen: string;
    recipientsCaption: string;
    byTownshipCaption: string;
    programme: string;
    township: string;
    recipients: string;
    noRecipients: string;
    exitsCaption: string;
    exitReason: string;
    exits: string;
    exitReasons: Record<ExitReason, string>;
    noExits: string;
    note: string;
  };
  /** The 待复核 view of the queue (ReviewQueue.tsx). */
  reviewQueue: {
    programme: string;
    task: string;
    tasks: Record<ReviewTask, string>;
    empty: string;
    shown: (count: number) => string;
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
    /** Rows written so far by the export job. */
    exportProgress: (rows: number) => string;
    /** The file is ready: the link's words and when it stops working. */
    exportReady: (rows: number, until: string) => string;
    exportLink: (fileName: string) => string;
    exportFailed: string;
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
    /** The 渐退期's last paid month (77号 二(一)). */
    gradualExitValue: (startsOn: string, endMonth: string) => string;
    supersededBy: string;
    /** After approval (57号 第三十一条 to 第三十四条, 43号 第二十三条 to 第二十七条). */
    review: {
      nextDue: string;
      lastConcluded: string;
      open: string;
      openValue: (reason: string, openedOn: string, dueOn: string) => string;
      visit: string;
      visitValue: (visitedOn: string, findings: string, income: string | null) => string;
      proposal: string;
      proposalValue: (kind: string, amount: string | null, fromMonth: string) => string;
      member: string;
      memberValue: (name: string, refusals: number, share: string, kept: string) => string;
      termination: string;
      terminationValue: (grounds: string, startsOn: string, endsOn: string) => string;
      exit: string;
      exitValue: (on: string, lastMonth: string) => string;
    };
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
  /** A village assistant or township officer applying on a person's behalf (43号 第十一条). */
  onBehalf: {
    /** The full application for any programme (the public form in staff mode). */
    full: {
      heading: string;
      intro: string;
      start: string;
      loading: string;
      failed: string;
      retry: string;
    };
    heading: string;
    intro: string;
    village: string;
    chooseVillage: string;
    name: string;
    idNumber: string;
    mobile: { label: string; hint: string };
    address: string;
    emergency: { description: string; occurredOn: string; neededNow: string };
    consents: { legend: string; hint: string; privacy: string; sensitive: string };
    consentWay: {
      legend: string;
      options: readonly { value: string; label: string }[];
      witnessName: string;
      guardianName: string;
      guardianRelationship: string;
      note: string;
    };
    submit: string;
    working: string;
    done: {
      title: string;
      reference: string;
      accessCode: string;
      handOver: string;
      signedForm: string;
      open: string;
    };
    mine: { heading: string; empty: string; caption: string };
  };
  /** Relatives of township staff or village cadres (57号 第十一条, 第二十条). */
  relative: {
    heading: string;
    marked: string;
    declaredBy: Record<'applicant' | 'staff', string>;
    position: { legend: string; options: readonly { value: string; label: string }[] };
    staffName: string;
    relationship: string;
    declare: string;
    cityVisit: {
      heading: string;
      none: string;
      visitedOn: string;
      findings: string;
      record: string;
    };
    flag: string;
  };
  submitter: {
    heading: string;
    by: Record<'self' | 'agent' | 'staff', string>;
    consent: string;
    agent: { name: string; relationship: string; mobile: string; idNumber: string };
    flag: Record<'agent' | 'staff', string>;
  };
  callback: {
    heading: string;
    working: string;
    failed: Record<'state' | 'denied' | 'exchange', string>;
    again: string;
  };
}
