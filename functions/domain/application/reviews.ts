import { addMonths, type IsoDate } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import type { ParametersAsOf } from '../policy/parameters.ts';
import { addWorkingDays } from '../working-days.ts';

/**
 * The life of an approved monthly line, as pure arithmetic: when it is reviewed
 * (57号 第三十一条), how long a 特困 re-assessment may take (43号 第二十三条), the months
 * a 渐退期 pays (77号 二(一)), when 特困 support stops (43号 第二十六条) and a member's
 * own share (57号 第三十四条). Dates are Asia/Shanghai calendar days.
 */

/** 57号 第三十一条: yearly when finances change little, half-yearly otherwise. */
export type ReviewClass = 'yearly' | 'half-yearly';
export const reviewClasses: readonly ReviewClass[] = ['yearly', 'half-yearly'];

export const reviewClassNames: Record<ReviewClass, LocalizedText> = {
  yearly: { 'zh-CN': '每年复核', en: 'Reviewed every year' },
  'half-yearly': { 'zh-CN': '每半年复核', en: 'Reviewed every six months' },
};

export function reviewIntervalMonths(reviewClass: ReviewClass, p: ParametersAsOf): number {
  return reviewClass === 'yearly' ? p.reviewYearlyMonths.value : p.reviewHalfYearlyMonths.value;
}

/**
 * The first review of a line confirmed from `startMonth` (YYYY-MM): the interval after
 * the first paid month, on its first day.
 */
export function firstReviewDue(
  startMonth: string,
  reviewClass: ReviewClass,
  p: ParametersAsOf,
): IsoDate {
  return addMonths(`${startMonth}-01`, reviewIntervalMonths(reviewClass, p));
}

/**
 * The next review after one concluded on `concludedOn`: the interval later, the day
 * clamped to the month's length (31 August + 6 months = 28 or 29 February).
 */
export function nextReviewDue(
  concludedOn: IsoDate,
  reviewClass: ReviewClass,
  p: ParametersAsOf,
): IsoDate {
  return addMonths(concludedOn, reviewIntervalMonths(reviewClass, p));
}

/** 43号 第二十三条: a changed self-care ability is re-assessed within 10 working days. */
export function careReassessmentDue(reportedOn: IsoDate, p: ParametersAsOf): IsoDate {
  return addWorkingDays(reportedOn, p.tekunCareReassessmentWorkingDays.value);
}

/** How long the township has for a periodic review or a reported change (its due date). */
export function reviewDue(openedOn: IsoDate, p: ParametersAsOf): IsoDate {
  return addWorkingDays(openedOn, p.dibaoOverallWorkingDays.value);
}

/** `YYYY-MM` plus `n` months. */
export function addMonthsToMonth(month: string, n: number): string {
  return addMonths(`${month}-01`, n).slice(0, 7);
}

/** The month after the one `today` falls in. */
export function monthAfter(today: IsoDate): string {
  return addMonthsToMonth(today.slice(0, 7), 1);
}

/**
 * A 渐退期 started on `today`: paid for `months` months from the next month; its
 * `endMonth` is the last month paid, and staff are reminded from the first day of it.
 */
export function gradualExitPeriod(today: IsoDate, p: ParametersAsOf) {
  const months = p.gradualExitMonths.value;
  const firstMonth = monthAfter(today);
  const endMonth = addMonthsToMonth(firstMonth, months - 1);
  return {
    startsOn: today,
    endsOn: addMonths(`${endMonth}-01`, 1),
    firstMonth,
    endMonth,
    remindOn: `${endMonth}-01`,
  };
}

/**
 * The last month a 渐退期 pays: recorded as `endMonth`; on lines stored before it was,
 * the month containing `endsOn` — their notice told the household "到 <endsOn>".
 */
export function gradualExitLastMonth(exit: {
  readonly endsOn: IsoDate;
  readonly endMonth?: string;
}): string {
  return exit.endMonth ?? exit.endsOn.slice(0, 7);
}

/** Whether a 渐退期 whose last paid month is `endMonth` is over on `today`. */
export function gradualExitOver(endMonth: string, today: IsoDate): boolean {
  return today.slice(0, 7) > endMonth;
}

/**
 * A member who refused suitable work loses his or her own share only (57号 第三十四条):
 * the household's amount split equally per member (the benefit is the per-person gap
 * times the members, 57号 第二十三条), in fen so nothing is lost to rounding; a
 * reduction keeps `keptShareYuan` of that share, a stop keeps none.
 */
export function memberShare(
  householdAmountYuan: number,
  members: number,
): { shareYuan: number; remainderYuan: number } {
  if (!Number.isFinite(householdAmountYuan) || householdAmountYuan < 0)
    throw new RangeError('amount must be 0 or more');
  if (!Number.isInteger(members) || members < 1) throw new RangeError('members must be 1 or more');
  const fen = Math.round(householdAmountYuan * 100);
  const shareFen = Math.floor(fen / members);
  return { shareYuan: shareFen / 100, remainderYuan: (fen - shareFen) / 100 };
}

/** The household's amount after a member's share is reduced to `keptShareYuan` (0: stopped). */
export function amountWithoutMemberShare(
  householdAmountYuan: number,
  members: number,
  keptShareYuan = 0,
): number {
  const { shareYuan, remainderYuan } = memberShare(householdAmountYuan, members);
  const kept = Math.min(Math.max(keptShareYuan, 0), shareYuan);
  return Math.round((remainderYuan + kept) * 100) / 100;
}

/** 43号 第二十四条: why 特困 support ends. */
export const terminationGrounds = {
  died: { 'zh-CN': '死亡或者被宣告失踪、死亡', en: 'Died, or declared missing or dead' },
  'able-to-work': {
    'zh-CN': '经过康复治疗恢复劳动能力',
    en: 'Able to work again after treatment',
  },
  imprisoned: { 'zh-CN': '依法被判处刑罚，且在监狱服刑', en: 'Serving a prison sentence' },
  'income-above': {
    'zh-CN': '收入和财产状况不再符合规定条件',
    en: 'Income or assets no longer within the conditions',
  },
  'supporter-able': {
    'zh-CN': '法定义务人具有了履行义务能力或者新增具有履行义务能力的法定义务人',
    en: 'A legally obliged supporter is now able to support',
  },
  'own-request': { 'zh-CN': '本人自愿申请退出', en: 'At the person’s own request' },
  'minor-of-age': {
    'zh-CN': '年满 18 周岁且不在校就读（未成年特困人员）',
    en: 'Turned 18 and no longer in school (a minor supported as tekun)',
  },
} as const satisfies Record<string, LocalizedText>;
export type TerminationGround = keyof typeof terminationGrounds;
export const terminationGroundCodes = Object.keys(terminationGrounds) as [
  TerminationGround,
  ...TerminationGround[],
];

/** 43号 第二十七条: where a person who leaves 特困 may be helped instead. */
export type Referral = 'dibao' | 'temporary-expense' | 'none';
export const referralNames: Record<Referral, LocalizedText> = {
  dibao: { 'zh-CN': '符合条件的，纳入最低生活保障', en: 'Where eligible, moved to dibao' },
  'temporary-expense': {
    'zh-CN': '符合条件的，给予临时救助',
    en: 'Where eligible, given temporary assistance',
  },
  none: { 'zh-CN': '不需要转入其他救助', en: 'No other assistance needed' },
};

/** Why a line was opened for review. */
export type ReviewReason = 'periodic' | 'reported-change' | 'care-change' | 'other';
export const reviewReasonNames: Record<ReviewReason, LocalizedText> = {
  periodic: { 'zh-CN': '定期复核', en: 'Periodic review' },
  'reported-change': { 'zh-CN': '家庭情况变化', en: 'A change reported by the household' },
  'care-change': { 'zh-CN': '生活自理能力变化，重新评估', en: 'Self-care changed: re-assessment' },
  other: { 'zh-CN': '其他原因复核', en: 'Review for another reason' },
};

/** Why a line ended, for the dashboard and the CSV. */
export type ExitReason = 'gradual-exit' | 'stopped' | 'terminated' | 'superseded' | 'moved-away';
export const exitReasonNames: Record<ExitReason, LocalizedText> = {
  'gradual-exit': { 'zh-CN': '渐退期满', en: 'Phase-out over' },
  stopped: { 'zh-CN': '停发', en: 'Stopped' },
  terminated: { 'zh-CN': '终止特困供养', en: 'Tekun support ended' },
  superseded: { 'zh-CN': '改为特困供养', en: 'Replaced by tekun' },
  'moved-away': { 'zh-CN': '迁出普宁', en: 'Moved away' },
};
