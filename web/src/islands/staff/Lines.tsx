import { useRef, useState } from 'preact/hooks';
import {
  aidFormNames,
  careLevelNames,
  supportFormNames,
} from '../../../../functions/domain/application/notices.ts';
import {
  referralNames,
  reviewClassNames,
  reviewReasonNames,
  terminationGrounds,
} from '../../../../functions/domain/application/reviews.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { type ActionOutcome, LineActions } from './Actions.tsx';
import type { StaffApplicationView } from './api.ts';
import type { StaffContent } from './content/types.ts';
import { programmeName, stateName, yuan } from './format.ts';

/**
 * One panel per programme asked for: its state and due date, the facts that matter
 * (amount, first month, care level, form of support, payments), the decision notices
 * — each openable and printable as a one-page 告知书 — and the line's own actions.
 */
type StaffLine = StaffApplicationView['lines'][number];
type LineNotice = StaffLine['notices'][number];

export function LinePanels(props: {
  view: StaffApplicationView;
  locale: Locale;
  text: StaffContent;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const { view, text } = props;
  const l = text.lines;
  return (
    <section aria-labelledby="app-lines" class="staff-section lines">
      <h2 id="app-lines">{l.heading}</h2>
      {view.alternativesConflict ? (
        <p class="panel warning alternatives-warning">{l.alternativesConflict}</p>
      ) : null}
      {view.lines.map((line) => (
        <LinePanel key={line.programme} {...props} line={line} />
      ))}
    </section>
  );
}

function LinePanel(props: {
  view: StaffApplicationView;
  line: StaffLine;
  locale: Locale;
  text: StaffContent;
  onOutcome: (outcome: ActionOutcome) => void;
}) {
  const { view, line, locale, text, onOutcome } = props;
  const l = text.lines;
  const headingId = `line-${line.programme}`;
  const money = (amount: number) => yuan(amount, locale);
  const { facts } = line;
  const monthly = facts.confirmation ?? facts.approval;
  const rows: [string, string][] = [];
  if (facts.publicNotice)
    rows.push([l.publicNotice, `${facts.publicNotice.startsOn} – ${facts.publicNotice.endsOn}`]);
  if (facts.emergencyAid)
    rows.push([
      l.emergencyAid,
      l.emergencyAidValue(
        money(facts.emergencyAid.amountYuan),
        facts.emergencyAid.grantedOn,
        facts.emergencyAid.paperworkDueOn,
      ),
    ]);
  if (monthly) rows.push([l.monthlyAmount, money(monthly.monthlyAmountYuan)]);
  if (facts.confirmation) rows.push([l.startMonth, facts.confirmation.startMonth]);
  if (monthly?.careLevel) rows.push([l.careLevel, careLevelNames[monthly.careLevel][locale]]);
  if (monthly?.supportForm)
    rows.push([l.supportForm, supportFormNames[monthly.supportForm][locale]]);
  if (facts.temporaryApproval) {
    const t = facts.temporaryApproval;
    rows.push([
      l.temporaryApproval,
      `${money(t.amountYuan)}${text.list}${aidFormNames[t.form][locale]}${text.list}${text.actions.choices.plan?.[t.plan] ?? t.plan}`,
    ]);
  }
  if (facts.gradualExit)
    rows.push([
      l.gradualExit,
      facts.gradualExit.endMonth
        ? l.gradualExitValue(facts.gradualExit.startsOn, facts.gradualExit.endMonth)
        : `${facts.gradualExit.startsOn} – ${facts.gradualExit.endsOn}`,
    ]);
  if (facts.supersededBy) rows.push([l.supersededBy, programmeName(facts.supersededBy, locale)]);
  rows.push(...afterApprovalRows(line, locale, text));

  return (
    <article aria-labelledby={headingId} class="panel line-panel" data-programme={line.programme}>
      <h3 id={headingId}>{programmeName(line.programme, locale)}</h3>
      <dl class="summary">
        <div class="review-row">
          <dt>{l.state}</dt>
          <dd>
            <strong class="line-state">{stateName(line.state, locale)}</strong>
          </dd>
        </div>
        <div class="review-row">
          <dt>{l.due}</dt>
          <dd>
            {line.dueAt}{' '}
            {line.overdue ? (
              <strong class="flag flag-overdue">
                <span aria-hidden="true">⚠ </span>
                {text.application.summary.overdue}
              </strong>
            ) : locale === 'en' ? (
              `(${text.application.summary.daysLeft(line.workingDaysLeft)})`
            ) : (
              `（${text.application.summary.daysLeft(line.workingDaysLeft)}）`
            )}
          </dd>
        </div>
        {rows.map(([label, value]) => (
          <div class="review-row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {facts.payments && facts.payments.length > 0 ? (
        <table class="staff-table payments">
          <caption>{l.payments.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{l.payments.date}</th>
              <th scope="col" class="numeric">
                {l.payments.amount}
              </th>
              <th scope="col">{l.payments.form}</th>
              <th scope="col">{l.payments.kind}</th>
            </tr>
          </thead>
          <tbody>
            {facts.payments.map((p, index) => (
              <tr key={`${p.paidOn}-${index}`}>
                <td>{p.paidOn}</td>
                <td class="numeric">{money(p.amountYuan)}</td>
                <td>{aidFormNames[p.form][locale]}</td>
                <td>{l.payments.kinds[p.kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {line.notices.length > 0 ? (
        <div class="line-notices">
          <h4>{l.notices.heading}</h4>
          <ul class="notice-list">
            {line.notices.map((notice) => (
              <NoticeItem key={notice.id} notice={notice} locale={locale} text={text} />
            ))}
          </ul>
        </div>
      ) : null}
      {line.actions.length > 0 ? (
        <div class="line-actions-block">
          <h4>{l.actions(programmeName(line.programme, locale, true))}</h4>
          <LineActions locale={locale} text={text} view={view} line={line} onOutcome={onOutcome} />
        </div>
      ) : null}
    </article>
  );
}

/**
 * A paid line's life after approval: its review class and next date, the review under
 * way and its visit, a change proposed to the bureau, a 特困 termination's notice, the end.
 */
function afterApprovalRows(
  line: StaffLine,
  locale: Locale,
  text: StaffContent,
): [string, string][] {
  const r = text.lines.review;
  const { review, proposal, termination, exit } = line.facts;
  const money = (amount: number) => yuan(amount, locale);
  const list = (items: readonly string[]) => items.join(text.list);
  const rows: [string, string][] = [];
  if (review) {
    rows.push([
      r.nextDue,
      `${review.nextDueOn}${text.list}${reviewClassNames[review.class][locale]}`,
    ]);
    if (review.lastConcludedOn) rows.push([r.lastConcluded, review.lastConcludedOn]);
    if (review.open) {
      const { open } = review;
      rows.push([
        r.open,
        r.openValue(reviewReasonNames[open.reason][locale], open.openedOn, open.dueOn),
      ]);
      if (open.visit)
        rows.push([
          r.visit,
          r.visitValue(
            open.visit.visitedOn,
            open.visit.findings,
            open.visit.monthlyIncomeYuan === undefined ? null : money(open.visit.monthlyIncomeYuan),
          ),
        ]);
    }
  }
  if (proposal) {
    const kind = text.actions.choices['proposeChange.kind']?.[proposal.kind] ?? proposal.kind;
    const amount =
      proposal.kind === 'increase' || proposal.kind === 'decrease'
        ? money(proposal.monthlyAmountYuan)
        : null;
    rows.push([r.proposal, r.proposalValue(kind, amount, proposal.fromMonth)]);
    if (proposal.member)
      rows.push([
        r.member,
        r.memberValue(
          proposal.member.name,
          proposal.member.refusals,
          money(proposal.member.shareYuan),
          money(proposal.member.keptShareYuan),
        ),
      ]);
  }
  if (termination) {
    const grounds = list(termination.grounds.map((g) => terminationGrounds[g][locale]));
    rows.push([
      r.termination,
      r.terminationValue(grounds, termination.noticeStartsOn, termination.noticeEndsOn),
    ]);
    if (termination.referral !== 'none')
      rows.push([
        text.actions.fields.referral?.label ?? '',
        referralNames[termination.referral][locale],
      ]);
  }
  if (exit) rows.push([r.exit, r.exitValue(exit.on, exit.lastMonth)]);
  return rows;
}

/** Marks `element` as the one thing a print shows (the print stylesheet does the rest). */
function printOnly(element: HTMLElement) {
  for (const other of document.querySelectorAll('.print-target'))
    other.classList.remove('print-target');
  element.classList.add('print-target');
  document.body.classList.add('print-notice');
  window.print();
}

function NoticeItem(props: { notice: LineNotice; locale: Locale; text: StaffContent }) {
  const { notice, locale, text } = props;
  const n = text.lines.notices;
  const [open, setOpen] = useState(false);
  const documentRef = useRef<HTMLElement>(null);
  const id = `notice-${notice.id}`;
  const title = notice.rendered.title[locale];
  return (
    <li>
      <span class="notice-title">
        {title}（{notice.issuedOn}）
      </span>{' '}
      <button
        type="button"
        class="button secondary"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? n.close : n.open}
      </button>
      {open ? (
        <article id={id} class="notice-document" ref={documentRef} aria-label={title}>
          <h5 class="notice-document-title">{title}</h5>
          <dl>
            {notice.rendered.lines.map((line) => (
              <div class="notice-line" key={line.label['zh-CN']}>
                <dt>{line.label[locale]}</dt>
                <dd>{line.text[locale]}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            class="button notice-print"
            onClick={() => documentRef.current && printOnly(documentRef.current)}
          >
            {n.print}
          </button>
        </article>
      ) : null}
    </li>
  );
}
