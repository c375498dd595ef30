import type { IsoDate } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import { messageMonth } from '../notifications/message-dates.ts';
import { formatYuan } from '../policy/money.ts';
import { type ProgrammeId, programmes } from '../policy/programmes.ts';
import type { AidForm, CareLevel, SupportForm } from './lines.ts';
import { type Referral, referralNames } from './reviews.ts';

/**
 * The written notice every decision owes the applicant (57号 第二十一条, 43号 第十八条:
 * a refusal in writing with its reasons; 57号 第三十八条: the right to challenge it).
 * Stored on the line as data, rendered here once for the status page, the printable
 * 告知书 and the console, in both languages. The text message only says that a
 * decision was made and where to read it — never the reasons or the amount.
 */
export type NoticeOutcome =
  | 'confirmed'
  | 'not-confirmed'
  | 'refused'
  | 'emergency-aid'
  | 'temporary-approved'
  | 'payment'
  | 'superseded'
  | 'gradual-exit'
  | 'ended'
  | 'increased'
  | 'decreased'
  | 'member-reduced'
  | 'stopped'
  | 'terminated';

export interface NoticeReason {
  readonly code: string;
  readonly text: LocalizedText;
  readonly clause?: string;
}

export interface DecisionNotice {
  readonly id: string;
  readonly issuedAt: string;
  readonly issuedOn: IsoDate;
  readonly programme: ProgrammeId;
  readonly outcome: NoticeOutcome;
  /** Who decided: the township, or the city bureau (or a township it delegated to). */
  readonly authority: 'township' | 'city';
  readonly authorityName: LocalizedText;
  /** The clause the decision rests on. */
  readonly basis: string;
  readonly monthly?: {
    readonly amountYuan: number;
    readonly startMonth: string;
    readonly careLevel?: CareLevel;
    readonly supportForm?: SupportForm;
  };
  readonly payment?: {
    readonly amountYuan: number;
    readonly form: AidForm;
    readonly plan: 'advance' | 'one-off' | 'staged' | 'follow-up';
    /** For staged help: the total approved. */
    readonly approvedYuan?: number;
  };
  /** When the benefit ends (渐退期 end, or the month support stops). */
  readonly endsOn?: string;
  readonly reasons?: readonly NoticeReason[];
  /** The decider's written explanation: on the notice, never in a text message. */
  readonly explanation?: string;
  /** The account paid into, masked (bank and last four digits). */
  readonly account?: string;
  /** A township refusal after the information check may be re-checked (57号 第十八条). */
  readonly recheck?: boolean;
  /** The programme that applies instead (特困 instead of 低保). */
  readonly insteadOf?: ProgrammeId;
  /** A member's own share reduced or stopped for refusing work (57号 第三十四条). */
  readonly member?: {
    readonly name: string;
    readonly refusals: number;
    readonly shareYuan: number;
    readonly keptShareYuan: number;
  };
  /** The first month no longer paid (a stop, a 特困 termination: the next month). */
  readonly stopsFromMonth?: string;
  /** 43号 第二十七条: whether the person should be moved to 低保 or temporary assistance. */
  readonly referral?: Referral;
}

/** `6222********1234` → `工商银行 尾号 1234`: enough to recognise, nothing to misuse. */
export function maskedAccount(bank: { bankName: string; accountNumber: string } | undefined) {
  if (!bank) return undefined;
  return `${bank.bankName} ****${bank.accountNumber.slice(-4)}`;
}

/** Appeal rights: the same for every decision of the township or the city bureau. */
export const appealRights: LocalizedText = {
  'zh-CN':
    '如对本决定不服，可以自知道本决定之日起 60 日内向普宁市人民政府申请行政复议（《中华人民共和国行政复议法》第二十条），或者自知道本决定之日起 6 个月内向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。认为没有依法给付最低生活保障等社会保障的，可能须先申请行政复议（《行政复议法》第二十三条、第十一条），对复议决定不服的，可以自收到复议决定书之日起 15 日内再向人民法院起诉（《行政诉讼法》第四十五条）。依据：民发〔2021〕57号第三十八条。拿不准走哪条途径、向哪个法院起诉的，可拨打 12345 咨询。',
  en: 'If you disagree, you may apply for administrative reconsideration (行政复议) to the Puning City People’s Government within 60 days of learning of this decision (Administrative Reconsideration Law, art. 20), or bring an administrative lawsuit (行政诉讼) in the people’s court within 6 months (Administrative Litigation Law, art. 46). Where the complaint is that social assistance such as dibao was not paid as the law requires, reconsideration may have to come first (Reconsideration Law, arts. 23 and 11); a lawsuit may then follow within 15 days of the reconsideration decision (Litigation Law, art. 45). Basis: 民发〔2021〕57号 art. 38. Call 12345 if you are unsure which way or which court.',
};

export const recheckRight: LocalizedText = {
  'zh-CN':
    '对不予批准有异议的，可以提供相关证据材料，向作出决定的镇（街道）申请复查（民发〔2021〕57号第十八条）。',
  en: 'If you disagree with the refusal you may bring evidence to the township that decided and ask it to check again (民发〔2021〕57号 art. 18).',
};

const outcomeWords: Record<NoticeOutcome, LocalizedText> = {
  confirmed: { 'zh-CN': '予以确认（批准）', en: 'approved' },
  'not-confirmed': { 'zh-CN': '不予确认', en: 'not approved by the city bureau' },
  refused: { 'zh-CN': '不予批准', en: 'refused' },
  'emergency-aid': { 'zh-CN': '给予先行救助', en: 'emergency aid given first' },
  'temporary-approved': { 'zh-CN': '批准临时救助', en: 'temporary assistance approved' },
  payment: { 'zh-CN': '发放救助金', en: 'a payment made' },
  superseded: { 'zh-CN': '改为特困供养，低保停发', en: 'replaced by tekun support' },
  'gradual-exit': { 'zh-CN': '进入渐退期', en: 'phase-out period started' },
  ended: { 'zh-CN': '救助终止', en: 'assistance ended' },
  increased: { 'zh-CN': '增发', en: 'amount increased' },
  decreased: { 'zh-CN': '减发', en: 'amount reduced' },
  'member-reduced': { 'zh-CN': '减发个人部分', en: 'one member’s share reduced' },
  stopped: { 'zh-CN': '停发', en: 'payments stopped' },
  terminated: { 'zh-CN': '终止救助供养', en: 'support ended' },
};

/** The outcome in a few words: what a text message may say (two segments at most). */
const smsOutcomeWords: Record<NoticeOutcome, LocalizedText> = {
  ...outcomeWords,
  'not-confirmed': { 'zh-CN': '不予确认', en: 'not approved' },
  'emergency-aid': { 'zh-CN': '给予先行救助', en: 'emergency aid given' },
  'temporary-approved': { 'zh-CN': '批准临时救助', en: 'approved' },
  superseded: { 'zh-CN': '改为特困供养，低保停发', en: 'replaced by tekun' },
};

export function outcomeName(outcome: NoticeOutcome): LocalizedText {
  return smsOutcomeWords[outcome];
}

/** Programme names short enough for a text message. */
export const programmeShortNames: Record<ProgrammeId, LocalizedText> = {
  dibao: { 'zh-CN': '低保', en: 'dibao' },
  'single-person-dibao': { 'zh-CN': '单人保', en: 'single-person dibao' },
  tekun: { 'zh-CN': '特困供养', en: 'tekun' },
  'dibao-edge': { 'zh-CN': '低保边缘', en: 'edge household' },
  'temporary-emergency': { 'zh-CN': '急难型临时救助', en: 'emergency help' },
  'temporary-expense': { 'zh-CN': '支出型临时救助', en: 'help with costs' },
  'gradual-exit': { 'zh-CN': '渐退期', en: 'phase-out' },
};

const careLevels: Record<CareLevel, LocalizedText> = {
  'self-care': { 'zh-CN': '具备生活自理能力', en: 'able to look after themselves' },
  'partly-lost': { 'zh-CN': '部分丧失生活自理能力', en: 'partly unable to look after themselves' },
  'fully-lost': { 'zh-CN': '完全丧失生活自理能力', en: 'fully unable to look after themselves' },
};
const supportForms: Record<SupportForm, LocalizedText> = {
  dispersed: { 'zh-CN': '分散供养', en: 'supported at home (分散供养)' },
  centralised: { 'zh-CN': '集中供养', en: 'supported in a care home (集中供养)' },
};
const aidForms: Record<AidForm, LocalizedText> = {
  cash: { 'zh-CN': '现金（转账）', en: 'in cash (bank transfer)' },
  'in-kind': { 'zh-CN': '实物', en: 'in kind' },
};
export const careLevelNames = careLevels;
export const supportFormNames = supportForms;
export const aidFormNames = aidForms;

/** `2027-01` → `2027年1月` / `January 2027` (as the messages say months). */
export function monthWords(month: string): LocalizedText {
  return { 'zh-CN': messageMonth(month, 'zh-CN'), en: messageMonth(month, 'en') };
}

/** `2026-12-24` → `2026年12月24日` / `24 December 2026`. */
export function dateWords(date: IsoDate): LocalizedText {
  const [year, month, day] = date.split('-').map(Number);
  const en = new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, day ?? 1)).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return { 'zh-CN': `${year}年${month}月${day}日`, en };
}

const both = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** A labelled line of the notice. */
export interface NoticeLine {
  readonly label: LocalizedText;
  readonly text: LocalizedText;
}

export interface RenderedNotice {
  readonly title: LocalizedText;
  readonly lines: readonly NoticeLine[];
}

function amountLine(notice: DecisionNotice): NoticeLine | null {
  const label = both('金额和期限', 'Amount and period');
  if (notice.monthly) {
    const yuan = formatYuan(notice.monthly.amountYuan);
    const from = monthWords(notice.monthly.startMonth);
    return notice.monthly.amountYuan > 0
      ? {
          label,
          text: both(
            `每月 ${yuan['zh-CN']}，自 ${from['zh-CN']}起按月发放`,
            `${yuan.en} a month, paid monthly from ${from.en}`,
          ),
        }
      : {
          label,
          text: both(
            `自 ${from['zh-CN']}起认定，可按规定申请专项救助`,
            `Recognised from ${from.en}; special assistance may be applied for`,
          ),
        };
  }
  if (notice.payment) {
    const yuan = formatYuan(notice.payment.amountYuan);
    const form = aidForms[notice.payment.form];
    const plans: Record<string, LocalizedText> = {
      advance: both('先行救助，一次性发放', 'emergency aid, paid once'),
      'one-off': both('一次性发放', 'paid once'),
      staged: both('一次审批、分阶段发放', 'approved once, paid in stages'),
      'follow-up': both('跟进救助', 'follow-up help'),
    };
    const plan = plans[notice.payment.plan] ?? plans['one-off'];
    const total =
      notice.payment.approvedYuan !== undefined
        ? formatYuan(notice.payment.approvedYuan)
        : undefined;
    return {
      label,
      text: both(
        `${yuan['zh-CN']}，${form['zh-CN']}，${plan?.['zh-CN']}${total ? `（核准总额 ${total['zh-CN']}）` : ''}`,
        `${yuan.en}, ${form.en}, ${plan?.en}${total ? ` (approved in all: ${total.en})` : ''}`,
      ),
    };
  }
  if (notice.stopsFromMonth) {
    const from = monthWords(notice.stopsFromMonth);
    return { label, text: both(`自 ${from['zh-CN']}起停止发放`, `No longer paid from ${from.en}`) };
  }
  if (notice.endsOn) {
    const end = notice.endsOn.length === 7 ? monthWords(notice.endsOn) : dateWords(notice.endsOn);
    return { label, text: both(`至 ${end['zh-CN']}`, `Until ${end.en}`) };
  }
  return null;
}

/** The notice as labelled lines, in the order a 告知书 reads. */
export function renderNotice(notice: DecisionNotice): RenderedNotice {
  const programme = programmes[notice.programme].name;
  const outcome = outcomeWords[notice.outcome];
  const lines: NoticeLine[] = [
    {
      label: both('决定', 'Decision'),
      text: both(`${programme['zh-CN']}：${outcome['zh-CN']}`, `${programme.en}: ${outcome.en}`),
    },
  ];
  const amount = amountLine(notice);
  if (amount) lines.push(amount);
  if (notice.monthly?.careLevel)
    lines.push({
      label: both('生活自理能力', 'Self-care'),
      text: careLevels[notice.monthly.careLevel],
    });
  if (notice.monthly?.supportForm)
    lines.push({
      label: both('供养方式', 'Form of support'),
      text: supportForms[notice.monthly.supportForm],
    });
  if (notice.account)
    lines.push({
      label: both('发放账户', 'Paid into'),
      text: both(notice.account, notice.account),
    });
  if (notice.insteadOf) {
    const other = programmes[notice.insteadOf].name;
    lines.push({
      label: both('说明', 'Note'),
      text: both(
        `已纳入${other['zh-CN']}，不再同时享受两项待遇`,
        `${other.en} applies instead; the two are not paid together`,
      ),
    });
  }
  if (notice.member) {
    const share = formatYuan(notice.member.shareYuan);
    const kept = formatYuan(notice.member.keptShareYuan);
    lines.push({
      label: both('涉及成员', 'Member concerned'),
      text: both(
        `${notice.member.name}无正当理由 ${notice.member.refusals} 次拒绝适当工作，本人部分（${share['zh-CN']}）调整为 ${kept['zh-CN']}，其他成员不受影响`,
        `${notice.member.name} refused suitable work ${notice.member.refusals} times without good reason: their own share (${share.en}) becomes ${kept.en}; the other members are not affected`,
      ),
    });
  }
  if (notice.referral && notice.referral !== 'none')
    lines.push({ label: both('转介', 'Other help'), text: referralNames[notice.referral] });
  if (notice.reasons && notice.reasons.length > 0)
    lines.push({
      label: both('理由', 'Reasons'),
      text: {
        'zh-CN': notice.reasons
          .map((r) => `${r.text['zh-CN']}${r.clause ? `（${r.clause}）` : ''}`)
          .join('；'),
        en: notice.reasons.map((r) => `${r.text.en}${r.clause ? ` (${r.clause})` : ''}`).join('; '),
      },
    });
  if (notice.explanation)
    lines.push({
      label: both('具体说明', 'Explanation'),
      text: both(notice.explanation, notice.explanation),
    });
  lines.push({ label: both('依据', 'Legal basis'), text: both(notice.basis, notice.basis) });
  if (notice.recheck) lines.push({ label: both('复查', 'Re-check'), text: recheckRight });
  lines.push({ label: both('救济途径', 'Your right to challenge it'), text: appealRights });
  const day = dateWords(notice.issuedOn);
  lines.push({
    label: both('决定机关', 'Decided by'),
    text: both(
      `${notice.authorityName['zh-CN']}，${day['zh-CN']}`,
      `${notice.authorityName.en}, ${day.en}`,
    ),
  });
  return {
    title: both(`${programme['zh-CN']}审核审批结果告知书`, `Decision notice: ${programme.en}`),
    lines,
  };
}
