import type { ResultContent } from './types.ts';

/** The check's result in English. */
export const resultText: ResultContent = {
  title: 'Your result',
  intro: 'Based on your answers and the current rules, this is our estimate.',
  likely: 'Likely to qualify',
  possible: 'May qualify: needs checking',
  unlikely: 'Unlikely to qualify',
  unlikelySummary: (n) => `${n} more kinds of help are unlikely (open to see why)`,
  aboutEach: 'About each kind of help',
  moreAbout: 'Why, what to prepare and where to apply',
  separator: ': ',
  fullStop: '. ',
  alternatives: 'Dibao or tekun: one, not both',
  endedRules:
    'These rules were written for a period that has ended. They are still applied here; whether they continue is for the Puning Civil Affairs Bureau to publish:',
  nothingLikely:
    'From your answers, no help looks likely for now. If you are in real hardship you can still apply, or call 12345 or 12349.',
  amount: (yuan) => `About ${yuan} a month`,
  noAmount: 'The amount is set by the township office',
  why: 'Why',
  documents: 'What to prepare',
  applyAt: 'Where to apply',
  applyAtEmergency: 'Where it happened: ',
  handledWhere: {
    atHukou:
      'Apply where you live; the rules name the town of your hukou to decide, and an application is handed on there automatically.',
    whereYouLive: 'By decision of the Civil Affairs Bureau, the town where you live handles it.',
  },
  apply: 'Apply online',
  household: 'Your household',
  incomePerPerson: 'Counted income per person per month',
  standard: 'Dibao standard used (per person per month)',
  figures: 'Figures used and where they come from',
  figureSource: 'Source',
  notVerified:
    'Puning’s own published figure was not found; the provincial minimum is used. The standard published by the city Civil Affairs Bureau prevails.',
  rulesVersion: 'Rules version',
  changeAnswers: 'Change your answers',
  relatedHelp: {
    heading: 'Other help you may need',
    intro:
      'From your answers, your household may also qualify for the help below, which other departments give. This is a pointer only: the department decides. The social assistance service window can refer you.',
    why: 'Why we mention it',
    department: 'Department',
    contact: 'How to ask',
  },
  startAgain: 'Start again',
  privacy: 'This result was worked out on your phone. We have not received anything you entered.',
};
