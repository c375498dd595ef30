import type { Locale } from '../../../../functions/domain/locale.ts';
import { programmeIds } from '../../../../functions/domain/policy/programmes.ts';
import type { Dashboard as DashboardData } from './api.ts';
import type { StaffContent } from './content/types.ts';
import { ScrollRegion } from './fields.tsx';
import { programmeName, townshipLabel } from './format.ts';

type Figures = DashboardData['afterApproval'];

/** Recipients summed over townships, one row per programme paid, in the programmes' order. */
export function recipientsByProgramme(figures: Figures): { programme: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const row of figures.recipients)
    totals.set(row.programme, (totals.get(row.programme) ?? 0) + row.count);
  return programmeIds
    .filter((id) => totals.has(id))
    .map((programme) => ({ programme, count: totals.get(programme) ?? 0 }));
}

/**
 * After approval: the reviews due (within the notice days), overdue and under way;
 * the recipients by programme (and, for the city, by township); the exits by reason.
 * The same figures go into the CSV.
 */
export function AfterApprovalFigures(props: {
  figures: Figures;
  text: StaffContent;
  locale: Locale;
  city: boolean;
}) {
  const { figures, text, locale, city } = props;
  const t = text.afterApproval;
  const byProgramme = recipientsByProgramme(figures);
  const exits = Object.entries(figures.exitsByReason).filter(([, count]) => (count ?? 0) > 0);
  return (
    <section aria-labelledby="staff-after-approval" class="after-approval-figures">
      <h3 id="staff-after-approval">{t.heading}</h3>
      <dl class="stats">
        <div>
          <dt>{t.reviewsDue}</dt>
          <dd>{figures.reviewsDue}</dd>
        </div>
        <div>
          <dt>{t.reviewsOverdue}</dt>
          <dd>{figures.reviewsOverdue}</dd>
        </div>
        <div>
          <dt>{t.reviewsOpen}</dt>
          <dd>{figures.reviewsOpen}</dd>
        </div>
      </dl>
      {byProgramme.length === 0 ? (
        <p>{t.noRecipients}</p>
      ) : (
        <table class="staff-table recipients-table">
          <caption>{t.recipientsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.programme}</th>
              <th scope="col" class="numeric">
                {t.recipients}
              </th>
            </tr>
          </thead>
          <tbody>
            {byProgramme.map((row) => (
              <tr key={row.programme}>
                <th scope="row">{programmeName(row.programme, locale)}</th>
                <td class="numeric">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {city && figures.recipients.length > 0 ? (
        <ScrollRegion labelledBy="staff-recipients-township-caption">
          <table class="staff-table">
            <caption id="staff-recipients-township-caption">{t.byTownshipCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.township}</th>
                <th scope="col">{t.programme}</th>
                <th scope="col" class="numeric">
                  {t.recipients}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.recipients.map((row) => (
                <tr key={`${row.townshipCode} ${row.programme}`}>
                  <th scope="row">{townshipLabel(row.townshipCode, locale)}</th>
                  <td>{programmeName(row.programme, locale)}</td>
                  <td class="numeric">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {exits.length === 0 ? (
        <p>{t.noExits}</p>
      ) : (
        <table class="staff-table exits-table">
          <caption>{t.exitsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.exitReason}</th>
              <th scope="col" class="numeric">
                {t.exits}
              </th>
            </tr>
          </thead>
          <tbody>
            {exits.map(([reason, count]) => (
              <tr key={reason}>
                <th scope="row">{t.exitReasons[reason as keyof typeof t.exitReasons] ?? reason}</th>
                <td class="numeric">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">{t.note}</p>
    </section>
  );
}
