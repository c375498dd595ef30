import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { staffActionNames } from '../../../../functions/domain/application/staff-actions.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { type ActionOutcome, ActionsPanel, outcomeState } from './Actions.tsx';
import { type StaffApplicationView, staffApi } from './api.ts';
import { consolePath, queueQueryKey } from './auth.ts';
import type { StaffContent } from './content/types.ts';
import { ApplicationDetails, changedLabels } from './Details.tsx';
import { type FrameContext, StaffFrame } from './Frame.tsx';
import { programmeList, shanghaiTime, stateName } from './format.ts';
import { LinePanels } from './Lines.tsx';
import { RelativePanel, SubmitterPanel } from './OnBehalfCase.tsx';

export function ApplicationApp(props: {
  locale: Locale;
  text: StaffContent;
  reference: string;
  villages: Readonly<Record<string, string>>;
}) {
  return (
    <StaffFrame locale={props.locale} text={props.text}>
      {(context) => <ApplicationPage {...props} {...context} />}
    </StaffFrame>
  );
}

function backHref(locale: Locale): string {
  let query = '';
  try {
    query = sessionStorage.getItem(queueQueryKey) ?? '';
  } catch {
    query = '';
  }
  return `${consolePath(locale)}${query ? `?${query}` : ''}`;
}

type Notice = { kind: 'done' | 'conflict'; text: string } | null;

function ApplicationPage(
  props: FrameContext & {
    locale: Locale;
    reference: string;
    villages: Readonly<Record<string, string>>;
  },
) {
  const { locale, reference, villages, text, signedOut } = props;
  const [view, setView] = useState<StaffApplicationView | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async (): Promise<StaffApplicationView | null> => {
    const result = await staffApi<StaffApplicationView>(
      `/api/staff/applications/${encodeURIComponent(reference)}`,
      locale,
    );
    if (result.kind === 'ok') {
      setView(result.data);
      setError('');
      return result.data;
    }
    if (result.kind === 'signed-out') signedOut();
    else setError(result.message);
    return null;
  }, [reference, locale, signedOut]);

  useEffect(() => {
    if (reference) void load();
  }, [reference, load]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const onOutcome = async (outcome: ActionOutcome) => {
    if (outcome.kind === 'signed-out') return signedOut();
    if (outcome.kind === 'done') {
      setView(outcome.view);
      setNotice({
        kind: 'done',
        text: text.actions.done(
          staffActionNames[outcome.action][locale],
          outcomeState(outcome, locale),
        ),
      });
      return;
    }
    const latest = await load();
    const status = latest?.status ?? outcome.status;
    setNotice({
      kind: 'conflict',
      text: text.actions.conflict(
        outcome.message.replace(/[。.]$/, ''),
        status ? stateName(status, locale) : '—',
      ),
    });
  };

  const act = (outcome: ActionOutcome) => {
    setNotice(null);
    void onOutcome(outcome);
  };

  if (!reference) return <p class="panel warning">{text.application.missingRef}</p>;
  return (
    <>
      <p>
        <a href={backHref(locale)}>{text.application.back}</a>
      </p>
      {error ? <p class="panel warning">{error}</p> : null}
      {!view && !error ? <p role="status">{text.loading}</p> : null}
      {/* Announced when an action finishes; focus moves here too. */}
      <div
        role="status"
        tabIndex={-1}
        ref={noticeRef}
        class={notice ? `panel notice-${notice.kind}` : 'notice-empty'}
      >
        {notice ? notice.text : null}
      </div>
      {view ? <Application view={view} locale={locale} text={text} villages={villages} /> : null}
      {view ? <SubmitterPanel view={view} locale={locale} text={text} /> : null}
      {view ? (
        <RelativePanel
          view={view}
          me={props.me}
          locale={locale}
          text={text}
          signedOut={signedOut}
          onChanged={(next) => {
            setView(next);
            setNotice(null);
          }}
        />
      ) : null}
      {view ? <ActionsPanel locale={locale} text={text} view={view} onOutcome={act} /> : null}
      {view ? <LinePanels view={view} locale={locale} text={text} onOutcome={act} /> : null}
      {view ? (
        <ApplicationDetails view={view} locale={locale} text={text} villages={villages} />
      ) : null}
    </>
  );
}

function Application(props: {
  view: StaffApplicationView;
  locale: Locale;
  text: StaffContent;
  villages: Readonly<Record<string, string>>;
}) {
  const { view, locale, text } = props;
  const s = text.application.summary;
  const changed = changedLabels(view, text);
  return (
    <>
      <h2 class="application-heading">{text.application.heading(view.reference)}</h2>
      {view.readOnly ? <p class="panel">{s.readOnly}</p> : null}
      <dl class="summary">
        <div class="review-row">
          <dt>{s.status}</dt>
          <dd>
            <strong class="status-name">{stateName(view.status, locale)}</strong>
          </dd>
        </div>
        <div class="review-row">
          <dt>{s.township}</dt>
          <dd>{locale === 'en' ? view.township.nameEn : view.township.name}</dd>
        </div>
        {view.receivingTownship ? (
          <div class="review-row">
            <dt>{s.receivedBy}</dt>
            <dd>{locale === 'en' ? view.receivingTownship.nameEn : view.receivingTownship.name}</dd>
          </div>
        ) : null}
        <div class="review-row">
          <dt>{s.priority}</dt>
          <dd>
            {view.priority === 'emergency' ? (
              <strong class="flag flag-emergency">
                <span aria-hidden="true">⚡ </span>
                {text.queue.emergency}
              </strong>
            ) : (
              text.queue.normal
            )}
          </dd>
        </div>
        <div class="review-row">
          <dt>{s.programmes}</dt>
          <dd>{programmeList(view.programmes, locale)}</dd>
        </div>
        <div class="review-row">
          <dt>{s.submitted}</dt>
          <dd>{shanghaiTime(view.submittedAt)}</dd>
        </div>
        <div class="review-row">
          <dt>{s.due}</dt>
          <dd>
            {view.dueAt}{' '}
            {view.overdue ? (
              <strong class="flag flag-overdue">
                <span aria-hidden="true">⚠ </span>
                {s.overdue}
              </strong>
            ) : locale === 'en' ? (
              `(${s.daysLeft(view.workingDaysLeft)})`
            ) : (
              `（${s.daysLeft(view.workingDaysLeft)}）`
            )}
          </dd>
        </div>
        {view.procedure.assignee ? (
          <div class="review-row">
            <dt>{s.assignee}</dt>
            <dd>{view.procedure.assignee.name}</dd>
          </div>
        ) : null}
      </dl>
      {changed.length > 0 ? (
        <section aria-labelledby="app-changed" class="panel changed-panel">
          <h2 id="app-changed">{text.application.changed.heading}</h2>
          <p>{text.application.changed.intro}</p>
          <ul>
            {changed.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
