import type { Locale } from '../locale.ts';

/**
 * The words of every message: a text message (what Puning residents read) short
 * enough for one segment where it can be (70 characters in Chinese, signature
 * included), and an email with the same content. Each carries the reference and the
 * hotlines; only the first message ("received") carries the access code, and none
 * ever carries an ID number or a bank account. Domestic SMS providers need templates
 * registered in advance: `smsParams` lists each template's parameters in order.
 */
type Params = Readonly<Record<string, string>>;
type Text = (p: Params) => string;

interface Template {
  /** Parameters in the order a registered SMS template numbers them ({1}, {2}, …). */
  readonly smsParams: readonly string[];
  readonly sms: Record<Locale, Text>;
  readonly subject: Record<Locale, Text>;
  readonly email: Record<Locale, Text>;
  /** Who receives it: the applicant, or the township's staff inbox. */
  readonly audience: 'applicant' | 'staff';
}

const hotline = { 'zh-CN': '咨询12345或12349', en: 'Questions: 12345 or 12349' } as const;

/** Staff free text in a text message: cut to `max` characters, the email has it all. */
export function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

const footer = {
  'zh-CN':
    '\n\n可在普宁市社会救助服务平台“查询进度”页面，用申请编号和查询码查看详情。咨询电话：12345、12349。\n普宁市民政局',
  en: '\n\nFollow it on the Puning social assistance portal ("Track an application") with your reference and access code. Questions: 12345 or 12349.\nPuning Civil Affairs Bureau',
} as const;

const mail = (zh: Text, en: Text): Record<Locale, Text> => ({
  'zh-CN': (p) => `${zh(p)}${footer['zh-CN']}`,
  en: (p) => `${en(p)}${footer.en}`,
});

export const templates = {
  received: {
    audience: 'applicant',
    smsParams: ['reference', 'accessCode', 'township'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}已提交，查询码${p.accessCode}，由${p.township}办理。${hotline['zh-CN']}`,
      en: (p) =>
        `Application received: ${p.reference}, access code ${p.accessCode} (keep it). Handled by ${p.township}. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `申请已提交：${p.reference}`,
      en: (p) => `Application received: ${p.reference}`,
    },
    email: mail(
      (p) =>
        `您的社会救助申请已提交。\n申请编号：${p.reference}\n查询码：${p.accessCode}（只在这封邮件和第一条短信里出现，请妥善保存）\n办理单位：${p.township}`,
      (p) =>
        `Your application for social assistance has been received.\nReference: ${p.reference}\nAccess code: ${p.accessCode} (sent only in this first message; keep it safe)\nHandled by: ${p.township}`,
    ),
  },
  'info-requested': {
    audience: 'applicant',
    smsParams: ['reference', 'what', 'dueOn'],
    sms: {
      'zh-CN': (p) =>
        `${p.reference}需补充：${clip(p.what ?? '', 12)}，请${p.dueOn}前补交。${hotline['zh-CN']}`,
      en: (p) => `${p.reference}: we need ${clip(p.what ?? '', 60)} by ${p.dueOn}. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `请补充材料：${p.reference}`,
      en: (p) => `More information needed: ${p.reference}`,
    },
    email: mail(
      (p) => `办理您的申请需要补充以下材料或说明：\n${p.what}\n请在 ${p.dueOn} 前补交。`,
      (p) => `To decide on your application we need:\n${p.what}\nPlease send it by ${p.dueOn}.`,
    ),
  },
  'answer-received': {
    audience: 'applicant',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}：已收到您补充的材料，继续审核。${hotline['zh-CN']}`,
      en: (p) => `${p.reference}: we have your answer and continue the review. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `已收到补充材料：${p.reference}`,
      en: (p) => `Answer received: ${p.reference}`,
    },
    email: mail(
      () => '我们已收到您补充的材料或说明，会继续审核您的申请。',
      () => 'We have received your answer and will continue reviewing your application.',
    ),
  },
  transferred: {
    audience: 'applicant',
    smsParams: ['reference', 'township', 'reason'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}已转交${p.township}办理，原因：${clip(p.reason ?? '', 10)}。${hotline['zh-CN']}`,
      en: (p) =>
        `${p.reference} is now handled by ${p.township}: ${clip(p.reason ?? '', 60)}. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `申请已转交：${p.reference}`,
      en: (p) => `Application transferred: ${p.reference}`,
    },
    email: mail(
      (p) => `您的申请已转交${p.township}办理。\n原因：${p.reason}`,
      (p) => `Your application is now handled by ${p.township}.\nWhy: ${p.reason}`,
    ),
  },
  // 代收转办: received where the person lives, handled where the rules say.
  'handed-over': {
    audience: 'applicant',
    smsParams: ['reference', 'receiving', 'responsible'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}由${p.receiving}代收，转${p.responsible}办理。${hotline['zh-CN']}`,
      en: (p) =>
        `${p.reference} was received by ${p.receiving} and is handled by ${p.responsible}, as the rules say. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `申请转交办理：${p.reference}`,
      en: (p) => `Who handles your application: ${p.reference}`,
    },
    email: mail(
      (p) =>
        `您在${p.receiving}提交的申请，按规定由${p.responsible}审核办理（代收转办），不需要您另外跑一趟。${p.receiving}也可以查看办理进度。`,
      (p) =>
        `You applied where you live, at ${p.receiving}. The rules name ${p.responsible} to decide, so it has been handed on there; you need not go anywhere else. ${p.receiving} can still follow the case.`,
    ),
  },
  'notice-started': {
    audience: 'applicant',
    smsParams: ['reference', 'endsOn'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}已在村（社区）公示，到${p.endsOn}结束。${hotline['zh-CN']}`,
      en: (p) =>
        `${p.reference}: the public notice in your village runs until ${p.endsOn}. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `开始公示：${p.reference}`,
      en: (p) => `Public notice started: ${p.reference}`,
    },
    email: mail(
      (p) => `按规定，审核意见在您所在的村（社区）公示 7 天，到 ${p.endsOn} 结束。`,
      (p) =>
        `As the rules require, the first decision is posted in your village for 7 days, until ${p.endsOn}.`,
    ),
  },
  'township-approved': {
    audience: 'applicant',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}镇（街道）已审核同意，报市民政局确认。${hotline['zh-CN']}`,
      en: (p) =>
        `${p.reference}: approved by the township, now with the city bureau. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `镇（街道）已审核同意：${p.reference}`,
      en: (p) => `Approved by the township: ${p.reference}`,
    },
    email: mail(
      () => '镇（街道）已审核同意您的申请，已报市民政局确认，确认后会再通知您。',
      () =>
        'The township has approved your application and sent it to the city bureau; we will tell you when it is confirmed.',
    ),
  },
  confirmed: {
    audience: 'applicant',
    smsParams: ['reference', 'amount', 'startMonth'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}已批准，每月${p.amount}元，从${p.startMonth}起发放。${hotline['zh-CN']}`,
      en: (p) =>
        `${p.reference} approved: ${p.amount} yuan a month from ${p.startMonth}. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `申请已批准：${p.reference}`,
      en: (p) => `Application approved: ${p.reference}`,
    },
    email: mail(
      (p) =>
        `市民政局已批准您的申请。\n金额：每月 ${p.amount} 元\n从 ${p.startMonth} 起按月发放到您登记的银行账户。`,
      (p) =>
        `The city bureau has approved your application.\nAmount: ${p.amount} yuan a month\nPaid monthly into your bank account from ${p.startMonth}.`,
    ),
  },
  rejected: {
    audience: 'applicant',
    smsParams: ['reference', 'reasons'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}未获批准：${clip(p.reasons ?? '', 16)}。可申请复核或复议。${hotline['zh-CN']}`,
      en: (p) =>
        `${p.reference} not approved: ${clip(p.reasons ?? '', 60)}. You can ask for a review. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `申请未获批准：${p.reference}`,
      en: (p) => `Application not approved: ${p.reference}`,
    },
    email: mail(
      (p) =>
        `很遗憾，您的申请未获批准。\n原因：${p.reasons}\n如有异议，可以向办理的镇（街道）或市民政局申请复核，也可以依法申请行政复议或提起行政诉讼。`,
      (p) =>
        `We are sorry: your application was not approved.\nWhy: ${p.reasons}\nIf you disagree you can ask your township or the city bureau to review it, or apply for administrative reconsideration or litigation.`,
    ),
  },
  // A decision on one programme: what and where to read it — the notice itself (amount,
  // reasons, appeal rights) is on the status page, never in a text message.
  decision: {
    audience: 'applicant',
    smsParams: ['reference', 'programme', 'outcome'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}${p.programme}：${p.outcome}，详见查询进度页。${hotline['zh-CN']}`,
      en: (p) =>
        `${p.reference}, ${p.programme}: ${p.outcome}. Read the notice under "Track an application". ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `审核审批结果：${p.reference} ${p.programme}`,
      en: (p) => `Decision: ${p.reference} ${p.programme}`,
    },
    email: mail(
      (p) =>
        `您申请的${p.programme}已有结果：${p.outcome}。\n金额、发放时间、理由和救济途径写在告知书里，请在“查询进度”页面查看或打印。`,
      (p) =>
        `There is a decision on ${p.programme}: ${p.outcome}.\nThe amount, dates, reasons and your right to challenge it are in the notice on the "Track an application" page, where you can also print it.`,
    ),
  },
  'emergency-aid': {
    audience: 'applicant',
    smsParams: ['reference', 'amount'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}已先行救助${p.amount}元，请配合补办手续。${hotline['zh-CN']}`,
      en: (p) =>
        `${p.reference}: emergency aid of ${p.amount} yuan given; the paperwork follows. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `已先行救助：${p.reference}`,
      en: (p) => `Emergency aid given: ${p.reference}`,
    },
    email: mail(
      (p) => `已先行给予临时救助 ${p.amount} 元。请配合镇（街道）补办相关手续。`,
      (p) =>
        `Emergency aid of ${p.amount} yuan has been given first. Please help your township complete the paperwork.`,
    ),
  },
  'gradual-exit-started': {
    audience: 'applicant',
    smsParams: ['reference', 'endsOn'],
    sms: {
      'zh-CN': (p) =>
        `${p.reference}：家庭收入已超过标准，低保渐退期到${p.endsOn}。${hotline['zh-CN']}`,
      en: (p) =>
        `${p.reference}: income is above the standard; dibao phases out until ${p.endsOn}. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `低保渐退期：${p.reference}`,
      en: (p) => `Phase-out period: ${p.reference}`,
    },
    email: mail(
      (p) =>
        `经核查，您的家庭收入已超过低保标准。按规定给予渐退期，期间继续发放，到 ${p.endsOn} 结束。`,
      (p) =>
        `Your household income is now above the dibao standard. As the rules allow, payments continue during a phase-out period until ${p.endsOn}.`,
    ),
  },
  'gradual-exit-ended': {
    audience: 'applicant',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `${p.reference}：渐退期已结束，低保停止发放。${hotline['zh-CN']}`,
      en: (p) => `${p.reference}: the phase-out period is over; dibao payments stop. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `渐退期结束：${p.reference}`,
      en: (p) => `Phase-out period over: ${p.reference}`,
    },
    email: mail(
      () => '渐退期已结束，低保金停止发放。如果家庭情况再有变化，可以重新申请。',
      () =>
        'The phase-out period is over and dibao payments stop. If your situation changes again, you can apply again.',
    ),
  },
  withdrawn: {
    audience: 'applicant',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}已按您的要求撤回。${hotline['zh-CN']}`,
      en: (p) => `${p.reference} has been withdrawn as you asked. ${hotline.en}`,
    },
    subject: {
      'zh-CN': (p) => `申请已撤回：${p.reference}`,
      en: (p) => `Application withdrawn: ${p.reference}`,
    },
    email: mail(
      () => '您的申请已按您的要求撤回。需要时可以重新申请。',
      () => 'Your application has been withdrawn as you asked. You can apply again at any time.',
    ),
  },
  'staff-answer-received': {
    audience: 'staff',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}的申请人已补充材料，请处理。`,
      en: (p) => `The applicant of ${p.reference} has answered; please continue.`,
    },
    subject: {
      'zh-CN': (p) => `申请人已补充材料：${p.reference}`,
      en: (p) => `Applicant answered: ${p.reference}`,
    },
    email: mail(
      (p) => `申请 ${p.reference} 的申请人已回复补充材料的要求，请在工作台继续审核。`,
      (p) =>
        `The applicant of ${p.reference} answered the request for information; continue in the console.`,
    ),
  },
  'staff-withdrawn': {
    audience: 'staff',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}已被申请人撤回。`,
      en: (p) => `${p.reference} was withdrawn by the applicant.`,
    },
    subject: {
      'zh-CN': (p) => `申请已撤回：${p.reference}`,
      en: (p) => `Application withdrawn: ${p.reference}`,
    },
    email: mail(
      (p) => `申请 ${p.reference} 已被申请人撤回，无需继续办理。`,
      (p) =>
        `Application ${p.reference} was withdrawn by the applicant; no further work is needed.`,
    ),
  },
} as const satisfies Record<string, Template>;

export type TemplateId = keyof typeof templates;
export const templateIds = Object.keys(templates) as TemplateId[];

export function isTemplateId(value: string): value is TemplateId {
  return Object.hasOwn(templates, value);
}

/** Parameters holding staff free text, shortened for registered SMS templates. */
const freeText = new Set(['what', 'reason', 'reasons']);

export interface RenderedMessage {
  readonly sms: string;
  readonly subject: string;
  readonly email: string;
  /** The template's parameters in registered order, for domestic SMS providers. */
  readonly smsParams: readonly string[];
}

export function renderMessage(id: TemplateId, locale: Locale, params: Params): RenderedMessage {
  const template: Template = templates[id];
  return {
    sms: template.sms[locale](params),
    subject: template.subject[locale](params),
    email: template.email[locale](params),
    // Providers limit each parameter's length; staff free text is cut as in the text.
    smsParams: template.smsParams.map((name) =>
      freeText.has(name) ? clip(params[name] ?? '', 12) : (params[name] ?? ''),
    ),
  };
}
