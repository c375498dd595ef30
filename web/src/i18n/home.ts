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
    programmes: [
      {
        name: '最低生活保障（低保）',
        summary: '家庭每人每月收入低于当地低保标准、家庭财产符合规定的，每月补足差额。',
      },
      {
        name: '单人保',
        summary: '低保边缘家庭中的重病患者、重度残疾人，可以单独纳入低保。',
      },
      {
        name: '特困人员救助供养',
        summary:
          '老年人、残疾人和未成年人，没有劳动能力、没有生活来源、没有人能赡养抚养的，由政府供养。',
      },
      {
        name: '低保边缘家庭',
        summary: '收入略高于低保标准的家庭，可以得到医疗、教育、住房、就业等专项救助。',
      },
      {
        name: '临时救助（急难型）',
        summary: '遇到火灾、车祸、突发重病等急事，在事发地直接申请，先救助、后补手续。',
      },
      {
        name: '临时救助（支出型）',
        summary: '因看病、上学等必需开支太大，生活暂时困难的家庭。',
      },
    ],
    howHeading: '怎么申请',
    howSteps: [
      '在线自测，了解可能符合的救助和要准备的材料。',
      '在线提交申请，交给您现在居住地的镇（街道、农场）。',
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
    programmes: [
      {
        name: 'Minimum living allowance (dibao)',
        summary:
          'If your household’s monthly income per person is below the local standard and your savings and property are within the limits, the difference is paid every month.',
      },
      {
        name: 'Individual dibao',
        summary:
          'A seriously ill or severely disabled member of a low-income household can receive dibao on their own.',
      },
      {
        name: 'Support for people in extreme poverty (tekun)',
        summary:
          'Older people, disabled people and children who cannot work, have no income and no one able to support them are supported by the government.',
      },
      {
        name: 'Low-income (near-dibao) households',
        summary:
          'Households just above the dibao standard can get help with medical, school, housing and job costs.',
      },
      {
        name: 'Emergency temporary assistance',
        summary:
          'After a fire, accident or sudden illness, apply where it happened: help comes first, paperwork after.',
      },
      {
        name: 'Temporary assistance for large expenses',
        summary: 'For households in hardship because of unavoidable medical or school costs.',
      },
    ],
    howHeading: 'How to apply',
    howSteps: [
      'Do the check online to see what you may get and what to prepare.',
      'Apply online. Your application goes to the township, street or farm office where you live now.',
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
