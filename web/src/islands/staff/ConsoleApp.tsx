import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { applicationStates } from '../../../../functions/domain/application/states.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { programmeIds } from '../../../../functions/domain/policy/programmes.ts';
import { Radios, Select } from '../shared/fields.tsx';
import { type Me, type QueuePage, type QueueRow, type ReviewQueuePage, staffApi } from './api.ts';
import { consolePath, queueQueryKey } from './auth.ts';
import type { StaffContent } from './content/types.ts';
import { Dashboard } from './Dashboard.tsx';
import { type FrameContext, StaffFrame } from './Frame.tsx';
import { ScrollRegion } from './fields.tsx';
import {
  programmeList,
  programmeName,
  stateName,
  townshipLabel,
  townshipOptions,
} from './format.ts';
import { OnBehalf } from './OnBehalf.tsx';
import { type LoadApplyForm, OnBehalfFull } from './OnBehalfFull.tsx';
import { ReviewQueueTable } from './ReviewQueue.tsx';

/** Open or closed applications, or paid benefits due for review (待复核). */
export const queueViews = ['open', 'closed', 'review'] as const;
export type QueueView = (typeof queueViews)[number];

/** The queue's filters, kept in the address so a reload or "back" shows the same list. */
export interface QueueFilters {
  township: string;
  view: QueueView;
  status: string;
  programme: string;
}

export function filtersFrom(search: string): QueueFilters {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  const programme = params.get('programme') ?? '';
  const township = params.get('township') ?? '';
  return {
    township: /^\d{12}$/.test(township) ? township : '',
    view: (queueViews as readonly string[]).includes(params.get('view') ?? '')
      ? (params.get('view') as QueueView)
      : 'open',
    status: (applicationStates as readonly string[]).includes(status) ? status : '',
    programme: (programmeIds as readonly string[]).includes(programme) ? programme : '',
  };
}

function filtersQuery(filters: QueueFilters, city: boolean): URLSearchParams {
  const params = new URLSearchParams();
  if (city && filters.township) params.set('township', filters.township);
  if (filters.view !== 'open') params.set('view', filters.view);
  if (filters.status) params.set('status', filters.status);
  if (filters.programme) params.set('programme', filters.programme);
  return params;
}

/**
 * The list a view asks for: applications page by page, or the 待复核 lines of the
 * township (GET /api/staff/reviews, by township and programme, earliest due first).
 */
function queuePath(filters: QueueFilters, city: boolean, cursor: string | undefined): string {
  if (filters.view === 'review') {
    const params = new URLSearchParams();
    if (city && filters.township) params.set('township', filters.township);
    if (filters.programme) params.set('programme', filters.programme);
    return `/api/staff/reviews${params.size ? `?${params}` : ''}`;
  }
  const params = filtersQuery(filters, city);
  params.set('limit', '25');
  if (cursor) params.set('cursor', cursor);
  return `/api/staff/queue?${params}`;
}

export function ConsoleApp(props: {
  locale: Locale;
  text: StaffContent;
  loadApplyForm: LoadApplyForm;
}) {
  const { locale, text, loadApplyForm } = props;
  return (
    <StaffFrame locale={locale} text={text}>
      {(context) => <Console locale={locale} loadApplyForm={loadApplyForm} {...context} />}
    </StaffFrame>
  );
}

type ConsoleProps = FrameContext & { locale: Locale; loadApplyForm: LoadApplyForm };

function Console(props: ConsoleProps) {
  const { me } = props;
  // A village assistant has no queue: it applies for people and follows what it submitted.
  if (me.role === 'village-assistant') return <AssistantConsole {...props} />;
  return <ReviewerConsole {...props} />;
}

function AssistantConsole(props: ConsoleProps) {
  const { locale, me, text, signedOut, loadApplyForm } = props;
  const [reload, setReload] = useState(0);
  const submitted = useCallback(() => setReload((n) => n + 1), []);
  return (
    <>
      <OnBehalfFull
        locale={locale}
        text={text}
        me={me}
        loadForm={loadApplyForm}
        onSubmitted={submitted}
      />
      <OnBehalf locale={locale} text={text} me={me} onSubmitted={submitted} />
      <Submissions locale={locale} text={text} reload={reload} signedOut={signedOut} />
    </>
  );
}

/** The cases this person submitted for others, newest first. */
function Submissions(props: {
  locale: Locale;
  text: StaffContent;
  reload: number;
  signedOut: () => void;
}) {
  const { locale, text, reload, signedOut } = props;
  const t = text.onBehalf.mine;
  const [rows, setRows] = useState<readonly QueueRow[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    void staffApi<{ items: QueueRow[] }>('/api/staff/submitted', locale).then((result) => {
      if (!live) return;
      if (result.kind === 'ok') setRows(result.data.items);
      else if (result.kind === 'signed-out') signedOut();
      else setError('message' in result ? result.message : '');
    });
    return () => {
      live = false;
    };
  }, [locale, reload, signedOut]);
  return (
    <section aria-labelledby="my-submissions" class="staff-section">
      <h2 id="my-submissions">{t.heading}</h2>
      {error ? <p class="panel warning">{error}</p> : null}
      {rows === null && !error ? <p>{text.loading}</p> : null}
      {rows && rows.length === 0 ? <p>{t.empty}</p> : null}
      {rows && rows.length > 0 ? (
        <ScrollRegion labelledBy="queue-caption">
          <QueueTable
            rows={rows}
            locale={locale}
            text={text}
            caption={t.caption}
            showTownship={false}
          />
        </ScrollRegion>
      ) : null}
    </section>
  );
}

function ReviewerConsole(props: ConsoleProps) {
  const { locale, me, text, signedOut, loadApplyForm } = props;
  const city = me.role !== 'township-reviewer';
  const [filters, setFilters] = useState<QueueFilters>(() => filtersFrom(window.location.search));

  const applyFilters = (next: QueueFilters) => {
    setFilters(next);
    const query = filtersQuery(next, city).toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    try {
      sessionStorage.setItem(queueQueryKey, query);
    } catch {
      // Only a convenience for the way back from an application.
    }
  };

  return (
    <>
      <Queue
        locale={locale}
        text={text}
        me={me}
        city={city}
        filters={filters}
        onFilters={applyFilters}
        signedOut={signedOut}
      />
      <Dashboard
        locale={locale}
        text={text}
        me={me}
        exportTownship={city ? filters.township : ''}
        signedOut={signedOut}
      />
      {/* A township officer may also apply for a person of its township (43号 第十一条). */}
      {me.role === 'township-reviewer' ? (
        <OnBehalfFull
          locale={locale}
          text={text}
          me={me}
          loadForm={loadApplyForm}
          onSubmitted={nothingToReload}
        />
      ) : null}
    </>
  );
}

/** The queue shows a new application at its next load. */
const nothingToReload = () => {};

function Queue(props: {
  locale: Locale;
  text: StaffContent;
  me: Me;
  city: boolean;
  filters: QueueFilters;
  onFilters: (filters: QueueFilters) => void;
  signedOut: () => void;
}) {
  const { locale, text, me, city, filters, onFilters, signedOut } = props;
  const t = text.queue;
  const [draft, setDraft] = useState<QueueFilters>(filters);
  // Cursors of the pages shown so far: the first page has none.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  // The 待复核 view lists lines (ReviewQueuePage), the others applications.
  const [page, setPage] = useState<
    ({ view: 'review' } & ReviewQueuePage) | ({ view: 'open' | 'closed' } & QueuePage) | null
  >(null);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(false);
  const tableRef = useRef<HTMLElement>(null);
  const moveFocus = useRef(false);
  const cursor = cursors.at(-1);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const view = filters.view;
    void staffApi<QueuePage | ReviewQueuePage>(queuePath(filters, city, cursor), locale).then(
      (result) => {
        if (!live) return;
        setLoading(false);
        if (result.kind === 'ok') {
          setError('');
          setPage(
            view === 'review'
              ? { view, ...(result.data as ReviewQueuePage) }
              : { view, ...(result.data as QueuePage) },
          );
          if (moveFocus.current) {
            moveFocus.current = false;
            requestAnimationFrame(() => tableRef.current?.focus());
          }
        } else if (result.kind === 'signed-out') signedOut();
        else {
          setPage(null);
          setError(
            'errors' in result && result.errors[0] ? result.errors[0].message : result.message,
          );
        }
      },
    );
    return () => {
      live = false;
    };
  }, [filters, cursor, city, locale, signedOut]);

  const submit = (event: Event) => {
    event.preventDefault();
    setCursors([undefined]);
    moveFocus.current = true;
    onFilters(draft);
  };

  // The city and the bureau see every township unless they choose one.
  const allTownships = city && !filters.township;
  const townshipName = city
    ? filters.township
      ? townshipLabel(filters.township, locale)
      : t.township.all
    : me.township
      ? locale === 'en'
        ? me.township.nameEn
        : me.township.name
      : '';

  const programmeOptions = programmeIds.map((id) => ({
    value: id,
    label: programmeList([id], locale),
  }));
  const statusOptions = applicationStates.map((s) => ({ value: s, label: stateName(s, locale) }));

  return (
    <section aria-labelledby="staff-queue" class="staff-section">
      <h2 id="staff-queue">{t.heading}</h2>
      <form noValidate onSubmit={submit} class="staff-filters">
        <fieldset>
          <legend class="legend">{t.filters.legend}</legend>
          {city ? (
            <Select
              id="queue-township"
              label={t.township.label}
              hint={t.township.hint}
              placeholder={t.township.all}
              options={townshipOptions(locale)}
              value={draft.township}
              onChange={(township) => setDraft((d) => ({ ...d, township }))}
            />
          ) : null}
          <div class="filter-row">
            <Select
              id="queue-programme"
              label={t.filters.programme}
              placeholder={t.filters.any}
              options={programmeOptions}
              value={draft.programme}
              onChange={(programme) => setDraft((d) => ({ ...d, programme }))}
            />
            {/* The 待复核 view lists by task, not by state. */}
            {draft.view === 'review' ? null : (
              <Select
                id="queue-status"
                label={t.filters.status}
                placeholder={t.filters.any}
                options={statusOptions}
                value={draft.status}
                onChange={(status) => setDraft((d) => ({ ...d, status }))}
              />
            )}
          </div>
          <Radios
            id="queue-view"
            name="queue-view"
            legend={t.filters.view}
            inline
            options={queueViews.map((view) => ({ value: view, label: t.filters[view] }))}
            value={draft.view}
            onChange={(view) => setDraft((d) => ({ ...d, view: view as QueueView }))}
          />
        </fieldset>
        <button type="submit" class="button secondary">
          {t.filters.apply}
        </button>
      </form>
      {error ? <p class="panel warning">{error}</p> : null}
      {loading && !page ? <p>{text.loading}</p> : null}
      {page ? (
        <>
          <p role="status">
            {page.view === 'review'
              ? page.items.length === 0
                ? text.reviewQueue.empty
                : text.reviewQueue.shown(page.items.length)
              : page.items.length === 0
                ? t.empty
                : t.shown(page.items.length)}
          </p>
          {page.items.length > 0 ? (
            <ScrollRegion labelledBy="queue-caption" regionRef={tableRef}>
              {page.view === 'review' ? (
                <ReviewQueueTable
                  rows={page.items}
                  locale={locale}
                  text={text}
                  caption={t.caption(townshipName, page.view)}
                  showTownship={allTownships}
                />
              ) : (
                <QueueTable
                  rows={page.items}
                  locale={locale}
                  text={text}
                  caption={t.caption(townshipName, page.view)}
                  showTownship={allTownships}
                />
              )}
            </ScrollRegion>
          ) : null}
          <div class="button-row">
            {page.cursor ? (
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  moveFocus.current = true;
                  setCursors((c) => [...c, page.cursor]);
                }}
              >
                {t.next}
              </button>
            ) : null}
            {cursors.length > 1 ? (
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  moveFocus.current = true;
                  setCursors([undefined]);
                }}
              >
                {t.first}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

function QueueTable(props: {
  rows: readonly QueueRow[];
  locale: Locale;
  text: StaffContent;
  caption: string;
  showTownship: boolean;
}) {
  const { rows, locale, text, caption, showTownship } = props;
  const t = text.queue;
  const c = t.columns;
  const link = (reference: string) =>
    `${consolePath(locale, '/staff/application/')}?ref=${encodeURIComponent(reference)}`;
  return (
    <table class="staff-table queue-table">
      <caption id="queue-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.reference}</th>
          <th scope="col">{c.applicant}</th>
          {showTownship ? <th scope="col">{c.township}</th> : null}
          <th scope="col">{c.programmes}</th>
          <th scope="col">{c.status}</th>
          <th scope="col">{c.priority}</th>
          <th scope="col">{c.due}</th>
          <th scope="col" class="numeric">
            {c.daysLeft}
          </th>
          <th scope="col">{c.flags}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reference} class={row.priority === 'emergency' ? 'row-emergency' : ''}>
            <th scope="row">
              <a href={link(row.reference)} class="reference-link">
                {row.reference}
              </a>
            </th>
            <td>{row.applicantName}</td>
            {showTownship ? <td>{townshipLabel(row.townshipCode, locale)}</td> : null}
            <td>{programmeList(row.programmes, locale, true)}</td>
            <td>
              <LineStates row={row} locale={locale} />
            </td>
            <td>
              {row.priority === 'emergency' ? (
                <strong class="flag flag-emergency">
                  <span aria-hidden="true">⚡ </span>
                  {t.emergency}
                </strong>
              ) : (
                t.normal
              )}
            </td>
            <td>{row.dueAt}</td>
            <td class="numeric">{row.workingDaysLeft}</td>
            <td>
              {row.overdue || row.answered || row.staffRelative || row.onBehalf ? (
                <ul class="flags">
                  {row.staffRelative ? (
                    <li>
                      <strong class="flag flag-overdue">{text.relative.flag}</strong>
                    </li>
                  ) : null}
                  {row.onBehalf ? (
                    <li>
                      <span class="flag flag-answered">{text.submitter.flag[row.onBehalf]}</span>
                    </li>
                  ) : null}
                  {row.overdue ? (
                    <li>
                      <strong class="flag flag-overdue">
                        <span aria-hidden="true">⚠ </span>
                        {t.overdue}
                      </strong>
                    </li>
                  ) : null}
                  {row.answered ? (
                    <li>
                      <span class="flag flag-answered">
                        <span aria-hidden="true">✉ </span>
                        {t.answered}
                      </span>
                    </li>
                  ) : null}
                </ul>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The state of each programme's line, compactly ("低保：审核中"); one line, or a summary
 * stored before lines, shows the case's state alone.
 */
function LineStates({ row, locale }: { row: QueueRow; locale: Locale }) {
  const lines = row.lines ?? [];
  if (lines.length <= 1) return <>{stateName(row.status, locale)}</>;
  return (
    <ul class="line-states">
      {lines.map((line) => (
        <li key={line.programme}>
          {programmeName(line.programme, locale, true)}
          {locale === 'en' ? ': ' : '：'}
          {stateName(line.state, locale)}
        </li>
      ))}
    </ul>
  );
}
