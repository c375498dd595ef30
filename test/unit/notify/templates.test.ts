import { describe, expect, it } from 'vitest';
import {
  renderMessage,
  templateIds,
  templates,
} from '../../../functions/domain/notifications/templates.ts';

// Realistic values: the longest reference, a township name, staff text.
const params: Record<string, string> = {
  reference: 'PN-2611-7K4Q-MX9T',
  accessCode: 'K7Q4MX9T',
  township: '普宁产业转移工业园',
  what: '近六个月的银行流水和村委会出具的家庭收入证明材料',
  dueOn: '2026-12-10',
  endsOn: '2026-12-07',
  amount: '1234',
  startMonth: '2027-01',
  reasons: '家庭月人均收入高于当地低保标准；家庭财产超过规定',
  reason: '申请人实际居住在池尾街道某社区',
  receiving: '普宁产业转移工业园',
  responsible: '大南山华侨管理区',
  // The longest programme name and decision words a decision message carries.
  programme: '临时救助（支出型）',
  outcome: '改为特困供养，低保停发',
};
// The provider adds the signature 【普宁市民政局】 (7 characters) to every text.
const signature = 7;

describe('message templates', () => {
  it('fit one 70-character SMS segment in Chinese, signature included, for applicants', () => {
    for (const id of templateIds) {
      if (templates[id].audience !== 'applicant') continue;
      const text = renderMessage(id, 'zh-CN', params).sms;
      expect([...text].length + signature, `${id}: ${text}`).toBeLessThanOrEqual(70);
    }
  });

  it('name the reference and the hotlines in every applicant text', () => {
    for (const id of templateIds) {
      if (templates[id].audience !== 'applicant') continue;
      for (const locale of ['zh-CN', 'en'] as const) {
        const message = renderMessage(id, locale, params);
        expect(message.sms).toContain(params.reference);
        expect(message.sms).toContain('12345');
        expect(message.email).toContain('12349');
      }
    }
  });

  it('carry the access code only in the first message', () => {
    for (const id of templateIds) {
      const message = renderMessage(id, 'zh-CN', params);
      const all = `${message.sms}${message.subject}${message.email}`;
      expect(all.includes(params.accessCode ?? ''), id).toBe(id === 'received');
    }
  });

  it('list the parameters in registered order for domestic providers', () => {
    expect(renderMessage('confirmed', 'zh-CN', params).smsParams).toEqual([
      'PN-2611-7K4Q-MX9T',
      '1234',
      '2027-01',
    ]);
  });

  it('say in full in the email what a text had to shorten', () => {
    const message = renderMessage('info-requested', 'zh-CN', params);
    expect(message.sms).toContain('…');
    expect(message.email).toContain(params.what);
  });
});
