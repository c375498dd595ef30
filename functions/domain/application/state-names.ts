import type { LocalizedText } from '../locale.ts';
import type { ApplicationState } from './states.ts';

/** How each state is named to applicants and staff (status page, console, messages). */
export const stateNames: Record<ApplicationState, LocalizedText> = {
  submitted: { 'zh-CN': '已提交，等待受理', en: 'Submitted, waiting to be taken up' },
  in_review: { 'zh-CN': '审核中', en: 'Being reviewed' },
  needs_info: { 'zh-CN': '需要您补充材料', en: 'We need more information from you' },
  investigated: {
    'zh-CN': '已入户调查，等待公示',
    en: 'Home visit done; waiting for the public notice',
  },
  public_notice: { 'zh-CN': '公示中', en: 'Public notice under way' },
  notice_ended: {
    'zh-CN': '公示结束，等待镇（街道）审核意见',
    en: 'Public notice over; waiting for the township decision',
  },
  emergency_aid_granted: {
    'zh-CN': '已先行救助，正在补办手续',
    en: 'Emergency aid given; paperwork in progress',
  },
  township_approved: {
    'zh-CN': '镇（街道）已审核同意，等待市民政局确认',
    en: 'Approved by the township; waiting for the city bureau',
  },
  confirmed: { 'zh-CN': '已批准', en: 'Approved' },
  not_confirmed: { 'zh-CN': '市民政局不予确认', en: 'Not approved by the city bureau' },
  rejected: { 'zh-CN': '未批准', en: 'Not approved' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  gradual_exit: { 'zh-CN': '渐退期', en: 'Phase-out period' },
  exited: { 'zh-CN': '救助已结束', en: 'Assistance ended' },
  under_review: { 'zh-CN': '复核中（照常发放）', en: 'Under review (still paid)' },
  change_proposed: {
    'zh-CN': '复核后拟调整，等待市民政局决定',
    en: 'A change is proposed; waiting for the city bureau',
  },
  termination_notice: {
    'zh-CN': '拟终止供养，公示中',
    en: 'Support to end; public notice under way',
  },
};

/**
 * How the console names a state to staff: where the task is the applicant's, it says
 * so in the third person ("等待申请人补充材料", never the applicant's "需要您补充材料").
 */
export const staffStateNames: Record<ApplicationState, LocalizedText> = {
  ...stateNames,
  needs_info: {
    'zh-CN': '等待申请人补充材料',
    en: 'Waiting for the applicant to send more information',
  },
};
