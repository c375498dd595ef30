/*
 * The application form's words, one module per language and part, each typed by one of
 * these interfaces so that a text missing in one language is a type error. The first
 * part comes with the page (../entry-<language>.ts), the later part with the later
 * screens (../later-<language>.ts). Household questions reuse the check's words.
 */

/**
 * The application form's words for its frame and first screens (the programmes and the
 * consents): what the page needs before anything else (./first.zh-CN.ts, ./first.en.ts).
 */
export interface FirstContent {
  stepOf: (n: number, total: number) => string;
  continue: string;
  back: string;
  submit: string;
  submitting: string;
  clear: string;
  clearConfirm: string;
  sharedPhone: { label: string; hint: string };
  /** What is kept where on the device, and for how long (said under the form). */
  keeping: { device: string; shared: string };
  /** The offer to go back to the screen left, on a later visit. */
  resume: {
    title: string;
    leftAt: (n: number, total: number) => string;
    numbersForgotten: string;
    continue: string;
    restart: string;
  };
  errorSummaryTitle: string;
  /** While the later screens' code downloads (it comes in a chunk of its own). */
  later: { loading: string; failed: string; retry: string };
  steps: {
    programmes: { title: string; legend: string; hint: string; fromCheck: string };
    privacy: { version: string };
  };
}

/**
 * The application form's words for the screens after the consents, submission and the
 * confirmation (./later.zh-CN.ts, ./later.en.ts). They download with those screens;
 * the household questions reuse the check's words.
 */
export interface LaterContent {
  change: string;
  choose: string;
  yes: string;
  no: string;
  steps: {
    applicant: {
      title: string;
      name: { label: string; hint: string };
      idNumber: { label: string; hint: string };
      mobile: { label: string; hint: string };
      email: { label: string; hint: string };
      /** The applicant's mobile when someone else applies for them. */
      mobileOptional: { label: string; hint: string };
    };
    /** Applying for someone else (57号 第六条): the agent's details and the 委托书. */
    onBehalf: {
      legend: string;
      self: string;
      agent: string;
      agentHint: string;
      name: { label: string; hint: string };
      relationship: { label: string; options: readonly { value: string; label: string }[] };
      mobile: { label: string; hint: string };
      idNumber: { label: string; hint: string };
    };
    /** A relative of township staff or village cadres (57号 第十一条). */
    staffRelative: {
      legend: string;
      hint: string;
      position: { legend: string; options: readonly { value: string; label: string }[] };
      staffName: { label: string; hint: string };
      relationship: { label: string; hint: string };
    };
    residence: {
      title: string;
      township: { label: string; hint: string };
      village: { label: string; hint: string };
      address: { label: string; hint: string };
    };
    hukouPlace: {
      legend: string;
      hint: string;
      same: string;
      other: string;
      township: string;
      village: string;
      handedOver: string;
    };
    permitOffice: { label: string; hint: string };
    permitIssuedOn: { label: string; hint: string };
    memberExtras: {
      /** A member described in the check, on the screen that asks only the application's questions. */
      heading: (person: string, age: string) => string;
      relation: { label: string; options: readonly { value: string; label: string }[] };
      idNumber: { label: string; hint: string };
    };
    emergency: {
      title: string;
      what: { label: string; hint: string };
      date: { label: string; hint: string };
      township: { label: string; hint: string };
      neededNow: { label: string; hint: string };
      atWork: { label: string; panelTitle: string; panelBody: string };
    };
    bank: {
      title: string;
      bankName: { label: string; hint: string };
      accountNumber: { label: string; hint: string };
      masked: (last4: string) => string;
      edit: string;
    };
    review: {
      title: string;
      intro: string;
      declaration: string;
      /** The sum of the income amounts listed above it, as entered. */
      incomeTotal: string;
    };
  };
  /**
   * The application (or its answer) was lost on the way: the answers are kept and it is
   * sent again, under the same idempotency key, when the connection is back.
   */
  waitingForNetwork: { title: string; body: string; retry: string; retrying: string };
  done: {
    title: string;
    reference: string;
    accessCode: string;
    accessCodeWarning: string;
    township: string;
    next: string;
    follow: string;
    documents: string;
    /** Said to an agent: upload the applicant's written authorisation now. */
    authorisation: string;
  };
}

/** The whole form's words: the first screens' and the later ones'. */
export type ApplyContent = Omit<FirstContent, 'steps'> &
  Omit<LaterContent, 'steps'> & { steps: FirstContent['steps'] & LaterContent['steps'] };

export function applyText(first: FirstContent, later: LaterContent): ApplyContent {
  return { ...first, ...later, steps: { ...first.steps, ...later.steps } };
}
