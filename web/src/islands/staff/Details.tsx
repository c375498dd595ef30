import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { documentTypes } from '../../../../functions/domain/application/documents.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { departments } from '../../../../functions/domain/referrals/departments.ts';
import { Reasons } from '../check/Result.tsx';
import { RelatedHelpList } from '../shared/related-help.tsx';
import { type StaffApplicationView, staffApi } from './api.ts';
import type { StaffContent } from './content/types.ts';
import { ScrollRegion } from './fields.tsx';
import { fileSize, programmeName, shanghaiTime, stateName, townshipLabel, yuan } from './format.ts';

/**
 * One application as staff read it: the applicant, the household and its money, the
 * assessment by the rules, the procedure so far, documents, history and messages.
 * Fields the applicant changed when answering are tagged "changed" in words.
 */
interface Props {
  view: StaffApplicationView;
  locale: Locale;
  text: StaffContent;
  villages: Readonly<Record<string, string>>;
}

/** Whether a row's field (or something inside it, or around it) was changed. */
function changedAt(changed: readonly string[], path: string): boolean {
  return changed.some((c) => c === path || c.startsWith(`${path}.`) || path.startsWith(`${c}.`));
}

function ChangedTag({ text }: { text: StaffContent }) {
  return (
    <strong class="tag tag-changed">
      <span aria-hidden="true">✎ </span>
      {text.application.changed.tag}
    </strong>
  );
}

interface Row {
  path: string;
  label: string;
  value: ComponentChildren;
}

function RowsTable(props: {
  caption: string;
  head: [string, string];
  rows: readonly Row[];
  changed: readonly string[];
  text: StaffContent;
}) {
  const { caption, head, rows, changed, text } = props;
  return (
    <table class="staff-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const isChanged = changedAt(changed, row.path);
          return (
            <tr key={row.path} class={isChanged ? 'row-changed' : ''}>
              <th scope="row">
                {row.label} {isChanged ? <ChangedTag text={text} /> : null}
              </th>
              <td>{row.value}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Summary({ rows }: { rows: readonly { label: string; value: ComponentChildren }[] }) {
  return (
    <dl class="summary">
      {rows.map((row) => (
        <div class="review-row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Asks the API for a 5-minute link and opens the document (a download, never cached). */
function OpenDocument(props: { path: string; label: string; failed: string; locale: Locale }) {
  const [problem, setProblem] = useState(false);
  return (
    <>
      <button
        type="button"
        class="button secondary"
        onClick={async () => {
          const result = await staffApi<{ url: string }>(props.path, props.locale);
          if (result.kind === 'ok') window.location.assign(result.data.url);
          else setProblem(true);
        }}
      >
        {props.label}
      </button>
      {problem ? (
        <p class="error-message" role="alert">
          {props.failed}
        </p>
      ) : null}
    </>
  );
}

/** The labels of what the applicant changed, for the list at the top. */
export function changedLabels(view: StaffApplicationView, text: StaffContent): string[] {
  const a = text.application;
  const labels = new Set<string>();
  for (const path of view.changedFields) {
    const [group, key, sub] = path.split('.');
    if (group === 'members') {
      const n = Number(key);
      labels.add(
        Number.isInteger(n)
          ? `${a.members.heading}${text.sep}${a.members.person(n + 1)}${sub ? ` ${memberLabel(sub, text)}` : ''}`
          : a.members.heading,
      );
    } else if (group === 'income' && key && key in a.money.income)
      labels.add(a.money.income[key as keyof typeof a.money.income]);
    else if (group === 'assets')
      labels.add(
        {
          financialAssets: a.money.financialAssets,
          homes: a.money.homes,
          nonResidentialProperty: a.money.nonResidential,
          motorVehicle: a.money.vehicle,
          businessRegistration: a.money.business,
        }[key ?? ''] ?? a.money.heading,
      );
    else if (group === 'support')
      labels.add(key === 'receivingDibao' ? a.money.receivingDibao : a.money.supporter);
    else if (group === 'expenses') labels.add(a.money.rigidSpending);
    else labels.add(path);
  }
  return [...labels];
}

function memberLabel(key: string, text: StaffContent): string {
  const m = text.application.members;
  return (
    {
      relation: m.relation,
      idNumber: m.idNumber,
      age: m.age,
      ableToWork: m.ableToWork,
      refusesSuitableWork: m.refusesWork,
      fullTimeStudent: m.student,
      disability: m.disability,
      seriousIllness: m.illness,
      selfCareTasksNotManaged: m.selfCare,
    }[key] ?? key
  );
}

export function ApplicationDetails({ view, locale, text, villages }: Props) {
  const a = text.application;
  const app = view.application;
  const changed = view.changedFields;
  const yesNo = (value: boolean) => (value ? text.yes : text.no);
  const money = (amount: number) => yuan(amount, locale);
  const { registration, income, assets, support, expenses } = app;
  type Supporter = NonNullable<typeof support>['legalSupporter'];
  const supporterText = (supporter: Supporter) =>
    supporter.status === 'cannot-support'
      ? `${a.money.supporterValues[supporter.status]}${text.sep}${a.money.supporterCases[supporter.case] ?? supporter.case}`
      : a.money.supporterValues[supporter.status];

  // An emergency-only application has no means test until staff request it.
  const moneyRows: Row[] = !(income && assets && support && expenses)
    ? []
    : [
        ...(Object.keys(a.money.income) as (keyof typeof a.money.income)[]).map((key) => ({
          path: `income.${key}`,
          label: a.money.income[key],
          value: money(income[key]),
        })),
        {
          path: 'assets.financialAssets',
          label: a.money.financialAssets,
          value: money(assets.financialAssets),
        },
        { path: 'assets.homes', label: a.money.homes, value: String(assets.homes) },
        {
          path: 'assets.nonResidentialProperty',
          label: a.money.nonResidential,
          value: yesNo(assets.nonResidentialProperty),
        },
        { path: 'assets.motorVehicle', label: a.money.vehicle, value: yesNo(assets.motorVehicle) },
        {
          path: 'assets.businessRegistration',
          label: a.money.business,
          value: a.money.businessValues[assets.businessRegistration],
        },
        {
          path: 'support.legalSupporter',
          label: a.money.supporter,
          value: supporterText(support.legalSupporter),
        },
        {
          path: 'support.receivingDibao',
          label: a.money.receivingDibao,
          value: yesNo(support.receivingDibao),
        },
        {
          path: 'expenses.rigidSpendingLast12Months',
          label: a.money.rigidSpending,
          value: money(expenses.rigidSpendingLast12Months),
        },
      ];

  const p = view.procedure;
  const facts = [
    p.infoRequest ? a.procedure.infoRequest(p.infoRequest.message, p.infoRequest.dueOn) : '',
    p.investigation
      ? a.procedure.investigation(p.investigation.visitedOn, p.investigation.findings)
      : '',
    p.publicNotice ? a.procedure.publicNotice(p.publicNotice.startsOn, p.publicNotice.endsOn) : '',
    p.emergencyAid
      ? a.procedure.emergencyAid(
          money(p.emergencyAid.amountYuan),
          p.emergencyAid.grantedOn,
          p.emergencyAid.paperworkDueOn,
        )
      : '',
    p.approval ? a.procedure.approval(money(p.approval.monthlyAmountYuan), p.approval.opinion) : '',
    p.confirmation
      ? a.procedure.confirmation(money(p.confirmation.monthlyAmountYuan), p.confirmation.startMonth)
      : '',
    p.rejection ? a.procedure.rejection(p.rejection.text) : '',
    p.transferredFrom?.length
      ? a.procedure.transferredFrom(
          p.transferredFrom.map((code) => townshipLabel(code, locale)).join(text.list),
        )
      : '',
    p.deadlineExtended ? a.procedure.deadlineExtended : '',
    ...(p.referrals ?? []).map((r) =>
      a.procedure.referral(departments[r.department].name[locale], r.referredOn, r.note),
    ),
  ].filter(Boolean);

  const e = view.eligibility;
  return (
    <>
      {facts.length > 0 ? (
        <section aria-labelledby="app-procedure" class="staff-section">
          <h2 id="app-procedure">{a.procedure.heading}</h2>
          <ul>
            {facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="app-applicant" class="staff-section">
        <h2 id="app-applicant">{a.applicant.heading}</h2>
        <Summary
          rows={[
            { label: a.applicant.name, value: app.applicant.name },
            { label: a.applicant.idNumber, value: app.applicant.idNumber },
            { label: a.applicant.mobile, value: app.applicant.mobile },
            ...(app.applicant.email
              ? [{ label: a.applicant.email, value: app.applicant.email }]
              : []),
          ]}
        />
      </section>

      <section aria-labelledby="app-residence" class="staff-section">
        <h2 id="app-residence">{a.residence.heading}</h2>
        <Summary
          rows={[
            {
              label: a.residence.township,
              value: townshipLabel(app.residence.townshipCode, locale),
            },
            {
              label: a.residence.village,
              value: villages[app.residence.villageCode] ?? app.residence.villageCode,
            },
            { label: a.residence.address, value: app.residence.address },
            ...(registration
              ? [{ label: a.residence.hukou, value: a.residence.hukouValues[registration.hukou] }]
              : []),
            ...(registration && 'residencePermit' in registration
              ? [
                  {
                    label: a.residence.permit,
                    value: registration.residencePermit.held
                      ? a.residence.permitEndorsed(registration.residencePermit.lastEndorsedOn)
                      : text.no,
                  },
                ]
              : []),
            ...(app.permitIssuingOffice
              ? [{ label: a.residence.permitOffice, value: app.permitIssuingOffice }]
              : []),
            ...(app.permitIssuedOn
              ? [{ label: a.residence.permitIssuedOn, value: app.permitIssuedOn }]
              : []),
          ]}
        />
      </section>

      {app.emergency ? (
        <section aria-labelledby="app-emergency" class="staff-section">
          <h2 id="app-emergency">{a.emergency.heading}</h2>
          <Summary
            rows={[
              { label: a.emergency.description, value: app.emergency.description },
              { label: a.emergency.occurredOn, value: app.emergency.occurredOn },
              {
                label: a.emergency.township,
                value: townshipLabel(app.emergency.townshipCode, locale),
              },
              ...(app.emergency.neededNow
                ? [{ label: a.emergency.neededNow, value: app.emergency.neededNow }]
                : []),
              ...(app.emergency.atWork ? [{ label: a.emergency.atWork, value: text.yes }] : []),
            ]}
          />
        </section>
      ) : null}

      {app.members ? (
        <section aria-labelledby="app-members" class="staff-section">
          <h2 id="app-members">{a.members.heading}</h2>
          <ScrollRegion labelledBy="app-members-caption">
            <table class="staff-table">
              <caption id="app-members-caption">{a.members.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{a.members.who}</th>
                  <th scope="col">{a.members.relation}</th>
                  <th scope="col">{a.members.idNumber}</th>
                  <th scope="col" class="numeric">
                    {a.members.age}
                  </th>
                  <th scope="col">{a.members.ableToWork}</th>
                  <th scope="col">{a.members.refusesWork}</th>
                  <th scope="col">{a.members.student}</th>
                  <th scope="col">{a.members.disability}</th>
                  <th scope="col">{a.members.illness}</th>
                  <th scope="col" class="numeric">
                    {a.members.selfCare}
                  </th>
                </tr>
              </thead>
              <tbody>
                {app.members.map((m, i) => {
                  const isChanged = changedAt(changed, `members.${i}`);
                  return (
                    <tr key={i} class={isChanged ? 'row-changed' : ''}>
                      <th scope="row" class="nowrap">
                        {a.members.person(i + 1)} {isChanged ? <ChangedTag text={text} /> : null}
                      </th>
                      <td>{a.members.relations[m.relation] ?? m.relation}</td>
                      <td>{m.idNumber ?? '—'}</td>
                      <td class="numeric">{m.age}</td>
                      <td>{yesNo(m.ableToWork)}</td>
                      <td>{yesNo(m.refusesSuitableWork)}</td>
                      <td>{yesNo(m.fullTimeStudent)}</td>
                      <td>
                        {m.disability
                          ? a.members.disabilityValue(
                              m.disability.grade,
                              a.members.disabilityTypes[m.disability.type] ?? m.disability.type,
                            )
                          : text.none}
                      </td>
                      <td>{yesNo(m.seriousIllness)}</td>
                      <td class="numeric">{m.selfCareTasksNotManaged}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ) : null}

      {moneyRows.length > 0 ? (
        <section aria-labelledby="app-money" class="staff-section">
          <h2 id="app-money">{a.money.heading}</h2>
          <RowsTable
            caption={a.money.caption}
            head={[a.money.item, a.money.amount]}
            rows={moneyRows}
            changed={changed}
            text={text}
          />
        </section>
      ) : null}

      {e === null ? (
        <section aria-labelledby="app-eligibility" class="staff-section">
          <h2 id="app-eligibility">{a.eligibility.heading}</h2>
          <p>{a.eligibility.notAskedYet}</p>
        </section>
      ) : (
        <section aria-labelledby="app-eligibility" class="staff-section">
          <h2 id="app-eligibility">{a.eligibility.heading}</h2>
          <p>{a.eligibility.intro(e.asOf, view.submittedRulesVersion)}</p>
          <dl class="summary">
            <div class="review-row">
              <dt>{a.eligibility.incomePerPerson}</dt>
              <dd>{money(e.household.countedMonthlyIncomePerPerson)}</dd>
            </div>
            <div class="review-row">
              <dt>{a.eligibility.standard}</dt>
              <dd>{money(e.household.standard.monthly)}</dd>
            </div>
          </dl>
          {e.programmes.map((item) => (
            <section
              key={item.programme}
              class={`programme-result outcome-${item.outcome}`}
              aria-labelledby={`elig-${item.programme}`}
            >
              <h3 id={`elig-${item.programme}`}>{programmeName(item.programme, locale)}</h3>
              <p class="outcome-tag">
                <strong>{a.eligibility.outcomes[item.outcome]}</strong>
              </p>
              {item.outcome !== 'unlikely' ? (
                <p>
                  {item.estimatedMonthlyAmount !== null
                    ? a.eligibility.amount(money(item.estimatedMonthlyAmount))
                    : a.eligibility.noAmount}
                </p>
              ) : null}
              <Reasons reasons={item.reasons} locale={locale} />
            </section>
          ))}
        </section>
      )}

      <RelatedHelpList items={view.relatedHelp} locale={locale} words={a.relatedHelp} />

      {app.bankAccount ? (
        <section aria-labelledby="app-bank" class="staff-section">
          <h2 id="app-bank">{a.bank.heading}</h2>
          <Summary
            rows={[
              { label: a.bank.name, value: app.bankAccount.bankName },
              { label: a.bank.account, value: app.bankAccount.accountNumber },
            ]}
          />
        </section>
      ) : null}

      <section aria-labelledby="app-documents" class="staff-section">
        <h2 id="app-documents">{a.documents.heading}</h2>
        {view.documents.length === 0 ? (
          <p>{a.documents.none}</p>
        ) : (
          <table class="staff-table">
            <caption>{a.documents.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{a.documents.type}</th>
                <th scope="col">{a.documents.format}</th>
                <th scope="col" class="numeric">
                  {a.documents.size}
                </th>
                <th scope="col">{a.documents.requested}</th>
                <th scope="col">
                  <span class="visually-hidden">{a.documents.open}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.documents.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    {documentTypes[d.type as keyof typeof documentTypes]?.[locale] ?? d.type}
                  </th>
                  <td>{d.contentType}</td>
                  <td class="numeric">{fileSize(d.size)}</td>
                  <td>{shanghaiTime(d.requestedAt)}</td>
                  <td>
                    <OpenDocument
                      path={`/api/staff/applications/${view.reference}/documents/${d.id}`}
                      label={a.documents.open}
                      failed={a.documents.openFailed}
                      locale={locale}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="app-history" class="staff-section">
        <h2 id="app-history">{a.history.heading}</h2>
        <ol class="timeline history">
          {view.history.map((event) => (
            <li key={`${event.at}-${event.action}`}>
              <span class="source">{shanghaiTime(event.at)}</span>{' '}
              <strong>
                {event.staff?.name ??
                  (event.by === 'applicant' ? a.history.applicant : a.history.system)}
              </strong>
              {text.sep}
              {a.history.change(
                event.from ? stateName(event.from, locale) : '—',
                stateName(event.to, locale),
              )}
              {event.note ? <span class="history-note">{event.note[locale]}</span> : null}
              {event.reason && event.reason !== event.note?.[locale] ? (
                <span class="history-note">
                  {a.history.reason}
                  {text.sep}
                  {event.reason}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="app-messages" class="staff-section">
        <h2 id="app-messages">{a.messages.heading}</h2>
        {view.pendingMessages.length === 0 ? (
          <p>{a.messages.none}</p>
        ) : (
          <ScrollRegion labelledBy="app-messages-caption">
            <table class="staff-table">
              <caption id="app-messages-caption">{a.messages.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{a.messages.template}</th>
                  <th scope="col">{a.messages.channel}</th>
                  <th scope="col">{a.messages.created}</th>
                  <th scope="col">{a.messages.status}</th>
                </tr>
              </thead>
              <tbody>
                {view.pendingMessages.map((m) => (
                  <tr key={m.id} class={m.status === 'failed' ? 'row-failed' : ''}>
                    <th scope="row">{a.messages.templates[m.template] ?? m.template}</th>
                    <td>{a.messages.channels[m.channel] ?? m.channel}</td>
                    <td>{shanghaiTime(m.createdAt)}</td>
                    <td>
                      {m.status === 'failed' ? (
                        <strong class="flag flag-overdue">
                          <span aria-hidden="true">⚠ </span>
                          {a.messages.statuses.failed}
                        </strong>
                      ) : (
                        (a.messages.statuses[m.status] ?? m.status)
                      )}
                      {m.sentAt ? ` ${shanghaiTime(m.sentAt)}` : ''}
                      {m.status !== 'sent' && m.attempts ? (
                        <span class="history-note">{a.messages.attempts(m.attempts)}</span>
                      ) : null}
                      {m.status === 'failed' && m.lastError ? (
                        <span class="history-note">{m.lastError}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}
