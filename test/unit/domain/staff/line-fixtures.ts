import type { LineFacts, ProgrammeLine } from '../../../../functions/domain/application/lines.ts';
import type {
  ApplicationRecord,
  HistoryEvent,
} from '../../../../functions/domain/application/record.ts';
import type { ApplicationState } from '../../../../functions/domain/application/states.ts';
import type { ProgrammeId } from '../../../../functions/domain/policy/programmes.ts';
import type { ApplicationSummary } from '../../../../functions/domain/staff/summary.ts';
import { exampleRecord } from '../../../support/record-example.ts';

/** A line as the domain stores it, with no notices (the summary does not read them). */
export function line(
  programme: ProgrammeId,
  state: ApplicationState,
  dueAt: string,
  facts: LineFacts = {},
): ProgrammeLine {
  return { programme, state, version: 3, dueAt, facts, notices: [] };
}

/** A staff event in the history (10:00 in Puning on `day`). */
export function event(
  day: string,
  action: string,
  from: ApplicationState,
  to: ApplicationState,
  programme?: ProgrammeId,
): HistoryEvent {
  return {
    at: `${day}T02:00:00.000Z`,
    by: action === 'confirm' || action === 'notConfirm' ? 'city' : 'township',
    action,
    ...(programme ? { programme } : {}),
    from,
    to,
    rulesVersion: 'rules-test',
    visibleToApplicant: true,
  };
}

/**
 * 低保 and 特困 in one application: both approved by the township on 1 December; the
 * bureau confirms 低保 two days later (within its 10 working days) and refuses 特困 on
 * the 31st (past its 15 working days, due 22 December).
 */
export function dibaoConfirmedTekunRefused(
  overrides: Partial<ApplicationRecord> = {},
): ApplicationRecord {
  const base = exampleRecord();
  return exampleRecord({
    reference: 'PN-2611-LINE-0001',
    programmes: ['dibao', 'tekun'],
    status: 'confirmed',
    dueAt: '2026-12-31',
    lines: [
      line('dibao', 'confirmed', '2026-12-03', {
        confirmation: { monthlyAmountYuan: 800, startMonth: '2027-01', by: 'city' },
      }),
      line('tekun', 'not_confirmed', '2026-12-31', {
        rejection: { codes: ['other'], text: '有赡养人', by: 'city' },
      }),
    ],
    history: [
      ...base.history,
      event('2026-12-01', 'approve', 'notice_ended', 'township_approved', 'dibao'),
      event('2026-12-01', 'approve', 'notice_ended', 'township_approved', 'tekun'),
      event('2026-12-03', 'confirm', 'township_approved', 'confirmed', 'dibao'),
      event('2026-12-31', 'notConfirm', 'township_approved', 'not_confirmed', 'tekun'),
    ],
    ...overrides,
  });
}

/** A summary as stored before lines existed (no `lines`): 低保 in review, due 1 December. */
export const summaryStoredBeforeLines: ApplicationSummary = {
  reference: 'PN-2611-OLDS-0001',
  status: 'in_review',
  townshipCode: '445281005000',
  priority: 'normal',
  programmes: ['dibao'],
  submittedAt: '2026-11-20T02:00:00.000Z',
  dueAt: '2026-12-01',
  applicantName: '林阿婆',
  idNumberMasked: '4452**********0021',
  villageCode: '445281005201',
  assignee: '池尾经办',
  version: 2,
};
