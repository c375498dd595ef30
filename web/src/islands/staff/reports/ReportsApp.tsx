import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../../../functions/domain/locale.ts';
import type { ComplaintSummary } from '../../../../../functions/domain/reports/complaint.ts';
import type {
  ComplaintCounts,
  LeadCounts,
} from '../../../../../functions/domain/reports/counts.ts';
import type { LeadSummary } from '../../../../../functions/domain/reports/lead.ts';
import { difficultyNames } from '../../../../../functions/domain/reports/lead-input.ts';
import { type Me, staffApi } from '../api.ts';
import type { ReportsConsoleContent } from '../content/reports-types.ts';
import type { StaffContent } from '../content/types.ts';
import { type FrameContext, StaffFrame } from '../Frame.tsx';
import { ScrollRegion } from '../fields.tsx';
import { ComplaintDetail, LeadDetail } from './ReportDetails.tsx';

type Selected = { kind: 'lead' | 'complaint'; reference: string } | null;

/**
 * The console's leads and complaints: a township's (or a village assistant's village's)
 * leads with the visit and the outcome; for the city bureau, also the complaints with
 * handling notes and the reply. What each person may see is the API's decision.
 */
export function ReportsApp(props: {
  locale: Locale;
  text: StaffContent;
  words: ReportsConsoleContent;
  villages: Readonly<Record<string, string>>;
}) {
  return (
    <StaffFrame locale={props.locale} text={props.text}>
      {(context) => <Reports {...props} context={context} />}
    </StaffFrame>
  );
}

function Reports(props: {
  locale: Locale;
  words: ReportsConsoleContent;
  villages: Readonly<Record<string, string>>;
  context: FrameContext;
}) {
  const { locale, words, villages, context } = props;
  const me: Me = context.me;
  const seesComplaints = me.role === 'city-reviewer' || me.role === 'admin';
  const [view, setView] = useState<'open' | 'closed'>('open');
  const [leads, setLeads] = useState<readonly LeadSummary[] | null>(null);
  const [complaints, setComplaints] = useState<readonly ComplaintSummary[] | null>(null);
  const [counts, setCounts] = useState<{ leads: LeadCounts; complaints?: ComplaintCounts } | null>(
    null,
  );
  const [selected, setSelected] = useState<Selected>(null);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    let live = true;
    void staffApi<{ items: LeadSummary[] }>(`/api/staff/leads?view=${view}`, locale).then((r) => {
      if (!live) return;
      if (r.kind === 'signed-out') context.signedOut();
      else setLeads(r.kind === 'ok' ? r.data.items : []);
    });
    if (seesComplaints)
      void staffApi<{ items: ComplaintSummary[] }>(
        `/api/staff/complaints?view=${view}`,
        locale,
      ).then((r) => live && setComplaints(r.kind === 'ok' ? r.data.items : []));
    void staffApi<{ leads: LeadCounts; complaints?: ComplaintCounts }>(
      '/api/staff/reports/counts',
      locale,
    ).then((r) => live && r.kind === 'ok' && setCounts(r.data));
    return () => {
      live = false;
    };
  }, [view, refresh, locale, seesComplaints, context]);

  if (selected)
    return (
      <>
        <button type="button" class="button secondary" onClick={() => setSelected(null)}>
          {words.back}
        </button>
        {selected.kind === 'lead' ? (
          <LeadDetail
            locale={locale}
            words={words}
            reference={selected.reference}
            onChanged={() => setRefresh((n) => n + 1)}
          />
        ) : (
          <ComplaintDetail
            locale={locale}
            words={words}
            reference={selected.reference}
            onChanged={() => setRefresh((n) => n + 1)}
          />
        )}
      </>
    );

  const c = words.columns;
  return (
    <>
      {counts ? (
        <section aria-labelledby="report-counts" class="panel">
          <h2 id="report-counts">{words.countsHeading}</h2>
          <p>
            {words.counts.leads}：
            {(['received', 'visited', 'closed'] as const)
              .map((s) => `${words.leadStates[s]} ${counts.leads.byState[s]}`)
              .join(' · ')}
            {` · ${words.counts.overdue} ${counts.leads.overdue}`}
          </p>
          {counts.complaints ? (
            <p>
              {words.counts.complaints}：
              {(['received', 'in-handling', 'answered'] as const)
                .map((s) => `${words.complaintStates[s]} ${counts.complaints?.byState[s] ?? 0}`)
                .join(' · ')}
              {` · ${words.counts.overdue} ${counts.complaints.overdue}`}
            </p>
          ) : null}
        </section>
      ) : null}
      <fieldset class="view-switch">
        <legend class="visually-hidden">{c.state}</legend>
        {(['open', 'closed'] as const).map((v) => (
          <button
            key={v}
            type="button"
            class={v === view ? 'button' : 'button secondary'}
            aria-pressed={v === view}
            onClick={() => setView(v)}
          >
            {words[v]}
          </button>
        ))}
      </fieldset>
      <h2 id="leads-caption">{words.leadsHeading}</h2>
      {leads && leads.length > 0 ? (
        <ScrollRegion labelledBy="leads-caption">
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">{c.reference}</th>
                <th scope="col">{c.village}</th>
                <th scope="col">{c.categories}</th>
                <th scope="col">{c.state}</th>
                <th scope="col">{c.due}</th>
              </tr>
            </thead>
            <tbody>
              {leads.map((lead) => (
                <tr key={lead.reference}>
                  <td>
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => setSelected({ kind: 'lead', reference: lead.reference })}
                    >
                      {lead.reference}
                    </button>
                  </td>
                  <td>{villages[lead.villageCode] ?? lead.villageCode}</td>
                  <td>{lead.categories.map((k) => difficultyNames[k][locale]).join('、')}</td>
                  <td>{words.leadStates[lead.state]}</td>
                  <td>{lead.dueOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p>{leads ? words.none : '…'}</p>
      )}
      {seesComplaints ? (
        <>
          <h2 id="complaints-caption">{words.complaintsHeading}</h2>
          {complaints && complaints.length > 0 ? (
            <ScrollRegion labelledBy="complaints-caption">
              <table class="staff-table">
                <thead>
                  <tr>
                    <th scope="col">{c.reference}</th>
                    <th scope="col">{c.subject}</th>
                    <th scope="col">{c.state}</th>
                    <th scope="col">{c.due}</th>
                  </tr>
                </thead>
                <tbody>
                  {complaints.map((complaint) => (
                    <tr key={complaint.reference}>
                      <td>
                        <button
                          type="button"
                          class="link-button"
                          onClick={() =>
                            setSelected({ kind: 'complaint', reference: complaint.reference })
                          }
                        >
                          {complaint.reference}
                        </button>
                      </td>
                      <td>{words.subjects[complaint.subjectKind]}</td>
                      <td>{words.complaintStates[complaint.state]}</td>
                      <td>{complaint.dueOn}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ) : (
            <p>{complaints ? words.none : '…'}</p>
          )}
        </>
      ) : null}
    </>
  );
}
