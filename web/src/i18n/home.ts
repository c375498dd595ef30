import type { Locale } from './locales.ts';

/** The home page's text: the programmes in plain words, and where to start. */
export const home = {
  'zh-CN': {
    title: '首页',
    description:
      '普宁市最低生活保障、特困人员救助供养、临时救助：看看能申请什么、在线申请、查询进度。',
    heading: '生活有困难，可以申请救助',
    lead: '普宁市为生活困难的家庭和个人提供最低生活保障（低保）、特困人员救助供养和临时救助。先花两分钟看看您可能符合哪些救助，再在线申请。',
    startCheck: '看看我能申请什么',
    trackApplication: '查询申请进度',
    privacyNote: '自测只在您的手机上计算，不会上传您填写的内容。',
    programmesHeading: '有哪些救助',
    howHeading: '怎么申请',
    howSteps: [
      '在线自测，了解可能符合的救助和要准备的材料。',
      '在线提交申请，在您现在居住地的镇（街道、农场）受理；低保、特困、边缘按规定由户籍所在地办理，会自动转交。',
      '镇（街道、农场）入户调查、公示，市民政局审核确认。',
      '凭申请编号和查询码随时查看进度，结果会用短信通知您。',
    ],
    migrantNote:
      '户籍不在普宁、但持有普宁居住证的，可以在现在居住的镇（街道、农场）申请，具体可申请的项目以自测结果和政策为准。',
    emergencyNote: '遇到急事，可以直接到事发地的镇（街道、农场）申请临时救助，没有户籍限制。',
    applyNow: '在线申请',
  },
  en: {
    title: 'Home',
    description:
      'Puning minimum living allowance, support for people in extreme poverty and temporary assistance: check what you can get, apply online, track your application.',
    heading: 'Help when you cannot make ends meet',
    lead: 'Puning City supports families and people in hardship with a minimum living allowance (dibao), support for people in extreme poverty (tekun) and temporary assistance. Take two minutes to see what you may qualify for, then apply online.',
    startCheck: 'Check what I can get',
    trackApplication: 'Track an application',
    privacyNote: 'The check runs on your phone only. Nothing you enter is sent to us.',
    programmesHeading: 'The kinds of help',
    howHeading: 'How to apply',
    howSteps: [
      'Do the check online to see what you may get and what to prepare.',
      'Apply online. The township, street or farm office where you live now receives it; dibao, tekun and edge help are handled by the office of your hukou, and we hand it on for you.',
      'The office visits your home and publishes a notice; the city Civil Affairs Bureau confirms.',
      'Follow your application with its reference and access code. We text you the result.',
    ],
    migrantNote:
      'If your household registration (hukou) is not in Puning but you hold a Puning residence permit, you can apply where you live now. The check tells you which kinds of help you can apply for.',
    emergencyNote:
      'In an emergency you can apply for temporary assistance at the office where it happened, wherever your hukou is.',
    applyNow: 'Apply online',
  },
} as const satisfies Record<Locale, unknown>;
