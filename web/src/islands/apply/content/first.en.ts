import type { FirstContent } from './types.ts';

/** The application's first screens in English. */
export const firstText: FirstContent = {
  stepOf: (n, total) => `Step ${n} of ${total}`,
  continue: 'Continue',
  back: 'Back',
  submit: 'Submit application',
  submitting: 'Submitting…',
  clear: 'Clear my answers',
  clearConfirm: 'Your answers have been cleared.',
  sharedPhone: {
    label: 'This is someone else’s or a shared phone',
    hint: 'Your answers will be deleted when you close the page.',
  },
  keeping: {
    device:
      'Your answers are kept only in this phone’s browser, until you submit or press “Clear my answers”; ID, mobile and bank account numbers only until you close this page.',
    shared:
      'Your answers are kept only in this phone’s browser and deleted when you close this page.',
  },
  resume: {
    title: 'You have an unfinished application',
    leftAt: (n, total) => `You stopped at step ${n} of ${total}.`,
    numbersForgotten:
      'To protect you, ID, mobile and bank account numbers were deleted when the page was closed: please enter them again.',
    continue: 'Continue where you left off',
    restart: 'Start again',
  },
  errorSummaryTitle: 'There is a problem',
  later: {
    loading: 'Loading…',
    failed:
      'The network is not available, so you cannot go on just now. Your answers are kept; check your connection and try again, or reload the page.',
    retry: 'Try again',
  },
  steps: {
    programmes: {
      title: 'What help are you applying for?',
      legend: 'Select all that apply',
      hint: 'Not sure? Do the check first.',
      fromCheck: 'Chosen from your check result; you can change it.',
    },
    privacy: { version: 'Notice version' },
  },
};
