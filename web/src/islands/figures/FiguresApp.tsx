import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type {
  FigureCell,
  MonthFigures,
  PublishedCount,
} from '../../../../functions/domain/staff/open-figures.ts';
import type { FiguresContent } from './content/types.ts';
import { MonthChart } from './MonthChart.tsx';

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface OpenFigures {
  readonly from: string;
  readonly to: string;
  readonly months: readonly MonthFigures[];
}

/** How far back the month lists go (the API's longest range). */
const monthsOffered = 36;

function monthsUpTo(last: string, count: number): string[] {
  const [year = 0, month = 1] = last.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + month - 1 - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  }).reverse();
}

/** The cell a choice of township ('' = city) and programme ('' = all) reads. */
function cellOf(month: MonthFigures, township: string, programme: string): FigureCell | undefined {
  const row = township ? month.townships.find((t) => t.township === township) : month.city;
  if (!row) return undefined;
  return programme ? row.programmes[programme as keyof typeof row.programmes] : row.total;
}

/**
 * The public figures: the range and filters, a bar chart of received and decided by
 * month (SVG, described in words), and the same numbers in a table. Filters pick from
 * the fixed monthly tables the API publishes; nothing is added up here, so no total is
 * shown that the suppression did not check.
 */
export function FiguresApp(props: {
  locale: Locale;
  text: FiguresContent;
  townships: readonly Option[];
  programmes: readonly Option[];
}) {
  const { locale, text: t, townships, programmes } = props;
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [latest, setLatest] = useState('');
  const [data, setData] = useState<OpenFigures | null>(null);
  const [failed, setFailed] = useState(false);
  const [township, setTownship] = useState('');
  const [programme, setProgramme] = useState('');

  useEffect(() => {
    let live = true;
    const query = new URLSearchParams(
      Object.entries(range).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    fetch(`/api/open-figures${query.size ? `?${query}` : ''}`, {
      headers: { 'Accept-Language': locale },
    })
      .then((response) => (response.ok ? (response.json() as Promise<OpenFigures>) : null))
      .then((figures) => {
        if (!live) return;
        setFailed(!figures);
        if (!figures) return;
        setData(figures);
        setLatest((known) => known || figures.to);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [range, locale]);

  const months = latest ? monthsUpTo(latest, monthsOffered) : [];
  const scope = townships.find((o) => o.value === township)?.label ?? t.wholeCity;
  const programmeLabel = programmes.find((o) => o.value === programme)?.label ?? t.allProgrammes;
  const rows = (data?.months ?? []).map((m) => ({
    month: m.month,
    cell: cellOf(m, township, programme),
  }));
  const shown = (count: PublishedCount | undefined) =>
    count === undefined ? '' : count === '<5' ? t.small : count === 'withheld' ? t.withheld : count;

  return (
    <>
      <fieldset class="figures-filters">
        <legend>{t.filters}</legend>
        <MonthSelect
          id="figures-from"
          label={t.from}
          value={data?.from ?? ''}
          months={months}
          text={t}
          onChange={(from) => setRange({ ...range, from, to: data?.to })}
        />
        <MonthSelect
          id="figures-to"
          label={t.to}
          value={data?.to ?? ''}
          months={months}
          text={t}
          onChange={(to) => setRange({ ...range, from: data?.from, to })}
        />
        <Select
          id="figures-township"
          label={t.township}
          value={township}
          options={[{ value: '', label: t.wholeCity }, ...townships]}
          onChange={setTownship}
        />
        <Select
          id="figures-programme"
          label={t.programme}
          value={programme}
          options={[{ value: '', label: t.allProgrammes }, ...programmes]}
          onChange={setProgramme}
        />
      </fieldset>
      {failed ? <p class="panel warning">{t.failed}</p> : null}
      {!data && !failed ? <p role="status">{t.loading}</p> : null}
      {data && rows.length === 0 ? <p>{t.noMonths}</p> : null}
      {data && rows.length > 0 ? (
        <>
          <MonthChart rows={rows} text={t} title={t.chartTitle(scope, programmeLabel)} />
          <section
            class="table-scroll"
            aria-labelledby="figures-caption"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so the keyboard can scroll it (WCAG 2.1.1)
            tabIndex={0}
          >
            <table>
              <caption id="figures-caption">{t.tableCaption(scope, programmeLabel)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.monthColumn}</th>
                  <th scope="col">{t.received}</th>
                  <th scope="col">{t.decided}</th>
                  <th scope="col">{t.decidedInTime}</th>
                  <th scope="col">{t.inTimeShare}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ month, cell }) => (
                  <tr key={month}>
                    <th scope="row">{t.month(month)}</th>
                    <td>{shown(cell?.received)}</td>
                    <td>{shown(cell?.decided)}</td>
                    <td>{shown(cell?.decidedInTime)}</td>
                    <td>{cell?.inTimePercent == null ? '—' : `${cell.inTimePercent}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <ul class="hint">
            <li>{t.legendSmall}</li>
            <li>{t.legendWithheld}</li>
          </ul>
        </>
      ) : null}
    </>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label class="label" for={props.id}>
        {props.label}
      </label>
      <select
        class="select"
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function MonthSelect(props: {
  id: string;
  label: string;
  value: string;
  months: readonly string[];
  text: FiguresContent;
  onChange: (month: string) => void;
}) {
  return (
    <Select
      id={props.id}
      label={props.label}
      value={props.value}
      options={props.months.map((m) => ({ value: m, label: props.text.month(m) }))}
      onChange={props.onChange}
    />
  );
}
