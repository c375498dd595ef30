import { describe, expect, it } from 'vitest';
import {
  type NoticeOutcome,
  renderNotice,
} from '../../../../functions/domain/application/notices.ts';
import { smsSegments } from '../../../../functions/domain/notifications/templates.ts';
import {
  leadScopeOf,
  mayHandleComplaints,
  mayRecordLeadOutcome,
  mayRecordLeadVisit,
  maySeeComplaints,
  maySeeLead,
} from '../../../../functions/domain/reports/access.ts';
import {
  complaintFollowView,
  newComplaint,
  replyToComplaint,
} from '../../../../functions/domain/reports/complaint.ts';
import { countComplaints, countLeads } from '../../../../functions/domain/reports/counts.ts';
import {
  complaintReplyDue,
  leadVisitDue,
  reportLimits,
} from '../../../../functions/domain/reports/due-dates.ts';
import {
  newLead,
  recordLeadOutcome,
  recordLeadVisit,
  summariseLead,
} from '../../../../functions/domain/reports/lead.ts';
import { leadInputSchema } from '../../../../functions/domain/reports/lead-input.ts';
import {
  newReportReference,
  normaliseReportReference,
} from '../../../../functions/domain/reports/references.ts';
import {
  renderReporterMessage,
  reporterTemplates,
} from '../../../../functions/domain/reports/reporter-messages.ts';
import type { StaffPrincipal } from '../../../../functions/domain/staff/principal.ts';
import { exampleComplaint, exampleLead } from '../../../support/report-examples.ts';

const at = new Date('2026-12-03T02:00:00Z');
const staff = { id: 's1', name: '李', role: 'township-reviewer' };
const lead = () =>
  newLead(leadInputSchema.parse(exampleLead()), {
    reference: 'XS-2612-AAAA-BBBB',
    at,
    locale: 'zh-CN',
  });

const who = (
  role: StaffPrincipal['role'],
  scope: Partial<StaffPrincipal> = {},
): StaffPrincipal => ({
  id: role,
  name: role,
  role,
  ...scope,
});
const reviewer = who('township-reviewer', { townshipCode: '445281001000' });
const otherReviewer = who('township-reviewer', { townshipCode: '445281005000' });
const assistant = who('village-assistant', {
  townshipCode: '445281001000',
  villageCode: '445281001201',
});
const neighbour = who('village-assistant', {
  townshipCode: '445281001000',
  villageCode: '445281001202',
});
const townshipAssistant = who('village-assistant', { townshipCode: '445281001000' });
const city = who('city-reviewer');
const admin = who('admin');

describe('due dates in working days', () => {
  it('a lead is visited within 5 working days, skipping weekends and holidays', () => {
    expect(reportLimits.leadVisitWorkingDays).toBe(5);
    // Thursday 2026-12-03 → Thursday 2026-12-10.
    expect(leadVisitDue('2026-12-03').dueOn).toBe('2026-12-10');
    // Over 2027 New Year's Day (a holiday, if the calendar has it) or Monday to Friday with a note.
    const newYear = leadVisitDue('2026-12-29');
    expect(newYear.dueOn >= '2027-01-05').toBe(true);
  });

  it('a complaint is answered within 15 working days', () => {
    expect(complaintReplyDue('2026-12-03').dueOn).toBe('2026-12-24');
  });
});

describe('a lead', () => {
  it('is received with its visit date and keeps the contact only when left', () => {
    const received = lead();
    expect(received).toMatchObject({
      state: 'received',
      dueOn: '2026-12-10',
      receivedOn: '2026-12-03',
    });
    expect(received.reporter?.mobile).toBe('13711112222');
    const anonymous = newLead(
      leadInputSchema.parse(exampleLead({ reporter: { leaveContact: false } })),
      { reference: 'XS-2612-AAAA-CCCC', at, locale: 'en' },
    );
    expect(anonymous.reporter).toBeUndefined();
  });

  it('is visited once, on a day between receipt and today, then closed; the reporter gets one message', () => {
    const tooEarly = recordLeadVisit(lead(), { visitedOn: '2026-12-02', note: '走访' }, staff, at);
    expect(tooEarly).toMatchObject({ ok: false, kind: 'invalid', path: 'visitedOn' });
    const future = recordLeadVisit(lead(), { visitedOn: '2026-12-04', note: '走访' }, staff, at);
    expect(future.ok).toBe(false);
    expect(recordLeadOutcome(lead(), { outcome: 'no-need', note: '无' }, staff, at)).toEqual({
      ok: false,
      kind: 'illegal',
    });
    const visited = recordLeadVisit(lead(), { visitedOn: '2026-12-03', note: '走访' }, staff, at);
    if (!visited.ok) throw new Error('visit refused');
    expect(
      recordLeadVisit(visited.lead, { visitedOn: '2026-12-03', note: '再访' }, staff, at).ok,
    ).toBe(false);
    const closed = recordLeadOutcome(
      visited.lead,
      { outcome: 'application-started', applicationReference: 'pn2612abcdefgh' },
      staff,
      at,
    );
    if (!closed.ok) throw new Error('outcome refused');
    expect(closed.lead.outcome).toMatchObject({
      kind: 'application-started',
      applicationReference: 'PN-2612-ABCD-EFGH',
    });
    expect(closed.lead.outbox).toEqual([
      expect.objectContaining({
        template: 'lead-handled',
        params: { reference: 'XS-2612-AAAA-BBBB' },
      }),
    ]);
    expect(summariseLead(closed.lead)).toEqual({
      reference: 'XS-2612-AAAA-BBBB',
      townshipCode: '445281001000',
      villageCode: '445281001201',
      categories: ['elderly-alone', 'illness'],
      state: 'closed',
      receivedOn: '2026-12-03',
      dueOn: '2026-12-10',
      outcome: 'application-started',
    });
  });
});

describe('who sees and handles what', () => {
  const place = { townshipCode: '445281001000', villageCode: '445281001201' };
  it('leads: the township, the village assistant of that village (or township), the city and admins', () => {
    expect(maySeeLead(reviewer, place)).toBe(true);
    expect(maySeeLead(otherReviewer, place)).toBe(false);
    expect(maySeeLead(assistant, place)).toBe(true);
    expect(maySeeLead(neighbour, place)).toBe(false);
    expect(maySeeLead(townshipAssistant, place)).toBe(true);
    expect(maySeeLead(city, place)).toBe(true);
    expect(maySeeLead(admin, place)).toBe(true);
  });

  it('a visit by the township or the village assistant; the outcome by the township only', () => {
    expect(
      [reviewer, assistant, neighbour, city, admin].map((p) => mayRecordLeadVisit(p, place)),
    ).toEqual([true, true, false, false, false]);
    expect(
      [reviewer, otherReviewer, assistant, city, admin].map((p) => mayRecordLeadOutcome(p, place)),
    ).toEqual([true, false, false, false, false]);
  });

  it('queues: a reviewer only its own township, an assistant only its village, the city any', () => {
    expect(leadScopeOf(reviewer)).toEqual({ kind: 'township', townshipCode: '445281001000' });
    expect(leadScopeOf(reviewer, '445281005000')).toEqual({ kind: 'none' });
    expect(leadScopeOf(assistant)).toEqual({
      kind: 'township',
      townshipCode: '445281001000',
      villageCode: '445281001201',
    });
    expect(leadScopeOf(city)).toEqual({ kind: 'all' });
    expect(leadScopeOf(admin, '445281005000')).toEqual({
      kind: 'township',
      townshipCode: '445281005000',
    });
  });

  it('complaints: the city handles, admins read, no township or assistant sees any', () => {
    expect([reviewer, assistant, townshipAssistant, city, admin].map(maySeeComplaints)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
    expect([reviewer, city, admin].map(mayHandleComplaints)).toEqual([false, true, false]);
  });
});

describe('a complaint', () => {
  const complaint = () =>
    newComplaint(
      // Parsed as the route parses it.
      exampleComplaint() as never,
      { reference: 'TS-2612-AAAA-BBBB', accessCode: { salt: 's', hash: 'h' }, at, locale: 'zh-CN' },
    );

  it('shows the follow page its state and, once answered, the reply — never the reporter', () => {
    expect(complaintFollowView(complaint())).toEqual({
      reference: 'TS-2612-AAAA-BBBB',
      state: 'received',
      receivedOn: '2026-12-03',
      dueOn: '2026-12-24',
      subjectKind: 'township',
      realName: true,
    });
    const answered = replyToComplaint(complaint(), '已核查处理。', staff, at);
    if (!answered.ok) throw new Error('reply refused');
    expect(complaintFollowView(answered.complaint).reply).toEqual({
      on: '2026-12-03',
      text: '已核查处理。',
    });
    expect(JSON.stringify(complaintFollowView(answered.complaint))).not.toContain('黄先生');
    expect(answered.complaint.outbox.map((m) => m.template)).toEqual(['complaint-answered']);
    expect(replyToComplaint(answered.complaint, '再答', staff, at).ok).toBe(false);
  });
});

describe('reporters’ messages', () => {
  const settings = { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' };
  it('carry the reference only — no name, place, difficulty or decision — within two SMS segments', () => {
    for (const template of Object.keys(reporterTemplates) as (keyof typeof reporterTemplates)[])
      for (const locale of ['zh-CN', 'en'] as const) {
        const { sms, smsParams } = renderReporterMessage(
          { template, locale, params: { reference: 'XS-2612-AAAA-BBBB' } },
          settings,
        );
        expect(sms).toContain('XS-2612-AAAA-BBBB');
        expect(smsParams).toEqual(['XS-2612-AAAA-BBBB']);
        for (const detail of ['林阿婆', '独居', '新安', '445281', '13711112222', '特困', '低保'])
          expect(sms).not.toContain(detail);
        expect(smsSegments(sms), sms).toBeLessThanOrEqual(2);
      }
  });
});

describe('counts for the dashboard', () => {
  it('counts leads by township and state, overdue while not visited; complaints by state', () => {
    const base = summariseLead(lead());
    const counts = countLeads(
      [
        base,
        { ...base, reference: 'b', state: 'visited' },
        { ...base, reference: 'c', townshipCode: '445281005000', state: 'closed' },
      ],
      '2026-12-11',
    );
    expect(counts).toEqual({
      total: 3,
      overdue: 1,
      byState: { received: 1, visited: 1, closed: 1 },
      byTownship: [
        { townshipCode: '445281001000', byState: { received: 1, visited: 1, closed: 0 } },
        { townshipCode: '445281005000', byState: { received: 0, visited: 0, closed: 1 } },
      ],
    });
    const complaint = {
      reference: 'TS',
      subjectKind: 'office' as const,
      realName: false,
      state: 'received' as const,
      receivedOn: '2026-12-03',
      dueOn: '2026-12-24',
    };
    expect(countComplaints([complaint, { ...complaint, state: 'answered' }], '2026-12-25')).toEqual(
      {
        total: 2,
        overdue: 1,
        byState: { received: 1, 'in-handling': 0, answered: 1 },
      },
    );
  });
});

describe('references', () => {
  it('lead and complaint references have their own prefix and never read as each other', () => {
    const bytes = () => new Uint8Array([1, 2, 3, 4, 5]);
    const leadRef = newReportReference('lead', at, bytes);
    const complaintRef = newReportReference('complaint', at, bytes);
    expect(leadRef).toMatch(/^XS-2612-/);
    expect(complaintRef).toMatch(/^TS-2612-/);
    expect(normaliseReportReference('lead', leadRef.toLowerCase().replaceAll('-', ' '))).toBe(
      leadRef,
    );
    expect(normaliseReportReference('complaint', leadRef)).toBeNull();
    expect(normaliseReportReference('lead', 'PN-2612-AAAA-BBBB')).toBeNull();
  });
});

describe('refusals carry the appeal guidance (民发〔2021〕57号 第三十八条)', () => {
  const adverse: NoticeOutcome[] = [
    'refused',
    'not-confirmed',
    'ended',
    'superseded',
    'gradual-exit',
  ];
  it.each(adverse)('a %s notice names 行政复议 and 行政诉讼 in both languages', (outcome) => {
    const rendered = renderNotice({
      id: 'n1',
      issuedAt: at.toISOString(),
      issuedOn: '2026-12-03',
      programme: 'dibao',
      outcome,
      authority: 'township',
      authorityName: { 'zh-CN': '流沙东街道办事处', en: 'Liusha East' },
      basis: '民发〔2021〕57号',
    });
    const zh = rendered.lines.map((l) => l.text['zh-CN']).join('\n');
    const en = rendered.lines.map((l) => l.text.en).join('\n');
    expect(zh).toContain('行政复议');
    expect(zh).toContain('行政诉讼');
    expect(en).toContain('reconsideration');
    expect(en).toContain('lawsuit');
  });
});
