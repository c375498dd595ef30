import { type StatusContent, statusNamesIn } from './types.ts';

/** The status page in English. */
export const statusText: StatusContent = {
  reference: { label: 'Reference', hint: 'Shown when you applied, for example PN-2611-7K4Q-MX9T' },
  accessCode: {
    label: 'Access code',
    hint: 'Shown when you applied and sent to you by text message',
  },
  lookUp: 'Look up',
  lookingUp: 'Looking up…',
  errorSummaryTitle: 'There is a problem',
  pausedTitle: 'Looking up is paused',
  status: 'Status',
  township: 'Office handling it',
  stage: 'Current stage',
  dueBy: (date, days) => `Due by ${date} (${days} working days left)`,
  overdue: (date) => `Was due by ${date} and is overdue. You can call 12345 about it.`,
  mustDo: 'What you need to do now',
  nothingToDo: 'Nothing for now. We will text you when there is news.',
  timeline: 'History',
  referrals: {
    title: 'Other departments you were referred to',
    intro:
      'The township passed your household on to the departments below, which decide under their own rules. You can ask them as shown.',
    referredOn: (date) => `Referred on ${date}`,
  },
  results: {
    title: 'Results by programme',
    state: 'Status',
    nextStep: 'What to do now',
    referenceLine: (reference) => `Application reference: ${reference}`,
    print: 'Print the notice',
    printWhich: (title) => `: ${title}`,
    earlier: 'Earlier notices',
    notices: 'Notices',
  },
  undelivered: {
    title: 'We could not text you',
    body: 'A message could not reach your phone or email. This page always shows where your application is; call 12345 or 12349 with questions.',
  },
  answer: {
    title: 'Answer a request for information',
    label: 'Your answer to the case officer',
    hint: 'Explain what was asked; documents can be brought to the township office.',
    send: 'Send answer',
    sent: 'We have received your answer.',
  },
  withdraw: {
    title: 'Withdraw the application',
    label: 'Why (optional)',
    hint: 'A withdrawn application is closed; you can apply again later.',
    confirm: 'Withdraw application',
    done: 'Your application has been withdrawn.',
  },
  another: 'Look up another application',
  documents: {
    title: 'Upload supporting documents',
    hint: 'You can upload photos or PDFs of your ID card, residence permit, medical records, receipts and similar, up to 5 MB each. Photos are made smaller on your phone first (usually under 500 KB), still easy to read, to save your data.',
    type: 'Kind of document',
    file: 'Choose a file',
    upload: 'Upload',
    uploading: 'Uploading…',
    shrinking: 'Making the photo smaller…',
    progress: (sent, total) => `${sent} of ${total} sent`,
    shrunk: (before, after) => `The photo was made smaller, from ${before} to ${after}.`,
    unreadable:
      'This phone cannot open the photo’s format; take it as a JPG photo, or upload a PDF',
    done: 'Your document has been uploaded.',
    failed:
      'The upload did not work. Try again later, or bring the document to your township office.',
    choose: 'Choose',
  },
  statuses: statusNamesIn('en'),
  networkFailed: 'The network is not available. Try again later.',
};
