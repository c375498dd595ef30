import type { IsoDate } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import { addWorkingDays, holidayCalendarNote } from '../working-days.ts';

/**
 * How long the authorities take over a lead and a complaint, in China's working days
 * (holidays and 调休 make-up days counted). Neither is fixed by 57号 or 77号: 77号 二(四)
 * asks for 及时发现、快速响应 without a number. These are the product's choices, to be
 * confirmed by the bureau (docs/decisions.md §40 (Leads and complaints)):
 * - a lead is visited within 5 working days: a reported person may be in urgent need
 *   and no application has started any statutory clock, so one short working week;
 * - a complaint is answered within 15 working days (about three calendar weeks), shorter
 *   than the general complaint rules allow (信访工作条例 第三十二条, 60 days; not
 *   verified by this project against an official text).
 */
export const reportLimits = {
  leadVisitWorkingDays: 5,
  complaintReplyWorkingDays: 15,
} as const;

export interface ReportDueDate {
  readonly dueOn: IsoDate;
  /** Set when the count crossed a year whose holidays are not published. */
  readonly calendarNote?: LocalizedText;
}

function dueAfter(receivedOn: IsoDate, workingDays: number): ReportDueDate {
  const dueOn = addWorkingDays(receivedOn, workingDays);
  const note = holidayCalendarNote(receivedOn, dueOn);
  return { dueOn, ...(note ? { calendarNote: note } : {}) };
}

/** When a lead received on `receivedOn` (Beijing date) must have been visited. */
export const leadVisitDue = (receivedOn: IsoDate) =>
  dueAfter(receivedOn, reportLimits.leadVisitWorkingDays);

/** When a complaint received on `receivedOn` must have its reply. */
export const complaintReplyDue = (receivedOn: IsoDate) =>
  dueAfter(receivedOn, reportLimits.complaintReplyWorkingDays);
