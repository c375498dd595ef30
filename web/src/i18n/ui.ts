import type { Locale } from './locales.ts';

/** Interface text shared by every page (the layout, navigation, footer). */
export const ui = {
  'zh-CN': {
    siteName: '普宁市社会救助服务平台',
    siteShort: '普宁社会救助',
    skipToContent: '跳到正文',
    navHome: '首页',
    navCheck: '看看能申请什么',
    navApply: '在线申请',
    navStatus: '查询进度',
    switchLanguage: 'English',
    switchLanguageLabel: 'Read this page in English',
    elderMode: '长辈模式',
    elderModeHint: '字更大、按钮更大',
    hotlines: '咨询电话',
    hotline12345: '12345 政务服务便民热线',
    hotline12349: '12349 民政服务热线',
    footerOwner: '普宁市民政局',
    footerNote:
      '本网站的说明与自测结果仅供参考，是否符合条件以镇（街道、农场）和市民政局的审核结果为准。',
    policyBasis: '政策依据',
    apiReference: '开发者接口文档',
    notFoundTitle: '找不到这个页面',
    notFoundBody: '您要找的页面不存在，或地址输入有误。',
    backHome: '回到首页',
  },
  en: {
    siteName: 'Puning Social Assistance Portal',
    siteShort: 'Puning Assistance',
    skipToContent: 'Skip to main content',
    navHome: 'Home',
    navCheck: 'Check what you can get',
    navApply: 'Apply online',
    navStatus: 'Track an application',
    switchLanguage: '中文',
    switchLanguageLabel: '阅读中文版',
    elderMode: 'Large text mode',
    elderModeHint: 'Bigger text and buttons',
    hotlines: 'Helplines',
    hotline12345: '12345 Government service hotline',
    hotline12349: '12349 Civil affairs hotline',
    footerOwner: 'Puning Civil Affairs Bureau',
    footerNote:
      'The explanations and check results on this site are guidance only. Whether you qualify is decided by your township office and the city Civil Affairs Bureau.',
    policyBasis: 'Policy basis',
    apiReference: 'API reference for developers',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you are looking for does not exist, or the address was typed wrongly.',
    backHome: 'Go to the home page',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type UiText = (typeof ui)[Locale];
