import { useEffect, useRef, useState } from 'preact/hooks';
import { applicationStates, lineFamily } from '../../../../functions/domain/application/states.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { ProgrammeFigures } from '../../../../functions/domain/staff/dashboard.ts';
import { AfterApprovalFigures } from './AfterApprovalFigures.tsx';
import {
  type Dashboard as DashboardData,
  type ExportJob,
  type Me,
  runExport,
  staffApi,
} from './api.ts';
import type { BarChart } from './chart.ts';
import type { StaffContent } from './content/types.ts';
import { ScrollRegion } from './fields.tsx';
import { programmeName, stateName, townshipLabel, yuan } from './format.ts';
import { NewKindsFigures } from './NewKindsFigures.tsx';

/**
 * The figures: open, overdue, median days to decision, recent emergencies; open
 * applications by status as a bar chart (Chart.js, loaded only here) and as a table —
 * the table is the accessible alternative and carries the same numbers. The city sees
 * every township, with a table per township. Then each programme line: counts by
 * outcome, amounts, within or past the statutory limit (by township for the city).
 */
export function Dashboard(props: {
  locale: Locale;
  text: StaffContent;
  me: Me;
  /** The township the city chose for the queue; the CSV export follows it. */
  exportTownship: string;
  signedOut: () => void;
}) {
  const { locale, text, me, exportTownship, signedOut } = props;
  const t = text.dashboard;
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState('');
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void staffApi<DashboardData>('/api/staff/dashboard', locale).then((result) => {
      if (!live) return;
      if (result.kind === 'ok') setData(result.data);
      else if (result.kind === 'signed-out') signedOut();
      else setError('message' in result ? result.message : '');
    });
    return () => {
      live = false;
    };
  }, [locale, signedOut]);

  const city = me.role !== 'township-reviewer';
  const scopeName = city
    ? t.city
    : me.township
      ? locale === 'en'
        ? me.township.nameEn
        : me.township.name
      : '';

  const exportCsv = async () => {
    setExportState({ kind: 'running', rows: 0 });
    const township = city && exportTownship ? exportTownship : undefined;
    const result = await runExport(township, locale, (rows) =>
      setExportState({ kind: 'running', rows }),
    );
    if (result.kind === 'ok') setExportState({ kind: 'ready', job: result.data });
    else if (result.kind === 'signed-out') signedOut();
    else setExportState({ kind: 'failed', message: 'message' in result ? result.message : '' });
  };

  return (
    <section aria-labelledby="staff-dashboard" class="staff-section">
      <h2 id="staff-dashboard">{t.heading}</h2>
      <p>{t.scope(scopeName)}</p>
      {error ? <p class="panel warning">{error}</p> : null}
      {data ? <Figures data={data} text={text} locale={locale} city={city} /> : null}
      {!data && !error ? <p>{text.loading}</p> : null}
      <div class="button-row">
        <button
          type="button"
          class="button secondary"
          aria-describedby="staff-export-hint"
          disabled={exportState.kind === 'running'}
          onClick={() => void exportCsv()}
        >
          {exportState.kind === 'running' ? t.exporting : t.exportCsv}
          {city && exportTownship
            ? locale === 'en'
              ? ` (${townshipLabel(exportTownship, locale)})`
              : `（${townshipLabel(exportTownship, locale)}）`
            : ''}
        </button>
      </div>
      <p id="staff-export-hint" class="hint">
        {t.exportHint}
      </p>
      <ExportStatus state={exportState} text={text} locale={locale} />
    </section>
  );
}

function Figures(props: {
  data: DashboardData;
  text: StaffContent;
  locale: Locale;
  city: boolean;
}) {
  const { data, text, locale, city } = props;
  const t = text.dashboard;
  const rows = applicationStates
    .map((state) => ({ state, count: data.openByStatus[state] ?? 0 }))
    .filter((row) => row.count > 0);
  return (
    <>
      <dl class="stats">
        <div>
          <dt>{t.open}</dt>
          <dd>{data.open}</dd>
        </div>
        <div>
          <dt>{t.overdue}</dt>
          <dd>{data.overdue}</dd>
        </div>
        <div>
          <dt>{t.median}</dt>
          <dd>{t.medianValue(data.medianDaysToDecision)}</dd>
        </div>
        <div>
          <dt>{t.emergencies}</dt>
          <dd>{data.emergenciesLast30Days}</dd>
        </div>
      </dl>
      <h3>{t.chartHeading}</h3>
      {rows.length === 0 ? (
        <p>{t.chartNone}</p>
      ) : (
        <>
          <StatusChart
            labels={rows.map((r) => stateName(r.state, locale))}
            values={rows.map((r) => r.count)}
            label={t.chartLabel(
              rows
                .map((r) => `${stateName(r.state, locale)} ${r.count}`)
                .join(locale === 'en' ? '; ' : '；'),
            )}
            datasetLabel={t.count}
          />
          <table class="staff-table">
            <caption>{t.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.status}</th>
                <th scope="col" class="numeric">
                  {t.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.state}>
                  <th scope="row">{stateName(row.state, locale)}</th>
                  <td class="numeric">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {city && data.byTownship.length > 0 ? (
        <table class="staff-table">
          <caption>{t.byTownshipCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.township}</th>
              <th scope="col" class="numeric">
                {t.open}
              </th>
              <th scope="col" class="numeric">
                {t.overdue}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.byTownship.map((row) => (
              <tr key={row.townshipCode}>
                <th scope="row">{townshipLabel(row.townshipCode, locale)}</th>
                <td class="numeric">{row.open}</td>
                <td class="numeric">{row.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <LineFigures data={data} text={text} locale={locale} city={city} />
      {data.afterApproval ? (
        <AfterApprovalFigures
          figures={data.afterApproval}
          text={text}
          locale={locale}
          city={city}
        />
      ) : null}
      {data.leads ? <NewKindsFigures data={data} text={text} locale={locale} city={city} /> : null}
    </>
  );
}

const groups = ['inProgress', 'approved', 'notApproved', 'withdrawn'] as const;

/** A monthly programme's monthly total, or a temporary one's total paid. */
function amountText(row: ProgrammeFigures, text: StaffContent, locale: Locale): string {
  const t = text.dashboardLines;
  return lineFamily(row.programme) === 'monthly'
    ? t.monthlyTotal(yuan(row.monthlyTotalYuan, locale))
    : t.paidTotal(yuan(row.paidTotalYuan, locale));
}

function LineFigures(props: {
  data: DashboardData;
  text: StaffContent;
  locale: Locale;
  city: boolean;
}) {
  const { data, text, locale, city } = props;
  const t = text.dashboardLines;
  const header = (
    <>
      {groups.map((group) => (
        <th key={group} scope="col" class="numeric">
          {t[group]}
        </th>
      ))}
      <th scope="col" class="numeric">
        {t.amount}
      </th>
      <th scope="col" class="numeric">
        {t.withinLimit}
      </th>
      <th scope="col" class="numeric">
        {t.pastLimit}
      </th>
    </>
  );
  const cells = (row: ProgrammeFigures) => (
    <>
      {groups.map((group) => (
        <td key={group} class="numeric">
          {row[group]}
        </td>
      ))}
      <td class="numeric nowrap">{amountText(row, text, locale)}</td>
      <td class="numeric">{row.withinLimit}</td>
      <td class="numeric">{row.pastLimit}</td>
    </>
  );
  return (
    <section aria-labelledby="staff-dashboard-lines">
      <h3 id="staff-dashboard-lines">{t.heading}</h3>
      <p>{t.intro}</p>
      {data.byProgramme.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <ScrollRegion labelledBy="staff-lines-caption">
            <table class="staff-table">
              <caption id="staff-lines-caption">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.programme}</th>
                  {header}
                </tr>
              </thead>
              <tbody>
                {data.byProgramme.map((row) => (
                  <tr key={row.programme}>
                    <th scope="row">{programmeName(row.programme, locale)}</th>
                    {cells(row)}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {city ? (
            <ScrollRegion labelledBy="staff-lines-township-caption">
              <table class="staff-table">
                <caption id="staff-lines-township-caption">{t.byTownshipCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.township}</th>
                    <th scope="col">{t.programme}</th>
                    {header}
                  </tr>
                </thead>
                <tbody>
                  {data.byTownshipAndProgramme.map((row) => (
                    <tr key={`${row.townshipCode} ${row.programme}`}>
                      <th scope="row">{townshipLabel(row.townshipCode, locale)}</th>
                      <th scope="row">{programmeName(row.programme, locale)}</th>
                      {cells(row)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ) : null}
          <p class="hint">{t.limitNote}</p>
        </>
      )}
    </section>
  );
}

function StatusChart(props: {
  labels: string[];
  values: number[];
  label: string;
  datasetLabel: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { labels, values, datasetLabel } = props;
  const key = JSON.stringify([labels, values]);
  useEffect(() => {
    let chart: BarChart | null = null;
    let live = true;
    void import('./chart.ts')
      .then(({ drawBarChart }) => {
        if (live && canvas.current)
          chart = drawBarChart(canvas.current, labels, values, datasetLabel);
      })
      .catch(() => {
        // The table below carries the same numbers.
      });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [key, datasetLabel]);
  return (
    <div class={`chart-box chart-rows-${Math.min(labels.length, 9)}`}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; rows: number }
  | { kind: 'ready'; job: ExportJob }
  | { kind: 'failed'; message: string };

/** Where the export is: its progress (announced politely), then the link or what failed. */
function ExportStatus(props: { state: ExportState; text: StaffContent; locale: Locale }) {
  const { state, text, locale } = props;
  const t = text.dashboard;
  if (state.kind === 'ready' && state.job.download) {
    const until = new Date(state.job.download.expiresAt).toLocaleTimeString(
      locale === 'en' ? 'en-GB' : 'zh-CN',
      { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' },
    );
    return (
      <div role="status" class="panel">
        <p>{t.exportReady(state.job.rows, until)}</p>
        <p>
          <a href={state.job.download.url} download={state.job.fileName}>
            {t.exportLink(state.job.fileName)}
          </a>
        </p>
      </div>
    );
  }
  return (
    <p role="status" class={state.kind === 'failed' ? 'panel warning' : ''}>
      {state.kind === 'running'
        ? t.exportProgress(state.rows)
        : state.kind === 'failed'
          ? state.message || t.exportFailed
          : ''}
    </p>
  );
}
