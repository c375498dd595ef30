import { describe, expect, it } from 'vitest';
import {
  applicationInputSchemaOn,
  consentRecordSchema,
  staffSubmissionSchemaOn,
} from '../../../../functions/domain/application/application-input.ts';
import { applicationCatalogue } from '../../../../functions/domain/application/messages.ts';
import { consentSummary, submitterOf } from '../../../../functions/domain/application/on-behalf.ts';
import { applicantMessages } from '../../../../functions/domain/application/outbox.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { toFieldErrors } from '../../../../functions/domain/validation/field-errors.ts';
import { exampleApplication, idNumberFor } from '../../../support/application-example.ts';

const today = '2026-11-28';
const schema = applicationInputSchemaOn(() => today);
const staffSchema = staffSubmissionSchemaOn(() => today);

function errorsOf(input: unknown, locale: Locale = 'zh-CN', on: typeof schema = schema) {
  const result = on.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error.issues, locale, applicationCatalogue);
}

const { mobile: _mobile, ...applicantWithoutMobile } = exampleApplication().applicant;
const agent = {
  name: '陈大华',
  relationship: 'child' as const,
  mobile: '139 0000 1111',
  idNumber: idNumberFor('1980-05-01', '456'),
};

describe('applying for oneself or for someone else', () => {
  it('needs the applicant’s own mobile when applying for oneself, naming the field in both languages', () => {
    const input = exampleApplication({ applicant: applicantWithoutMobile });
    const zh = errorsOf(input, 'zh-CN');
    const en = errorsOf(input, 'en');
    expect(zh).toEqual([
      { path: 'applicant.mobile', message: expect.stringContaining('手机号码') },
    ]);
    expect(en).toEqual([{ path: 'applicant.mobile', message: expect.stringContaining('mobile') }]);
  });

  it('lets an agent apply without the applicant’s mobile, recording the agent’s normalised mobile', () => {
    const parsed = schema.parse(exampleApplication({ applicant: applicantWithoutMobile, agent }));
    expect(parsed.applicant.mobile).toBeUndefined();
    expect(parsed.agent).toEqual({ ...agent, mobile: '13900001111' });
  });

  it('keeps the applicant’s mobile when an agent gives it too', () => {
    const parsed = schema.parse(exampleApplication({ agent }));
    expect(parsed.applicant.mobile).toBe('13812345678');
  });

  it('names each wrong agent field in both languages', () => {
    const input = exampleApplication({
      applicant: applicantWithoutMobile,
      agent: { name: '', relationship: 'boss' as never, mobile: '123' },
    });
    expect(
      errorsOf(input, 'en')
        .map((e) => e.path)
        .sort(),
    ).toEqual(['agent.mobile', 'agent.name', 'agent.relationship']);
    expect(errorsOf(input, 'zh-CN').find((e) => e.path === 'agent.name')?.message).toBe(
      '请填写代理人的姓名',
    );
    expect(errorsOf(input, 'en').find((e) => e.path === 'agent.relationship')?.message).toMatch(
      /related to the applicant/,
    );
  });

  it('refuses unknown agent fields (nothing the server owns can be slipped in)', () => {
    const input = exampleApplication({ agent: { ...agent, submittedBy: 'x' } as never });
    expect(errorsOf(input, 'en')).toEqual([
      { path: 'agent.submittedBy', message: 'This field is not accepted' },
    ]);
  });

  it('reads an application stored before agents existed as the person’s own', () => {
    const record = { application: exampleApplication() };
    expect(submitterOf(record)).toEqual({ by: 'self' });
    expect(consentSummary(record).en).toMatch(/applicant ticked/);
  });

  it('texts both the applicant and the agent; only the agent when the applicant gave no mobile', () => {
    const change = {
      template: 'received',
      params: {},
      key: 'received',
      at: '2026-11-28T02:00:00Z',
    };
    const both = applicantMessages(
      { reference: 'PN-1', locale: 'zh-CN', application: exampleApplication({ agent }) },
      change,
    );
    expect(both.map((m) => [m.id, m.to])).toEqual([
      ['PN-1-received-sms', undefined],
      ['PN-1-received-agent-sms', 'agent'],
    ]);
    const agentOnly = applicantMessages(
      {
        reference: 'PN-1',
        locale: 'zh-CN',
        application: exampleApplication({ applicant: applicantWithoutMobile, agent }),
      },
      change,
    );
    expect(agentOnly.map((m) => m.to)).toEqual(['agent']);
  });
});

describe('staff applying on a person’s behalf', () => {
  it('needs no mobile for the person, and a record of how consent was given', () => {
    const application = exampleApplication({ applicant: applicantWithoutMobile });
    const parsed = staffSchema.parse({
      application,
      consentRecord: { way: 'oral-witnessed', witnessName: '林村长' },
    });
    expect(parsed.application.applicant.mobile).toBeUndefined();
    expect(staffSchema.safeParse({ application }).success).toBe(false);
  });

  it('asks the witness of oral consent and the guardian of a person without capacity', () => {
    const issues = (value: unknown) =>
      toFieldErrors(
        consentRecordSchema.safeParse(value).error?.issues ?? [],
        'en',
        applicationCatalogue,
      ).map((e) => e.path);
    expect(issues({ way: 'signed-form' })).toEqual([]);
    expect(issues({ way: 'oral-witnessed' })).toEqual(['witnessName']);
    expect(issues({ way: 'guardian', guardianName: '陈大华' })).toEqual(['guardianRelationship']);
    expect(issues({ way: 'nodded' })).toEqual(['way']);
  });

  it('says who applied and how consent was recorded', () => {
    const record = {
      application: exampleApplication({ applicant: applicantWithoutMobile }),
      submittedBy: {
        staffId: 'va-1',
        name: '新安村协理员',
        role: 'village-assistant' as const,
        villageCode: '445281001201',
      },
      consentRecord: {
        way: 'guardian' as const,
        guardianName: '陈大华',
        guardianRelationship: '儿子',
      },
    };
    expect(submitterOf(record)).toEqual({
      by: 'staff',
      name: '新安村协理员',
      role: 'village-assistant',
      villageCode: '445281001201',
    });
    expect(consentSummary(record)['zh-CN']).toBe(
      '本人无民事行为能力，由监护人代为同意；监护人：陈大华（儿子）',
    );
  });
});
