import type { CheckContent } from './types.ts';

/** The check in English. */
export const checkText: CheckContent = {
  stepOf: (n, total) => `Step ${n} of ${total}`,
  back: 'Back',
  next: 'Continue',
  seeResult: 'See the result',
  errorSummaryTitle: 'There is a problem',
  resultUnavailable:
    'The network is not available, so the result cannot be worked out yet. Check your connection and press “See the result” again, or reload the page; your answers are kept.',
  yes: 'Yes',
  no: 'No',
  choose: 'Choose',
  yuanSuffix: 'yuan',
  amountHint: 'Enter the total for 6 months. Leave empty or enter 0 if none.',
  steps: {
    situation: {
      title: 'What kind of help do you need?',
      need: {
        legend: 'What kind of help do you need?',
        options: [
          {
            value: 'regular-support',
            label: 'Ongoing hardship',
            hint: 'Low income, not enough to live on each month',
          },
          {
            value: 'sudden-emergency',
            label: 'A sudden emergency',
            hint: 'A fire, accident or sudden serious illness has left you in hardship',
          },
          {
            value: 'large-expenses',
            label: 'Very large necessary costs',
            hint: 'Medical, school or rehabilitation costs you cannot meet',
          },
        ],
      },
      emergencyTownship: {
        label: 'Where did it happen (town, sub-district or farm)?',
        hint: 'Emergency help is given where it happened, wherever your hukou is.',
      },
    },
    residence: {
      title: 'Where do you live now?',
      township: {
        label: 'Town, sub-district or farm',
        hint: 'The office where you live now receives your application.',
      },
      area: {
        legend: 'Do you live in a town community or a village?',
        options: [
          {
            value: 'urban',
            label: 'A community (居委会)',
            hint: 'The urban dibao standard applies',
          },
          { value: 'rural', label: 'A village (村委会)', hint: 'The rural dibao standard applies' },
        ],
      },
    },
    registration: {
      title: 'Where is your household registration (hukou)?',
      hukou: {
        legend: 'Does anyone in your household have their hukou in Puning?',
        options: [
          { value: 'puning', label: 'Yes, in Puning' },
          { value: 'guangdong-other', label: 'No, elsewhere in Guangdong' },
          { value: 'outside-guangdong', label: 'No, outside Guangdong' },
        ],
      },
      permitHeld: {
        legend: 'Do you hold a Puning residence permit (居住证)?',
        hint: 'Issued by the police and endorsed once a year.',
      },
      permitEndorsedOn: {
        label: 'Date of the last endorsement (or issue)',
        hint: 'Valid for 12 months after endorsement. For example 2026-03-01.',
      },
    },
    members: {
      title: 'Who lives in your household?',
      intro:
        'Include the people you live with: your spouse, children under 18, adult children still in education, and others you support or who support you. Start with yourself.',
      person: (n) => `Household member ${n}`,
      you: ' (you)',
      age: 'Age (years)',
      ableToWork: { legend: 'Able to work?', hint: 'Can work and earn normally' },
      refusesSuitableWork: {
        legend: 'Turned down suitable work without a good reason?',
        hint: 'For example, refused jobs offered by the authorities',
      },
      fullTimeStudent: 'In full-time education?',
      disability: {
        legend: 'Disability certificate?',
        none: 'No disability certificate',
        grade: (g) => `Grade ${g}`,
      },
      disabilityType: {
        label: 'Kind of disability',
        options: [
          { value: 'physical', label: 'Physical' },
          { value: 'intellectual', label: 'Intellectual' },
          { value: 'mental', label: 'Mental (psychiatric)' },
          { value: 'visual', label: 'Visual' },
          { value: 'hearing', label: 'Hearing' },
          { value: 'speech', label: 'Speech' },
          { value: 'multiple', label: 'Multiple' },
        ],
      },
      seriousIllness: {
        legend: 'A serious illness?',
        hint: 'For example cancer, kidney failure or leukaemia',
      },
      selfCare: {
        label:
          'Of eating, dressing, getting in and out of bed, using the toilet, walking indoors and bathing, how many can this person not do alone?',
        hint: 'Enter 0 if they can do all of them.',
      },
      add: 'Add another household member',
      remove: (n) => `Remove household member ${n}`,
    },
    income: {
      title: 'What did your household receive in the last 6 months?',
      intro:
        'Enter totals for the whole household over the last 6 months, in yuan. Estimates are fine.',
      fields: {
        wages: { label: 'Wages and pay from work', hint: 'What you actually received after tax' },
        businessNet: {
          label: 'Net income from business, farming or fishing',
          hint: 'After costs; enter 0 for a loss',
        },
        propertyNet: { label: 'Rent received, interest and similar', hint: '' },
        transfer: {
          label: 'Pensions, maintenance and regular money from relatives',
          hint: 'Not the resident basic pension below',
        },
        residentBasicPension: {
          label: 'Basic pension of the urban-rural resident pension scheme',
          hint: 'It is not counted as income.',
        },
        notCounted: {
          label:
            'Survivor benefits, family-planning rewards, scholarships, bravery rewards, government assistance',
          hint: 'These are not counted as income.',
        },
        employmentCosts: {
          label: 'Necessary costs of going to work',
          hint: 'For example travel to work and work clothes',
        },
      },
    },
    assets: {
      title: 'What does your household own?',
      financialAssets: {
        label: 'Savings, shares, funds and investments in total (yuan)',
        hint: 'For the whole household now. Enter 0 if none.',
      },
      homes: {
        label: 'How many homes does the household own?',
        hint: 'Do not count mud-brick or ancestral houses nobody lives in.',
      },
      nonResidentialProperty: { legend: 'A shop, garage, parking space or office?', hint: '' },
      motorVehicle: {
        legend: 'A car?',
        hint: 'Disability scooters, motorbikes and e-bikes do not count.',
      },
      business: {
        legend: 'Does anyone in the household have a registered business?',
        options: [
          { value: 'none', label: 'No' },
          {
            value: 'family-workshop',
            label: 'Yes, a small workshop or shop run by a couple with no employees',
          },
          { value: 'registered', label: 'Yes, another kind' },
        ],
      },
    },
    support: {
      title: 'Is there anyone who can support you?',
      supporter: {
        legend: 'Is there anyone legally bound to support you (children, spouse, parents)?',
        hint: 'This matters mostly for support for people in extreme hardship.',
        options: [
          { value: 'none', label: 'No one' },
          { value: 'able', label: 'Yes, and they are able to' },
          {
            value: 'in-household',
            label: 'Yes, they live in this household (such as a child’s parents, or a spouse)',
          },
          { value: 'cannot-support', label: 'Yes, but they are not able to' },
          { value: 'not-sure', label: 'Not sure' },
        ],
      },
      memberSupporter: (n, age) =>
        `Household member ${n} (aged ${age}): is there anyone legally bound to support them? A child’s parents are the child’s supporters.`,
      supporterCase: {
        legend: 'Why are they not able to?',
        options: [
          {
            value: 'supporter-is-tekun',
            label: 'They receive extreme-hardship support themselves',
          },
          { value: 'supporter-on-dibao-aged-60-plus', label: 'They are 60 or older and on dibao' },
          {
            value: 'supporter-aged-70-plus-low-income',
            label: 'They are 70 or older with little income and savings',
          },
          {
            value: 'supporter-severely-disabled-low-income',
            label:
              'They are severely disabled (grade 1–2, or grade 3 intellectual or mental) with little income',
          },
          {
            value: 'supporter-incapacitated-missing-or-imprisoned',
            label: 'They lack legal capacity, are declared missing or are in prison',
          },
        ],
      },
      receivingDibao: { legend: 'Does your household receive dibao now?' },
    },
    expenses: {
      title: 'Any very large necessary costs in the last 12 months?',
      rigidSpending: {
        label: 'Medical, school, rehabilitation or disaster costs in total (yuan)',
        hint: 'What you paid yourself after reimbursement. Enter 0 if none.',
      },
    },
  },
};
