import { describe, expect, it } from 'vitest';
import { complaintInputSchema } from '../../../../functions/domain/reports/complaint-input.ts';
import { leadInputSchema } from '../../../../functions/domain/reports/lead-input.ts';
import { reportMessages } from '../../../../functions/domain/reports/messages.ts';
import { toFieldErrors } from '../../../../functions/domain/validation/field-errors.ts';
import { exampleComplaint, exampleLead } from '../../../support/report-examples.ts';

const errorsOf = (
  schema: typeof leadInputSchema | typeof complaintInputSchema,
  value: unknown,
  locale: 'zh-CN' | 'en' = 'zh-CN',
) => {
  const result = schema.safeParse(value);
  return result.success ? [] : toFieldErrors(result.error.issues, locale, reportMessages);
};

describe('the lead form', () => {
  it('accepts a lead with a contact and one without, and an unknown person', () => {
    expect(leadInputSchema.safeParse(exampleLead()).success).toBe(true);
    const anonymous = exampleLead({ reporter: { leaveContact: false } });
    delete (anonymous as { personName?: string }).personName;
    expect(leadInputSchema.safeParse(anonymous).success).toBe(true);
  });

  it('normalises the mobile the reporter types', () => {
    const parsed = leadInputSchema.parse(
      exampleLead({
        reporter: {
          leaveContact: true,
          mobile: '+86 137-1111-2222',
          consent: { version: 'report-contact-2026-12', agreed: true },
        },
      }),
    );
    expect(parsed.reporter).toMatchObject({ mobile: '13711112222' });
  });

  it('needs the consent to keep a mobile, named on its field', () => {
    const errors = errorsOf(
      leadInputSchema,
      exampleLead({ reporter: { leaveContact: true, mobile: '13711112222' } as never }),
    );
    expect(errors.map((e) => e.path)).toEqual(['reporter.consent']);
  });

  it('names each wrong field in Chinese and in English', () => {
    const bad = {
      place: { townshipCode: '445281999000', villageCode: 'x' },
      difficulty: { categories: ['flood', 'illness'], description: '\u200b' },
      personName: 'a'.repeat(41),
      reporter: { leaveContact: 'maybe' },
    };
    const zh = errorsOf(leadInputSchema, bad);
    expect(zh.map((e) => e.path).sort()).toEqual([
      'difficulty.categories.0',
      'difficulty.description',
      'personName',
      'place.townshipCode',
      'place.villageCode',
      'reporter.leaveContact',
    ]);
    expect(zh.find((e) => e.path === 'personName')?.message).toBe('姓名不能超过 40 个字');
    const en = errorsOf(leadInputSchema, bad, 'en');
    expect(en.find((e) => e.path === 'personName')?.message).toBe(
      'The name must be 40 characters or fewer',
    );
  });

  it('refuses a village outside the township, duplicate categories and server-owned fields', () => {
    const elsewhere = exampleLead({
      place: { townshipCode: '445281001000', villageCode: '445281005201' },
    });
    expect(errorsOf(leadInputSchema, elsewhere).map((e) => e.path)).toEqual(['place.villageCode']);
    const twice = exampleLead({
      difficulty: { categories: ['illness', 'illness'], description: '生病' },
    });
    expect(errorsOf(leadInputSchema, twice).map((e) => e.path)).toEqual(['difficulty.categories']);
    const owned = { ...exampleLead(), state: 'closed', townshipCode: '445281005000' };
    expect(
      errorsOf(leadInputSchema, owned)
        .map((e) => e.path)
        .sort(),
    ).toEqual(['state', 'townshipCode']);
  });
});

describe('the complaint form', () => {
  it('accepts a real-name complaint about a township, an anonymous one about a case or an office', () => {
    expect(complaintInputSchema.safeParse(exampleComplaint()).success).toBe(true);
    for (const subject of [
      { kind: 'case', reference: 'pn 2611 7k4q mx9t' },
      { kind: 'office', office: '市医保局' },
    ])
      expect(
        complaintInputSchema.safeParse(
          exampleComplaint({ subject: subject as never, reporter: { realName: false } }),
        ).success,
      ).toBe(true);
  });

  it('needs a name, a mobile and the consent from a real-name reporter', () => {
    const errors = errorsOf(
      complaintInputSchema,
      exampleComplaint({ reporter: { realName: true } as never }),
    );
    expect(errors.map((e) => e.path).sort()).toEqual([
      'reporter.consent',
      'reporter.mobile',
      'reporter.name',
    ]);
  });

  it('says what is wrong with the subject and the text', () => {
    const errors = errorsOf(
      complaintInputSchema,
      exampleComplaint({ subject: { kind: 'case', reference: 'XS-2611-AAAA-BBBB' }, what: '太慢' }),
      'en',
    );
    expect(errors).toEqual([
      {
        path: 'subject.reference',
        message: 'Enter a valid reference, for example PN-2611-7K4Q-MX9T',
      },
      { path: 'what', message: 'Say what happened (at least 10 characters)' },
    ]);
  });
});
