import { describe, expect, it } from 'vitest';
import { outcomeName, programmeShortNames } from '../../../functions/domain/application/notices.ts';
import {
  freeTextParams,
  messageLink,
  registeredSmsText,
  renderMessage,
  smsSegmentBudget,
  smsSegments,
  templateIds,
  templates,
} from '../../../functions/domain/notifications/templates.ts';

/** Every outcome a decision message can name. */
function outcomeWordsForSms() {
  const outcomes = [
    'confirmed',
    'not-confirmed',
    'refused',
    'emergency-aid',
    'temporary-approved',
    'payment',
    'superseded',
    'gradual-exit',
    'ended',
  ] as const;
  return outcomes.map(outcomeName);
}

const settings = { signature: '普宁市民政局', siteOrigin: 'https://dibao.puning.gov.cn' };
const locales = ['zh-CN', 'en'] as const;

// Realistic values at their longest: a reference, the longest township names, an amount
// in the thousands, and staff free text that must never reach a message.
const params: Record<string, string> = {
  reference: 'PN-2611-7K4Q-MX9T',
  accessCode: 'K7Q4MX9T',
  township: '普宁产业转移工业园',
  dueOn: '2026-12-24',
  endsOn: '2026-12-07',
  amount: '1234',
  startMonth: '2027-01',
  endMonth: '2027-06',
  receiving: '普宁产业转移工业园',
  responsible: '大南山华侨管理区',
  // The longest programme name and decision words a decision message carries.
  programme: '急难型临时救助',
  outcome: '改为特困供养，低保停发',
  what: '请补充残疾人证和近六个月的住院病历',
  reason: '申请人患精神疾病，实际居住在池尾街道',
  reasons: '家庭月人均收入高于当地低保标准；另有抑郁症诊断',
  text: '入户时申请人情绪不稳定',
  note: '有慢性肾病',
  opinion: '建议不予批准',
};
const applicantTemplates = templateIds.filter((id) => templates[id].audience === 'applicant');

describe('text messages', () => {
  it('say a decision on any programme, in any outcome, within the budget in both languages', () => {
    for (const programme of Object.values(programmeShortNames))
      for (const outcome of Object.values(outcomeWordsForSms()))
        for (const locale of locales) {
          const { sms } = renderMessage(
            'decision',
            locale,
            { ...params, programme: programme[locale], outcome: outcome[locale] },
            settings,
          );
          expect(smsSegments(sms), `${locale} (${sms.length}): ${sms}`).toBeLessThanOrEqual(
            smsSegmentBudget,
          );
        }
  });

  it(`fit ${smsSegmentBudget} segments in both languages, signature and link included`, () => {
    for (const id of templateIds)
      for (const locale of locales) {
        const { sms } = renderMessage(id, locale, params, settings);
        expect(smsSegments(sms), `${id} ${locale} (${sms.length}): ${sms}`).toBeLessThanOrEqual(
          smsSegmentBudget,
        );
      }
  });

  it('open with the configured signature and end with the status page in the reader’s language', () => {
    for (const id of applicantTemplates) {
      expect(renderMessage(id, 'zh-CN', params, settings).sms).toMatch(
        /^【普宁市民政局】.*https:\/\/dibao\.puning\.gov\.cn\/status\/$/,
      );
      expect(renderMessage(id, 'en', params, settings).sms).toMatch(
        /^【普宁市民政局】.*https:\/\/dibao\.puning\.gov\.cn\/en\/status\/$/,
      );
    }
    const otherSignature = { ...settings, signature: '普宁市社会救助' };
    expect(renderMessage('withdrawn', 'zh-CN', params, otherSignature).sms).toMatch(
      /^【普宁市社会救助】/,
    );
  });

  it('say where the details are just before the link', () => {
    for (const id of applicantTemplates) {
      expect(renderMessage(id, 'zh-CN', params, settings).sms, id).toMatch(/请查看https:/);
      expect(renderMessage(id, 'en', params, settings).sms, id).toMatch(/: https:/);
    }
  });

  it('are never cut: no ellipsis, and every parameter appears whole', () => {
    for (const id of templateIds)
      for (const locale of locales) {
        const message = renderMessage(id, locale, params, settings);
        expect(message.sms, `${id} ${locale}`).not.toMatch(/…|\.\.\./);
        expect(message.sms, `${id} ${locale}`).toContain(params.reference);
        // The registered (Chinese) text carries every parameter, in full.
        if (locale === 'zh-CN')
          for (const [n, value] of message.smsParams.entries())
            expect(message.sms, `${id} ${templates[id].smsParams[n]}`).toContain(value);
      }
    expect(renderMessage('received', 'en', params, settings).sms).toContain(params.accessCode);
  });

  it('write dates as 12月24日 in Chinese and 24 December in English', () => {
    const zh = renderMessage('info-requested', 'zh-CN', params, settings);
    const en = renderMessage('info-requested', 'en', params, settings);
    expect(zh.sms).toContain('请在12月24日前补交');
    expect(en.sms).toContain('by 24 December');
    expect(zh.smsParams).toEqual(['PN-2611-7K4Q-MX9T', '12月24日']);
    expect(renderMessage('confirmed', 'zh-CN', params, settings).sms).toContain('从2027年1月起');
    expect(renderMessage('confirmed', 'en', params, settings).sms).toContain('from January 2027');
    for (const id of templateIds)
      for (const locale of locales) {
        const { sms, email } = renderMessage(id, locale, params, settings);
        expect(`${sms}${email}`, `${id} ${locale}`).not.toMatch(/\d{4}-\d{2}(-\d{2})?/);
      }
  });
});

describe('every message', () => {
  it('renders no staff free text, whatever parameters it is given', () => {
    expect(freeTextParams).toEqual(['what', 'reason', 'reasons', 'text', 'note', 'opinion']);
    for (const id of templateIds) {
      expect(
        templates[id].smsParams.filter((name) => freeTextParams.includes(name as never)),
      ).toEqual([]);
      for (const locale of locales) {
        const message = renderMessage(id, locale, params, settings);
        const all = [message.sms, message.subject, message.email, ...message.smsParams].join('\n');
        for (const name of freeTextParams)
          expect(all, `${id} ${locale} ${name}`).not.toContain(params[name]);
        expect(all, `${id} ${locale}`).not.toMatch(/残疾|病|抑郁|undefined/);
      }
    }
  });

  it('names the reference and the hotlines; the email links the same page', () => {
    for (const id of applicantTemplates)
      for (const locale of locales) {
        const message = renderMessage(id, locale, params, settings);
        expect(message.sms).toContain(params.reference);
        expect(message.sms).toContain('12345');
        expect(message.email).toContain('12349');
        expect(message.email).toContain(messageLink(settings.siteOrigin, locale, 'applicant'));
      }
  });

  it('carries the access code only in the first message', () => {
    for (const id of templateIds) {
      const message = renderMessage(id, 'zh-CN', params, settings);
      const all = `${message.sms}${message.subject}${message.email}`;
      expect(all.includes(params.accessCode ?? ''), id).toBe(id === 'received');
    }
  });

  it('links staff to the console, not to the applicant’s page', () => {
    const message = renderMessage('staff-answer-received', 'zh-CN', params, settings);
    expect(message.email).toContain('https://dibao.puning.gov.cn/staff/');
    expect(message.email).not.toContain('/status/');
  });
});

describe('registered SMS templates', () => {
  it('list the parameters in registered order, formatted as the text shows them', () => {
    expect(renderMessage('confirmed', 'zh-CN', params, settings).smsParams).toEqual([
      'PN-2611-7K4Q-MX9T',
      '1234',
      '2027年1月',
    ]);
  });

  it('are registered without the signature (the provider adds it) and with the link fixed', () => {
    const text = registeredSmsText('info-requested', 'https://dibao.puning.gov.cn');
    expect(text).toBe(
      '申请{1}需要您补充材料，请在{2}前补交。咨询12345或12349，详情请查看https://dibao.puning.gov.cn/status/',
    );
  });
});

describe('reporters’ templates', () => {
  it('are registered like the others: the reference their one parameter, their own page linked', () => {
    expect(registeredSmsText('lead-handled', 'https://dibao.puning.gov.cn')).toBe(
      '您反映的困难群众线索{1}已由当地镇（街道）走访处理，感谢您的关心。咨询12345或12349：https://dibao.puning.gov.cn/',
    );
    expect(registeredSmsText('complaint-answered', 'https://dibao.puning.gov.cn')).toBe(
      '您的投诉举报{1}已由普宁市民政局办结答复，请用编号和查询码查看：https://dibao.puning.gov.cn/complaints/follow/',
    );
    for (const id of ['lead-handled', 'complaint-answered'] as const)
      for (const locale of locales) {
        const message = renderMessage(id, locale, params, settings);
        expect(message.smsParams).toEqual([params.reference]);
        expect(smsSegments(message.sms), message.sms).toBeLessThanOrEqual(smsSegmentBudget);
        for (const detail of [params.township, params.what, params.note])
          expect(message.sms).not.toContain(detail);
      }
    expect(renderMessage('complaint-answered', 'en', params, settings).sms).toContain(
      'https://dibao.puning.gov.cn/en/complaints/follow/',
    );
  });
});

describe('SMS segments', () => {
  it('count 70 / 67 characters once any Chinese character is in, 160 / 153 otherwise', () => {
    expect(smsSegments('申'.repeat(70))).toBe(1);
    expect(smsSegments('申'.repeat(71))).toBe(2);
    expect(smsSegments('申'.repeat(134))).toBe(2);
    expect(smsSegments('申'.repeat(135))).toBe(3);
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
  });
});
