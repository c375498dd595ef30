import type { Locale } from '../../../../functions/domain/locale.ts';
import type { ReviewQueueRow } from './api.ts';
import { consolePath } from './auth.ts';
import type { StaffContent } from './content/types.ts';
import { programmeName, stateName, townshipLabel } from './format.ts';

/**
 * 待复核: one row per paid line with work after approval — a periodic review falling
 * due (57号 第三十一条), a review under way, a change before the bureau, a 特困
 * termination on notice, a 渐退期 in its last month — earliest due first, overdue
 * flagged as in the applications' queue.
 */
export function ReviewQueueTable(props: {
  rows: readonly ReviewQueueRow[];
  locale: Locale;
  text: StaffContent;
  caption: string;
  showTownship: boolean;
}) {
  const { rows, locale, text, caption, showTownship } = props;
  const t = text.queue;
  const c = t.columns;
  const r = text.reviewQueue;
  const link = (reference: string) =>
    `${consolePath(locale, '/staff/application/')}?ref=${encodeURIComponent(reference)}`;
  return (
    <table class="staff-table queue-table review-queue-table">
      <caption id="queue-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.reference}</th>
          <th scope="col">{c.applicant}</th>
          {showTownship ? <th scope="col">{c.township}</th> : null}
          <th scope="col">{r.programme}</th>
          <th scope="col">{r.task}</th>
          <th scope="col">{c.status}</th>
          <th scope="col">{c.due}</th>
          <th scope="col">{c.flags}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.reference}-${row.programme}`} data-task={row.task}>
            <th scope="row">
              <a href={link(row.reference)} class="reference-link">
                {row.reference}
              </a>
            </th>
            <td>{row.applicantName}</td>
            {showTownship ? <td>{townshipLabel(row.townshipCode, locale)}</td> : null}
            <td>{programmeName(row.programme, locale, true)}</td>
            <td>{r.tasks[row.task]}</td>
            <td>{stateName(row.state, locale)}</td>
            <td>{row.dueOn}</td>
            <td>
              {row.overdue ? (
                <strong class="flag flag-overdue">
                  <span aria-hidden="true">⚠ </span>
                  {t.overdue}
                </strong>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
