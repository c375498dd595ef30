import {
  agentRelationships,
  staffRelativePositions,
} from '../../../../../functions/domain/application/application-input.ts';
import {
  agentRelationshipNames,
  staffPositionNames,
} from '../../../../../functions/domain/application/on-behalf.ts';
import type { LaterContent } from './types.ts';

/** The application's later screens in English. */
export const laterText: LaterContent = {
  change: 'Change',
  choose: 'Choose',
  yes: 'Yes',
  no: 'No',
  steps: {
    applicant: {
      title: 'About you',
      name: { label: 'Full name', hint: 'As on your ID card' },
      idNumber: { label: 'Citizen ID number', hint: '18 characters; the last may be X' },
      mobile: { label: 'Mobile number', hint: 'We text you about your application' },
      email: { label: 'Email (optional)', hint: '' },
      mobileOptional: {
        label: "The applicant's mobile number (optional)",
        hint: 'If the applicant has a mobile, give it: we text both of you',
      },
    },
    onBehalf: {
      legend: 'Who is filling in this application?',
      self: 'I am applying for myself',
      agent: 'I am applying for someone else (family, guardian or an authorised person)',
      agentHint:
        'Applying for someone else needs their written authorisation (委托书), signed by them, or by their guardian if they cannot decide for themselves. Upload a photo of it after you submit. Below, "the applicant" is the person who needs help.',
      name: { label: 'Your full name (the person applying)', hint: '' },
      relationship: {
        label: 'How you are related to the applicant',
        options: agentRelationships.map((value) => ({
          value,
          label: agentRelationshipNames[value].en,
        })),
      },
      mobile: {
        label: 'Your mobile number',
        hint: 'We text the progress and the access code to this number',
      },
      idNumber: {
        label: 'Your citizen ID number (optional)',
        hint: '18 characters; the last may be X',
      },
    },
    staffRelative: {
      legend: 'Is the applicant a close relative of township staff or of a village cadre?',
      hint: 'Such applications are registered separately; the city bureau visits and decides. Saying so does not count against the application.',
      position: {
        legend: 'The relative is',
        options: staffRelativePositions.map((value) => ({
          value,
          label: staffPositionNames[value].en,
        })),
      },
      staffName: { label: 'Name of the staff member or village cadre', hint: '' },
      relationship: {
        label: 'Relationship to the applicant',
        hint: 'For example spouse, brother, son',
      },
    },
    residence: {
      title: 'Where do you live now?',
      township: {
        label: 'Town, sub-district or farm',
        hint: 'You apply here, near home. Dibao, tekun and edge help are handled by the town of your hukou; we hand it on when needed.',
      },
      village: { label: 'Village or community', hint: '' },
      address: { label: 'Address', hint: 'For example 12 Example Road, 3rd floor' },
    },
    hukouPlace: {
      legend: 'Which town, sub-district or farm is your hukou in?',
      hint: 'Dibao, tekun and edge-family help are reviewed by the town of your hukou, as the rules say.',
      same: 'The same as where I live',
      other: 'Another town in Puning',
      township: 'Town of your hukou',
      village: 'Village or community of your hukou',
      handedOver:
        'You still apply where you live and need not travel: the application is handed on to the town of your hukou, and we text you when it is.',
    },
    permitIssuedOn: {
      label: 'Residence permit issued on (optional)',
      hint: 'For example 2024-03-01',
    },
    permitOffice: {
      label: 'Residence permit issued by (optional)',
      hint: 'For example Puning Public Security Bureau',
    },
    memberExtras: {
      heading: (person, age) => `${person} (aged ${age})`,
      relation: {
        label: 'Relationship to you',
        options: [
          { value: 'self', label: 'Yourself' },
          { value: 'spouse', label: 'Spouse' },
          { value: 'child', label: 'Child' },
          { value: 'parent', label: 'Parent' },
          { value: 'sibling', label: 'Brother or sister' },
          { value: 'grandchild', label: 'Grandchild' },
          { value: 'grandparent', label: 'Grandparent' },
          { value: 'other', label: 'Other' },
        ],
      },
      idNumber: { label: 'Citizen ID number', hint: 'Leave empty if they have none' },
    },
    emergency: {
      title: 'What happened?',
      what: { label: 'Tell us briefly what happened', hint: 'For example: our house caught fire' },
      date: { label: 'When did it happen', hint: 'For example 2026-11-20' },
      township: {
        label: 'Where did it happen',
        hint: 'Emergency help is given by the office where it happened.',
      },
      neededNow: {
        label: 'What do you need now (optional)',
        hint: 'For example: somewhere to stay, food, a hospital deposit',
      },
      atWork: {
        label: 'It happened at work',
        panelTitle: 'Hurt at work: you can also ask for a work-injury decision (工伤认定)',
        panelBody:
          'If you were hurt at work, you can ask the human resources and social security bureau for a work-injury decision (工伤认定), normally within one year of the injury; call 12333 for advice. For large medical bills you can also apply for medical assistance (医疗救助). None of this stops you applying for emergency help now.',
      },
    },
    bank: {
      title: 'Account for payments',
      bankName: { label: 'Bank', hint: 'For example Agricultural Bank of China, Puning branch' },
      accountNumber: {
        label: 'Card or passbook account number',
        hint: 'It must be in your own name',
      },
      masked: (last4) => `Account ending ${last4}`,
      edit: 'Change account',
    },
    review: {
      title: 'Check your answers',
      intro: 'Check everything before you submit; use “Change” to correct an answer.',
      declaration:
        'By submitting you declare that your answers are true. Hiding or overstating anything can cost you your entitlement, and payments may be recovered.',
      incomeTotal: 'Total of the income above',
    },
  },
  waitingForNetwork: {
    title: 'No connection: your application has not gone through yet',
    body: 'Your answers are kept on this phone. It is sent by itself as soon as the connection is back, and never twice. You can also press “Try again”.',
    retry: 'Try again',
    retrying: 'Sending…',
  },
  done: {
    title: 'Application submitted',
    reference: 'Reference',
    accessCode: 'Access code',
    accessCodeWarning:
      'The access code is shown only now and is also sent to you by text message. Write it down: with the reference it lets you follow your application.',
    township: 'Office handling it',
    next: 'What happens next',
    follow: 'Track your application',
    authorisation:
      'You are applying for someone else: upload the written authorisation (委托书) they signed below now (choose "Written authorisation"), or later on the tracking page.',
    documents:
      'You can upload photos of your ID card, residence permit, medical records and receipts below now, later on the tracking page, or bring them to your township office.',
  },
};
