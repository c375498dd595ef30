import { callHotlines } from '../hotlines.ts';
import type { Locale } from '../locale.ts';
import type { MessageSettings } from '../notifications/templates.ts';
import type { ReportMessage } from './report-outbox.ts';

/**
 * What a reporter is sent. A lead's reporter learns only that the lead was handled:
 * never the person's name, place, difficulty or what was decided for them (their
 * affairs are theirs). A real-name complainant learns the complaint was answered and
 * reads the reply on the follow page with the reference and code. Only the reference
 * is a parameter; a unit test renders both with a reported person's details at hand
 * and checks none appears.
 */
type Text = (reference: string) => string;

interface ReporterTemplate {
  readonly smsParams: readonly ['reference'];
  readonly sms: Record<Locale, Text>;
  /** Where the text's link goes: the home page, or the complaint follow page. */
  readonly page: '' | 'complaints/follow/';
}

export const reporterTemplates: Record<ReportMessage['template'], ReporterTemplate> = {
  'lead-handled': {
    smsParams: ['reference'],
    sms: {
      'zh-CN': (ref) =>
        `您反映的困难群众线索${ref}已由当地镇（街道）走访处理，感谢您的关心。${callHotlines['zh-CN']}：`,
      en: (ref) => `The hardship report ${ref} was visited and handled. Thank you. Call 12345: `,
    },
    page: '',
  },
  'complaint-answered': {
    smsParams: ['reference'],
    sms: {
      'zh-CN': (ref) => `您的投诉举报${ref}已由普宁市民政局办结答复，请用编号和查询码查看：`,
      en: (ref) => `Complaint ${ref} answered. Read the reply with your code: `,
    },
    page: 'complaints/follow/',
  },
};

/** The whole text: signature, words, link (the same settings as applicants' messages). */
export function renderReporterMessage(
  message: Pick<ReportMessage, 'template' | 'locale' | 'params'>,
  settings: MessageSettings,
): { sms: string; smsParams: readonly string[] } {
  const template = reporterTemplates[message.template];
  const origin = settings.siteOrigin.replace(/\/+$/, '');
  const link = `${origin}${message.locale === 'en' ? '/en' : ''}/${template.page}`;
  return {
    sms: `【${settings.signature}】${template.sms[message.locale](message.params.reference)}${link}`,
    smsParams: [message.params.reference],
  };
}
