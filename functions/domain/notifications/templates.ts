import { callHotlines, hotlines } from '../hotlines.ts';
import type { Locale } from '../locale.ts';
import { messageDay, messageMonth } from './message-dates.ts';

/**
 * The words of every message. A text message is signed (【普宁市民政局】, configured),
 * names the reference and the hotlines, and ends with the link to the status page,
 * where the applicant reads the rest with the access code; it never carries staff free
 * text (an information request, a reason typed by staff: they can hold health details),
 * an ID number, a bank account or a name, and only the first message ("received")
 * carries the access code. Every text fits the segment budget below whole: nothing is
 * ever cut. The email says the same at more length, under the same rules.
 *
 * Domestic SMS providers need templates registered in advance: `smsParams` lists each
 * template's parameters in order ({1}, {2}, …); the signature and the link are fixed
 * text of the registered template, not parameters.
 */
type Params = Readonly<Record<string, string>>;
type Text = (p: Params) => string;

/** What a deployment configures about its messages (functions/notify/notifier-config.ts). */
export interface MessageSettings {
  /** The approved SMS signature without brackets, e.g. 普宁市民政局. */
  readonly signature: string;
  /** The site's public origin, e.g. https://dibao.puning.gov.cn (no trailing slash). */
  readonly siteOrigin: string;
}

interface Template {
  /** Parameters in the order a registered SMS template numbers them ({1}, {2}, …). */
  readonly smsParams: readonly string[];
  /** The text message before its link: it ends with the words that lead to the link. */
  readonly sms: Record<Locale, Text>;
  readonly subject: Record<Locale, Text>;
  readonly email: Record<Locale, Text>;
  /**
   * Who receives it: the applicant, the township's staff inbox, or someone who reported
   * a person in hardship or made a complaint (by text only, to the mobile they left).
   */
  readonly audience: 'applicant' | 'staff' | 'reporter';
  /** The page its link opens when not the audience's own (status page, console): '' is home. */
  readonly page?: string;
}

/**
 * The most SMS segments a text may take: two. Signature (8 characters), reference (17)
 * and status link (about 35) leave no room for news in one 70-character segment; a long
 * message is billed per 67 characters, so two segments hold 134 (decisions § Messages
 * and lookup errors).
 */
export const smsSegmentBudget = 2;

/**
 * Parameter names that hold staff free text, which no template may render: the renderer
 * never passes them on, and a unit test renders every template with them set.
 */
export const freeTextParams = ['what', 'reason', 'reasons', 'text', 'note', 'opinion'] as const;

const hotline = callHotlines;

/** Where a message's reader follows it: the status page, the staff console, or `page`. */
export function messageLink(
  origin: string,
  locale: Locale,
  audience: Template['audience'],
  page: string = audience === 'staff' ? 'staff/' : 'status/',
): string {
  return `${origin.replace(/\/+$/, '')}${locale === 'en' ? '/en' : ''}/${page}`;
}

const footer = {
  applicant: {
    'zh-CN': (link: string) =>
      `\n\n详情请用申请编号和查询码在“查询进度”页面查看：${link}\n${hotline['zh-CN']}。\n普宁市民政局`,
    en: (link: string) =>
      `\n\nFollow it with your reference and access code on the "Track an application" page: ${link}\n${hotline.en}.\nPuning Civil Affairs Bureau`,
  },
  staff: {
    'zh-CN': (link: string) => `\n\n工作台：${link}`,
    en: (link: string) => `\n\nThe console: ${link}`,
  },
  reporter: {
    'zh-CN': (link: string) => `\n\n${link}\n${hotline['zh-CN']}。\n普宁市民政局`,
    en: (link: string) => `\n\n${link}\n${hotline.en}.\nPuning Civil Affairs Bureau`,
  },
} as const;

const mail = (zh: Text, en: Text): Record<Locale, Text> => ({ 'zh-CN': zh, en });

// Each text ends with the words that lead to the link the renderer appends. English
// names one hotline: the signature's 【】 make every text 70 characters a segment.
const more = {
  'zh-CN': `${hotline['zh-CN']}，详情请查看`,
  en: `Call ${hotlines.government}. Details: `,
};

export const templates = {
  received: {
    audience: 'applicant',
    smsParams: ['reference', 'accessCode', 'township'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}已提交，查询码${p.accessCode}（请保存），由${p.township}办理。${more['zh-CN']}`,
      // The township is on the status page: an English text has no room for its name.
      en: (p) => `${p.reference} received. Access code ${p.accessCode} (keep it). ${more.en}`,
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
  // The request itself (staff free text) is shown on the status page only.
  'info-requested': {
    audience: 'applicant',
    smsParams: ['reference', 'dueOn'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}需要您补充材料，请在${p.dueOn}前补交。${more['zh-CN']}`,
      en: (p) => `${p.reference}: we need more from you by ${p.dueOn}. ${more.en}`,
    },
    subject: {
      'zh-CN': (p) => `请补充材料：${p.reference}`,
      en: (p) => `More information needed: ${p.reference}`,
    },
    email: mail(
      (p) =>
        `办理您的申请需要您补充材料或说明，请在 ${p.dueOn} 前补交。要补充什么，请在“查询进度”页面查看，也可以在那里回复和上传材料。`,
      (p) =>
        `To decide on your application we need more from you by ${p.dueOn}. The "Track an application" page says what is needed; you can answer and upload documents there.`,
    ),
  },
  'answer-received': {
    audience: 'applicant',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}：已收到您补充的材料，继续审核。${more['zh-CN']}`,
      en: (p) => `${p.reference}: answer received, the review continues. ${more.en}`,
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
  // Why it moved (staff free text) is shown on the status page only.
  transferred: {
    audience: 'applicant',
    smsParams: ['reference', 'township'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}已转交${p.township}办理。${more['zh-CN']}`,
      en: (p) => `${p.reference} is now handled by ${p.township}. ${more.en}`,
    },
    subject: {
      'zh-CN': (p) => `申请已转交：${p.reference}`,
      en: (p) => `Application transferred: ${p.reference}`,
    },
    email: mail(
      (p) =>
        `您的申请已转交${p.township}办理，不需要您另外跑一趟。转交的原因请在“查询进度”页面查看。`,
      (p) =>
        `Your application is now handled by ${p.township}; you need not go anywhere else. The "Track an application" page says why.`,
    ),
  },
  // 代收转办: received where the person lives, handled where the rules say.
  'handed-over': {
    audience: 'applicant',
    smsParams: ['reference', 'receiving', 'responsible'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}由${p.receiving}代收，转${p.responsible}办理。${more['zh-CN']}`,
      en: (p) =>
        `${p.reference}: received by ${p.receiving}, handled by ${p.responsible}. ${more.en}`,
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
      'zh-CN': (p) => `申请${p.reference}已在村（社区）公示，到${p.endsOn}结束。${more['zh-CN']}`,
      en: (p) => `${p.reference}: public notice until ${p.endsOn}. ${more.en}`,
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
      'zh-CN': (p) => `申请${p.reference}镇（街道）已审核同意，报市民政局确认。${more['zh-CN']}`,
      en: (p) => `${p.reference}: township approved, now with the city. ${more.en}`,
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
        `申请${p.reference}已批准，每月${p.amount}元，从${p.startMonth}起发放。${more['zh-CN']}`,
      en: (p) => `${p.reference} approved: ${p.amount} yuan/month from ${p.startMonth}. ${more.en}`,
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
  // The reasons are shown on the status page, with the decision's wording.
  rejected: {
    audience: 'applicant',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}未获批准，可以申请复核或复议。${hotline['zh-CN']}，原因请查看`,
      en: (p) =>
        `${p.reference} not approved; you can ask for a review. Call ${hotlines.government}. Why: `,
    },
    subject: {
      'zh-CN': (p) => `申请未获批准：${p.reference}`,
      en: (p) => `Application not approved: ${p.reference}`,
    },
    email: mail(
      () =>
        '很遗憾，您的申请未获批准，原因请在“查询进度”页面查看。\n如有异议，可以向办理的镇（街道）或市民政局申请复核，也可以依法申请行政复议或提起行政诉讼。',
      () =>
        'We are sorry: your application was not approved. The "Track an application" page says why.\nIf you disagree you can ask your township or the city bureau to review it, or apply for administrative reconsideration or litigation.',
    ),
  },
  // A decision on one programme: what and where to read it — the notice itself (amount,
  // reasons, appeal rights) is on the status page, never in a text message.
  decision: {
    audience: 'applicant',
    smsParams: ['reference', 'programme', 'outcome'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}${p.programme}：${p.outcome}，告知书在查询进度页。${more['zh-CN']}`,
      en: (p) => `${p.reference}, ${p.programme}: ${p.outcome}. ${more.en}`,
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
      'zh-CN': (p) => `申请${p.reference}已先行救助${p.amount}元，请配合补办手续。${more['zh-CN']}`,
      en: (p) => `${p.reference}: emergency aid of ${p.amount} yuan given. ${more.en}`,
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
        `申请${p.reference}：家庭收入已超过标准，低保渐退期到${p.endsOn}。${more['zh-CN']}`,
      en: (p) => `${p.reference}: dibao phases out until ${p.endsOn}. ${more.en}`,
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
      'zh-CN': (p) => `申请${p.reference}：渐退期已结束，低保停止发放。${more['zh-CN']}`,
      en: (p) => `${p.reference}: the phase-out is over; dibao stops. ${more.en}`,
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
  // After approval: a review of a line being paid (57号 第三十一条; 43号 第二十三条).
  'review-opened': {
    audience: 'applicant',
    smsParams: ['reference', 'programme'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}${p.programme}开始复核，工作人员会联系或入户了解情况，期间照常发放。${more['zh-CN']}`,
      en: (p) => `${p.reference}, ${p.programme}: under review, still paid. ${more.en}`,
    },
    subject: {
      'zh-CN': (p) => `开始复核：${p.reference} ${p.programme}`,
      en: (p) => `Review started: ${p.reference} ${p.programme}`,
    },
    email: mail(
      (p) =>
        `按规定，您的${p.programme}开始复核。镇（街道）工作人员会联系您或入户了解家庭人口、收入和财产情况，复核期间照常发放。情况没有变化的，金额不变。`,
      (p) =>
        `As the rules require, your ${p.programme} is being reviewed. Township staff will contact or visit you about your household, income and assets; payments continue meanwhile. If nothing changed, the amount stays the same.`,
    ),
  },
  // The last month of a 渐退期 has begun (the job's reminder).
  'gradual-exit-ending': {
    audience: 'applicant',
    smsParams: ['reference', 'endMonth'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}：低保渐退期到${p.endMonth}结束，之后停止发放。${more['zh-CN']}`,
      en: (p) => `${p.reference}: the dibao phase-out ends after ${p.endMonth}. ${more.en}`,
    },
    subject: {
      'zh-CN': (p) => `渐退期即将结束：${p.reference}`,
      en: (p) => `Phase-out ending: ${p.reference}`,
    },
    email: mail(
      (p) =>
        `您的低保渐退期发放到 ${p.endMonth}，之后停止发放。如果家庭情况再有变化，可以重新申请。`,
      (p) =>
        `Your dibao phase-out is paid until ${p.endMonth} and then stops. If your situation changes again, you can apply again.`,
    ),
  },
  'change-received': {
    audience: 'applicant',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) =>
        `申请${p.reference}：已收到您报告的家庭情况变化，镇（街道）会复核。${more['zh-CN']}`,
      en: (p) => `${p.reference}: change received; the township reviews it. ${more.en}`,
    },
    subject: {
      'zh-CN': (p) => `已收到情况变化：${p.reference}`,
      en: (p) => `Change received: ${p.reference}`,
    },
    email: mail(
      () =>
        '已收到您报告的家庭情况变化。负责的镇（街道）会复核，复核期间照常发放，结果会在“查询进度”页面显示。',
      () =>
        'We have received the change you reported. The responsible township will review it; payments continue meanwhile, and the outcome will show on the "Track an application" page.',
    ),
  },
  'staff-change-received': {
    audience: 'staff',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}的救助对象报告了情况变化，已进入复核：`,
      en: (p) => `The recipient of ${p.reference} reported a change; it is in review: `,
    },
    subject: {
      'zh-CN': (p) => `救助对象报告情况变化：${p.reference}`,
      en: (p) => `Recipient reported a change: ${p.reference}`,
    },
    email: mail(
      (p) => `申请 ${p.reference} 的救助对象报告了家庭情况变化，已在工作台的复核队列中，请复核。`,
      (p) =>
        `The recipient of ${p.reference} reported a change in their household; it is in the review queue of the console.`,
    ),
  },
  withdrawn: {
    audience: 'applicant',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `申请${p.reference}已按您的要求撤回。${more['zh-CN']}`,
      en: (p) => `${p.reference} has been withdrawn as you asked. ${more.en}`,
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
      'zh-CN': (p) => `申请${p.reference}的申请人已补充材料，请处理：`,
      en: (p) => `The applicant of ${p.reference} has answered; please continue: `,
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
      'zh-CN': (p) => `申请${p.reference}已被申请人撤回，工作台：`,
      en: (p) => `${p.reference} was withdrawn by the applicant. The console: `,
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
  /*
   * Reporters' messages (functions/domain/reports/reporter-messages.ts). A lead's reporter
   * learns only that the lead was handled: never the person's name, place, difficulty or
   * what was decided for them. A real-name complainant reads the reply on the follow page
   * with the reference and code. Only the reference is a parameter.
   */
  'lead-handled': {
    audience: 'reporter',
    page: '',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) =>
        `您反映的困难群众线索${p.reference}已由当地镇（街道）走访处理，感谢您的关心。${hotline['zh-CN']}：`,
      en: (p) =>
        `The hardship report ${p.reference} was visited and handled. Thank you. Call ${hotlines.government}: `,
    },
    subject: {
      'zh-CN': (p) => `线索已处理：${p.reference}`,
      en: (p) => `Hardship report handled: ${p.reference}`,
    },
    email: mail(
      (p) => `您反映的困难群众线索 ${p.reference} 已由当地镇（街道）走访处理，感谢您的关心。`,
      (p) =>
        `The township visited and handled the hardship report ${p.reference}. Thank you for your concern.`,
    ),
  },
  'complaint-answered': {
    audience: 'reporter',
    page: 'complaints/follow/',
    smsParams: ['reference'],
    sms: {
      'zh-CN': (p) => `您的投诉举报${p.reference}已由普宁市民政局办结答复，请用编号和查询码查看：`,
      en: (p) => `Complaint ${p.reference} answered. Read the reply with your code: `,
    },
    subject: {
      'zh-CN': (p) => `投诉举报已答复：${p.reference}`,
      en: (p) => `Complaint answered: ${p.reference}`,
    },
    email: mail(
      (p) => `您的投诉举报 ${p.reference} 已由普宁市民政局办结答复，请用编号和查询码查看答复。`,
      (p) =>
        `The Puning Civil Affairs Bureau answered your complaint ${p.reference}. Read the reply with the reference and your code.`,
    ),
  },
} as const satisfies Record<string, Template>;

export type TemplateId = keyof typeof templates;
export const templateIds = Object.keys(templates) as TemplateId[];

export function isTemplateId(value: string): value is TemplateId {
  return Object.hasOwn(templates, value);
}

const freeText = new Set<string>(freeTextParams);
const dayParams = new Set(['dueOn', 'endsOn']);
const monthParams = new Set(['startMonth', 'endMonth']);

/**
 * The parameters a template may see, as the reader reads them: staff free text
 * dropped, dates as 12月24日 / 24 December, months as 2027年1月 / January 2027.
 */
export function messageParams(params: Params, locale: Locale): Params {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (freeText.has(name)) continue;
    if (dayParams.has(name)) kept[name] = messageDay(value, locale);
    else if (monthParams.has(name)) kept[name] = messageMonth(value, locale);
    else kept[name] = value;
  }
  return kept;
}

export interface RenderedMessage {
  /** The whole text message: signature, words, link. */
  readonly sms: string;
  readonly subject: string;
  readonly email: string;
  /** The template's parameters in registered order, for domestic SMS providers. */
  readonly smsParams: readonly string[];
}

export function renderMessage(
  id: TemplateId,
  locale: Locale,
  params: Params,
  settings: MessageSettings,
): RenderedMessage {
  const template: Template = templates[id];
  const shown = messageParams(params, locale);
  const link = messageLink(settings.siteOrigin, locale, template.audience, template.page);
  return {
    sms: `【${settings.signature}】${template.sms[locale](shown)}${link}`,
    subject: template.subject[locale](shown),
    email: `${template.email[locale](shown)}${footer[template.audience][locale](link)}`,
    smsParams: template.smsParams.map((name) => shown[name] ?? ''),
  };
}

/**
 * A template's text as registered with a domestic provider: `{n}` for each parameter,
 * the link fixed; the provider adds the signature itself.
 */
export function registeredSmsText(id: TemplateId, siteOrigin: string): string {
  const template: Template = templates[id];
  const placeholders = Object.fromEntries(
    template.smsParams.map((name, index) => [name, `{${index + 1}}`]),
  );
  return `${template.sms['zh-CN'](placeholders)}${messageLink(siteOrigin, 'zh-CN', template.audience, template.page)}`;
}

/**
 * How many segments a text takes: 160 / 153 characters in the GSM 7-bit alphabet, 70 /
 * 67 UTF-16 units otherwise (any Chinese character, and the signature's 【】).
 */
export function smsSegments(text: string): number {
  const gsm = /^[A-Za-z0-9 \n\r@£$¥!"#%&'()*+,\-./:;<=>?¡¿ÄÖÑÜ§äöñüàèéùìòÇØøÅåÆæßÉΔΦΓΛΩΠΨΣΘΞ_]*$/;
  const [single, part] = gsm.test(text) ? [160, 153] : [70, 67];
  return text.length <= single ? 1 : Math.ceil(text.length / part);
}
