import { describe, expect, it } from 'vitest';
import { decisionMessages } from '../../../functions/domain/application/decide.ts';
import { changeReportSchema } from '../../../functions/domain/application/reported-changes.ts';
import { staffActionSchemas } from '../../../functions/domain/application/staff-actions.ts';
import {
  fieldsFor,
  toInput,
  validate,
  visibleFields,
} from '../../../web/src/islands/staff/Actions.tsx';
import { recipientsByProgramme } from '../../../web/src/islands/staff/AfterApprovalFigures.tsx';
import type { StaffApplicationView } from '../../../web/src/islands/staff/api.ts';
import { filtersFrom } from '../../../web/src/islands/staff/ConsoleApp.tsx';
import { changeReport } from '../../../web/src/islands/status/ReportChange.tsx';

// The after-approval forms say to the API exactly what its schemas take, and check the
// same rules before anything is sent.

const draft = {
  kind: 'income' as const,
  description: '  儿子 11 月起上班，每月约 2400 元  ',
  townshipCode: '445281005000',
  villageCode: '445281005201',
  hukouMoved: true,
};

describe('reporting a change (status page)', () => {
  it('sends the kind and the trimmed description, no move, and the document when one was uploaded', () => {
    const report = changeReport(draft, 'doc-1');
    expect(report).toEqual({
      kind: 'income',
      description: '儿子 11 月起上班，每月约 2400 元',
      documentId: 'doc-1',
    });
    expect(changeReportSchema.safeParse(report).success).toBe(true);
  });

  it('a move within Puning names the village and whether the 户口 moved too', () => {
    const report = changeReport({ ...draft, kind: 'moved-within', description: '' }, null);
    expect(report).toEqual({
      kind: 'moved-within',
      movedTo: { villageCode: '445281005201', hukouMoved: true },
    });
    expect(changeReportSchema.safeParse(report).success).toBe(true);
  });

  it('a move without a village is refused by the API schema at movedTo.villageCode', () => {
    const report = changeReport({ ...draft, kind: 'moved-within', villageCode: '' }, null);
    const parsed = changeReportSchema.safeParse(report);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('movedTo.villageCode');
  });
});

/** Just what the console's forms read of an application and a line. */
const line = {
  programme: 'dibao',
  state: 'under_review',
  version: 4,
  facts: {
    confirmation: { monthlyAmountYuan: 680, startMonth: '2027-01' },
    review: {
      class: 'yearly',
      nextDueOn: '2028-01-01',
      open: { reason: 'reported-change', openedOn: '2027-03-02', dueOn: '2027-04-14' },
    },
  },
} as unknown as StaffApplicationView['lines'][number];
const view = {
  reference: 'PN-2703-AAAA-BBBB',
  version: 9,
  submittedAt: '2026-12-01T02:00:00.000Z',
  township: { code: '445281001000', name: '流沙东街道', nameEn: 'Liusha East' },
  lines: [line],
  procedure: {},
  proposedStartMonth: '2099-01',
} as unknown as StaffApplicationView;

describe('proposing a change (console)', () => {
  const fields = fieldsFor('proposeChange', line, view);
  const names = (values: Record<string, string>) =>
    visibleFields(fields, values).map((f) => f.name);

  it('asks the new amount for 增发 and 减发, and the member, refusals and household size for a member’s share', () => {
    expect(names({ kind: 'decrease' })).toContain('monthlyAmountYuan');
    expect(names({ kind: 'decrease' })).not.toContain('member.name');
    expect(names({ kind: 'member-share' })).toEqual(
      expect.arrayContaining(['member.name', 'member.refusals', 'member.householdMembers']),
    );
    expect(names({ kind: 'member-share' })).not.toContain('monthlyAmountYuan');
    expect(names({ kind: 'stop' })).toEqual(['kind', 'fromMonth', 'reason']);
  });

  it('sends a member’s share as the nested object the schema takes, counts as numbers', () => {
    const input = toInput(fields, {
      kind: 'member-share',
      fromMonth: '2099-01',
      reason: '三次无正当理由拒绝介绍的工作',
      'member.name': '陈大明',
      'member.refusals': '3',
      'member.householdMembers': '4',
      'member.keptShareYuan': '',
      monthlyAmountYuan: '500',
    });
    expect(input).toEqual({
      kind: 'member-share',
      fromMonth: '2099-01',
      reason: '三次无正当理由拒绝介绍的工作',
      member: { name: '陈大明', refusals: 3, householdMembers: 4 },
    });
    expect(staffActionSchemas.proposeChange.safeParse(input).success).toBe(true);
  });

  it('refuses a 减发 that is not below today’s amount, in decide.ts’s words, before sending', () => {
    const input = toInput(fields, {
      kind: 'decrease',
      monthlyAmountYuan: '900',
      fromMonth: '2099-01',
      reason: '家庭人口减少',
    });
    expect(validate('proposeChange', input, view, line, 'en')).toEqual([
      { path: 'monthlyAmountYuan', message: decisionMessages['change.decrease'].en },
    ]);
    const lower = { ...input, monthlyAmountYuan: 400 };
    expect(validate('proposeChange', lower, view, line, 'en')).toEqual([]);
  });

  it('refuses a change from before next month', () => {
    const input = toInput(fields, {
      kind: 'stop',
      fromMonth: '2098-12',
      reason: '迁出普宁',
    });
    expect(validate('proposeChange', input, view, line, 'zh-CN')).toEqual([
      { path: 'fromMonth', message: decisionMessages['month.fromNextMonth']['zh-CN'] },
    ]);
  });
});

describe('the bureau’s decision (console)', () => {
  it('sends yes or no as a boolean, and asks where a 特困 person goes only on a termination', () => {
    const fields = fieldsFor('decideChange', line, view);
    expect(fields.map((f) => f.name)).toEqual(['approve', 'text']);
    expect(toInput(fields, { approve: 'false', text: '证据不足' })).toEqual({
      approve: false,
      text: '证据不足',
    });
    const onNotice = { ...line, programme: 'tekun', state: 'termination_notice' } as typeof line;
    expect(fieldsFor('decideChange', onNotice, view).map((f) => f.name)).toContain('referral');
  });
});

describe('the console’s lists and figures', () => {
  it('keeps the 待复核 view in the address; anything else is the open queue', () => {
    expect(filtersFrom('?view=review').view).toBe('review');
    expect(filtersFrom('?view=closed').view).toBe('closed');
    expect(filtersFrom('?view=everything').view).toBe('open');
  });

  it('sums recipients over townships, one row per programme in the programmes’ order', () => {
    const rows = recipientsByProgramme({
      recipients: [
        { townshipCode: '445281001000', programme: 'tekun', count: 2 },
        { townshipCode: '445281001000', programme: 'dibao', count: 5 },
        { townshipCode: '445281005000', programme: 'dibao', count: 3 },
      ],
      reviewsDue: 0,
      reviewsOverdue: 0,
      reviewsOpen: 0,
      exitsByReason: {},
    });
    expect(rows).toEqual([
      { programme: 'dibao', count: 8 },
      { programme: 'tekun', count: 2 },
    ]);
  });
});
