import type { ApplyDraft } from './draft.ts';
import type { ApplyStep } from './steps.ts';

/**
 * The draft split in two for keeping on the device: ID numbers, the mobile number and
 * the bank account number (the numbers that let someone be found, impersonated or
 * paid) go to sessionStorage only, which the browser forgets when the tab closes; the
 * rest may stay longer (localStorage) so the applicant can come back to it. Pure: no
 * storage here (./storage.ts does the keeping).
 */
export interface SensitiveAnswers {
  applicantIdNumber: string;
  mobile: string;
  /** One per household member, by position; the first is the applicant's (asked with the name). */
  memberIdNumbers: string[];
  bankAccountNumber: string;
  /** The agent's mobile and ID number; absent in sessions kept before agents were asked. */
  agentMobile?: string;
  agentIdNumber?: string;
}

/** Where a kept number is asked: the screen to return to when it has been forgotten. */
export type SensitivePath =
  | 'applicant.idNumber'
  | 'applicant.mobile'
  | `members.${number}.idNumber`
  | 'bank.accountNumber'
  | 'agent.mobile'
  | 'agent.idNumber';

/** What may stay on the device after the tab closes: the draft without those numbers. */
export interface DraftAtRest {
  draft: ApplyDraft;
  /** The screen the applicant was on, by name (the list of screens depends on the answers). */
  step: ApplyStep;
  /** Which numbers had been typed (never the numbers): asked again if the session is gone. */
  sessionOnly: SensitivePath[];
}

export function splitDraft(
  draft: ApplyDraft,
  step: ApplyStep,
): { atRest: DraftAtRest; sensitive: SensitiveAnswers } {
  const sensitive: SensitiveAnswers = {
    applicantIdNumber: draft.applicant.idNumber,
    mobile: draft.applicant.mobile,
    memberIdNumbers: draft.memberExtras.map((m) => m.idNumber),
    bankAccountNumber: draft.bank.accountNumber,
    agentMobile: draft.agent?.mobile ?? '',
    agentIdNumber: draft.agent?.idNumber ?? '',
  };
  const sessionOnly: SensitivePath[] = [
    ...(sensitive.applicantIdNumber ? (['applicant.idNumber'] as const) : []),
    ...(sensitive.mobile ? (['applicant.mobile'] as const) : []),
    ...sensitive.memberIdNumbers.flatMap((id, i) => (id ? [`members.${i}.idNumber` as const] : [])),
    ...(sensitive.bankAccountNumber ? (['bank.accountNumber'] as const) : []),
    ...(sensitive.agentMobile ? (['agent.mobile'] as const) : []),
    ...(sensitive.agentIdNumber ? (['agent.idNumber'] as const) : []),
  ];
  return {
    atRest: { draft: withSensitive(draft, emptySensitive), step, sessionOnly },
    sensitive,
  };
}

const emptySensitive: SensitiveAnswers = {
  applicantIdNumber: '',
  mobile: '',
  memberIdNumbers: [],
  bankAccountNumber: '',
};

/** The draft with these numbers put back (or blanked, given none). */
export function withSensitive(draft: ApplyDraft, sensitive: SensitiveAnswers | null): ApplyDraft {
  const s = sensitive ?? emptySensitive;
  return {
    ...draft,
    applicant: { ...draft.applicant, idNumber: s.applicantIdNumber, mobile: s.mobile },
    memberExtras: draft.memberExtras.map((m, i) => ({
      ...m,
      idNumber: s.memberIdNumbers[i] ?? '',
    })),
    bank: { ...draft.bank, accountNumber: s.bankAccountNumber },
    ...(draft.agent
      ? {
          agent: {
            ...draft.agent,
            mobile: s.agentMobile ?? '',
            idNumber: s.agentIdNumber ?? '',
          },
        }
      : {}),
  };
}

/** Whether a stored value has the shape of the numbers kept for the session. */
export function isSensitiveAnswers(value: unknown): value is SensitiveAnswers {
  const v = value as SensitiveAnswers;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof v.applicantIdNumber === 'string' &&
    typeof v.mobile === 'string' &&
    Array.isArray(v.memberIdNumbers) &&
    v.memberIdNumbers.every((n) => typeof n === 'string') &&
    typeof v.bankAccountNumber === 'string' &&
    (v.agentMobile === undefined || typeof v.agentMobile === 'string') &&
    (v.agentIdNumber === undefined || typeof v.agentIdNumber === 'string')
  );
}

/** Whether a draft kept at rest still carries any of those numbers (saved before the split). */
export function holdsSensitive(draft: ApplyDraft): boolean {
  return splitDraft(draft, 'programmes').atRest.sessionOnly.length > 0;
}

/** The screen on which a kept number is asked. */
export function stepOfSensitive(path: SensitivePath, steps: readonly ApplyStep[]): ApplyStep {
  if (path.startsWith('members.')) return 'members';
  if (path === 'bank.accountNumber') return 'bank';
  return steps.includes('applicant') ? 'applicant' : 'programmes';
}

/**
 * Where "continue where you left off" goes: the screen left, unless a number typed
 * before it has been forgotten (the tab was closed), then the first screen that asks
 * for one again, so nothing is submitted without it.
 */
export function resumeStep(
  left: ApplyStep,
  forgotten: readonly SensitivePath[],
  steps: readonly ApplyStep[],
): ApplyStep {
  const leftAt = steps.indexOf(left);
  if (leftAt < 0) return steps[0] ?? 'programmes';
  const earliest = forgotten
    .map((path) => steps.indexOf(stepOfSensitive(path, steps)))
    .filter((i) => i >= 0 && i < leftAt);
  return steps[Math.min(leftAt, ...earliest)] ?? left;
}
