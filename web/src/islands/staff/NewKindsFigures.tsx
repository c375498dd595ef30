import type { Locale } from '../../../../functions/domain/locale.ts';
import { departmentIds, departments } from '../../../../functions/domain/referrals/departments.ts';
import { leadOutcomes } from '../../../../functions/domain/reports/lead.ts';
import { consentsOnRecord } from '../../../../functions/domain/staff/submission-figures.ts';
import type { Dashboard as DashboardData } from './api.ts';
import type { StaffContent } from './content/types.ts';
import { ScrollRegion } from './fields.tsx';
import { townshipLabel } from './format.ts';

/** A two-column table of labelled counts; rows with nothing are left out. */
function CountTable(props: {
  id: string;
  caption: string;
  head: string;
  count: string;
  rows: readonly { key: string; label: string; count: number }[];
}) {
  return (
    <table class="staff-table">
      <caption id={props.id}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.head}</th>
          <th scope="col" class="numeric">
            {props.count}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td class="numeric">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The kinds issue 19 added: hardship reports (leads) in scope, complaints city-wide
 * (present only for the city bureau and admins: the API leaves them out for a
 * township), applications someone else submitted with how consent is on record, and
 * referrals to other departments.
 */
export function NewKindsFigures(props: {
  data: DashboardData;
  text: StaffContent;
  locale: Locale;
  city: boolean;
}) {
  const { data, text, locale, city } = props;
  const t = text.newKinds;
  const { leads, complaints, submittedForOthers: others, referrals } = data;
  const outcomes = leadOutcomes
    .map((id) => ({ key: id, label: t.outcomes[id], count: leads.closedByOutcome[id] ?? 0 }))
    .filter((row) => row.count > 0);
  const consents = consentsOnRecord
    .map((id) => ({ key: id, label: t.consents[id], count: others.consent[id] ?? 0 }))
    .filter((row) => row.count > 0);
  const byDepartment = departmentIds
    .map((id) => ({
      key: id,
      label: departments[id].name[locale],
      count: referrals.byDepartment[id] ?? 0,
    }))
    .filter((row) => row.count > 0);
  const byOthers = others.byAgent + others.byVillageAssistant + others.byTownshipStaff;
  return (
    <>
      <section aria-labelledby="staff-dashboard-leads">
        <h3 id="staff-dashboard-leads">{t.leadsHeading}</h3>
        <dl class="stats">
          <div>
            <dt>{t.leadsOpen}</dt>
            <dd>{leads.open}</dd>
          </div>
          <div>
            <dt>{t.leadsOverdue}</dt>
            <dd>{leads.overdue}</dd>
          </div>
          <div>
            <dt>{t.leadsClosed}</dt>
            <dd>{leads.closed}</dd>
          </div>
        </dl>
        {outcomes.length > 0 ? (
          <CountTable
            id="staff-lead-outcomes-caption"
            caption={t.outcomesCaption}
            head={t.outcome}
            count={t.count}
            rows={outcomes}
          />
        ) : null}
        {city && leads.byTownship.length > 0 ? (
          <ScrollRegion labelledBy="staff-leads-township-caption">
            <table class="staff-table">
              <caption id="staff-leads-township-caption">{t.leadsByTownshipCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.township}</th>
                  <th scope="col" class="numeric">
                    {t.leadsOpen}
                  </th>
                  <th scope="col" class="numeric">
                    {t.leadsOverdue}
                  </th>
                  <th scope="col" class="numeric">
                    {t.leadsClosed}
                  </th>
                </tr>
              </thead>
              <tbody>
                {leads.byTownship.map((row) => (
                  <tr key={row.townshipCode}>
                    <th scope="row">{townshipLabel(row.townshipCode, locale)}</th>
                    <td class="numeric">{row.open}</td>
                    <td class="numeric">{row.overdue}</td>
                    <td class="numeric">{row.closed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ) : null}
      </section>
      {complaints ? (
        <section aria-labelledby="staff-dashboard-complaints">
          <h3 id="staff-dashboard-complaints">{t.complaintsHeading}</h3>
          <dl class="stats">
            <div>
              <dt>{t.complaintsOpen}</dt>
              <dd>{complaints.open}</dd>
            </div>
            <div>
              <dt>{t.complaintsAnswered}</dt>
              <dd>{complaints.answered}</dd>
            </div>
            <div>
              <dt>{t.complaintsOverdue}</dt>
              <dd>{complaints.overdue}</dd>
            </div>
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="staff-dashboard-others">
        <h3 id="staff-dashboard-others">{t.othersHeading}</h3>
        {byOthers === 0 ? (
          <p>{t.noneByOthers}</p>
        ) : (
          <>
            <dl class="stats">
              <div>
                <dt>{t.byAgent}</dt>
                <dd>{others.byAgent}</dd>
              </div>
              <div>
                <dt>{t.byVillageAssistant}</dt>
                <dd>{others.byVillageAssistant}</dd>
              </div>
              <div>
                <dt>{t.byTownshipStaff}</dt>
                <dd>{others.byTownshipStaff}</dd>
              </div>
            </dl>
            <CountTable
              id="staff-consent-caption"
              caption={t.consentCaption}
              head={t.consent}
              count={t.count}
              rows={consents}
            />
          </>
        )}
      </section>
      <section aria-labelledby="staff-dashboard-referrals">
        <h3 id="staff-dashboard-referrals">{t.referralsHeading}</h3>
        {referrals.total === 0 ? (
          <p>{t.noReferrals}</p>
        ) : (
          <>
            <dl class="stats">
              <div>
                <dt>{t.referralsTotal}</dt>
                <dd>{referrals.total}</dd>
              </div>
            </dl>
            <CountTable
              id="staff-referrals-caption"
              caption={t.referralsCaption}
              head={t.department}
              count={t.count}
              rows={byDepartment}
            />
          </>
        )}
      </section>
    </>
  );
}
