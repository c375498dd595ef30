/** Keys in sessionStorage shared by the check and the application form (device only). */
export const checkDraftKey = 'puning.check.draft.v1';
export const checkAnswersKey = 'puning.check.answers.v1';
/** The programmes the result found worth applying for, to pre-select on /apply. */
export const checkProgrammesKey = 'puning.check.programmes.v1';
