import type { RelatedHelpWords } from '../../shared/related-help.tsx';

type Options<T extends string> = readonly {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}[];

/**
 * The check's words: one module per language (./zh-CN.ts, ./en.ts), each typed by this
 * interface, so a text missing in one language is a type error. A page's island imports
 * its own language's module only (../entry-zh-CN.ts, ../entry-en.ts).
 */
export interface CheckContent {
  stepOf: (n: number, total: number) => string;
  back: string;
  next: string;
  seeResult: string;
  errorSummaryTitle: string;
  /** The result's code did not download (the answers are kept). */
  resultUnavailable: string;
  yes: string;
  no: string;
  choose: string;
  yuanSuffix: string;
  amountHint: string;
  steps: {
    situation: {
      title: string;
      need: {
        legend: string;
        options: Options<'regular-support' | 'sudden-emergency' | 'large-expenses'>;
      };
      emergencyTownship: { label: string; hint: string };
    };
    residence: {
      title: string;
      township: { label: string; hint: string };
      area: { legend: string; options: Options<'urban' | 'rural'> };
    };
    registration: {
      title: string;
      hukou: {
        legend: string;
        options: Options<'puning' | 'guangdong-other' | 'outside-guangdong'>;
      };
      permitHeld: { legend: string; hint: string };
      permitEndorsedOn: { label: string; hint: string };
    };
    members: {
      title: string;
      intro: string;
      person: (n: number) => string;
      you: string;
      age: string;
      ableToWork: { legend: string; hint: string };
      refusesSuitableWork: { legend: string; hint: string };
      fullTimeStudent: string;
      disability: { legend: string; none: string; grade: (g: number) => string };
      disabilityType: { label: string; options: Options<string> };
      seriousIllness: { legend: string; hint: string };
      selfCare: { label: string; hint: string };
      add: string;
      remove: (n: number) => string;
    };
    income: {
      title: string;
      intro: string;
      fields: Record<
        | 'wages'
        | 'businessNet'
        | 'propertyNet'
        | 'transfer'
        | 'residentBasicPension'
        | 'notCounted'
        | 'employmentCosts',
        { label: string; hint: string }
      >;
    };
    assets: {
      title: string;
      financialAssets: { label: string; hint: string };
      homes: { label: string; hint: string };
      nonResidentialProperty: { legend: string; hint: string };
      motorVehicle: { legend: string; hint: string };
      business: { legend: string; options: Options<'none' | 'family-workshop' | 'registered'> };
    };
    support: {
      title: string;
      supporter: {
        legend: string;
        hint: string;
        options: Options<'none' | 'able' | 'in-household' | 'cannot-support' | 'not-sure'>;
      };
      /** The same question about member n (1-based) of the given age. */
      memberSupporter: (n: number, age: string) => string;
      supporterCase: { legend: string; options: Options<string> };
      receivingDibao: { legend: string };
    };
    expenses: {
      title: string;
      rigidSpending: { label: string; hint: string };
    };
  };
}

/**
 * The result screen's words: they download with the rules and the result screen
 * (./result.zh-CN.ts, ./result.en.ts; ../result-zh-CN.ts, ../result-en.ts).
 */
export interface ResultContent {
  title: string;
  intro: string;
  likely: string;
  possible: string;
  unlikely: string;
  unlikelySummary: (n: number) => string;
  /** Heading of the sections below the answer lines, one per programme. */
  aboutEach: string;
  /** Summary of a programme's folded reasons, documents and place to apply. */
  moreAbout: string;
  /** Between a programme's name and its outcome, on an answer line and read aloud. */
  separator: string;
  /** Between the sentences read aloud. */
  fullStop: string;
  /** Heading of the note that dibao and tekun are alternatives. */
  alternatives: string;
  /** Above the list of rules whose period has ended. */
  endedRules: string;
  nothingLikely: string;
  amount: (yuan: string) => string;
  noAmount: string;
  why: string;
  documents: string;
  applyAt: string;
  applyAtEmergency: string;
  /** Puning hukou: who handles 低保/特困/边缘 (户籍 township, or where they live by bureau decision). */
  handledWhere: { atHukou: string; whereYouLive: string };
  apply: string;
  household: string;
  incomePerPerson: string;
  standard: string;
  figures: string;
  figureSource: string;
  notVerified: string;
  rulesVersion: string;
  changeAnswers: string;
  startAgain: string;
  privacy: string;
  /** Related help other departments give (一门受理、协同办理). */
  relatedHelp: RelatedHelpWords;
}
